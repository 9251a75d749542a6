// Source effectiveness in Chromium: referrals (3 of 10 leads won), cold calls (0 of 12) and a
// podcast (1 of 1, no cost entered). The page, opened from /reports, shows each source's figures
// and intervals as the API computes them (a few also worked out by hand), draws one interval per
// source whose width on screen is the interval's, on the same scale for every row, switches the
// chart to revenue per lead, regroups by channel, and fits a 1,280 px screen.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { formatDuration } from "../../web/src/features/reports/report-format.ts";
import { type Caller, setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, screenshot, sidewaysOverflow, startWebServer } from "./browser.ts";
import { count, money, percent, reportFor, textOf } from "./report-figures.ts";

const DAY = 86_400_000;
const MINUTE = 60_000;
const PASSWORD = "correct horse"; // what setupApi gives every user
// The scenario is played at its own instants (weeks ago, inside the default 90 days), then the
// clock is real.
const START = Math.floor((Date.now() - 45 * DAY) / MINUTE) * MINUTE;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const REFERRAL_WINS = [1_000_000, 3_000_000, 500_000]; // $10,000, $30,000, $5,000
const PODCAST_WIN = 200_000;

let clock: number | null = START;
let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let admin: Caller;
let marketer: Awaited<ReturnType<TestApi["userWithKey"]>>;
const ids: Record<string, string> = {};

interface Interval {
  low: number;
  high: number;
}
interface Row {
  programId: string | null;
  programName: string | null;
  channel: string | null;
  leads: number;
  customers: number;
  revenueMinor: number;
  costMinor: number | null;
  conversion: number | null;
  conversionInterval: Interval | null;
  revenuePerLeadMinor: number | null;
  revenuePerLeadInterval: Interval | null;
  revenuePerCost: number | null;
  revenuePerCostInterval: Interval | null;
  medianDaysToClose: number | null;
}

before(async () => {
  api = await setupApi({ now: () => new Date(clock ?? Date.now()) });
  admin = api.call;
  marketer = await api.userWithKey("marketing");
  const rep = await api.userWithKey("sales");
  const asRep = api.callerFor(rep.key);
  const program = async (name: string, channel: string, costMinor: number | null) => {
    const res = await admin("POST", "/api/v1/programs", { name, channel, currency: "USD" });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    if (costMinor !== null) {
      const cost = await admin("POST", `/api/v1/programs/${res.body.id}/costs`, {
        incurredOn: day(START + 10 * DAY),
        amountMinor: costMinor,
      });
      assert.equal(cost.status, 201, JSON.stringify(cost.body));
    }
    return res.body.id as string;
  };
  ids.referrals = await program("Customer referrals", "referral", 200_000);
  ids.coldCalls = await program("Cold calling blitz", "cold_calling", 300_000);
  ids.podcast = await program("Podcast mention", "advertising", null);

  // A lead at `at`: the contact's first touch, an inbound one, made through the program.
  const lead = async (who: string, kind: string, programId: string, at: number) => {
    clock = at;
    const res = await admin("POST", "/api/v1/touchpoints", {
      email: `${who}-${api.slug}@example.com`,
      kind,
      programId,
      occurredAt: new Date(at).toISOString(),
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.contactId as string;
  };
  const win = async (contactId: string, amountMinor: number, at: number) => {
    clock = at;
    const deal = await asRep("POST", "/api/v1/deals", {
      name: `Deal ${contactId.slice(-4)}`,
      contactId,
      amountMinor,
      currency: "USD",
    });
    assert.equal(deal.status, 201, JSON.stringify(deal.body));
    const moved = await asRep("POST", `/api/v1/deals/${deal.body.id}/move`, { stage: "won" });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
  };
  // Ten referrals a minute apart; the first three won 1, 2 and 3 days after becoming leads.
  const referred: [string, number][] = [];
  for (let i = 0; i < 10; i++) {
    const at = START + i * MINUTE;
    referred.push([await lead(`ref${i}`, "referral", ids.referrals, at), at]);
  }
  for (const [i, amount] of REFERRAL_WINS.entries())
    await win(referred[i]![0], amount, referred[i]![1] + (i + 1) * DAY);
  // Twelve cold-called prospects replied to the follow-up email; none has bought.
  for (let i = 0; i < 12; i++)
    await lead(`cold${i}`, "email_reply", ids.coldCalls, START + 5 * DAY + i * MINUTE);
  // One listener filled in the form and bought a week later.
  const listener = await lead("pod0", "form_submit", ids.podcast, START + 20 * DAY);
  await win(listener, PODCAST_WIN, START + 27 * DAY);
  clock = null;

  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);
const text = (id: string) => textOf(page, id);

// The cells as the page should write them, in en-US, worked out here rather than by the app.
const number = (value: number, decimals: number) =>
  value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
const percentCell = (p: number | null, i: Interval | null) =>
  p === null ? "—" : i ? `${percent(p)} (${number(i.low * 100, 1)}–${percent(i.high)})` : percent(p);
const usd = (minor: number) => money(Math.round(minor), "USD");
const moneyCell = (m: number | null, i: Interval | null) =>
  m === null ? "—" : i ? `${usd(m)} (${usd(i.low)}–${usd(i.high)})` : usd(m);
const ratioCell = (r: number | null, i: Interval | null) =>
  r === null ? "—" : i ? `${number(r, 2)}× (${number(i.low, 2)}–${number(i.high, 2)}×)` : `${number(r, 2)}×`;

async function checkRow(cells: (key: string) => Promise<string | undefined>, row: Row, label: string) {
  assert.equal(await cells("leads"), count(row.leads), `${label} leads`);
  assert.equal(await cells("customers"), count(row.customers), `${label} customers`);
  assert.equal(await cells("conversion"), percentCell(row.conversion, row.conversionInterval), label);
  assert.equal(
    await cells("revenuePerLead"),
    moneyCell(row.revenuePerLeadMinor, row.revenuePerLeadInterval),
    label,
  );
  assert.equal(await cells("costMinor"), row.costMinor === null ? "—" : usd(row.costMinor), label);
  assert.equal(
    await cells("revenuePerCost"),
    ratioCell(row.revenuePerCost, row.revenuePerCostInterval),
    label,
  );
  assert.equal(
    await cells("medianDaysToClose"),
    formatDuration(row.medianDaysToClose === null ? null : row.medianDaysToClose * 86_400),
    label,
  );
}

const rowOf = (programId: string) =>
  page.locator(`[data-testid="effectiveness-row"][data-program-id="${programId}"]`);

/** Each drawn interval: its source, the values it stands for, and where its bar and dot are. */
async function drawnIntervals() {
  return t("effectiveness-interval").evaluateAll((marks) =>
    marks.map((g) => {
      const bar = g.querySelector('[data-part="bar"]')!.getBoundingClientRect();
      const dot = g.querySelector('[data-part="dot"]')!.getBoundingClientRect();
      return {
        key: g.getAttribute("data-key")!,
        low: Number(g.getAttribute("data-low")),
        high: Number(g.getAttribute("data-high")),
        point: Number(g.getAttribute("data-point")),
        left: bar.left,
        width: bar.width,
        dot: dot.left + dot.width / 2,
        top: bar.top,
      };
    }),
  );
}

/** The value axis's tick labels, left to right. */
const ticks = () =>
  page.locator('[data-testid="effectiveness-chart"] .recharts-cartesian-axis-tick-value').allTextContents();

/** The intervals are drawn for `rows`, top to bottom in their order, on one linear scale. */
async function checkChart(rows: Row[], interval: (row: Row) => Interval, point: (row: Row) => number) {
  const drawn = await drawnIntervals();
  assert.deepEqual(
    drawn.map((d) => d.key),
    rows.map((r) => r.programId),
    "one interval per source, most leads first",
  );
  for (const [i, d] of drawn.entries()) {
    const row = rows[i]!;
    assert.deepEqual([d.low, d.high, d.point], [interval(row).low, interval(row).high, point(row)]);
    if (i > 0) assert.ok(d.top > drawn[i - 1]!.top, "top to bottom");
  }
  // Pixels per unit from the widest bar; every end and dot sits where that scale puts it.
  const widest = drawn.reduce((a, b) => (b.high - b.low > a.high - a.low ? b : a));
  const perUnit = widest.width / (widest.high - widest.low);
  const zero = widest.left - widest.low * perUnit;
  for (const d of drawn) {
    assert.ok(Math.abs(d.left - (zero + d.low * perUnit)) < 1.5, `${d.key} low end at ${d.left}`);
    assert.ok(Math.abs(d.width - (d.high - d.low) * perUnit) < 1.5, `${d.key} width ${d.width}`);
    assert.ok(Math.abs(d.dot - (zero + d.point * perUnit)) < 1.5, `${d.key} dot at ${d.dot}`);
  }
  return drawn;
}

test("the reports list opens source effectiveness; each row's figures and intervals are the API's", async () => {
  await logInAs(page, web.url, marketer.email, PASSWORD);
  await page.goto(`${web.url}/reports`);
  const card = t("report-card").filter({ hasText: "Source effectiveness" });
  assert.match(
    (await card.textContent())!,
    /Which sources turn leads into customers and revenue, and how sure can we be\?/,
  );
  await card.getByTestId("report-link").click();
  await page.waitForURL((u) => u.pathname === "/reports/effectiveness");
  await t("effectiveness-row").first().waitFor();
  const href = (await t("effectiveness-csv").getAttribute("href"))!;
  assert.match(href, /^\/api\/v1\/reports\/source-effectiveness\?.*format=csv/);
  const report = await reportFor(admin, "source-effectiveness", href);
  const rows = report.rows as Row[];

  assert.deepEqual(
    rows.map((r) => r.programId),
    [ids.coldCalls, ids.referrals, ids.podcast],
    "most leads first",
  );
  assert.equal(await t("effectiveness-row").count(), rows.length);
  for (const row of rows) {
    const shown = rowOf(row.programId!);
    assert.equal(await shown.getByTestId("effectiveness-row-name").textContent(), row.programName);
    await checkRow(
      async (key) => (await shown.getByTestId(`effectiveness-${key}`).textContent())?.trim(),
      row,
      row.programName!,
    );
  }
  await checkRow((key) => text(`effectiveness-total-${key}`), report.totals, "totals");
  assert.match((await text("effectiveness-totals"))!, /^All leads/);

  // By hand: 3 of 10 is 30 %, its Wilson interval 10.8–60.3 %; 0 of 12 reaches up to 24.2 %, 1 of
  // 1 down to 20.7 %. The referrals' $45,000 over 10 leads is $4,500 a lead, over $2,000 of cost
  // 22.5 times it; their wins took 1, 2 and 3 days, so the median is 2.
  const cell = (programId: string, key: string) =>
    rowOf(programId).getByTestId(`effectiveness-${key}`).textContent();
  assert.equal(await cell(ids.referrals!, "conversion"), "30.0 % (10.8–60.3 %)");
  assert.equal(await cell(ids.coldCalls!, "conversion"), "0.0 % (0.0–24.2 %)");
  assert.equal(await cell(ids.podcast!, "conversion"), "100.0 % (20.7–100.0 %)");
  assert.match((await cell(ids.referrals!, "revenuePerLead"))!, /^\$4,500\.00 \(/);
  assert.match((await cell(ids.referrals!, "revenuePerCost"))!, /^22\.50× \(/);
  assert.equal(await cell(ids.referrals!, "medianDaysToClose"), "2 d");
  // No cold call has brought revenue yet: from $0 to its Wilson bound times the period's mean, not a certain $0.
  assert.match((await cell(ids.coldCalls!, "revenuePerLead"))!, /^\$0\.00 \(\$0\.00–\$[1-9][\d,]*\.\d\d\)$/);
  // No cost entered is not a cost of 0: blank, and the tooltip says why.
  const podcastCost = rowOf(ids.podcast!).getByTestId("effectiveness-costMinor");
  assert.equal(await podcastCost.textContent(), "—");
  assert.equal(await podcastCost.getAttribute("title"), "No cost entered in the period");
  assert.equal(
    await rowOf(ids.podcast!).getByTestId("effectiveness-revenuePerCost").getAttribute("title"),
    "No cost entered in the period",
  );
  assert.equal(await cell(ids.podcast!, "revenuePerCost"), "—");
  await t("effectiveness-definitions").getByText("P(customer | lead)", { exact: true }).waitFor();
});

test("the chart draws one interval per source, to scale, and says how to read it", async () => {
  const report = await reportFor(
    admin,
    "source-effectiveness",
    (await t("effectiveness-csv").getAttribute("href"))!,
  );
  const rows = report.rows as Row[];
  assert.match(
    (await text("effectiveness-how-to-read"))!,
    /Bars that overlap may not differ: the data cannot yet tell them apart/,
  );
  await t("effectiveness-interval").first().waitFor();
  assert.equal(await t("effectiveness-chart").getAttribute("data-metric"), "conversion");
  const drawn = await checkChart(
    rows,
    (r) => r.conversionInterval!,
    (r) => r.conversion!,
  );
  // Fewer leads, wider bar: the podcast's one lead spans most of the axis, the cold calls' twelve
  // the least.
  const width = Object.fromEntries(drawn.map((d) => [d.key, d.width]));
  assert.ok(width[ids.podcast!]! > width[ids.referrals!]! && width[ids.referrals!]! > width[ids.coldCalls!]!);
  // The axis is in percent, and the dashed line is all leads' rate: 4 of 23.
  assert.deepEqual(await ticks(), ["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"]);
  await t("effectiveness-chart").getByText("P(customer | lead), 95 % interval").waitFor();
  assert.equal(report.totals.conversion, 4 / 23);
  await page.getByText(`All leads: ${percent(4 / 23)}`).waitFor();
  // Every Wilson interval has a width: nothing is flagged as having no spread.
  assert.equal(await t("effectiveness-no-spread").count(), 0);
  await page.mouse.move(0, 0); // no tooltip left over from the click that opened the page
  await screenshot(page, "source-effectiveness-1-conversion");
  assert.deepEqual(await sidewaysOverflow(page, "main"), []);

  // The tooltip of a bar: its interval in words and the counts behind it.
  const referrals = drawn.find((d) => d.key === ids.referrals)!;
  await page.mouse.move(referrals.left + referrals.width / 2, referrals.top + 4);
  await page.getByText("3 customers of 10 leads").waitFor();
  await page.getByText("P(customer | lead): 30.0 % (10.8–60.3 %)").waitFor();
  await screenshot(page, "source-effectiveness-2-tooltip");
});

test("the chart switches to revenue per lead, in dollars, one interval per source", async () => {
  const report = await reportFor(
    admin,
    "source-effectiveness",
    (await t("effectiveness-csv").getAttribute("href"))!,
  );
  const rows = report.rows as Row[];
  await t("effectiveness-metric").getByText("Revenue per lead").click();
  await page.locator('[data-testid="effectiveness-chart"][data-metric="revenuePerLead"]').waitFor();
  await checkChart(
    rows,
    (r) => r.revenuePerLeadInterval!,
    (r) => r.revenuePerLeadMinor!,
  );
  const dollars = await ticks();
  assert.equal(dollars[0], "$0");
  assert.ok(
    dollars.every((tick) => /^\$\d{1,3}(,\d{3})*$/.test(tick)),
    dollars.join(" "),
  );
  await t("effectiveness-chart").getByText("Revenue per lead, 95 % interval").waitFor();
  await page.getByText(`All leads: ${usd(report.totals.revenuePerLeadMinor)}`).waitFor();
  // No cold call closed and the podcast has one lead, yet each interval has a width (a source with
  // no revenue yet borrows the period's mean; one lead of one is Wilson's 1 of 1): nothing is
  // drawn or flagged as having no spread.
  assert.deepEqual(
    rows
      .filter((r) => r.revenuePerLeadInterval!.low === r.revenuePerLeadInterval!.high)
      .map((r) => r.programId),
    [],
  );
  assert.equal(await page.locator('[data-testid="effectiveness-interval"][data-no-spread]').count(), 0);
  assert.equal(await t("effectiveness-no-spread").count(), 0);
  await screenshot(page, "source-effectiveness-3-revenue-per-lead");
  assert.deepEqual(await sidewaysOverflow(page, "main"), []);

  // Revenue per unit of cost: the podcast has no cost entered, so it has no bar.
  await t("effectiveness-metric").getByText("Revenue per unit of cost").click();
  await page.locator('[data-testid="effectiveness-chart"][data-metric="revenuePerCost"]').waitFor();
  await checkChart(
    rows.filter((r) => r.costMinor !== null),
    (r) => r.revenuePerCostInterval!,
    (r) => r.revenuePerCost!,
  );
  assert.equal(await text("effectiveness-not-drawn"), "Not drawn: Podcast mention (no cost entered).");
  await screenshot(page, "source-effectiveness-4-revenue-per-cost");
});

test("grouped by channel, the rows are the channels with the API's figures", async () => {
  await t("effectiveness-metric").getByText("P(customer | lead)").click();
  await t("effectiveness-group-by").getByText("Channel").click();
  await page.waitForURL((u) => u.searchParams.get("groupBy") === "channel");
  // Exactly: a program row carries its channel too, and "Cold calling blitz" contains the name.
  await page
    .locator('[data-testid="effectiveness-row"][data-channel="cold_calling"]')
    .getByText("Cold calling", { exact: true })
    .waitFor();
  const report = await reportFor(
    admin,
    "source-effectiveness",
    (await t("effectiveness-csv").getAttribute("href"))!,
  );
  assert.equal(report.groupBy, "channel");
  assert.equal(await t("effectiveness-row").count(), report.rows.length);
  for (const row of report.rows as Row[]) {
    const shown = page.locator(`[data-testid="effectiveness-row"][data-channel="${row.channel}"]`);
    await checkRow(
      async (key) => (await shown.getByTestId(`effectiveness-${key}`).textContent())?.trim(),
      row,
      row.channel!,
    );
  }
  assert.equal(await t("effectiveness-interval").count(), report.rows.length);
  await screenshot(page, "source-effectiveness-5-by-channel");
  assert.deepEqual(await sidewaysOverflow(page, "main"), []);

  // Cold calling alone: one row, the chart's line at its own rate, and no revenue to draw.
  await t("effectiveness-channel").selectOption("cold_calling");
  await page.waitForURL((u) => u.searchParams.get("channel") === "cold_calling");
  await page.getByText(`All leads: ${percent(0)}`).waitFor();
  assert.equal(await t("effectiveness-row").count(), 1);
  assert.equal(await text("effectiveness-total-leads"), "12");
  await t("effectiveness-metric").getByText("Revenue per lead").click();
  assert.equal(
    await text("effectiveness-empty"),
    "Nothing to draw: no lead of this period has brought revenue yet.",
  );

  // A period with no lead: no chart, the table says so.
  await page.goto(`${web.url}/reports/effectiveness?from=2020-01-01&to=2020-01-31`);
  await t("effectiveness-no-rows").waitFor();
  assert.equal(await t("effectiveness-chart").count(), 0);
});
