// The sales-side reports in Chromium: a rep's home (pipeline, conversion, quota) → the sales
// conversion page → touches to close; an admin's home shows marketing and the sales team. The
// figures read off each page equal the API's answer to the same query.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { formatDuration } from "../../web/src/features/reports/report-format.ts";
import { type Caller, setupApi, type TestApi } from "../support/api.ts";
import {
  launchBrowser,
  logInAs,
  logOut,
  screenshot,
  sidewaysOverflow,
  startWebServer,
  waitForText,
} from "./browser.ts";
import { count, figure, money, percent, reportFor, textOf } from "./report-figures.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let admin: Caller;
let rep: Awaited<ReturnType<TestApi["userWithKey"]>>;
let rep2: Awaited<ReturnType<TestApi["userWithKey"]>>;
const PASSWORD = "correct horse"; // what setupApi gives every user
let quotaHref: string;

const dayAt = (days: number) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T12:00:00Z`;

before(async () => {
  api = await setupApi();
  admin = api.call;
  rep = await api.userWithKey("sales");
  rep2 = await api.userWithKey("sales");
  const program = async (name: string, channel: string) => {
    const res = await admin("POST", "/api/v1/programs", { name, channel, currency: "USD" });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  };
  const newsletter = await program("Newsletter", "email");
  const fair = await program("Fair", "trade_show");

  // This quarter's quota for the first rep: $20,000.
  const today = new Date().toISOString().slice(0, 10);
  const month = Number(today.slice(5, 7));
  const quarterStart = `${today.slice(0, 4)}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;
  const quota = await admin("PUT", "/api/v1/quotas", {
    userId: rep.userId,
    period: "quarter",
    startsOn: quarterStart,
    targetMinor: 2_000_000,
    currency: "USD",
  });
  assert.ok(quota.status < 300, JSON.stringify(quota.body));

  const lossReasonId = (await admin("GET", "/api/v1/pipelines")).body.lossReasons[0].id;
  // Customers with 3, 6, 10 and 12 touches before their win, some of them the reps' calls.
  const customer = async (
    who: string,
    touches: number,
    programId: string | null,
    owner: typeof rep,
    amountMinor: number,
    outcome: "won" | "lost" | "open",
  ) => {
    let contactId = "";
    for (let i = 0; i < touches; i++) {
      const sales = i >= 2 && i % 2 === 0;
      const res = await admin("POST", "/api/v1/touchpoints", {
        email: `${who}-${api.slug}@example.com`,
        kind: i === 0 ? "email_click" : sales ? "call" : "page_view",
        programId: i === 0 ? programId : null,
        userId: sales ? owner.userId : null,
        occurredAt: dayAt(-20 + i),
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      contactId = res.body.contactId;
    }
    const asOwner = api.callerFor(owner.key);
    const deal = await asOwner("POST", "/api/v1/deals", {
      name: `${who} deal`,
      contactId,
      amountMinor,
      currency: "USD",
    });
    assert.equal(deal.status, 201, JSON.stringify(deal.body));
    if (outcome === "open") return;
    const moves =
      outcome === "won" ? [{ stage: "present" }, { stage: "won" }] : [{ stage: "lost", lossReasonId }];
    for (const move of moves) {
      const res = await asOwner("POST", `/api/v1/deals/${deal.body.id}/move`, move);
      assert.equal(res.status, 200, JSON.stringify(res.body));
    }
  };
  await customer("c1", 3, newsletter, rep, 500_000, "won");
  await customer("c2", 6, newsletter, rep, 700_000, "won");
  await customer("c3", 10, null, rep, 300_000, "won");
  await customer("c4", 12, fair, rep2, 1_000_000, "won");
  await customer("c5", 4, fair, rep, 200_000, "lost");
  await customer("c6", 2, newsletter, rep, 450_000, "open");

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

interface SalesRow {
  userId: string | null;
  won: number;
  lost: number;
  winRate: number | null;
  handoffsReceived: number;
  handoffsAccepted: number;
  wonMinor: number;
  medianCycleSeconds: number | null;
  quotaAttainment: number | null;
}

test("a rep's home: open deals, win rate, hand-offs accepted and quota, as the API says", async () => {
  await logInAs(page, web.url, rep.email, PASSWORD);
  await t("home-quota").waitFor();
  assert.equal(await t("home-marketing").count(), 0, "a rep's home has no marketing figures");

  const board = (await api.callerFor(rep.key)("GET", `/api/v1/pipelines/board?ownerId=${rep.userId}`)).body;
  const open = board.stages.filter((s: { outcome: string }) => s.outcome === "open");
  const openCount = open.reduce((n: number, s: { count: number }) => n + s.count, 0);
  assert.equal(await text("home-open-deals"), count(openCount));
  assert.equal(openCount, 1);
  assert.match((await t("home-open-deals").getAttribute("href"))!, new RegExp(`ownerId=${rep.userId}`));

  const salesHref = (await t("home-win-rate").getAttribute("href"))!;
  assert.match(salesHref, new RegExp(`^/reports/sales\\?from=.*&ownerId=${rep.userId}$`));
  const mine = (await apiFor("sales-conversion", salesHref)).rows.find(
    (r: SalesRow) => r.userId === rep.userId,
  );
  assert.equal(await text("home-win-rate"), percent(mine.winRate));
  assert.equal(await text("home-win-rate"), "75.0 %"); // 3 won, 1 lost
  assert.equal(
    await text("home-handoffs-accepted"),
    `${count(mine.handoffsAccepted)} of ${count(mine.handoffsReceived)}`,
  );
  quotaHref = (await t("home-quota").getAttribute("href"))!;
  const quota = await apiFor("sales-conversion", quotaHref);
  const myQuota = quota.rows.find((r: SalesRow) => r.userId === rep.userId);
  assert.equal(await text("home-quota"), percent(myQuota.quotaAttainment));
  assert.equal(await text("home-quota"), "75.0 %"); // $15,000 of $20,000
  await screenshot(page, "sales-reports-1-rep-home");
});

test("the sales conversion page: the rep's row, then every rep and the team, as the API says", async () => {
  await t("home-win-rate").click();
  await page.waitForURL((u) => u.pathname === "/reports/sales");
  await t("sales-deals-row").first().waitFor();
  assert.equal(await t("sales-rep").inputValue(), rep.userId);
  await t("sales-rep").selectOption("");
  // The CSV link follows the filter: the query behind the page now.
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="sales-csv"]')?.getAttribute("href")?.includes("ownerId"),
  );
  const report = await apiFor("sales-conversion", (await t("sales-csv").getAttribute("href"))!);
  // Every table lists every rep.
  await page.waitForFunction(
    (n) =>
      ["handoffs", "deals", "quota"].every(
        (table) => document.querySelectorAll(`[data-testid="sales-${table}-row"]`).length === n,
      ),
    report.rows.length,
  );
  for (const row of report.rows as SalesRow[]) {
    const where = `${row.userId} ${JSON.stringify(row)}`;
    const cell = async (table: string, name: string) =>
      (
        await page
          .locator(`[data-testid="sales-${table}-row"][data-user-id="${row.userId}"]`)
          .getByTestId(`sales-${table}-${name}`)
          .textContent()
      )?.trim();
    assert.equal(await cell("handoffs", "handoffsReceived"), count(row.handoffsReceived), where);
    assert.equal(await cell("handoffs", "handoffsAccepted"), count(row.handoffsAccepted), where);
    assert.equal(await cell("deals", "won"), count(row.won), where);
    assert.equal(await cell("deals", "lost"), count(row.lost), where);
    assert.equal(await cell("deals", "winRate"), percent(row.winRate), where);
    assert.equal(await cell("deals", "wonMinor"), money(row.wonMinor, report.currency), where);
    assert.equal(await cell("deals", "medianCycleSeconds"), formatDuration(row.medianCycleSeconds), where);
    assert.equal(await cell("quota", "quotaAttainment"), percent(row.quotaAttainment), where);
  }
  assert.equal(await text("sales-deals-total-won"), count(report.team.won));
  assert.equal(await text("sales-deals-total-winRate"), percent(report.team.winRate));
  assert.equal(await text("sales-deals-total-wonMinor"), money(report.team.wonMinor, report.currency));
  assert.equal(await text("sales-handoffs-total-handoffsReceived"), count(report.team.handoffsReceived));
  assert.equal(report.team.won, 4);
  await t("sales-chart").locator("svg").first().waitFor();
  await t("sales-definitions").waitFor();
  await screenshot(page, "sales-reports-2-sales-conversion");

  // The home's quota figure: this quarter, where the rep's quota lies, with the attainment charted.
  await page.goto(`${web.url}${quotaHref}`);
  const quarter = await apiFor("sales-conversion", quotaHref);
  const mine = quarter.rows.find((r: SalesRow) => r.userId === rep.userId);
  await waitForText(page, "sales-quota-quotaAttainment", percent(mine.quotaAttainment));
  await t("sales-chart").getByText("Quota attainment").waitFor();
  await screenshot(page, "sales-reports-2b-quarter");
});

test("at 1280 px the sales conversion tables fit: nothing scrolls or sticks out sideways", async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  try {
    await t("sales-quota-row").first().waitFor();
    // The chart re-lays itself out after the resize (a ResizeObserver, then a render): wait for it
    // rather than measure the page mid-way.
    let problems = await sidewaysOverflow(page, "main");
    for (let i = 0; i < 40 && problems.length > 0; i++) {
      await page.waitForTimeout(250);
      problems = await sidewaysOverflow(page, "main");
    }
    assert.deepEqual(problems, []);
    await screenshot(page, "sales-reports-2c-1280px");
  } finally {
    await page.setViewportSize({ width: 1400, height: 900 });
  }
});

test("touches to close: the figures, the histogram and the channels, as the API says", async () => {
  await page.locator("header nav").getByRole("link", { name: "Reports" }).click();
  await page.waitForURL((u) => u.pathname === "/reports");
  await screenshot(page, "sales-reports-3-reports");
  await page.getByRole("link", { name: "Touches to close" }).click();
  await page.waitForURL((u) => u.pathname === "/reports/touches");
  await t("touches-customers").waitFor();
  const report = await apiFor("touches-to-close", (await t("touches-csv").getAttribute("href"))!);
  const o = report.overall;
  assert.equal(await text("touches-customers"), count(o.customers));
  assert.equal(o.customers, 4);
  assert.equal(await text("touches-median"), figure(o.median));
  assert.equal(await text("touches-p25"), figure(o.p25));
  assert.equal(await text("touches-p75"), figure(o.p75));
  assert.equal(await text("touches-within"), percent(o.withinRuleOfThumb));
  assert.equal(await t("touches-channel-row").count(), report.byFirstChannel.length);
  for (const row of report.byFirstChannel) {
    const shown = page.locator(
      `[data-testid="touches-channel-row"][data-channel="${row.channel ?? "none"}"]`,
    );
    assert.equal(await shown.getByTestId("touches-channel-customers").textContent(), count(row.customers));
    assert.equal(await shown.getByTestId("touches-channel-median").textContent(), figure(row.median));
    assert.equal(
      await shown.getByTestId("touches-channel-withinRuleOfThumb").textContent(),
      percent(row.withinRuleOfThumb),
    );
  }
  // One bar per bucket with customers (the histogram's empty buckets draw nothing).
  await t("touches-histogram").locator("svg").first().waitFor();
  const bars = report.histogram.filter((b: { customers: number }) => b.customers > 0).length;
  assert.equal(await t("touches-histogram").locator(".recharts-bar-rectangle path").count(), bars);
  await t("touches-histogram").getByText("Rule of thumb: 8").waitFor();
  await screenshot(page, "sales-reports-4-touches");

  // A period with no customer says what to do.
  await t("touches-from").fill("2020-01-01");
  await t("touches-to").fill("2020-01-31");
  await t("touches-empty").getByText("No customer was won in this period — widen the dates").waitFor();
  assert.equal(
    (await reportFor(admin, "touches-to-close", (await t("touches-csv").getAttribute("href"))!)).overall
      .customers,
    0,
  );
  await screenshot(page, "sales-reports-4b-touches-empty");
});

test("an admin's home shows marketing and the sales team", async () => {
  await logOut(page);
  await logInAs(page, web.url, api.admin.email, PASSWORD);
  await t("home-marketing").waitFor();
  await t("home-quota").waitFor();
  const href = (await t("home-win-rate").getAttribute("href"))!;
  assert.doesNotMatch(href, /ownerId/, "the team's figures");
  const team = (await apiFor("sales-conversion", href)).team;
  await waitForText(page, "home-win-rate", percent(team.winRate));
  assert.equal(await text("home-open-deals"), "1");
  await screenshot(page, "sales-reports-5-admin-home");
});
