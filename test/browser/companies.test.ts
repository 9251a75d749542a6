// Companies in the web app (issue 11, item 1): a marketer finds Companies under "More", creates
// one (a malformed domain, then a domain another company has, refused under the field), opens its
// page, sees its people, its deal and the timeline of its people's touches, and edits it.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, screenshot, startWebServer, waitForText } from "./browser.ts";

const PASSWORD = "companies-password";
let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;

before(async () => {
  api = await setupApi();
  await api.call("POST", "/api/v1/companies", { name: "Globex", domain: "globex.example" });
  const { createUser } = await import("../../src/services/users/create-user.ts");
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: `mia-${api.slug}@example.com`,
    name: "Mia Marketer",
    role: "marketing",
    password: PASSWORD,
  });
  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  await logInAs(page, web.url, `mia-${api.slug}@example.com`, PASSWORD);
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);

test("create a company, see its people, deal and timeline, and edit it", async () => {
  await t("nav-more").click();
  await page.getByRole("menuitem", { name: "Companies" }).click();
  await page.waitForURL((u) => u.pathname === "/companies");
  await t("company-row").filter({ hasText: "Globex" }).waitFor();

  await t("company-new").click();
  await t("company-name").fill("Initech");
  await t("company-domain").fill("not a domain");
  await t("company-save").click();
  await page.getByText("Web domain must be a domain name like example.com").waitFor();
  await t("company-domain").fill("globex.example");
  await t("company-save").click();
  await page.getByText("Another company already has this domain").waitFor();
  await screenshot(page, "companies-1-refused", { fullPage: false });
  await t("company-domain").fill("initech.example");
  await t("company-industry").fill("Software");
  await t("company-save").click();
  await page.waitForURL((u) => /^\/companies\/[0-9a-f-]{36}$/.test(u.pathname));
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const stored = (await api.call("GET", `/api/v1/companies/${id}`)).body;
  assert.deepEqual([stored.name, stored.domain, stored.industry], ["Initech", "initech.example", "Software"]);
  await waitForText(page, "company-facts", "initech.example · Software");

  // Its people, a deal and their touches arrive through the API.
  const person = await api.call("POST", "/api/v1/contacts", {
    email: `peter-${api.slug}@example.com`,
    firstName: "Peter",
    lastName: "Gibbons",
    companyId: id,
  });
  await api.call("POST", "/api/v1/touchpoints", {
    contactId: person.body.id,
    kind: "webinar",
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  });
  const rep = api.callerFor((await api.userWithKey("sales")).key);
  await rep("POST", "/api/v1/deals", {
    name: "Initech seats",
    contactId: person.body.id,
    amountMinor: 500_000,
    currency: "USD",
  });
  await page.reload();
  await t("company-contact-row").filter({ hasText: "Peter Gibbons" }).waitFor();
  const deal = t("company-deal-row").filter({ hasText: "Initech seats" });
  await deal.waitFor();
  assert.match((await deal.textContent()) ?? "", /\$5,000\.00/);
  const touch = page.locator('[data-testid="company-timeline-row"][data-kind="webinar"]');
  await touch.waitFor();
  assert.match((await touch.textContent()) ?? "", /Peter Gibbons.*Webinar attended/);
  await screenshot(page, "companies-2-page");

  await t("company-edit").click();
  await t("company-size").fill("51-200");
  await t("company-save").click();
  await waitForText(page, "company-facts", "initech.example · Software · 51-200");
  assert.equal((await api.call("GET", `/api/v1/companies/${id}`)).body.size, "51-200");
});
