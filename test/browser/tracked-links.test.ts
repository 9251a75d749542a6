// A program's tracked links in Chromium: a marketer is told in the form's words why a target is
// refused, mints a link, sees its short URL and where it forwards; a known and an anonymous click
// on the short URL show up in the counts; a sales rep reads the list without the form.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { type Caller, setupApi, TEST_PUBLIC_URL, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, screenshot, startWebServer, waitForText } from "./browser.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let admin: Caller;
let programId: string;
let campaign: string;
const PASSWORD = "tracked-links-test-password";
let marketerEmail: string;
let repEmail: string;

before(async () => {
  api = await setupApi();
  admin = api.call;
  const { createUser } = await import("../../src/services/users/create-user.ts");
  marketerEmail = `links-mkt-${api.slug}@example.com`;
  repEmail = `links-rep-${api.slug}@example.com`;
  for (const [email, role, name] of [
    [marketerEmail, "marketing", "Mia Marketing"],
    [repEmail, "sales", "Sam Sales"],
  ] as const) {
    await createUser(api.deps, { workspaceId: api.workspaceId, email, name, role, password: PASSWORD });
  }
  campaign = `spring-${api.slug}`;
  const program = await admin("POST", "/api/v1/programs", {
    name: "Spring launch newsletter",
    channel: "email",
    currency: "EUR",
    utmCampaign: campaign,
  });
  assert.equal(program.status, 201);
  programId = program.body.id;

  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);

test("a marketer mints a tracked link and is told in the form's words what is wrong", async () => {
  await logInAs(page, web.url, marketerEmail, PASSWORD);
  await page.goto(`${web.url}/programs/${programId}/links`);
  await t("links-empty").waitFor();

  await t("link-target").fill("javascript:alert(1)");
  await t("link-utm-source").fill("newsletter");
  await t("link-create").click();
  await page.getByText("The target URL must start with http:// or https://.").waitFor();
  await screenshot(page, "tracked-links-0-refused");

  await t("link-target").fill("https://shop.example.com/pricing?plan=pro");
  await t("link-utm-medium").fill("email");
  await t("link-utm-content").fill("hero button");
  await t("link-label").fill("Pricing, hero button");
  const expected = `https://shop.example.com/pricing?plan=pro&utm_source=newsletter&utm_medium=email&utm_campaign=${campaign}&utm_content=hero%20button`;
  await waitForText(page, "link-preview", `Forwards to ${expected}`);
  await t("link-create").click();
  await t("link-row").waitFor();

  const links = (await admin("GET", `/api/v1/programs/${programId}/links`)).body.data;
  assert.equal(links.length, 1);
  assert.equal(links[0].trackedUrl, expected);
  assert.equal(links[0].label, "Pricing, hero button");
  assert.equal(await t("link-short-url").textContent(), `${TEST_PUBLIC_URL}/l/${links[0].code}`);
  await screenshot(page, "tracked-links-1-created");
});

test("a known and an anonymous click show in the counts", async () => {
  const link = (await admin("GET", `/api/v1/programs/${programId}/links`)).body.data[0];
  const contact = await admin("POST", "/api/v1/contacts", { email: `clicker-${api.slug}@example.com` });
  const personal = await admin(
    "GET",
    `/api/v1/programs/${programId}/links/${link.id}/personal-url?contactId=${contact.body.id}`,
  );
  for (const path of [personal.body.url.slice(TEST_PUBLIC_URL.length), `/l/${link.code}`]) {
    const res = await fetch(`${web.url}${path}`, { redirect: "manual" });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get("location"), link.trackedUrl);
  }
  await page.reload();
  await waitForText(page, "link-known", "1");
  await waitForText(page, "link-known-contacts", "1 contact");
  await waitForText(page, "link-anonymous", "1");
  await screenshot(page, "tracked-links-2-clicks");
});

test("a sales rep reads the links but gets no form", async () => {
  await logInAs(page, web.url, repEmail, PASSWORD);
  await page.goto(`${web.url}/programs/${programId}/links`);
  await t("link-row").waitFor();
  assert.equal(await t("link-form").count(), 0);
  assert.equal(await t("link-archive").count(), 0);
});
