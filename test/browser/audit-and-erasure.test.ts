// The audit log and GDPR erasure in Chromium (issue 12, item 7): an admin erases a contact from
// its page — the button stays off until the address is typed back — lands on the contacts list
// with a notice, and finds the erasure (without the person's name) in Settings → Audit log. A
// marketer sees neither the erase button nor the audit log's link, and the page refuses them.
// Screenshots: test-results/screenshots/audit-*.png.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, screenshot, startWebServer } from "./browser.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
const PASSWORD = "correct horse"; // setupApi's

before(async () => {
  api = await setupApi();
  web = await startWebServer(api.deps);
  await api.call("PATCH", `/api/v1/users/${api.admin.userId}`, { name: "Ada Admin" });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
});
after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

test("an admin erases a contact after typing the address, and the audit log shows it without the name", async () => {
  const email = `ines.vogt-${api.slug}@example.com`;
  const created = await api.call("POST", "/api/v1/contacts", {
    email,
    firstName: "Ines",
    lastName: "Vogtlander",
  });
  assert.equal(created.status, 201);
  await api.call("PUT", "/api/v1/settings/scoring", {
    ...(await api.call("GET", "/api/v1/settings/scoring")).body,
    warmThreshold: 4,
  });
  await logInAs(page, web.url, api.admin.email, PASSWORD);
  await page.getByTestId("current-user").waitFor();
  await page.goto(`${web.url}/contacts/${created.body.id}`);
  await page.getByTestId("contact-erase").click();
  await page.getByTestId("erase-modal").waitFor();
  assert.equal(await page.getByTestId("erase-submit").isDisabled(), true);
  await page.getByTestId("erase-confirm-email").fill("someone@else.test");
  await page.getByText("This is not the contact's address").waitFor();
  await page.getByTestId("erase-confirm-email").fill(email.toUpperCase());
  await screenshot(page, "audit-erase-modal", { fullPage: false });
  await page.getByTestId("erase-submit").click();
  await page.waitForURL(`${web.url}/contacts`);
  await page.getByText("Personal data erased").waitFor();
  assert.equal((await api.call("GET", `/api/v1/contacts/${created.body.id}`)).status, 404);

  await page.goto(`${web.url}/settings`);
  await page.getByTestId("settings-nav").getByRole("link", { name: "Audit log" }).click();
  await page.getByTestId("audit-table").waitFor();
  const erased = page.locator('[data-testid="audit-row"][data-action="contact.erased"]');
  await erased.waitFor();
  assert.match(await erased.innerText(), /Erased a contact's personal data/);
  assert.doesNotMatch(await page.getByTestId("audit-table").innerText(), /Vogtlander|ines\.vogt/i);
  await page.locator('[data-testid="audit-row"][data-action="settings.changed"]').first().waitFor();
  await screenshot(page, "audit-log", { fullPage: false });

  // Filtered to one action, only that action is listed.
  await page.getByTestId("audit-filter-action").click();
  await page.getByRole("option", { name: "Settings changed" }).click();
  await page
    .locator('[data-testid="audit-row"][data-action="contact.erased"]')
    .waitFor({ state: "detached" });
  const actions = await page
    .locator('[data-testid="audit-row"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));
  assert.ok(actions.length > 0 && actions.every((a) => a === "settings.changed"), actions.join());
});

test("a marketer sees no erase button and no audit log, and the page refuses them", async () => {
  const marketer = await api.userWithKey("marketing");
  const contact = await api.call("POST", "/api/v1/contacts", { email: `m-${api.slug}@example.com` });
  const other = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  await logInAs(other, web.url, marketer.email, PASSWORD);
  await other.getByTestId("current-user").waitFor();
  await other.goto(`${web.url}/contacts/${contact.body.id}`);
  await other.getByTestId("contact-edit").waitFor();
  assert.equal(await other.getByTestId("contact-erase").count(), 0);
  await other.goto(`${web.url}/settings/scoring`);
  await other.getByTestId("settings-nav").waitFor();
  assert.equal(await other.getByTestId("settings-nav").getByRole("link", { name: "Audit log" }).count(), 0);
  await other.goto(`${web.url}/settings/audit`);
  await other.getByTestId("audit-admins-only").waitFor();
  await screenshot(other, "audit-refused", { fullPage: false });
  await other.close();
});
