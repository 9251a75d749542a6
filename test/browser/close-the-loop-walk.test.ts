// Issue 10's walk, as one marketer session in Chromium with the clock fixed at NOW (10 May 2027).
// In March, referrals made 40 leads and 12 customers for $2,000; cold calling 60 leads and one
// customer for $9,000, each deal closed two weeks after its lead. Q2's quotas add up to $50,000, and Q2 has two channel plans, referrals for
// 10 leads and cold calling for 20: short of the leads the quotas need. The marketer opens Reports
// → Source effectiveness from the header, reads the channels and the budget advice (move spend
// from cold calling to referrals, and why), then on Plans moves that spend between the two plans
// and raises referrals' lead target, and sees the reverse funnel's verdict turn to covered. Every
// figure read on screen is checked against the API's answer to the same question.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { type Caller, setupApi, type TestApi } from "../support/api.ts";
import { goViaHeader, logInAs, openSession, screenshot, sidewaysOverflow } from "./browser.ts";
import { count, dollars, money, reportFor, signed, textOf } from "./report-figures.ts";

const MINUTE = 60_000;
const DAY = 86_400_000;
const PASSWORD = "correct horse"; // what setupApi gives every user
const NOW = Date.parse("2027-05-10T10:00:00Z");
const MARCH = Date.parse("2027-03-03T09:00:00Z");
const DEAL = 500_000; // every deal is $5,000
const QUARTER = "period=quarter&startsOn=2027-04-01";

let clock = MARCH;
let api: TestApi;
let session: Awaited<ReturnType<typeof openSession>>;
let page: Page;
let asMarketer: Caller;
let marketer: Awaited<ReturnType<TestApi["userWithKey"]>>;

before(async () => {
  api = await setupApi({ now: () => new Date(clock) });
  const admin = api.call;
  marketer = await api.userWithKey("marketing");
  asMarketer = api.callerFor(marketer.key);
  const reps = [await api.userWithKey("sales"), await api.userWithKey("sales")];
  const asRep = api.callerFor(reps[0]!.key);
  const lossReason = ((await asRep("GET", "/api/v1/pipelines")).body.lossReasons as { id: string }[])[0]!.id;

  const program = async (name: string, channel: string, costMinor: number) => {
    const res = await admin("POST", "/api/v1/programs", { name, channel, currency: "USD" });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const cost = await admin("POST", `/api/v1/programs/${res.body.id}/costs`, {
      incurredOn: "2027-03-03",
      amountMinor: costMinor,
    });
    assert.equal(cost.status, 201, JSON.stringify(cost.body));
    return res.body.id as string;
  };
  // Leads through the program a minute apart; two weeks later a deal on some, won or lost.
  const leads = async (
    prefix: string,
    kind: string,
    programId: string,
    n: number,
    won: number,
    lost: number,
  ) => {
    const contacts: string[] = [];
    for (let i = 0; i < n; i++) {
      clock += MINUTE;
      const touch = await admin("POST", "/api/v1/touchpoints", {
        email: `${prefix}${i}-${api.slug}@example.com`,
        kind,
        programId,
        occurredAt: new Date(clock).toISOString(),
      });
      assert.equal(touch.status, 201, JSON.stringify(touch.body));
      contacts.push(touch.body.contactId);
    }
    const leadsDone = clock;
    clock += 14 * DAY;
    for (const [i, contactId] of contacts.slice(0, won + lost).entries()) {
      clock += MINUTE;
      const deal = await asRep("POST", "/api/v1/deals", {
        name: `${prefix} ${i}`,
        contactId,
        amountMinor: DEAL,
        currency: "USD",
      });
      assert.equal(deal.status, 201, JSON.stringify(deal.body));
      const move = i < won ? { stage: "won" } : { stage: "lost", lossReasonId: lossReason };
      assert.equal((await asRep("POST", `/api/v1/deals/${deal.body.id}/move`, move)).status, 200);
    }
    clock = leadsDone;
  };
  await leads("ref", "referral", await program("Customer referrals", "referral", 200_000), 40, 12, 4);
  await leads("cold", "email_reply", await program("Cold calling blitz", "cold_calling", 900_000), 60, 1, 9);

  clock = NOW;
  for (const [rep, target] of [
    [reps[0]!, 3_000_000],
    [reps[1]!, 2_000_000],
  ] as const) {
    const quota = await admin("PUT", "/api/v1/quotas", {
      userId: rep.userId,
      period: "quarter",
      startsOn: "2027-04-01",
      targetMinor: target,
      currency: "USD",
    });
    assert.equal(quota.status, 200, JSON.stringify(quota.body));
  }
  for (const [channel, leadsTarget, plannedSpendMinor] of [
    ["referral", 10, 100_000],
    ["cold_calling", 20, 450_000],
  ] as const) {
    const plan = await asMarketer("POST", "/api/v1/plans", {
      period: "quarter",
      startsOn: "2027-04-01",
      channel,
      currency: "USD",
      leadsTarget,
      plannedSpendMinor,
    });
    assert.equal(plan.status, 201, JSON.stringify(plan.body));
  }

  // The browser's calendar is the server's: "the last 90 days" and "this quarter" agree.
  session = await openSession(api.deps, { now: NOW });
  page = session.page;
});

after(async () => {
  await session?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);
const text = (id: string) => textOf(page, id);
const coverage = (value: string) =>
  page.locator(`[data-testid="reverse-funnel-coverage"][data-coverage="${value}"]`).waitFor();
const planCard = (channel: string) => t("plan-card").filter({ hasText: `Channel: ${channel}` });

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely
async function get(path: string): Promise<any> {
  const res = await asMarketer("GET", `/api/v1/${path}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

test("1. from the header to source effectiveness: each channel's leads and customers are the API's", async () => {
  await logInAs(page, session.url, marketer.email, PASSWORD);
  await goViaHeader(page, "Reports");
  await page.waitForURL((u) => u.pathname === "/reports");
  await t("report-card").filter({ hasText: "Source effectiveness" }).getByTestId("report-link").click();
  await page.waitForURL((u) => u.pathname === "/reports/effectiveness");
  await t("effectiveness-group-by").getByText("Channel").click();
  await page.waitForURL((u) => u.searchParams.get("groupBy") === "channel");
  await page.locator('[data-testid="effectiveness-row"][data-channel="referral"]').waitFor();

  const report = await reportFor(
    asMarketer,
    "source-effectiveness",
    (await t("effectiveness-csv").getAttribute("href"))!,
  );
  assert.equal(report.from, "2027-02-10", "the last 90 days ending on NOW");
  const byHand = { referral: [40, 12], cold_calling: [60, 1] };
  assert.deepEqual(
    Object.fromEntries(
      report.rows.map((r: { channel: string; leads: number; customers: number }) => [
        r.channel,
        [r.leads, r.customers],
      ]),
    ),
    byHand,
  );
  assert.equal(await t("effectiveness-row").count(), report.rows.length);
  for (const row of report.rows) {
    const shown = page.locator(`[data-testid="effectiveness-row"][data-channel="${row.channel}"]`);
    assert.deepEqual(
      [
        await shown.getByTestId("effectiveness-leads").textContent(),
        await shown.getByTestId("effectiveness-customers").textContent(),
      ],
      [count(row.leads), count(row.customers)],
      row.channel,
    );
  }
  await page.mouse.move(0, 0);
  await screenshot(page, "walk-1-effectiveness");
  assert.deepEqual(await sidewaysOverflow(page, "main"), []);
});

test("2. the budget advice moves money from cold calling to referrals, in the API's figures, and says why", async () => {
  const report = await get("reports/budget-advice?groupBy=channel");
  assert.equal(report.advice.kind, "move", JSON.stringify(report.advice));
  assert.deepEqual([report.advice.from, report.advice.to], ["cold_calling", "referral"]);
  const { median, low, high } = report.advice.effect;
  assert.ok(low > 0, "the whole interval is a gain");
  const d = Math.abs(median) >= 10 ? 0 : 1;
  const sentence = `Move ${dollars(report.advice.amountMinor)} from Cold calling to Referral: about ${signed(median, d)} customers (90 % interval ${signed(low, d)} to ${signed(high, d)})`;
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid="budget-advice-sentence"]')?.textContent === want,
    sentence,
  );
  assert.equal(await text("budget-advice-kind"), "Advice");

  // The reasoning is on the page, opened under "Why": the API's sentences, each visible.
  await t("budget-advice-why").locator("summary").click();
  const reasons = t("budget-advice-reason");
  assert.deepEqual(await reasons.allTextContents(), report.reasoning);
  assert.ok(report.reasoning.length > 0);
  for (const reason of await reasons.all()) assert.equal(await reason.isVisible(), true);
  const judged = t("budget-advice-judged").locator("tbody tr");
  assert.deepEqual(
    await judged.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-source"))),
    report.judged.map((s: { key: string }) => s.key),
  );
  assert.equal(report.judged[0].key, "referral", "the better channel first");
  const perThousand = (s: { median: number; low: number; high: number }) =>
    `${s.median.toFixed(2)} (${s.low.toFixed(2)}–${s.high.toFixed(2)})`;
  for (const [i, source] of report.judged.entries())
    assert.deepEqual(await judged.nth(i).locator("td").allTextContents(), [
      source.label,
      count(source.leads),
      count(source.customers),
      money(source.costMinor, "USD"),
      perThousand(source.customersPerThousand),
    ]);
  await t("budget-advice").scrollIntoViewIfNeeded();
  await screenshot(page, "walk-2-advice");
});

test("3. on Plans the reverse funnel says the channel plans fall short of the leads the quotas need", async () => {
  await goViaHeader(page, "Plans");
  await page.waitForURL((u) => u.pathname === "/plans");
  assert.equal(await t("plan-start").inputValue(), "2027-04-01");
  const funnel = await get(`reports/reverse-funnel?${QUARTER}`);
  // The two channel plans' targets, summed: there is no plan for the whole workspace.
  assert.equal(funnel.plannedLeads, 30);
  assert.equal(funnel.coverage, "short");
  // By hand: $50,000 ÷ $5,000 = 10 won; won 13 of 26 closed, so 20 opportunities; every sales-ready
  // lead had a deal, so 20 sales-ready; 26 of 100 leads were, so 20 ÷ 0.26 → 77 leads.
  assert.deepEqual(
    funnel.tiers.map((tier: { needed: number }) => tier.needed),
    [10, 20, 20, 77],
  );
  const leads = funnel.tiers.at(-1);
  assert.ok(leads.range.low > 30, JSON.stringify(leads));
  await coverage("short");
  assert.match(
    (await text("reverse-funnel-coverage"))!,
    new RegExp(`^Short.*The planned 30 leads fall short of the ${leads.needed} needed`),
  );
  assert.equal(await text("reverse-funnel-planned"), "30");
  assert.equal(await t("reverse-funnel-quota").locator("b").textContent(), "$50,000.00");
  await planCard("Referral").waitFor();
  await screenshot(page, "walk-3-plans-short");
});

test("4. moving the advised spend and raising referrals' lead target in the form turns the verdict to covered", async () => {
  const advice = (await get("reports/budget-advice?groupBy=channel")).advice;
  const before = await get(`reports/reverse-funnel?${QUARTER}`);
  const needed: number = before.tiers.at(-1).needed;

  // Cold calling gives up the advised amount; its lead target stays, so the verdict does too.
  await planCard("Cold calling").getByTestId("plan-edit").click();
  await t("plan-spend").fill(money(450_000 - advice.amountMinor, "USD").slice(1));
  await t("plan-save").click();
  await t("plan-form").waitFor({ state: "detached" });
  await page
    .locator(
      `[data-testid="plan-card"]:has-text("Channel: Cold calling") [data-figure="spendMinor"] [data-col="target"]`,
    )
    .getByText(money(450_000 - advice.amountMinor, "USD"), { exact: true })
    .waitFor();
  await coverage("short");

  // Referrals take it, and are asked for the leads the quotas still need.
  const target = needed - 20;
  await planCard("Referral").getByTestId("plan-edit").click();
  assert.equal(await t("plan-leads").inputValue(), "10");
  await t("plan-leads").fill(String(target));
  await t("plan-spend").fill(money(100_000 + advice.amountMinor, "USD").slice(1));
  await page.waitForTimeout(300); // the modal's fade-in
  await screenshot(page, "walk-4-plan-form", { fullPage: false });
  await t("plan-save").click();
  await t("plan-form").waitFor({ state: "detached" });

  await coverage("covered");
  const after = await get(`reports/reverse-funnel?${QUARTER}`);
  assert.equal(after.coverage, "covered");
  assert.equal(after.plannedLeads, needed);
  assert.match(
    (await text("reverse-funnel-coverage"))!,
    new RegExp(`^Covered.*The planned ${needed} leads cover the ${needed} needed`),
  );
  assert.equal(await text("reverse-funnel-planned"), count(needed));
  // The plans as stored: each channel's lead target and planned spend.
  const targets = (plan: { lines: { figure: string; target: number | null }[] }) =>
    ["leads", "spendMinor"].map((f) => plan.lines.find((l) => l.figure === f)?.target);
  const plans = (await get(`plans?${QUARTER}`)).data;
  assert.deepEqual(
    Object.fromEntries(
      plans.map((p: Parameters<typeof targets>[0] & { channel: string }) => [p.channel, targets(p)]),
    ),
    { referral: [target, 100_000 + advice.amountMinor], cold_calling: [20, 450_000 - advice.amountMinor] },
  );
  await page.waitForTimeout(400); // the modal's fade-out
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "walk-5-plans-covered");
});
