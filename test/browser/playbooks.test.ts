// Playbooks in Chromium: a marketer adds a step to the warm playbook and sees it on the list; a
// rep enrols a lead in a sales sequence from the contact page, is stopped by the guard, gives a
// reason, and finds the override in the enrolment's events.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { createUser } from "../../src/services/users/create-user.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { goViaHeader, launchBrowser, logInAs, screenshot, startWebServer } from "./browser.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
const PASSWORD = "playbook-test-password";
let marketingEmail: string;
let repEmail: string;
let warmId: string;
let sequenceId: string;
let leadId: string;

async function ok(res: Promise<{ status: number; body: unknown }>, status = 201) {
  const r = await res;
  assert.equal(r.status, status, JSON.stringify(r.body));
  return r.body as Record<string, unknown> & { id: string };
}

before(async () => {
  api = await setupApi();
  marketingEmail = `marketing-${api.slug}@example.com`;
  repEmail = `rep-${api.slug}@example.com`;
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: marketingEmail,
    name: "Mia Marketing",
    role: "marketing",
    password: PASSWORD,
  });
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: repEmail,
    name: "Sam Sales",
    role: "sales",
    password: PASSWORD,
  });
  const invite = await ok(
    api.call("POST", "/api/v1/email-templates", {
      name: "Webinar invitation",
      kind: "marketing",
      subject: "Join us, {{firstName}}",
      body: "Hi {{firstName}},\n\nJoin our webinar: https://acme.test/webinar\n\n{{unsubscribeUrl}}",
    }),
  );
  warmId = (
    await ok(
      api.call("POST", "/api/v1/playbooks", {
        name: "Warm welcome",
        tier: "warm",
        side: "marketing",
        steps: [{ side: "marketing", channel: "email", delayMinutes: 0, templateId: invite.id }],
      }),
    )
  ).id;
  sequenceId = (
    await ok(
      api.call("POST", "/api/v1/playbooks", {
        name: "Founder outreach",
        tier: null,
        side: "sales",
        steps: [{ side: "sales", channel: "call_task", delayMinutes: 60, taskTitle: "Intro call" }],
      }),
    )
  ).id;
  leadId = (
    await ok(
      api.call("POST", "/api/v1/contacts", {
        email: `lena-${api.slug}@example.com`,
        firstName: "Lena",
        lastName: "Lead",
        stage: "lead",
      }),
    )
  ).id;
  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

test("a marketer adds a step to the warm playbook and sees it in the list", async () => {
  await logInAs(page, web.url, marketingEmail, PASSWORD);
  await goViaHeader(page, "Playbooks");
  await page.waitForURL("**/playbooks");
  const card = page.locator(`[data-testid="playbook-card"][data-playbook-id="${warmId}"]`);
  await card.getByTestId("edit-playbook").click();
  await page.waitForURL(`**/playbooks/${warmId}/edit`);
  await page.getByTestId("add-step").click();
  const row = page.getByTestId("step-row").nth(1);
  await row.getByLabel("Side of step 2").selectOption("sales");
  await row.getByTestId("step-channel").selectOption("call_task");
  await row.getByTestId("step-delay").fill("2");
  await row.getByLabel("Delay unit of step 2").selectOption("days");
  await row.getByTestId("step-task").fill("Call to follow up on the webinar");
  await screenshot(page, "playbook-editor");
  await page.getByTestId("save-playbook").click();
  await page.getByTestId("playbook-saved").waitFor();
  // The saved step now has an id of its own: a second save keeps it.
  assert.notEqual(await page.getByTestId("step-row").nth(1).getAttribute("data-step-id"), "");

  await page.getByRole("link", { name: "← Playbooks" }).click();
  await page.waitForURL("**/playbooks");
  await card.getByTestId("playbook-step-summary").nth(1).waitFor();
  const steps = await card.getByTestId("playbook-step-summary").allTextContents();
  assert.deepEqual(steps, [
    "1. Email at once — Webinar invitation",
    "2. Call task after 2 days — Call to follow up on the webinar",
  ]);
  await screenshot(page, "playbooks-list");
  const stored = await api.call("GET", `/api/v1/playbooks/${warmId}`);
  assert.deepEqual(
    stored.body.steps.map((s: { side: string; channel: string; delayMinutes: number }) => [
      s.side,
      s.channel,
      s.delayMinutes,
    ]),
    [
      ["marketing", "email", 0],
      ["sales", "call_task", 2880],
    ],
  );
});

test("a rep enrols a lead in a sales sequence only with a reason, which the events show", async () => {
  await logInAs(page, web.url, repEmail, PASSWORD);
  await page.goto(`${web.url}/contacts/${leadId}`);
  const panel = page.getByTestId("contact-enrolments");
  await panel.getByTestId("contact-enrol").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByTestId("enrol-sequence").selectOption(sequenceId);
  await dialog.getByTestId("enrol-submit").click();
  await dialog.getByTestId("enrol-guard").waitFor();
  assert.match(await dialog.getByTestId("enrol-guard").innerText(), /not made it ready for sales/);
  assert.ok(await dialog.getByTestId("enrol-submit").isDisabled(), "no override without a reason");
  await dialog.getByTestId("enrol-reason").fill("She asked for a call at the trade show");
  await screenshot(page, "enrol-guard-dialog");
  await dialog.getByTestId("enrol-submit").click();
  await dialog.waitFor({ state: "hidden" });
  const row = panel.getByTestId("contact-enrolment-row");
  await row.waitFor();
  assert.match(await row.innerText(), /Founder outreach/);
  assert.equal(await row.getAttribute("data-status"), "active");
  await row.getByRole("button", { name: "Events" }).click();
  const events = page.getByTestId("enrolment-event");
  await events.nth(1).waitFor();
  assert.deepEqual(await events.evaluateAll((els) => els.map((e) => e.getAttribute("data-kind"))), [
    "enrolled",
    "guard_overridden",
  ]);
  assert.match(await events.nth(1).innerText(), /She asked for a call at the trade show/);
  await page.waitForTimeout(400); // the drawer slides in
  await screenshot(page, "contact-sequences");
  await page.keyboard.press("Escape");

  await page.goto(`${web.url}/playbooks/${sequenceId}`);
  await page.getByTestId("enrolment-row").waitFor();
  assert.match(
    await page.getByTestId("enrolment-row").innerText(),
    /Lena Lead[\s\S]*active[\s\S]*1\. Call task/i,
  );
  await screenshot(page, "playbook-enrolments");
});
