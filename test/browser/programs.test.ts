// Programs in Chromium: a marketer creates a program (the server's refusal of an end date before
// the start shows under the end date first), edits it, enters two cost lines and sees cost to
// date and cost per lead follow, archives it and finds it again only with "Show archived". A
// sales rep reads the list and the page without a single edit control.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { type Caller, setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, logOut, screenshot, startWebServer, waitForText } from "./browser.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let admin: Caller;
const PASSWORD = "programs-test-password";
let marketerEmail: string;
let marketerId: string;
let repEmail: string;
let programId: string;
let noCostId: string;
const NAME = "Spring webinar";

/** A UTC day `days` from today, as a date input holds it. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

before(async () => {
  api = await setupApi();
  const { createUser } = await import("../../src/services/users/create-user.ts");
  marketerEmail = `prog-marketer-${api.slug}@example.com`;
  repEmail = `prog-rep-${api.slug}@example.com`;
  ({ id: marketerId } = await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: marketerEmail,
    name: "Mia Marketer",
    role: "marketing",
    password: PASSWORD,
  }));
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: repEmail,
    name: "Sam Sales",
    role: "sales",
    password: PASSWORD,
  });
  admin = api.call;
  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "en-US" });
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);
const row = (id: string) => page.locator(`[data-testid="program-row"][data-program-id="${id}"]`);

test("a marketer creates a program; the end date before the start is refused under the end date", async () => {
  await logInAs(page, web.url, marketerEmail, PASSWORD);
  await page.getByRole("link", { name: "Programs" }).click();
  await page.waitForURL("**/programs");
  await t("programs-empty").waitFor();

  await t("program-new").click();
  await t("program-name").fill(NAME);
  await t("program-channel").selectOption("content");
  await t("program-ownerId").selectOption(marketerId);
  await t("program-description").fill("A live demo for mid-size teams, with Q&A.");
  await t("program-callToAction").fill("Register for the webinar");
  await t("program-budget").fill("15,000.00");
  await t("program-currency").fill("eur");
  await t("program-startsOn").fill(day(-30));
  await t("program-endsOn").fill(day(-31));
  await t("program-utmCampaign").fill(`spring-webinar-${api.slug}`);
  await t("program-save").click();

  const message = "The end date must not be before the start date";
  await page.getByText(message).waitFor();
  assert.equal(await t("program-endsOn").getAttribute("aria-invalid"), "true");
  assert.notEqual(await t("program-startsOn").getAttribute("aria-invalid"), "true");
  // The message is the end date's own (its description), not a banner over the form.
  const describedBy = (await t("program-endsOn").getAttribute("aria-describedby")) ?? "";
  const errorText = await page.evaluate(
    (ids) =>
      ids
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
    describedBy,
  );
  assert.match(errorText, new RegExp(message));
  await screenshot(page, "programs-1-end-before-start");

  await t("program-endsOn").fill(day(60));
  await t("program-save").click();
  await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);
  programId = page.url().split("/").pop()!;

  await waitForText(page, "program-title", NAME);
  assert.equal(await t("program-status").textContent(), "active");
  assert.equal(await t("program-channel").textContent(), "Content");
  await waitForText(page, "program-owner", "Mia Marketer");
  assert.equal(await t("program-cta").textContent(), "Call to action: Register for the webinar");
  assert.equal(await t("figure-budget").textContent(), "€15,000.00");
  assert.equal(await t("figure-cost-per-lead").textContent(), "—");

  const stored = (await admin("GET", `/api/v1/programs/${programId}`)).body;
  assert.equal(stored.budgetMinor, 1_500_000);
  assert.equal(stored.currency, "EUR");
  assert.equal(stored.ownerId, marketerId);
  assert.equal(stored.endsOn, day(60));
  await screenshot(page, "programs-2-created");
});

test("she edits it: a new name and a budget with cents, stored exactly", async () => {
  // Another program already holds a campaign key: taking it is refused under the UTM field.
  const taken = `taken-${api.slug}`;
  const holder = await admin("POST", "/api/v1/programs", {
    name: "Key holder",
    channel: "email",
    currency: "EUR",
    utmCampaign: taken,
  });
  assert.equal(holder.status, 201, JSON.stringify(holder.body));

  await t("program-edit").click();
  await t("program-name").waitFor();
  assert.equal(await t("program-budget").inputValue(), "15,000.00");
  await t("program-utmCampaign").fill(taken);
  await t("program-save").click();
  await page.getByText("Another program already uses this UTM campaign key").waitFor();
  assert.equal(await t("program-utmCampaign").getAttribute("aria-invalid"), "true");
  await screenshot(page, "programs-2b-utm-taken");
  assert.equal((await admin("DELETE", `/api/v1/programs/${holder.body.id}`)).status, 204);

  await t("program-utmCampaign").fill(`spring-webinar-${api.slug}`);
  await t("program-name").fill(`${NAME} 2026`);
  await t("program-budget").fill("20,000.10");
  await t("program-save").click();
  await waitForText(page, "program-title", `${NAME} 2026`);
  await waitForText(page, "figure-budget", "€20,000.10");
  assert.equal((await admin("GET", `/api/v1/programs/${programId}`)).body.budgetMinor, 2_000_010);
});

test("two cost lines move cost to date, budget used and cost per lead", async () => {
  // Two contacts became leads through the program's form.
  for (const who of ["ana", "ben"]) {
    const res = await admin("POST", "/api/v1/touchpoints", {
      email: `${who}-${api.slug}@example.com`,
      kind: "form_submit",
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      programId,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
  }
  await page.reload();
  await waitForText(page, "figure-leads", "2");
  await t("cost-lines-empty").waitFor();
  // Leads but no cost entered: cost per lead is blank and says why, not €0.00.
  assert.equal(await t("figure-cost-per-lead").textContent(), "—");
  assert.equal(await t("figure-cost-per-lead").getAttribute("title"), "No cost entered yet");

  await t("cost-date").fill(day(-10));
  await t("cost-amount").fill("1,200.00");
  await t("cost-note").fill("LinkedIn ads, March invoice");
  await t("cost-add").click();
  await waitForText(page, "figure-cost", "€1,200.00");
  await waitForText(page, "figure-cost-per-lead", "€600.00");

  await t("cost-date").fill(day(-3));
  await t("cost-amount").fill("300.25");
  await t("cost-note").fill("Webinar platform");
  await t("cost-add").click();
  // 1,500.25 over 2 leads is 750.125, rounded half up to the cent.
  await waitForText(page, "figure-cost", "€1,500.25");
  await waitForText(page, "figure-cost-per-lead", "€750.13");
  await waitForText(page, "figure-budget-used", "7.5 %");
  assert.equal(await t("cost-line").count(), 2);
  assert.equal(await t("cost-amount").inputValue(), "", "the form is ready for the next line");

  const read = (await admin("GET", `/api/v1/programs/${programId}`)).body;
  assert.deepEqual([read.costToDateMinor, read.leads, read.costPerLeadMinor], [150_025, 2, 75_013]);
  await screenshot(page, "programs-3-cost-lines");

  await page.getByRole("link", { name: "All programs" }).click();
  await row(programId).waitFor();
  assert.equal(await row(programId).getByTestId("program-row-cost").textContent(), "€1,500.25");
  assert.equal(await row(programId).getByTestId("program-row-cpl").textContent(), "€750.13");
  assert.equal(await row(programId).getByTestId("program-row-owner").textContent(), "Mia Marketer");
  assert.equal(await row(programId).getByTestId("program-row-budget").textContent(), "€20,000.10");
  await screenshot(page, "programs-4-list");
});

test("archived, it leaves the list and comes back with “Show archived”", async () => {
  await row(programId).getByTestId("program-row-name").click();
  await t("program-archive").click();
  await t("program-archive-confirm").click();
  await waitForText(page, "program-status", "archived");
  assert.equal(await t("cost-add-form").count(), 0, "an archived program takes no cost lines");
  assert.equal(await t("cost-line-remove").count(), 0);
  await t("program-restore").waitFor();

  await page.getByRole("link", { name: "All programs" }).click();
  await t("programs-empty").waitFor();
  assert.equal(await row(programId).count(), 0);
  await t("programs-show-archived").click({ force: true });
  await row(programId).waitFor();
  assert.equal(await row(programId).getByTestId("program-row-status").textContent(), "archived");
  assert.match(page.url(), /archived=1/);
  await screenshot(page, "programs-5-archived");
});

test("a sales rep reads the list and the page, with no way to change them", async () => {
  // A second, live program run by the marketer, with a cost line of its own.
  const other = await admin("POST", "/api/v1/programs", {
    name: "Autumn trade show",
    channel: "trade_show",
    currency: "EUR",
    budgetMinor: 900_000,
    startsOn: day(-5),
    endsOn: day(40),
    ownerId: marketerId,
  });
  assert.equal(other.status, 201, JSON.stringify(other.body));
  await admin("POST", `/api/v1/programs/${other.body.id}/costs`, {
    incurredOn: day(-1),
    amountMinor: 250_000,
  });

  await logOut(page);
  await logInAs(page, web.url, repEmail, PASSWORD);
  await page.getByRole("link", { name: "Programs" }).click();
  await row(other.body.id).waitFor();
  assert.equal(await t("program-new").count(), 0);
  assert.equal(await row(programId).count(), 0, "the archived one stays out of the default list");
  await t("programs-show-archived").click({ force: true });
  await row(programId).waitFor();

  // Sorting: by name A→Z, then Z→A.
  const names = () => t("program-row-name").allTextContents();
  await t("sort-name").click();
  assert.deepEqual(await names(), [`${NAME} 2026`, "Autumn trade show"]);
  await t("sort-name").click();
  assert.deepEqual(await names(), ["Autumn trade show", `${NAME} 2026`]);
  // Cost per lead: the one with leads first, the one without (—) last either way.
  await t("sort-costPerLead").click();
  assert.deepEqual(await names(), [`${NAME} 2026`, "Autumn trade show"]);
  await screenshot(page, "programs-6-sales-list");

  await row(programId).getByTestId("program-row-name").click();
  await waitForText(page, "program-title", `${NAME} 2026`);
  await waitForText(page, "figure-cost-per-lead", "€750.13");
  await t("cost-line").first().waitFor();
  for (const id of [
    "program-edit",
    "program-archive",
    "program-restore",
    "cost-add-form",
    "cost-line-remove",
    "program-delete",
  ]) {
    assert.equal(await t(id).count(), 0, `${id} is not shown to sales`);
  }
  await screenshot(page, "programs-7-sales-page");
});

test("the program scorecard lists both programs for the last 90 days, with totals, chart and CSV", async () => {
  await page.getByRole("link", { name: "Reports" }).click();
  await page.waitForURL("**/reports");
  await page.getByRole("link", { name: "Program scorecard" }).click();
  await page.waitForURL("**/reports/programs");
  const scoreRow = (id: string) => page.locator(`[data-testid="scorecard-row"][data-program-id="${id}"]`);
  await scoreRow(programId).waitFor();
  const cell = (id: string, name: string) => scoreRow(id).getByTestId(`scorecard-${name}`).textContent();
  assert.equal(await cell(programId, "leads"), "2");
  assert.equal(await cell(programId, "reach"), "2");
  assert.equal(await cell(programId, "costMinor"), "€1,500.25");
  assert.equal(await cell(programId, "costPerLeadMinor"), "€750.13");
  assert.equal(await cell(programId, "successRate"), "0.0 %");
  const total = (name: string) => t(`scorecard-total-${name}`).textContent();
  assert.equal(await total("leads"), "2");
  assert.equal(await total("costMinor"), "€4,000.25");
  assert.equal(await total("costPerLeadMinor"), "€2,000.13");
  assert.equal(await total("roi"), "-100.0 %");

  // The same query as JSON through the API gives the same figures.
  const href = (await t("scorecard-csv").getAttribute("href"))!;
  const query = new URL(href, web.url).searchParams;
  assert.equal(query.get("format"), "csv");
  query.set("format", "json");
  const json = (await admin("GET", `/api/v1/reports/program-scorecard?${query}`)).body;
  assert.equal(json.totals.costMinor, 400_025);
  assert.equal(json.rows.find((r: { programId: string }) => r.programId === programId).leads, 2);
  const csv = await page.request.get(new URL(href, web.url).toString());
  assert.equal(csv.status(), 200);
  assert.match(csv.headers()["content-type"] ?? "", /text\/csv/);
  assert.match(await csv.text(), /Spring webinar 2026/);

  await t("scorecard-chart").locator("svg").first().waitFor();
  await t("scorecard-definitions").getByText("Leads", { exact: true }).waitFor();
  assert.equal(await t("scorecard-currency").count(), 0, "one currency, no currency picker");
  await screenshot(page, "programs-8-scorecard");

  await t("scorecard-group-by").getByText("Channel").click();
  // Program rows carry their channel too: wait for the row named by the channel itself.
  const channelRow = page
    .locator('[data-testid="scorecard-row"][data-channel="content"]')
    .filter({ has: page.getByTestId("scorecard-row-name").getByText("Content", { exact: true }) });
  await channelRow.waitFor();
  assert.equal(await channelRow.getByTestId("scorecard-leads").textContent(), "2");
  await screenshot(page, "programs-9-scorecard-by-channel");
});

test("the program page charts leads and cost over time", async () => {
  await page.goto(`${web.url}/programs/${programId}`);
  await t("program-chart").locator("svg").first().waitFor();
  await t("tracked-links").waitFor();
  await screenshot(page, "programs-10-page-with-chart");
});

test("a program with leads and no cost entered shows — and says why on the list, its page and the scorecard", async () => {
  const created = await admin("POST", "/api/v1/programs", {
    name: "Word of mouth",
    channel: "viral",
    currency: "EUR",
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  noCostId = id;
  const lead = await admin("POST", "/api/v1/touchpoints", {
    email: `cara-${api.slug}@example.com`,
    kind: "referral",
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    programId: id,
  });
  assert.equal(lead.status, 201, JSON.stringify(lead.body));
  const blank = async (cell: ReturnType<Page["getByTestId"]>, why: string) => {
    assert.equal(await cell.textContent(), "—");
    assert.equal(await cell.getAttribute("title"), why);
  };

  await page.goto(`${web.url}/programs`);
  await row(id).waitFor();
  assert.equal(await row(id).getByTestId("program-row-leads").textContent(), "1");
  await blank(row(id).getByTestId("program-row-cost"), "No cost entered");
  await blank(row(id).getByTestId("program-row-cpl"), "No cost entered");
  await screenshot(page, "programs-11-no-cost-list");

  await row(id).getByTestId("program-row-name").click();
  await waitForText(page, "figure-leads", "1");
  await blank(t("figure-cost"), "No cost entered yet");
  await blank(t("figure-cost-per-lead"), "No cost entered yet");
  await screenshot(page, "programs-12-no-cost-page");

  await page.goto(`${web.url}/reports/programs`);
  const scoreRow = page.locator(`[data-testid="scorecard-row"][data-program-id="${id}"]`);
  await scoreRow.waitFor();
  assert.equal(await scoreRow.getByTestId("scorecard-leads").textContent(), "1");
  for (const figure of ["costMinor", "costPerLeadMinor", "costPerCustomerMinor", "roi"]) {
    await blank(scoreRow.getByTestId(`scorecard-${figure}`), "No cost entered in the period");
  }
  await screenshot(page, "programs-13-no-cost-scorecard");
});

test("a marketer deletes an unused program; one with a lead is refused in words and archived instead", async () => {
  const draft = await admin("POST", "/api/v1/programs", {
    name: "Draft idea",
    channel: "email",
    currency: "EUR",
  });
  assert.equal(draft.status, 201, JSON.stringify(draft.body));
  const cost = await admin("POST", `/api/v1/programs/${draft.body.id}/costs`, {
    incurredOn: day(-2),
    amountMinor: 10_000,
  });
  assert.equal(cost.status, 201, JSON.stringify(cost.body));

  await logOut(page);
  await logInAs(page, web.url, marketerEmail, PASSWORD);
  await page.goto(`${web.url}/programs/${draft.body.id}`);
  await waitForText(page, "program-title", "Draft idea");
  await t("program-delete").click();
  const dialog = page.getByRole("dialog", { name: "Delete Draft idea?" });
  await dialog.waitFor();
  await dialog.getByText("with its cost lines and tracked links").waitFor();
  await screenshot(page, "programs-14-delete-confirm");
  await t("program-delete-confirm").click();
  await page.waitForURL((url) => url.pathname === "/programs");
  await row(noCostId).waitFor();
  assert.equal(await row(draft.body.id).count(), 0);
  assert.equal((await admin("GET", `/api/v1/programs/${draft.body.id}`)).status, 404);

  // Word of mouth made a lead: the server refuses, the dialog says why and offers to archive.
  await row(noCostId).getByTestId("program-row-name").click();
  await waitForText(page, "program-title", "Word of mouth");
  await t("program-delete").click();
  await t("program-delete-confirm").click();
  const alert = page.getByRole("alert").filter({ hasText: "It cannot be deleted" });
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? "", /made leads, so it cannot be deleted: archive it instead/);
  assert.equal(await t("program-delete-confirm").count(), 0, "no second try at a refused delete");
  await screenshot(page, "programs-15-delete-refused");
  await t("program-delete-archive").click();
  await waitForText(page, "program-status", "archived");
  await page.getByRole("dialog").waitFor({ state: "hidden" });
  assert.equal((await admin("GET", `/api/v1/programs/${noCostId}`)).body.status, "archived");
});
