// Passing the baton in Chromium (issue 4): a lead warms from cold to hot through touchpoints,
// marketing sees it pass the baton line, the sales rep is notified, accepts it from the hand-off
// inbox, and the marketing newsletter then skips it. Screenshots: test-results/screenshots/baton-*.png
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { createUser } from "../../src/services/users/create-user.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { newContact, newTemplate } from "../support/email.ts";
import { goViaHeader, launchBrowser, logInAs, logOut, screenshot, startWebServer } from "./browser.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
const PASSWORD = "baton-test-password";
let marketerEmail: string;
let repEmail: string;
let repId: string;
let contactId: string;
let coldEmail: string;
let noraEmail: string;

before(async () => {
  api = await setupApi();
  marketerEmail = `mia-${api.slug}@example.com`;
  repEmail = `sam-${api.slug}@example.com`;
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: marketerEmail,
    name: "Mia Marketing",
    role: "marketing",
    password: PASSWORD,
  });
  repId = (
    await createUser(api.deps, {
      workspaceId: api.workspaceId,
      email: repEmail,
      name: "Sam Sales",
      role: "sales",
      password: PASSWORD,
    })
  ).id;
  // Both opted in to marketing mail; Nora will warm up, Cole stays cold.
  noraEmail = `nora-${api.slug}@example.com`;
  contactId = (
    await newContact(api, { firstName: "Nora", lastName: "Newlead", email: noraEmail, stage: "lead" })
  ).id;
  coldEmail = (await newContact(api, { firstName: "Cole", lastName: "Coldlead", stage: "lead" })).email;
  await newTemplate(api, { name: "Monthly newsletter", subject: "News for {{firstName}}" });
  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);
const touch = async (kind: string) => {
  const res = await api.call("POST", "/api/v1/touchpoints", {
    contactId,
    kind,
    occurredAt: new Date().toISOString(),
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
};

test("a lead warms from cold to hot, passes the baton, and sales accepts it", async () => {
  await logInAs(page, web.url, marketerEmail, PASSWORD);
  await page.getByRole("link", { name: "Board", exact: true }).click();
  await page.waitForURL("**/board");
  await t("column-cold").locator(`[data-contact-id="${contactId}"]`).waitFor();
  await screenshot(page, "baton-01-cold");

  await touch("form_submit"); // 10 ≥ θ_warm 8
  await page.reload();
  await t("column-warm").locator(`[data-contact-id="${contactId}"]`).waitFor();
  await screenshot(page, "baton-02-warm");

  await touch("event_attended"); // 22
  await touch("webinar"); // 32 ≥ θ_hot 30: sales-ready, handed over
  await page.reload();
  const hot = t("column-hot").locator(`[data-contact-id="${contactId}"]`);
  await hot.waitFor();
  assert.equal(await hot.getAttribute("data-with-sales"), "true");
  await hot.getByText("Sam Sales").waitFor();
  await t("baton-line").waitFor();
  await screenshot(page, "baton-03-hot-handed-over");
  const contact = (await api.call("GET", `/api/v1/contacts/${contactId}`)).body;
  assert.equal(contact.stage, "sales_ready");
  assert.equal(contact.ownerId, repId);
  await logOut(page);

  await logInAs(page, web.url, repEmail, PASSWORD);
  await page.getByRole("button", { name: "Notifications (1 unread)" }).click();
  await t("notification-item").getByText("New lead for you: Nora Newlead").click();
  await page.waitForURL("**/handoffs**");
  const inbox = page.locator(`[data-testid="handoff-card"][data-contact-id="${contactId}"]`);
  await inbox.getByTestId("handoff-sla").waitFor();
  // Why she was hot, in the order the touches counted at the hand-off: the event, then the rest.
  assert.match(
    (await inbox.getByTestId("handoff-why").textContent()) ?? "",
    /^Why hot: Event attended .*\(\+12\.0\)/,
  );
  assert.match(
    (await inbox.getByTestId("handoff-lead").textContent()) ?? "",
    /^No source program · Engagement 32\.0/,
  );
  await screenshot(page, "baton-04-handoff-inbox");
  await inbox.getByTestId("handoff-accept").click();
  await inbox.waitFor({ state: "detached" });
  assert.equal((await api.call("GET", `/api/v1/contacts/${contactId}`)).body.stage, "in_sales");
  await t("handoffs-filter").getByText("Accepted").click();
  await page.locator(`[data-testid="handoff-card"][data-contact-id="${contactId}"]`).waitFor();
  await screenshot(page, "baton-05-accepted");
  await logOut(page);

  // Marketing's newsletter goes to the cold lead and skips Nora: sales owns her now.
  await logInAs(page, web.url, marketerEmail, PASSWORD);
  await goViaHeader(page, "Outbox");
  await t("newsletter-open").click();
  await t("newsletter-template").selectOption({ label: "Monthly newsletter" });
  await t("newsletter-send").click();
  const nora = page.locator(`[data-testid="outbox-row"][data-to="${noraEmail}"]`);
  await nora.waitFor();
  assert.equal(await nora.getAttribute("data-status"), "skipped");
  assert.match((await nora.getByTestId("outbox-reason").textContent()) ?? "", /Sales owns this contact/);
  const cole = page.locator(`[data-testid="outbox-row"][data-to="${coldEmail}"]`);
  assert.equal(await cole.getAttribute("data-status"), "queued");
  await page.getByRole("dialog").waitFor({ state: "detached" });
  await screenshot(page, "baton-06-newsletter-skipped-her");
});
