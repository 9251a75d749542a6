// Attribution in Chromium: a won deal's page shows each touch's credit under the models and a
// total equal to the amount; its link opens the attribution report for the month it was won,
// whose figures equal the API's; a longer half-life in the settings changes the deal's time-decay
// column as the API says; a sales rep reads the settings but cannot change them.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { type Caller, setupApi, type TestApi } from "../support/api.ts";
import {
  launchBrowser,
  logInAs,
  screenshot,
  sidewaysOverflow,
  startWebServer,
  waitForText,
} from "./browser.ts";
import { count, money, reportFor, textOf } from "./report-figures.ts";

const DAY = 86_400_000;
const PASSWORD = "correct horse"; // what setupApi gives every user
const AMOUNT = 1_234_567; // $12,345.67: odd cents, so the largest remainders matter
const BARE = 50_000; // a deal won with no touch at all: unattributed
// Two days ago, to the minute: the scenario is played at its own instants, then the clock is real.
const WON = Math.floor((Date.now() - 2 * DAY) / 60_000) * 60_000;
const at = (days: number) => new Date(WON + days * DAY).toISOString();

let clock: number | null = WON - 30 * DAY;
let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let admin: Caller;
let marketer: Awaited<ReturnType<TestApi["userWithKey"]>>;
let rep: Awaited<ReturnType<TestApi["userWithKey"]>>;
const ids: Record<string, string> = {};

interface Touch {
  touchpointId: string;
  programName: string | null;
  roles: string[];
  credits: Record<string, number>;
}

before(async () => {
  api = await setupApi({ now: () => new Date(clock ?? Date.now()) });
  admin = api.call;
  marketer = await api.userWithKey("marketing");
  rep = await api.userWithKey("sales");
  const asRep = api.callerFor(rep.key);
  const program = async (name: string, channel: string) => {
    const res = await admin("POST", "/api/v1/programs", { name, channel, currency: "USD" });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  };
  ids.newsletter = await program("Spring newsletter", "email");
  ids.fair = await program("Trade fair booth", "trade_show");
  ids.webinar = await program("Product webinar", "content");
  const contact = await admin("POST", "/api/v1/contacts", { email: `ann-${api.slug}@example.com` });
  assert.equal(contact.status, 201, JSON.stringify(contact.body));

  // Each touch is recorded a minute after it happened.
  const touch = async (kind: string, days: number, programId: string | null) => {
    clock = Math.max(clock!, WON + days * DAY + 60_000);
    const res = await admin("POST", "/api/v1/touchpoints", {
      contactId: contact.body.id,
      kind,
      programId,
      occurredAt: at(days),
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.touchpointId as string;
  };
  ids.t1 = await touch("page_view", -20, ids.newsletter); // first touch
  ids.t2 = await touch("form_submit", -15, ids.fair); // makes Ann a lead
  clock = WON - 10 * DAY;
  const deal = await asRep("POST", "/api/v1/deals", {
    name: "Ann's licence",
    contactId: contact.body.id,
    amountMinor: AMOUNT,
    currency: "USD",
  });
  assert.equal(deal.status, 201, JSON.stringify(deal.body));
  ids.deal = deal.body.id;
  ids.t3 = await touch("webinar", -6, ids.webinar); // in the middle: a share of the rest
  ids.t4 = await touch("meeting", -3, null); // the closing touch, no program
  clock = WON;
  assert.equal((await asRep("POST", `/api/v1/deals/${ids.deal}/move`, { stage: "won" })).status, 200);

  // A deal won an hour later with no touch before it.
  clock = WON + 3_600_000;
  const bare = await admin("POST", "/api/v1/contacts", { email: `cy-${api.slug}@example.com` });
  const bareDeal = await asRep("POST", "/api/v1/deals", {
    name: "Walk-in",
    contactId: bare.body.id,
    amountMinor: BARE,
    currency: "USD",
  });
  ids.bare = bareDeal.body.id;
  assert.equal((await asRep("POST", `/api/v1/deals/${ids.bare}/move`, { stage: "won" })).status, 200);
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
const MODELS = [
  "firstTouch",
  "leadCreation",
  "lastTouch",
  "linear",
  "uShaped",
  "wShaped",
  "fullPath",
  "timeDecay",
] as const;
// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely
const dealAttribution = async (): Promise<any> => {
  const res = await admin("GET", `/api/v1/deals/${ids.deal}/attribution`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
};
const touchRow = (touchpointId: string) =>
  page.locator(`[data-testid="deal-attribution-row"][data-touchpoint-id="${touchpointId}"]`);
const cellOf = async (touchpointId: string, model: string) =>
  (await touchRow(touchpointId).getByTestId(`deal-attribution-${model}`).textContent())?.trim();

/** Time decay worked out by hand: each touch weighs 2^(−days before the win ÷ half-life). */
function timeDecayByHand(daysBefore: number[], halfLifeDays: number): number[] {
  const w = daysBefore.map((d) => 2 ** (-d / halfLifeDays));
  const sum = w.reduce((s, x) => s + x, 0);
  return w.map((x) => (AMOUNT * x) / sum);
}

let timeDecayBefore: Record<string, number>;

test("the won deal's page credits each touch as the API does, and every model adds up to the amount", async () => {
  await logInAs(page, web.url, marketer.email, PASSWORD);
  await page.goto(`${web.url}/deals/${ids.deal}`);
  await t("deal-attribution-table").waitFor();
  const api = await dealAttribution();
  const touches = api.touches as Touch[];
  assert.deepEqual(
    touches.map((x) => x.touchpointId),
    [ids.t1, ids.t2, ids.t3, ids.t4],
  );
  assert.equal(await t("deal-attribution-row").count(), touches.length);
  for (const touch of touches) {
    for (const model of ["firstTouch", "linear", "wShaped", "timeDecay"])
      assert.equal(
        await cellOf(touch.touchpointId, model),
        money(touch.credits[model]!, "USD"),
        `${model} of ${touch.programName}`,
      );
    assert.equal(
      await touchRow(touch.touchpointId).getByTestId("deal-attribution-program").textContent(),
      touch.programName ?? "—",
    );
  }
  for (const model of MODELS) {
    assert.equal(api.totals[model], AMOUNT, model);
    assert.equal(await text(`deal-attribution-total-${model}`), money(AMOUNT, "USD"), model);
  }
  assert.equal(await t("deal-attribution-unattributed").count(), 0, "every model shares all of it");
  // The roles, as badges: the first touch, lead creation (the last touch before the deal was
  // opened too), and the closing meeting; the webinar holds none.
  const roles = async (id: string) =>
    (
      await touchRow(id)
        .getByTestId("deal-attribution-roles")
        .locator(".mantine-Badge-root")
        .allTextContents()
    ).join(", ");
  assert.equal(await roles(ids.t1), "First touch");
  assert.equal(await roles(ids.t2), "Lead creation, Opportunity");
  assert.equal(await roles(ids.t3), "");
  assert.equal(await roles(ids.t4), "Closing");
  // By hand: linear shares $12,345.67 four ways, the odd cents to the earliest touches.
  assert.equal(await cellOf(ids.t1, "linear"), "$3,086.42");
  assert.equal(await cellOf(ids.t4, "linear"), "$3,086.41");
  assert.equal(await cellOf(ids.t1, "firstTouch"), "$12,345.67");
  // W-shaped: 30 % first, 60 % lead and opportunity creation, the webinar and meeting 5 % each.
  assert.equal(await cellOf(ids.t2, "wShaped"), "$7,407.40");
  assert.equal(await cellOf(ids.t3, "wShaped"), "$617.29");
  timeDecayBefore = Object.fromEntries(touches.map((x) => [x.touchpointId, x.credits.timeDecay!]));
  await screenshot(page, "attribution-1-deal");
  assert.deepEqual(await sidewaysOverflow(page, "main"), []);
});

test("the deal's link opens the report for the month it was won, with the API's figures", async () => {
  const href = (await t("deal-attribution-report").getAttribute("href"))!;
  await t("deal-attribution-report").click();
  await page.waitForURL((u) => u.pathname === "/reports/attribution");
  const month = new Date(WON).toISOString().slice(0, 7);
  const query = new URL(page.url()).searchParams;
  assert.equal(query.get("from"), `${month}-01`);
  assert.equal(new URL(href, web.url).search, new URL(page.url()).search);
  await t("attribution-row").first().waitFor();
  const report = await reportFor(admin, "attribution", (await t("attribution-csv").getAttribute("href"))!);
  assert.deepEqual([report.from, report.to], [query.get("from"), query.get("to")]);
  assert.equal(report.wonDeals, 2);
  assert.equal(report.revenueMinor, AMOUNT + BARE);
  assert.equal(await text("attribution-won-deals"), count(report.wonDeals));
  assert.equal(await text("attribution-revenue"), money(report.revenueMinor, "USD"));

  assert.equal(await t("attribution-row").count(), report.rows.length);
  for (const row of report.rows as ({ programId: string | null; programName: string | null } & Record<
    string,
    number
  >)[]) {
    const selector = row.programId
      ? `[data-testid="attribution-row"][data-program-id="${row.programId}"]`
      : '[data-testid="attribution-row"]:not([data-program-id])';
    const shown = page.locator(selector);
    assert.equal(
      await shown.getByTestId("attribution-row-name").textContent(),
      row.programName ?? "No program",
    );
    assert.equal(await shown.getByTestId("attribution-deals").textContent(), count(row.deals));
    for (const model of MODELS)
      assert.equal(
        (await shown.getByTestId(`attribution-${model}`).textContent())?.trim(),
        money(row[model]!, "USD"),
        `${model} of ${row.programName}`,
      );
  }
  for (const model of MODELS) {
    assert.equal(await text(`attribution-unattributed-${model}`), money(report.unattributed[model], "USD"));
    assert.equal(await text(`attribution-total-${model}`), money(report.revenueMinor, "USD"), model);
  }
  // By hand: the newsletter made the first touch, so first touch gives it the whole deal; the walk-in
  // deal is what no touch earned.
  const newsletter = page.locator(`[data-testid="attribution-row"][data-program-id="${ids.newsletter}"]`);
  assert.equal(await newsletter.getByTestId("attribution-firstTouch").textContent(), "$12,345.67");
  assert.equal(await text("attribution-unattributed-linear"), "$500.00");
  assert.equal(await text("attribution-total-deals"), "2");
  await t("attribution-chart").locator("svg").first().waitFor();
  await t("attribution-definitions").getByText("Time decay", { exact: true }).waitFor();
  await screenshot(page, "attribution-2-report");
  // A column per model still fits a 1,280 px screen.
  assert.deepEqual(await sidewaysOverflow(page, "main"), []);

  // By channel: the trade show's row is the fair's.
  await t("attribution-group-by").getByText("Channel").click();
  await page.waitForURL((u) => u.searchParams.get("groupBy") === "channel");
  const byChannel = await reportFor(admin, "attribution", (await t("attribution-csv").getAttribute("href"))!);
  const show = page.locator('[data-testid="attribution-row"][data-channel="trade_show"]');
  await show.getByText("Trade show", { exact: true }).waitFor();
  const trade = byChannel.rows.find((r: { channel: string }) => r.channel === "trade_show");
  assert.equal(
    (await show.getByTestId("attribution-leadCreation").textContent())?.trim(),
    money(trade.leadCreation, "USD"),
  );
  assert.equal(trade.leadCreation, AMOUNT);
  await screenshot(page, "attribution-3-report-by-channel");
});

test("a channel's share has nothing unattributed; a period with no win says so", async () => {
  await t("attribution-channel").selectOption("email");
  await page.waitForURL((u) => u.searchParams.get("channel") === "email");
  await waitForText(page, "attribution-row-name", "Email");
  const report = await reportFor(admin, "attribution", (await t("attribution-csv").getAttribute("href"))!);
  assert.equal(report.unattributed, null);
  assert.equal(await t("attribution-unattributed").count(), 0);
  assert.equal(await t("attribution-row").count(), 1);
  for (const model of MODELS)
    assert.equal(await text(`attribution-total-${model}`), money(report.credited[model], "USD"), model);
  assert.match((await text("attribution-totals"))!, /^Credited to Email/);
  await screenshot(page, "attribution-4-report-one-channel");

  await page.goto(`${web.url}/reports/attribution?from=2020-01-01&to=2020-01-31`);
  await t("attribution-empty").waitFor();
  assert.equal(await t("attribution-table").count(), 0);
});

test("a half-life the server refuses is explained under the field, and nothing changes", async () => {
  await page.goto(`${web.url}/settings/attribution`);
  const halfLife = t("attribution-half-life");
  await halfLife.waitFor();
  assert.equal(await halfLife.inputValue(), "7");
  await halfLife.fill("0");
  await t("save-attribution").click();
  await page.getByText("The half-life must be at least an hour (0.042 days)").waitFor();
  assert.equal(await t("attribution-recomputed").count(), 0);
  assert.deepEqual((await admin("GET", "/api/v1/settings/attribution")).body, {
    halfLifeDays: 7,
    buyingGroup: false,
  });
  await screenshot(page, "attribution-5-settings-refused");
});

test("a longer half-life recomputes every won deal, and the deal's time-decay column follows", async () => {
  await t("attribution-half-life").fill("30");
  await t("save-attribution").click();
  await waitForText(page, "attribution-recomputed", "Recomputed 2 won deals");
  assert.deepEqual((await admin("GET", "/api/v1/settings/attribution")).body, {
    halfLifeDays: 30,
    buyingGroup: false,
  });
  await screenshot(page, "attribution-6-settings-saved");

  await page.goto(`${web.url}/deals/${ids.deal}`);
  await t("deal-attribution-table").waitFor();
  const touches = (await dealAttribution()).touches as Touch[];
  // Time decay by hand, relative to the win: the touches were 20, 15, 6 and 3 days before it.
  const exact = timeDecayByHand([20, 15, 6, 3], 30);
  for (const [i, touch] of touches.entries()) {
    const credit = touch.credits.timeDecay!;
    assert.ok(Math.abs(credit - exact[i]!) < 1, `${credit} against ${exact[i]} by hand`);
    assert.equal(await cellOf(touch.touchpointId, "timeDecay"), money(credit, "USD"));
    // The other models do not depend on the half-life.
    assert.equal(await cellOf(touch.touchpointId, "linear"), money(touch.credits.linear!, "USD"));
  }
  // A longer half-life flattens the decay: the first touch earns more, the closing one less.
  assert.ok(touches[0]!.credits.timeDecay! > timeDecayBefore[ids.t1]!);
  assert.ok(touches[3]!.credits.timeDecay! < timeDecayBefore[ids.t4]!);
  assert.equal(await text("deal-attribution-total-timeDecay"), money(AMOUNT, "USD"));
  await screenshot(page, "attribution-7-deal-after-half-life");
});

test("a sales rep reads the attribution settings but cannot change them, and sees the deals' credits", async () => {
  await logInAs(page, web.url, rep.email, PASSWORD);
  await page.goto(`${web.url}/settings/attribution`);
  await t("attribution-read-only").waitFor();
  assert.equal(await t("attribution-half-life").inputValue(), "30");
  assert.equal(await t("attribution-half-life").isDisabled(), true);
  assert.equal(await t("attribution-buying-group").isDisabled(), true);
  assert.equal(await t("save-attribution").count(), 0);
  await screenshot(page, "attribution-8-settings-sales");
  await page.goto(`${web.url}/deals/${ids.deal}`);
  await t("deal-attribution-table").waitFor();
  assert.equal(await text("deal-attribution-total-linear"), money(AMOUNT, "USD"));
  // The walk-in deal had no touch: its page says so rather than showing a table of nothing.
  await page.goto(`${web.url}/deals/${ids.bare}`);
  await t("deal-attribution-empty").waitFor();
});
