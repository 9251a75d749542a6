// Budget advice and what sales heard, in Chromium. Last month (inside both the advice's last 12
// whole months and the pages' last 90 days): referrals made 40 leads and 12 customers for $2,000,
// cold calls 60 leads and 1 customer for $9,000, a podcast 5 leads for $500 (too few to judge). The
// effectiveness page advises moving spend from cold calling to referrals in the API's numbers; "what
// if" the other way round gives the API's reason why not. Then the hand scenario of
// test/api/sales-feedback.test.ts: each list on the report page, and on the program's page, is
// the API's.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import { type Caller, setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, screenshot, sidewaysOverflow, startWebServer } from "./browser.ts";
import { count, dollars, signed, textOf } from "./report-figures.ts";

const MINUTE = 60_000;
const DAY = 86_400_000;
const PASSWORD = "correct horse"; // what setupApi gives every user
// The 3rd of last month, 09:00 UTC: the scenario is played then, and the clock is real afterwards.
const now = new Date();
const START = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 3, 9);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

let clock: number | null = START;
let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let admin: Caller;
let marketer: Awaited<ReturnType<TestApi["userWithKey"]>>;
const ids: Record<string, string> = {};
let lossReason = "";

before(async () => {
  api = await setupApi({ now: () => new Date(clock ?? Date.now()) });
  admin = api.call;
  marketer = await api.userWithKey("marketing");
  const rep = await api.userWithKey("sales");
  const asRep = api.callerFor(rep.key);
  const at = () => new Date(clock!).toISOString();
  const program = async (name: string, channel: string, costMinor: number | null) => {
    const res = await admin("POST", "/api/v1/programs", { name, channel, currency: "USD" });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    if (costMinor !== null) {
      const cost = await admin("POST", `/api/v1/programs/${res.body.id}/costs`, {
        incurredOn: day(START),
        amountMinor: costMinor,
      });
      assert.equal(cost.status, 201, JSON.stringify(cost.body));
    }
    return res.body.id as string;
  };
  const lead = async (who: string, kind: string, programId: string) => {
    clock! += MINUTE;
    const res = await admin("POST", "/api/v1/touchpoints", {
      email: `${who}-${api.slug}@example.com`,
      kind,
      programId,
      occurredAt: at(),
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.contactId as string;
  };
  const deal = async (contactId: string, amountMinor: number) => {
    const res = await asRep("POST", "/api/v1/deals", {
      name: `Deal ${contactId.slice(-4)}`,
      contactId,
      amountMinor,
      currency: "USD",
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  };
  const win = async (contactId: string) => {
    const moved = await asRep("POST", `/api/v1/deals/${await deal(contactId, 500_000)}/move`, {
      stage: "won",
    });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
  };

  // The advice's sources.
  ids.referrals = await program("Customer referrals", "referral", 200_000);
  ids.coldCalls = await program("Cold calling blitz", "cold_calling", 900_000);
  ids.podcast = await program("Podcast mention", "advertising", 50_000);
  for (let i = 0; i < 40; i++) {
    const contact = await lead(`ref${i}`, "referral", ids.referrals);
    if (i < 12) await win(contact);
  }
  for (let i = 0; i < 60; i++) {
    const contact = await lead(`cold${i}`, "email_reply", ids.coldCalls);
    if (i === 0) await win(contact);
  }
  for (let i = 0; i < 5; i++) await lead(`pod${i}`, "form_submit", ids.podcast);

  // What sales heard, by hand (as test/api/sales-feedback.test.ts), a week later.
  clock = START + 7 * DAY;
  ids.fair = await program("Fair", "trade_show", null);
  ids.ads = await program("Ads", "advertising", null);
  // A fair lead that turns hot (event + form + webinar) is handed over, then recycled.
  const hot = await lead("hot", "event_attended", ids.fair);
  for (const kind of ["form_submit", "webinar"])
    await admin("POST", "/api/v1/touchpoints", { contactId: hot, kind, occurredAt: at() });
  const handoff = (await admin("GET", `/api/v1/handoffs?contactId=${hot}`)).body.data[0];
  assert.ok(handoff, "handed over");
  const recycled = await asRep("POST", `/api/v1/handoffs/${handoff.id}/recycle`, { reason: "bad_timing" });
  assert.equal(recycled.status, 200, JSON.stringify(recycled.body));
  // A second fair lead: a deal with two objections, one overcome, then lost on price.
  const fairDeal = await deal(await lead("deal", "form_submit", ids.fair), 1000);
  const types = (await asRep("GET", "/api/v1/objection-types")).body.data as { id: string; label: string }[];
  const expensive = types.find((t) => t.label === "Too expensive")!;
  const one = await asRep("POST", `/api/v1/deals/${fairDeal}/objections`, { objectionTypeId: expensive.id });
  await asRep("PATCH", `/api/v1/deal-objections/${one.body.id}`, { overcome: true });
  await asRep("POST", `/api/v1/deals/${fairDeal}/objections`, { text: "Wants net 90" });
  const reasons = (await asRep("GET", "/api/v1/pipelines")).body.lossReasons as {
    id: string;
    label: string;
  }[];
  const price = reasons[0]!;
  lossReason = price.label;
  const lose = async (dealId: string) =>
    assert.equal(
      (await asRep("POST", `/api/v1/deals/${dealId}/move`, { stage: "lost", lossReasonId: price.id })).status,
      200,
    );
  await lose(fairDeal);
  // An ads lead whose deal is lost for the same reason.
  await lose(await deal(await lead("ads", "ad_click", ids.ads), 5));
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

const longDay = (d: string) =>
  new Date(`${d}T00:00:00Z`).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" });

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely
async function advice(query: string): Promise<any> {
  const res = await admin("GET", `/api/v1/reports/budget-advice?${query}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

test("the effectiveness page advises moving spend to referrals, in the API's numbers, and says why", async () => {
  await logInAs(page, web.url, marketer.email, PASSWORD);
  await page.goto(`${web.url}/reports/effectiveness`);
  await t("effectiveness-group-by").getByText("Channel").click();
  await page.waitForURL((u) => u.searchParams.get("groupBy") === "channel");
  const report = await advice("groupBy=channel");
  assert.equal(report.advice.kind, "move", JSON.stringify(report));
  assert.deepEqual([report.advice.from, report.advice.to], ["cold_calling", "referral"]);
  // By hand: 10 % of cold calling's $9,000, under half of referrals' $2,000.
  assert.equal(report.advice.amountMinor, 90_000);
  const { median, low, high } = report.advice.effect;
  const decimals = Math.abs(median) >= 10 ? 0 : 1;
  const sentence = `Move ${dollars(report.advice.amountMinor)} from Cold calling to Referral: about ${signed(median, decimals)} customers (90 % interval ${signed(low, decimals)} to ${signed(high, decimals)})`;
  assert.match(sentence, /^Move \$900 from Cold calling to Referral: about \+\d/);
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid="budget-advice-sentence"]')?.textContent === want,
    sentence,
  );
  assert.equal(await text("budget-advice-kind"), "Advice");
  // Its own period, said on the panel: the last 12 whole months, not the page's 90 days.
  assert.match(
    (await text("budget-advice-period"))!,
    new RegExp(`${longDay(report.from)} – ${longDay(report.to)}`),
  );
  assert.match((await text("budget-advice-period"))!, /last 12 whole months — not the dates above/);
  assert.equal(
    report.to.slice(8),
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).toISOString().slice(8, 10),
  );

  // The sources not judged, with the API's reasons: the podcast's five leads (and the fair's, no cost).
  const excluded = await t("budget-advice-excluded-source").allTextContents();
  assert.deepEqual(
    excluded,
    report.excluded.map((s: { label: string; reason: string }) => `${s.label} — ${s.reason}`),
  );
  assert.ok(excluded.includes("Advertising — 6 leads; at least 30 are needed to judge"), excluded.join("; "));
  assert.ok(excluded.includes("Trade show — no cost entered"), excluded.join("; "));

  // Why: closed at first, then the API's sentences and the judged sources, best first.
  assert.equal(await t("budget-advice-reason").first().isVisible(), false);
  await t("budget-advice-why").locator("summary").click();
  assert.deepEqual(await t("budget-advice-reason").allTextContents(), report.reasoning);
  const judged = t("budget-advice-judged").locator("tbody tr");
  assert.deepEqual(await judged.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-source"))), [
    "referral",
    "cold_calling",
  ]);
  const per = report.judged[0].customersPerThousand;
  assert.deepEqual(await judged.first().locator("td").allTextContents(), [
    "Referral",
    "40",
    "12",
    "$2,000.00",
    `${per.median.toFixed(2)} (${per.low.toFixed(2)}–${per.high.toFixed(2)})`,
  ]);
  await page.mouse.move(0, 0);
  await screenshot(page, "advice-1-move");
  assert.deepEqual(await sidewaysOverflow(page, "main"), []);
});

test("what if the other way round: the API's reason why that move is not advised", async () => {
  const whatIf = t("budget-whatif");
  // The form starts at the advice's own move, among the judged sources only.
  assert.equal(await t("budget-whatif-from").inputValue(), "cold_calling");
  assert.equal(await t("budget-whatif-to").inputValue(), "referral");
  assert.deepEqual(await t("budget-whatif-from").locator("option").allTextContents(), [
    "Referral",
    "Cold calling",
  ]);
  // The same source twice is no move.
  await t("budget-whatif-to").selectOption("cold_calling");
  assert.equal(await t("budget-whatif-ask").isDisabled(), true);
  await whatIf.getByText("Choose two different sources").waitFor();

  await t("budget-whatif-from").selectOption("referral");
  await t("budget-whatif-ask").click();
  const reverse = await advice("groupBy=channel&moveFrom=referral&moveTo=cold_calling");
  assert.equal(reverse.advice.kind, "none");
  assert.equal(
    reverse.advice.reason,
    "The whole interval is below zero: this move would lose customers; the other way round would gain them.",
  );
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid="budget-whatif-sentence"]')?.textContent === want,
    reverse.advice.reason,
  );
  assert.equal(await text("budget-whatif-kind"), "No move advised");
  await t("budget-whatif-why").locator("summary").click();
  assert.deepEqual(await t("budget-whatif-reason").allTextContents(), reverse.reasoning);
  // The advice itself stays as it was.
  assert.match((await text("budget-advice-sentence"))!, /^Move \$900 from Cold calling to Referral/);
  assert.equal(await t("budget-whatif-judged").count(), 0, "the judged sources are shown once, above");
  await page.evaluate(() => window.scrollTo(0, 0)); // the sticky header would land mid-page
  await screenshot(page, "advice-2-what-if-reverse");

  // Another pair chosen is not yet weighed: the old answer goes.
  await t("budget-whatif-from").selectOption("cold_calling");
  assert.equal(await t("budget-whatif-answer").count(), 0);

  // Grouped by program, the sources are the programs, named as such.
  await t("effectiveness-group-by").getByText("Program").click();
  const byProgram = await advice("groupBy=program");
  assert.equal(byProgram.advice.kind, "move");
  await page.waitForFunction(() =>
    document
      .querySelector('[data-testid="budget-advice-sentence"]')
      ?.textContent?.startsWith("Move $900 from Cold calling blitz to Customer referrals: about +"),
  );
  assert.equal(await t("budget-whatif-from").inputValue(), ids.coldCalls);
});

/** A list of what was heard as [label, count] (and overcome for objections), top to bottom. */
async function listOf(scope: Locator, testId: string): Promise<string[][]> {
  return scope
    .getByTestId(`${testId}-item`)
    .evaluateAll((items) =>
      items.map((li) =>
        [
          li.querySelector('[data-testid="heard-label"]')!.textContent!,
          li.querySelector('[data-testid="heard-count"]')!.textContent!,
          li.querySelector('[data-testid="heard-overcome"]')?.textContent?.trim() ?? null,
        ].filter((x): x is string => x !== null),
      ),
    );
}

interface Heard {
  leads: number;
  recycled: { label: string; count: number }[];
  objections: { label: string; count: number; overcome: number }[];
  lost: { label: string; count: number }[];
}

/** Every list of a card equals the API's, in the API's order (loudest first). */
async function checkHeard(scope: Locator, testId: string, heard: Heard, label: string) {
  assert.equal(
    await scope.getByTestId(`${testId}-leads`).textContent(),
    count(heard.leads),
    `${label} leads`,
  );
  assert.deepEqual(
    await listOf(scope, `${testId}-recycled`),
    heard.recycled.map((x) => [x.label, count(x.count)]),
    `${label} recycled`,
  );
  assert.deepEqual(
    await listOf(scope, `${testId}-objections`),
    heard.objections.map((x) => [x.label, count(x.count), `(${count(x.overcome)} overcome)`]),
    `${label} objections`,
  );
  assert.deepEqual(
    await listOf(scope, `${testId}-lost`),
    heard.lost.map((x) => [x.label, count(x.count)]),
    `${label} lost`,
  );
}

test("what sales heard: opened from /reports, each program's lists and the totals are the API's", async () => {
  await page.goto(`${web.url}/reports`);
  const card = t("report-card").filter({ hasText: "What sales heard" });
  await card.getByTestId("report-link").click();
  await page.waitForURL((u) => u.pathname === "/reports/sales-feedback");
  await t("sales-feedback-total").waitFor();
  const href = (await t("sales-feedback-csv").getAttribute("href"))!;
  assert.match(href, /^\/api\/v1\/reports\/sales-feedback\?.*format=csv/);
  const query = new URL(href, "http://page.test").searchParams;
  query.set("format", "json");
  const res = await admin("GET", `/api/v1/reports/sales-feedback?${query}`);
  assert.equal(res.status, 200);
  const report = res.body as { rows: (Heard & { programId: string; programName: string })[]; total: Heard };

  // The rows, most leads first: cold calls, referrals, the podcast, the fair, the ads.
  const cards = t("sales-feedback-program");
  assert.deepEqual(
    await cards.evaluateAll((cs) => cs.map((c) => c.getAttribute("data-program-id"))),
    report.rows.map((r) => r.programId),
  );
  for (const row of report.rows) {
    const shown = page.locator(`[data-testid="sales-feedback-program"][data-program-id="${row.programId}"]`);
    assert.equal(await shown.getByTestId("sales-feedback-program-name").textContent(), row.programName);
    await checkHeard(shown, "sales-feedback-program", row, row.programName);
  }
  await checkHeard(t("sales-feedback-total"), "sales-feedback-total", report.total, "all programs");

  // By hand, as in the API's test: the fair's two leads, one recycled for bad timing, two
  // objections ("Other", "Too expensive", the one overcome), a deal lost on price; the ads' one
  // lost for the same reason, so the total says it twice.
  const fair = page.locator(`[data-testid="sales-feedback-program"][data-program-id="${ids.fair}"]`);
  assert.deepEqual(await listOf(fair, "sales-feedback-program-recycled"), [["Bad timing", "1"]]);
  assert.deepEqual(await listOf(fair, "sales-feedback-program-objections"), [
    ["Other", "1", "(0 overcome)"],
    ["Too expensive", "1", "(1 overcome)"],
  ]);
  assert.deepEqual(await listOf(t("sales-feedback-total"), "sales-feedback-total-lost"), [[lossReason, "2"]]);
  assert.equal(await text("sales-feedback-total-leads"), "108");
  // A program that heard nothing says so.
  const referrals = page.locator(
    `[data-testid="sales-feedback-program"][data-program-id="${ids.referrals}"]`,
  );
  assert.equal(
    await referrals.getByTestId("sales-feedback-program-recycled-none").textContent(),
    "No hand-off sent back",
  );
  await t("sales-feedback-definitions").getByText("Objections", { exact: true }).waitFor();
  await screenshot(page, "feedback-1-report");
  assert.deepEqual(await sidewaysOverflow(page, "main"), []);

  // One channel: only its programs.
  await t("sales-feedback-channel").selectOption("trade_show");
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="sales-feedback-program"]').length === 1,
  );
  assert.equal(await text("sales-feedback-total-leads"), "2");
});

test("the program's page shows what sales heard about its own leads, for the page's period", async () => {
  await t("sales-feedback-program-name").getByRole("link", { name: "Fair" }).click();
  await page.waitForURL((u) => u.pathname === `/programs/${ids.fair}`);
  const from = new URL(page.url()).searchParams.get("from")!;
  const to = new URL(page.url()).searchParams.get("to")!;
  const res = await admin("GET", `/api/v1/reports/sales-feedback?from=${from}&to=${to}`);
  const row = res.body.rows.find((r: { programId: string }) => r.programId === ids.fair);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="program-feedback-leads"]')?.textContent === "2",
  );
  await checkHeard(t("program-feedback"), "program-feedback", row, "the fair's page");
  assert.match((await text("program-feedback-period"))!, new RegExp(`${longDay(from)} – ${longDay(to)}$`));
  await screenshot(page, "feedback-2-program-page");

  // And back to every program's, with the same period.
  await t("program-feedback-link").click();
  await page.waitForURL(
    (u) =>
      u.pathname === "/reports/sales-feedback" &&
      u.searchParams.get("from") === from &&
      u.searchParams.get("to") === to,
  );
  await t("sales-feedback-total").waitFor();
});
