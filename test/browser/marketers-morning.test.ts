// A marketer's morning in Chromium: the home page's leads and cost per lead → the program
// scorecard → one program's page → the funnel of that program's leads. On every screen the
// figures read off the page equal the API's answer to the same query (its period taken from the
// page's own links), and a few are also checked against values worked out by hand.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { addDays } from "../../web/src/features/programs/program-format.ts";
import { formatDuration } from "../../web/src/features/reports/report-format.ts";
import { periodPresets } from "../../web/src/features/reports/report-params.ts";
import { type Caller, setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, screenshot, startWebServer, waitForText } from "./browser.ts";
import { count, money, percent, reportFor, textOf } from "./report-figures.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let admin: Caller;
const PASSWORD = "morning-test-password";
let marketerEmail: string;
const programs: Record<string, string> = {};

/** A UTC instant `days` from now, at noon. */
const dayAt = (days: number) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T12:00:00Z`;
const day = (days: number) => dayAt(days).slice(0, 10);

before(async () => {
  api = await setupApi();
  admin = api.call;
  const { createUser } = await import("../../src/services/users/create-user.ts");
  marketerEmail = `morning-${api.slug}@example.com`;
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: marketerEmail,
    name: "Mia Marketer",
    role: "marketing",
    password: PASSWORD,
  });
  const rep = await api.userWithKey("sales");
  const asRep = api.callerFor(rep.key);

  // Four programs in dollars; the podcast made no lead.
  const program = async (key: string, name: string, channel: string, costMinor: number, costDay: number) => {
    const res = await admin("POST", "/api/v1/programs", {
      name,
      channel,
      currency: "USD",
      startsOn: day(-40),
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    programs[key] = res.body.id;
    const cost = await admin("POST", `/api/v1/programs/${res.body.id}/costs`, {
      incurredOn: day(costDay),
      amountMinor: costMinor,
    });
    assert.equal(cost.status, 201, JSON.stringify(cost.body));
  };
  await program("newsletter", "Spring newsletter", "email", 30_000, -20);
  await program("fair", "Trade fair booth", "trade_show", 240_000, -25);
  await program("ads", "Search ads", "advertising", 50_000, -18);
  await program("podcast", "Podcast sponsorship", "advertising", 80_000, -10);

  const contacts: Record<string, string> = {};
  const touch = async (who: string, kind: string, key: string | null, days: number) => {
    const res = await admin("POST", "/api/v1/touchpoints", {
      email: `${who}-${api.slug}@example.com`,
      kind,
      programId: key ? programs[key] : null,
      occurredAt: dayAt(days),
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    contacts[who] = res.body.contactId;
  };
  // Leads: three from the newsletter, two from the fair, one from the ads.
  for (const [i, who] of ["n1", "n2", "n3"].entries()) {
    await touch(who, "email_sent", "newsletter", -16 - i);
    await touch(who, "email_click", "newsletter", -15 + i);
  }
  await touch("f1", "event_attended", "fair", -12);
  await touch("f2", "event_attended", "fair", -12);
  await touch("a1", "form_submit", "ads", -9);
  await touch("p1", "page_view", "podcast", -5); // reach only

  // The fair's first lead goes to sales and is won; one newsletter lead is handed over.
  const n1 = await admin("PATCH", `/api/v1/contacts/${contacts.n1}`, {
    stage: "sales_ready",
    stageReason: "hot",
  });
  assert.equal(n1.status, 200, JSON.stringify(n1.body));
  const deal = await asRep("POST", "/api/v1/deals", {
    name: "Booth follow-up",
    contactId: contacts.f1,
    amountMinor: 900_000,
    currency: "USD",
  });
  assert.equal(deal.status, 201, JSON.stringify(deal.body));
  for (const stage of ["understand", "present", "propose", "won"])
    assert.equal((await asRep("POST", `/api/v1/deals/${deal.body.id}/move`, { stage })).status, 200, stage);

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
const text = (id: string) => textOf(page, id);
const apiFor = (report: string, href: string) => reportFor(admin, report, href);

interface ScoreRow {
  programId: string | null;
  programName: string | null;
  leads: number;
  costMinor: number;
  costPerLeadMinor: number | null;
}

test("the home page shows the period's leads, cost per lead and the cheapest and dearest programs", async () => {
  await logInAs(page, web.url, marketerEmail, PASSWORD);
  assert.equal(new URL(page.url()).pathname, "/");
  await t("home-cost-per-lead").waitFor();
  const href = (await t("home-cost-per-lead").getAttribute("href"))!;
  assert.match(href, /^\/reports\/programs\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
  const scorecard = await apiFor("program-scorecard", href);
  // The default period is the server's own: the same 90 days.
  const byDefault = (await admin("GET", "/api/v1/reports/program-scorecard")).body;
  assert.deepEqual([scorecard.from, scorecard.to], [byDefault.from, byDefault.to]);

  assert.equal(await text("home-leads"), count(scorecard.totals.leads));
  assert.equal(await text("home-cost-per-lead"), money(scorecard.totals.costPerLeadMinor, "USD"));
  const ranked = (scorecard.rows as ScoreRow[])
    .filter((r) => r.programId && r.leads > 0)
    .sort((a, b) => a.costPerLeadMinor! - b.costPerLeadMinor!);
  assert.equal(await text("home-best-program"), money(ranked[0]!.costPerLeadMinor, "USD"));
  assert.equal(await text("home-worst-program"), money(ranked.at(-1)!.costPerLeadMinor, "USD"));
  // By hand: 6 leads for $4,000.00 (the podcast's $800 too); $100 a lead from the newsletter,
  // $1,200 from the fair.
  assert.equal(await text("home-leads"), "6");
  assert.equal(await text("home-cost-per-lead"), "$666.67");
  await t("home-best-program").locator("..").getByText("Spring newsletter").waitFor();
  await t("home-worst-program").locator("..").getByText("Trade fair booth").waitFor();
  assert.equal(await text("home-best-program"), "$100.00");
  assert.equal(await text("home-worst-program"), "$1,200.00");
  assert.equal(await t("home-sales").count(), 0, "a marketer's home has no sales figures");
  await screenshot(page, "morning-1-home");
});

test("the cost per lead opens the scorecard for the same period, with the API's figures", async () => {
  const homeHref = (await t("home-cost-per-lead").getAttribute("href"))!;
  await t("home-cost-per-lead").click();
  await page.waitForURL((u) => u.pathname === "/reports/programs");
  assert.equal(new URL(page.url()).search, new URL(homeHref, web.url).search);
  await t("scorecard-row").first().waitFor();
  const scorecard = await apiFor("program-scorecard", (await t("scorecard-csv").getAttribute("href"))!);
  const rows = scorecard.rows as ScoreRow[];
  assert.equal(await t("scorecard-row").count(), rows.length);
  for (const row of rows.filter((r) => r.programId)) {
    const shown = page.locator(`[data-testid="scorecard-row"][data-program-id="${row.programId}"]`);
    const cell = async (name: string) => (await shown.getByTestId(`scorecard-${name}`).textContent())?.trim();
    assert.equal(await cell("leads"), count(row.leads), row.programName!);
    assert.equal(await cell("costMinor"), money(row.costMinor, "USD"), row.programName!);
    assert.equal(await cell("costPerLeadMinor"), money(row.costPerLeadMinor, "USD"), row.programName!);
  }
  assert.equal(await text("scorecard-total-leads"), count(scorecard.totals.leads));
  assert.equal(
    await text("scorecard-total-costPerLeadMinor"),
    money(scorecard.totals.costPerLeadMinor, "USD"),
  );
  assert.equal(await text("scorecard-total-won"), count(scorecard.totals.won));
  assert.equal(await text("scorecard-total-successRate"), percent(scorecard.totals.successRate));
  await t("scorecard-chart").locator("svg").first().waitFor();
  await screenshot(page, "morning-2-scorecard");
});

test("one program's page shows the API's figures for it", async () => {
  const search = new URL(page.url()).search;
  await page
    .locator(`[data-testid="scorecard-row"][data-program-id="${programs.newsletter}"]`)
    .getByRole("link", { name: "Spring newsletter" })
    .click();
  await page.waitForURL((u) => u.pathname === `/programs/${programs.newsletter}`);
  assert.equal(new URL(page.url()).search, search, "the program page keeps the period");
  await waitForText(page, "program-title", "Spring newsletter");
  const program = (await admin("GET", `/api/v1/programs/${programs.newsletter}`)).body;
  await waitForText(page, "figure-leads", count(program.leads));
  assert.equal(await text("figure-cost"), money(program.costToDateMinor, "USD"));
  assert.equal(await text("figure-cost-per-lead"), money(program.costPerLeadMinor, "USD"));
  assert.equal(await text("figure-leads"), "3");
  assert.equal(await text("figure-cost-per-lead"), "$100.00");
  await t("program-chart").locator("svg").first().waitFor();
  await screenshot(page, "morning-3-program");
});

test("the funnel of that program's leads, for the same period, equals the API's", async () => {
  const period = new URL(page.url()).searchParams;
  await t("program-funnel-link").click();
  await page.waitForURL((u) => u.pathname === "/reports/funnel");
  const query = new URL(page.url()).searchParams;
  assert.equal(query.get("programId"), programs.newsletter);
  assert.deepEqual([query.get("from"), query.get("to")], [period.get("from"), period.get("to")]);
  await t("funnel-cohort-totals").waitFor();
  const funnel = await apiFor("funnel", (await t("funnel-csv").getAttribute("href"))!);
  assert.equal(await t("funnel-program").inputValue(), programs.newsletter);

  for (const key of ["leads", "salesReady", "accepted", "won"])
    assert.equal(await text(`funnel-cohort-total-${key}`), count(funnel.total[key]), key);
  for (const key of ["leadToSalesReady", "salesReadyToAccepted", "acceptedToWon", "leadToWon"])
    assert.equal(await text(`funnel-cohort-total-${key}`), percent(funnel.total[key]), key);
  assert.equal(await t("funnel-cohort-row").count(), funnel.cohorts.length);
  for (const stage of funnel.timeInStage) {
    const row = page.locator(`[data-testid="funnel-time-row"][data-stage="${stage.stage}"]`);
    assert.equal(await row.getByTestId("funnel-time-contacts").textContent(), count(stage.contacts));
    assert.equal(
      await row.getByTestId("funnel-time-median").textContent(),
      formatDuration(stage.medianSeconds),
    );
    assert.equal(await row.getByTestId("funnel-time-p75").textContent(), formatDuration(stage.p75Seconds));
  }
  // By hand: the newsletter's three leads, one of them handed to sales.
  assert.equal(await text("funnel-cohort-total-leads"), "3");
  assert.equal(await text("funnel-cohort-total-salesReady"), "1");
  assert.equal(await text("funnel-cohort-total-leadToSalesReady"), "33.3 %");
  await t("funnel-chart").locator("svg").first().waitFor();
  await t("funnel-definitions").getByText("Cohort", { exact: true }).waitFor();
  // The filters to come are there, and off.
  assert.equal(await t("funnel-fit-grade").isDisabled(), true);
  assert.equal(await t("funnel-segment").isDisabled(), true);
  await screenshot(page, "morning-4-funnel");

  // The whole funnel, all programs: the fair's lead won, its deal through the pipeline.
  await t("funnel-program").selectOption("");
  await waitForText(page, "funnel-cohort-total-leads", "6");
  const all = await apiFor("funnel", (await t("funnel-csv").getAttribute("href"))!);
  assert.equal(await text("funnel-cohort-total-won"), count(all.total.won));
  assert.equal(all.total.won, 1);
  await t("funnel-deal-stages").locator("svg").first().waitFor();
  await screenshot(page, "morning-5-funnel-all");
});

test("a usual period is one choice away: last quarter sets both dates, and the figures follow", async () => {
  await t("funnel-preset").click();
  await page.getByRole("option", { name: "Last quarter" }).click();
  const quarter = periodPresets().find((p) => p.value === "last-quarter")!.period;
  await page.waitForURL(
    (u) => u.searchParams.get("from") === quarter.from && u.searchParams.get("to") === quarter.to,
  );
  // The inputs follow the address on the next render.
  await page.waitForFunction(
    ([from, to]) =>
      (document.querySelector('[data-testid="funnel-from"]') as HTMLInputElement | null)?.value === from &&
      (document.querySelector('[data-testid="funnel-to"]') as HTMLInputElement | null)?.value === to,
    [quarter.from, quarter.to],
  );
  const funnel = await apiFor("funnel", (await t("funnel-csv").getAttribute("href"))!);
  assert.deepEqual([funnel.from, funnel.to], [quarter.from, quarter.to]);
  // The workspace's history is the last few weeks: early in a quarter some of it was last
  // quarter's; otherwise that quarter had no leads, and the page says so.
  if (funnel.total.leads > 0) await waitForText(page, "funnel-cohort-total-leads", count(funnel.total.leads));
  else await t("funnel-empty").waitFor();
  // A day of the user's own makes it a custom period.
  await t("funnel-from").fill(addDays(quarter.from, 1));
  await page.waitForURL((u) => u.searchParams.get("from") === addDays(quarter.from, 1));
  await page.waitForFunction(
    () =>
      (document.querySelector('[data-testid="funnel-preset"]') as HTMLInputElement | null)?.value ===
      "Custom",
  );
  await screenshot(page, "morning-6-period-presets");
});
