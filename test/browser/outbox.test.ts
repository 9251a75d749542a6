// The newsletter in Chromium: a marketer sends it from the outbox page; the loopback SMTP server
// receives it for the contacts who may get it; the outbox shows who was skipped and why.
// Screenshots go to test-results/screenshots/outbox-*.png.
import "@hono/zod-openapi";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { sendDueEmails } from "../../src/services/email/send-due-emails.ts";
import { closeMailers } from "../../src/services/email/smtp-transport.ts";
import { createUser } from "../../src/services/users/create-user.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { newContact, newTemplate, useSmtp } from "../support/email.ts";
import { startSmtp, type TestSmtp } from "../support/smtp.ts";
import { goViaHeader, launchBrowser, logInAs, screenshot, startWebServer } from "./browser.ts";

let api: TestApi;
let smtp: TestSmtp;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
const PASSWORD = "outbox-test-password";
let marketerEmail: string;
const people: Record<string, { id: string; email: string }> = {};

before(async () => {
  api = await setupApi();
  smtp = await startSmtp();
  await useSmtp(api, smtp.port);
  marketerEmail = `marketer-${api.slug}@example.com`;
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: marketerEmail,
    name: "Mia Marketing",
    role: "marketing",
    password: PASSWORD,
  });
  await newTemplate(api, {
    name: "Monthly newsletter",
    subject: "What's new at Acme, {{firstName}}",
    body: "Hi {{firstName}},\n\nThree things we shipped this month: https://acme.test/changelog\n\nThe Acme team",
  });
  people.ada = await newContact(api, { firstName: "Ada", lastName: "Lovelace" });
  people.grace = await newContact(api, { firstName: "Grace", lastName: "Hopper" });
  people.sal = await newContact(api, { firstName: "Sal", lastName: "Salesowned", stage: "in_sales" });
  people.nora = await newContact(api, { firstName: "Nora", lastName: "Noconsent", consent: false });

  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});

after(async () => {
  await browser?.close();
  await web?.close();
  closeMailers();
  await smtp?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);
const row = (email: string) => page.locator(`[data-testid="outbox-row"][data-to="${email}"]`);

test("a marketer sends the newsletter; the outbox shows who got it and who was skipped, and why", async () => {
  await logInAs(page, web.url, marketerEmail, PASSWORD);
  await goViaHeader(page, "Outbox");
  await page.waitForURL("**/outbox");
  await t("outbox-empty").waitFor();

  await t("newsletter-open").click();
  await t("newsletter-template").selectOption({ label: "Monthly newsletter" });
  await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot
  await screenshot(page, "outbox-01-compose");
  await t("newsletter-send").click();
  await t("newsletter-summary").first().waitFor();
  await row(people.ada!.email).waitFor();
  await screenshot(page, "outbox-02-queued");
  assert.equal(await row(people.ada!.email).getAttribute("data-status"), "queued");
  assert.equal(await row(people.sal!.email).getAttribute("data-status"), "skipped");

  // The worker's turn (the job queue calls the same service).
  const sent = await sendDueEmails(api.deps, { workspaceId: api.workspaceId, limit: 100 });
  assert.equal(sent.sent, 2);
  await page.waitForSelector(
    `[data-testid="outbox-row"][data-to="${people.grace!.email}"][data-status="sent"]`,
    {
      timeout: 15_000,
    },
  );
  await page.waitForSelector(
    `[data-testid="outbox-row"][data-to="${people.ada!.email}"][data-status="sent"]`,
  );
  assert.match(
    (await row(people.sal!.email).getByTestId("outbox-reason").textContent()) ?? "",
    /Sales owns this contact/,
  );
  assert.match(
    (await row(people.nora!.email).getByTestId("outbox-reason").textContent()) ?? "",
    /No marketing consent/,
  );
  await screenshot(page, "outbox-03-sent-and-skipped");

  for (const p of [people.ada!, people.grace!]) assert.equal((await smtp.messagesTo(p.email)).length, 1);
  for (const p of [people.sal!, people.nora!]) assert.equal((await smtp.messagesTo(p.email)).length, 0);

  // Only the skipped, by the filter.
  await t("outbox-filter").getByText("Skipped").click();
  // Some rows, all skipped: an empty list while the filtered page loads would pass `every`.
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-testid="outbox-row"]')];
    return rows.length > 0 && rows.every((r) => r.getAttribute("data-status") === "skipped");
  });
  assert.equal(await page.locator('[data-testid="outbox-row"]').count(), 2);
  await t("outbox-filter").getByText("All").click();

  // The message as sent, its HTML only inside a sandboxed frame.
  await row(people.ada!.email).click();
  await t("message-subject").waitFor();
  assert.equal(await t("message-subject").textContent(), "What's new at Acme, Ada");
  const frame = t("message-frame");
  assert.equal(await frame.getAttribute("sandbox"), "");
  const inner = page.frameLocator('[data-testid="message-frame"]');
  await inner.getByText("Three things we shipped").waitFor();
  assert.equal(await inner.locator("a").first().getAttribute("href"), "https://acme.test/changelog");
  await screenshot(page, "outbox-04-message");
});

test("the template editor previews the merge fields with a sample contact, escaped", async () => {
  await page.keyboard.press("Escape");
  await page.goto(`${web.url}/settings/email`);
  await t("template-new").click();
  await t("template-name").fill("Welcome");
  await t("template-subject").fill("Welcome {{firstName}} from {{company}}");
  await t("template-body").fill("Hello {{firstName}} at {{company}}!\n\nStart here: https://acme.test/start");
  const preview = page.frameLocator('[data-testid="template-preview"] [data-testid="message-frame"]');
  await preview.getByText("Hello Ada at Babbage & Sons <Engines>!").waitFor();
  assert.equal(
    await t("preview-subject").textContent(),
    "Subject: Welcome Ada from Babbage & Sons <Engines>",
  );
  await t("template-body").fill("Hello {{nickname}}");
  await t("template-problems").waitFor();
  assert.match((await t("template-problems").textContent()) ?? "", /unknown merge field \{\{nickname\}\}/);
  await screenshot(page, "outbox-05-template-preview");
});

test("an admin sees the sending settings: SMTP with a write-only password, sender, window, rate", async () => {
  await page.keyboard.press("Escape");
  await logInAs(page, web.url, api.admin.email, "correct horse");
  await page.goto(`${web.url}/settings/email`);
  await t("sending-section").waitFor();
  assert.equal(await t("smtp-host").inputValue(), "127.0.0.1");
  assert.equal(await t("smtp-password").inputValue(), "");
  assert.equal(await t("from-name").inputValue(), "Acme News");
  await t("rate-per-minute").fill("120");
  await t("sending-save").click();
  await page.getByText("Saved the email settings").waitFor();
  assert.equal((await api.call("GET", "/api/v1/email-settings")).body.ratePerMinute, 120);
  await screenshot(page, "outbox-06-sending-settings");
});
