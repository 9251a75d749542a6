// Plans and the reverse funnel in Chromium, on the hand scenario of test/api/reverse-funnel.test.ts:
// last year 10 leads, 4 with deals, 2 won at $2,500 and 2 lost; this quarter's quotas add up to
// $10,000, so 20 leads are needed. The quarter's plan asks for 15. A marketer opens Plans from the
// header, reads the plan's lines as the API gives them and the reverse funnel's verdict, raises the
// lead target to 20 in the form and sees the verdict turn to covered; a negative target and a
// second plan for the same scope are refused in words; a sales rep reads without editing. The
// fair made six of last year's leads (all the deals), the ads four: the fair's row of the table per
// program reads as the API gives it.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { setupApi, type TestApi } from "../support/api.ts";
import { goViaHeader, launchBrowser, logInAs, screenshot, startWebServer, waitForText } from "./browser.ts";
import { count, money, percent } from "./report-figures.ts";

const PASSWORD = "correct horse"; // what setupApi gives every user
const NOW = "2027-05-10T10:00:00Z";
const clock = { now: Date.parse("2027-01-15T10:00:00Z") };
let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let marketer: Awaited<ReturnType<TestApi["userWithKey"]>>;
let rep: Awaited<ReturnType<TestApi["userWithKey"]>>;
let fair: string;

before(async () => {
  api = await setupApi({ now: () => new Date(clock.now) });
  marketer = await api.userWithKey("marketing");
  const reps = [await api.userWithKey("sales"), await api.userWithKey("sales")];
  rep = reps[0]!;
  const asRep = api.callerFor(rep.key);
  const reasons = (await asRep("GET", "/api/v1/pipelines")).body.lossReasons as { id: string }[];
  const program = async (name: string, channel: string) =>
    (await api.call("POST", "/api/v1/programs", { name, channel, currency: "USD" })).body.id as string;
  fair = await program("Spring fair", "trade_show");
  const ads = await program("Search ads", "advertising");
  // The fair made the six leads with deals among them, the ads the other four.
  for (let i = 0; i < 10; i++) {
    const touch = await api.call("POST", "/api/v1/touchpoints", {
      email: `l${i}-${api.slug}@example.com`,
      kind: "form_submit",
      programId: i < 6 ? fair : ads,
      occurredAt: new Date(clock.now).toISOString(),
    });
    if (i < 4) {
      const deal = await asRep("POST", "/api/v1/deals", {
        name: `D${i}`,
        contactId: touch.body.contactId,
        amountMinor: 250_000,
        currency: "USD",
      });
      const move = i < 2 ? { stage: "won" } : { stage: "lost", lossReasonId: reasons[0]!.id };
      assert.equal((await asRep("POST", `/api/v1/deals/${deal.body.id}/move`, move)).status, 200);
    }
  }
  clock.now = Date.parse(NOW);
  for (const [user, target] of [
    [reps[0]!, 600_000],
    [reps[1]!, 400_000],
  ] as const) {
    const res = await api.call("PUT", "/api/v1/quotas", {
      userId: user.userId,
      period: "quarter",
      startsOn: "2027-04-01",
      targetMinor: target,
      currency: "USD",
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
  // Three leads this quarter (after the year the rates are read from): the plan's actual, and a
  // projection to the quarter's end at that pace.
  for (let i = 0; i < 3; i++) {
    const touch = await api.call("POST", "/api/v1/touchpoints", {
      email: `q${i}-${api.slug}@example.com`,
      kind: "form_submit",
      occurredAt: new Date(clock.now).toISOString(),
    });
    assert.equal(touch.status, 201, JSON.stringify(touch.body));
  }
  const plan = await api.call("POST", "/api/v1/plans", {
    period: "quarter",
    startsOn: "2027-04-01",
    currency: "USD",
    leadsTarget: 15,
    revenueTargetMinor: 1_000_000,
    plannedSpendMinor: 300_000,
  });
  assert.equal(plan.status, 201, JSON.stringify(plan.body));

  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  // The browser's calendar is the server's: "this quarter" is Q2 2027 on both sides.
  await page.clock.setFixedTime(new Date(NOW));
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

interface Line {
  figure: string;
  target: number | null;
  actual: number;
  gap: number | null;
  projected: number | null;
  projectedGap: number | null;
}
const COLUMNS = ["target", "actual", "gap", "projected", "projectedGap"] as const;
// A line's cells as the page should write them in en-US, worked out here: whole counts, dollars.
const cell = (figure: string, value: number | null) =>
  value === null
    ? "—"
    : figure.endsWith("Minor")
      ? money(Math.round(value), "USD")
      : count(Math.round(value));

async function planLinesOnScreen(): Promise<Record<string, string[]>> {
  const rows = page.getByTestId("plan-card").first().getByTestId("plan-line");
  const out: Record<string, string[]> = {};
  for (const row of await rows.all()) {
    const figure = (await row.getAttribute("data-figure"))!;
    out[figure] = await Promise.all(
      COLUMNS.map(async (c) => (await row.locator(`[data-col="${c}"]`).textContent())!),
    );
  }
  return out;
}

async function planLinesFromApi(): Promise<Record<string, string[]>> {
  const res = await api.call("GET", "/api/v1/plans?period=quarter&startsOn=2027-04-01");
  assert.equal(res.body.data.length, 1);
  const out: Record<string, string[]> = {};
  for (const line of res.body.data[0].lines as Line[])
    out[line.figure] = COLUMNS.map((c) => cell(line.figure, line[c]));
  return out;
}

test("a marketer reads the plan against its actual and the reverse funnel's verdict", async () => {
  await logInAs(page, web.url, marketer.email, PASSWORD);
  await goViaHeader(page, "Plans");
  await page.waitForURL((url) => url.pathname === "/plans");
  // This quarter by default.
  assert.equal(await page.getByTestId("plan-start").inputValue(), "2027-04-01");
  await page.getByTestId("plan-card").waitFor();
  assert.deepEqual(await planLinesOnScreen(), await planLinesFromApi());
  // Worked out by hand: 3 of 15 so far, 12 to go; 39 of 91 days gone, so 3 × 91 ÷ 39 ≈ 7 by the end.
  const elapsed = (Date.parse(NOW) - Date.parse("2027-04-01T00:00:00Z")) / (91 * 86_400_000);
  assert.deepEqual((await planLinesOnScreen()).leads, [
    "15",
    "3",
    "12",
    count(Math.round(3 / elapsed)),
    count(Math.round(15 - 3 / elapsed)),
  ]);

  const funnel = (await api.call("GET", "/api/v1/reports/reverse-funnel?period=quarter&startsOn=2027-04-01"))
    .body;
  assert.ok(funnel.coverage === "maybe" || funnel.coverage === "short", funnel.coverage);
  await page.locator(`[data-testid="reverse-funnel-coverage"][data-coverage="${funnel.coverage}"]`).waitFor();
  const verdict = await page.getByTestId("reverse-funnel-coverage").textContent();
  assert.match(verdict!, funnel.coverage === "maybe" ? /^Maybe/ : /^Short/);
  assert.match(verdict!, /The planned 15 leads .* the 20 needed/);
  assert.equal(await page.getByTestId("reverse-funnel-quota").locator("b").textContent(), "$10,000.00");
  // Each tier's needed and range, and the rate it was divided by, with its interval.
  const tiers = page.getByTestId("reverse-funnel-tier");
  assert.equal(await tiers.count(), 4);
  for (let i = 0; i < 4; i++) {
    const tier = funnel.tiers[i];
    const row = tiers.nth(i);
    assert.equal(await row.getAttribute("data-tier"), tier.tier);
    assert.equal(await row.locator('[data-col="needed"]').textContent(), count(tier.needed));
    assert.equal(
      await row.locator('[data-col="range"]').textContent(),
      `${count(tier.range.low)}–${count(tier.range.high)}`,
    );
    if (i > 0) {
      const above = funnel.tiers[i - 1];
      const interval = `${percent(above.rate)} (${(above.rateInterval.low * 100).toFixed(1)}–${percent(above.rateInterval.high)})`;
      assert.ok((await row.locator('[data-col="rate"]').textContent())!.endsWith(interval), interval);
    }
  }
  assert.deepEqual(
    funnel.tiers.map((t: { needed: number }) => t.needed),
    [4, 8, 8, 20],
  );
  assert.equal(
    await page.getByTestId("reverse-funnel-definitions").locator("dt").count(),
    funnel.definitions.length,
  );
  await screenshot(page, "plans-1-maybe");
});

test("each program's row: its rates, what it alone would need, and its own plan's verdict", async () => {
  // The fair alone: 6 leads, 4 sales-ready with deals, 2 won of 4: 4 won, 8 opportunities,
  // 8 sales-ready and 12 leads needed. Its own plan asks for 10.
  const plan = await api.call("POST", "/api/v1/plans", {
    period: "quarter",
    startsOn: "2027-04-01",
    programId: fair,
    currency: "USD",
    leadsTarget: 10,
  });
  assert.equal(plan.status, 201, JSON.stringify(plan.body));
  try {
    await page.reload();
    const funnel = (
      await api.call("GET", "/api/v1/reports/reverse-funnel?period=quarter&startsOn=2027-04-01")
    ).body;
    const want = funnel.programs.find((p: { programId: string }) => p.programId === fair);
    assert.deepEqual(
      [want.observed.leads, ...want.tiers.map((t: { needed: number }) => t.needed), want.plannedLeads],
      [6, 4, 8, 8, 12, 10],
    );
    const row = page.locator(`[data-testid="reverse-funnel-program"][data-program-id="${fair}"]`);
    await row.waitFor();
    assert.equal(await page.getByTestId("reverse-funnel-program").count(), funnel.programs.length);
    const cell = async (col: string, part?: string) =>
      (await row.locator(`[data-col="${col}"]${part ? ` [data-part="${part}"]` : ""}`).textContent())!.trim();
    assert.equal(await cell("name"), "Spring fair");
    assert.equal(await cell("observed-leads"), count(want.observed.leads));
    const rateText = (t: { rate: number; rateInterval: { low: number; high: number } }) =>
      `${percent(t.rate)} (${(t.rateInterval.low * 100).toFixed(1)}–${percent(t.rateInterval.high)})`;
    for (const tier of want.tiers) {
      assert.equal(await cell(tier.tier, "needed"), count(tier.needed), tier.tier);
      assert.equal(await cell(tier.tier, "range"), `${count(tier.range.low)}–${count(tier.range.high)}`);
      if (tier.rate !== null)
        assert.ok((await cell(`rate-${tier.tier}`)).endsWith(rateText(tier)), tier.tier);
    }
    assert.equal(
      await cell("average-deal"),
      `2 won, 2 lost · average ${money(Math.round(want.observed.averageDealMinor), "USD")}`,
    );
    assert.ok((await cell("planned")).startsWith("10"));
    assert.equal(await row.locator('[data-col="coverage"]').getAttribute("data-coverage"), want.coverage);
    assert.ok(want.coverage === "maybe" || want.coverage === "short", want.coverage);
    await screenshot(page, "plans-1b-per-program");
  } finally {
    // The program's plan goes again, so the scenario below has the workspace's plan alone.
    assert.equal((await api.call("DELETE", `/api/v1/plans/${plan.body.id}`)).status, 204);
  }
  await page.reload();
  await page.getByTestId("plan-card").waitFor();
  assert.equal(await page.getByTestId("plan-card").count(), 1);
});

test("raising the lead target to 20 in the form turns the verdict to covered; a negative one is refused", async () => {
  await page.getByTestId("plan-edit").click();
  const input = page.getByTestId("plan-leads");
  assert.equal(await input.inputValue(), "15");
  await input.fill("-5");
  await page.getByTestId("plan-save").click();
  await page.getByTestId("plan-form").getByText("A target cannot be negative").waitFor();
  assert.equal(await input.getAttribute("aria-invalid"), "true");
  await screenshot(page, "plans-2-negative-refused");
  // Nothing was sent: the API still has 15.
  assert.equal((await planLinesFromApi()).leads![0], "15");

  await input.fill("20");
  await page.getByTestId("plan-save").click();
  await page.getByTestId("plan-form").waitFor({ state: "detached" });
  await page.locator('[data-testid="reverse-funnel-coverage"][data-coverage="covered"]').waitFor();
  assert.match(
    (await page.getByTestId("reverse-funnel-coverage").textContent())!,
    /^Covered.*The planned 20 leads cover the 20 needed/,
  );
  await waitForText(page, "reverse-funnel-planned", "20");
  assert.deepEqual(await planLinesOnScreen(), await planLinesFromApi());
  assert.equal((await planLinesOnScreen()).leads![0], "20");
  assert.equal((await api.call("GET", "/api/v1/reports/reverse-funnel")).body.coverage, "covered");
  await screenshot(page, "plans-3-covered");
});

test("a second plan for the same period and scope is refused under the scope, in the server's words", async () => {
  await page.getByTestId("plan-new").click();
  await page.getByTestId("plan-leads").fill("10");
  await page.getByTestId("plan-save").click();
  await waitForText(
    page,
    "plan-scope-error",
    "There is already a plan for this period and scope; change that one.",
  );
  await screenshot(page, "plans-4-duplicate-refused");

  // A channel's plan is another scope: it is created, shown, and deleted again.
  await page.getByTestId("plan-form").getByText("A channel", { exact: true }).click();
  await page.getByTestId("plan-channel").selectOption("referral");
  await page.getByTestId("plan-spend").fill("1,250.50");
  await page.getByTestId("plan-save").click();
  await page.getByTestId("plan-form").waitFor({ state: "detached" });
  const card = page.locator('[data-testid="plan-card"]', { hasText: "Channel: Referral" });
  await card.waitFor();
  assert.equal(
    await card.locator('[data-figure="spendMinor"] [data-col="target"]').textContent(),
    "$1,250.50",
  );
  const stored = (await api.call("GET", "/api/v1/plans?period=quarter&startsOn=2027-04-01")).body.data;
  assert.deepEqual(
    stored.map((p: { channel: string | null }) => p.channel).sort(),
    [null, "referral"].sort(),
  );
  // The workspace's plan stays first.
  assert.equal(await page.getByTestId("plan-title").first().textContent(), "Whole workspace");
  await page.waitForTimeout(400); // the modal's fade-out
  await screenshot(page, "plans-5-channel-plan");
  await card.getByTestId("plan-delete").click();
  await page.getByTestId("plan-delete-confirm").click();
  await card.waitFor({ state: "detached" });
  assert.equal((await api.call("GET", "/api/v1/plans")).body.data.length, 1);
});

test("sales read the plans and the reverse funnel without editing", async () => {
  await logInAs(page, web.url, rep.email, PASSWORD);
  await page.goto(`${web.url}/plans`);
  await page.getByTestId("plan-card").waitFor();
  await page.getByTestId("reverse-funnel-coverage").waitFor();
  assert.equal(await page.getByTestId("plan-new").count(), 0);
  assert.equal(await page.getByTestId("plan-edit").count(), 0);
  assert.equal(await page.getByTestId("plan-delete").count(), 0);
  await screenshot(page, "plans-6-sales-read-only");
});

test("the plans and the reverse funnel download as CSV with the page's period", async () => {
  const download = async (testId: string) => {
    const href = await page.getByTestId(testId).getAttribute("href");
    assert.ok(href, testId);
    const res = await page.request.get(new URL(href, web.url).toString());
    assert.equal(res.status(), 200, `${testId}: ${await res.text()}`);
    return (await res.text()).trim().split("\n");
  };
  const plans = await download("plans-csv");
  assert.equal(plans[0], "Period,Starts on,Scope,Figure,Target,Actual,Gap,Projected,Projected gap");
  assert.ok(plans.slice(1).every((l) => l.startsWith("quarter,2027-04-01,")));
  const funnel = await download("reverse-funnel-csv");
  assert.equal(funnel[0], "Scope,Tier,Needed,Low,High,Rate,Rate low,Rate high,Plan covers it");
  const json = (await api.call("GET", "/api/v1/reports/reverse-funnel?period=quarter&startsOn=2027-04-01"))
    .body;
  const leads = funnel.find((l) => l.startsWith("Workspace,leads,"))!;
  assert.equal(Number(leads.split(",")[2]), json.tiers.at(-1).needed);
});
