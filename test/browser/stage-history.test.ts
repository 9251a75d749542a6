// The contact's life on its page (issue 8): the stage history with each transition's cause, and a
// marketing playbook the baton pauses shown as paused, with why. Screenshots:
// test-results/screenshots/stages-*.png
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { createUser } from "../../src/services/users/create-user.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { newContact, newTemplate } from "../support/email.ts";
import { launchBrowser, logInAs, screenshot, startWebServer } from "./browser.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
const PASSWORD = "baton-test-password";
let marketerEmail: string;
let contactId: string;

before(async () => {
  api = await setupApi();
  marketerEmail = `mia-${api.slug}@example.com`;
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: marketerEmail,
    name: "Mia Marketing",
    role: "marketing",
    password: PASSWORD,
  });
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: `sam-${api.slug}@example.com`,
    name: "Sam Sales",
    role: "sales",
    password: PASSWORD,
  });
  const template = await newTemplate(api, { name: "Hot offer", subject: "An offer for {{firstName}}" });
  const playbook = await api.call("POST", "/api/v1/playbooks", {
    name: "Hot: the offer email",
    tier: "hot",
    side: "marketing",
    active: true,
    steps: [{ side: "marketing", channel: "email", delayMinutes: 60, templateId: template }],
  });
  assert.equal(playbook.status, 201, JSON.stringify(playbook.body));
  contactId = (await newContact(api, { firstName: "Hana", lastName: "Hotlead" })).id;
  // Form (10) + event (12) + webinar (10): hot, and the baton passes to Sam in the same request.
  for (const kind of ["form_submit", "event_attended", "webinar"]) {
    const res = await api.call("POST", "/api/v1/touchpoints", {
      contactId,
      kind,
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
  }
  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1400 } });
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

test("the contact page shows the stage history with causes, and the playbook the baton paused", async () => {
  await logInAs(page, web.url, marketerEmail, PASSWORD);
  await page.goto(`${web.url}/contacts/${contactId}`);
  const rows = page.getByTestId("stage-history-row");
  await rows.nth(2).waitFor();
  assert.deepEqual(
    await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute("data-to"), tr.getAttribute("data-cause")]),
    ),
    [
      ["prospect", "user"],
      ["lead", "touchpoint"],
      ["sales_ready", "handoff"],
    ],
  );
  await page.getByTestId("stage-history").getByText("Automatic").first().waitFor();
  const paused = page.locator('[data-testid="contact-enrolment-row"][data-paused="skipped"]');
  await paused.waitFor();
  assert.match(
    await paused.getByTestId("enrolment-paused-why").innerText(),
    /Paused by the baton: sales owns/,
  );
  await page.getByTestId("stage-history").scrollIntoViewIfNeeded();
  await screenshot(page, "stages-01-contact-page");
});
