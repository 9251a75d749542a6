// The price-deviation report in Chromium. Two reps won three deals last week: rep A one at 10 %
// off and one with onboarding given away (approved three hours after the request), rep B one at
// 11 % off under a 12 % limit; then the direct limit dropped to 10 %. A marketer opens the report
// from the reports list, reads each figure as the API gives it, sees rep B's deal flagged with why
// and follows it to the deal, then reads the same deals per sales channel.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { formatDuration } from "../../web/src/features/reports/report-format.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, screenshot, startWebServer, waitForText } from "./browser.ts";
import { count, money, percent, reportFor } from "./report-figures.ts";

const HOUR = 3_600_000;
const PASSWORD = "price-deviation-password";
let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let repA: string;
let repB: string;
let flaggedDeal: string;

before(async () => {
  const clock = { now: Date.now() - 7 * 24 * HOUR };
  api = await setupApi({ now: () => new Date(clock.now) });
  const a = await api.userWithKey("sales");
  const b = await api.userWithKey("sales");
  repA = a.userId;
  repB = b.userId;
  const asMarketing = api.callerFor((await api.userWithKey("marketing")).key);
  const seat = (await api.call("POST", "/api/v1/products", { sku: "SEAT", name: "Seat" })).body.id;
  const onboarding = (await api.call("POST", "/api/v1/products", { sku: "ONB", name: "Onboarding" })).body.id;
  const book = (
    await asMarketing("POST", "/api/v1/price-books", {
      name: "Direct USD",
      channel: "direct",
      currency: "USD",
      entries: [
        { productId: seat, unitPriceMinor: 10_000 },
        { productId: onboarding, unitPriceMinor: 250_000 },
      ],
    })
  ).body.id;
  const policy = (direct: number) =>
    asMarketing("PUT", "/api/v1/discount-policy", {
      defaultMaxDiscountBp: 1000,
      maxDiscountBpByRole: { sales: 1500 },
      maxDiscountBpByChannel: { direct },
      giveawaysAllowed: false,
    });
  await policy(1200);
  const wonDeal = async (key: string, name: string, items: unknown[], approveAfter?: number) => {
    const as = api.callerFor(key);
    const contact = await as("POST", "/api/v1/contacts", {
      email: `${name.replaceAll(" ", "-")}-${api.slug}@example.com`,
    });
    const deal = await as("POST", "/api/v1/deals", {
      name,
      contactId: contact.body.id,
      amountMinor: 0,
      currency: "USD",
    });
    const priced = await as("PUT", `/api/v1/deals/${deal.body.id}/line-items`, { priceBookId: book, items });
    assert.equal(priced.status, 200, JSON.stringify(priced.body));
    if (approveAfter !== undefined) {
      const request = await as("POST", `/api/v1/deals/${deal.body.id}/approvals`, { comment: "Switching" });
      clock.now += approveAfter;
      await asMarketing("POST", `/api/v1/approvals/${request.body.id}/decision`, { decision: "approve" });
    }
    const won = await as("POST", `/api/v1/deals/${deal.body.id}/move`, { stage: "won" });
    assert.equal(won.status, 200, JSON.stringify(won.body));
    return deal.body.id as string;
  };
  await wonDeal(a.key, "Acme seats", [{ productId: seat, quantity: 10, unitPriceMinor: 9_000 }]);
  await wonDeal(
    a.key,
    "Globex rollout",
    [
      { productId: seat, quantity: 2 },
      { productId: onboarding, quantity: 1, giveaway: true },
    ],
    3 * HOUR,
  );
  flaggedDeal = await wonDeal(b.key, "Initech seat", [
    { productId: seat, quantity: 1, unitPriceMinor: 8_900 },
  ]);
  clock.now = Date.now();
  await policy(1000);

  const { createUser } = await import("../../src/services/users/create-user.ts");
  const email = `pd-${api.slug}@example.com`;
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email,
    name: "Mia Marketer",
    role: "marketing",
    password: PASSWORD,
  });
  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  await logInAs(page, web.url, email, PASSWORD);
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);
const cellOf = async (table: string, key: string, column: string) =>
  (
    await page
      .locator(`[data-testid="${table}-row"][data-key="${key}"]`)
      .getByTestId(`${table}-${column}`)
      .textContent()
  )?.trim();

test("per owner, the page shows the API's figures and flags the deal won outside today's policy", async () => {
  await page.goto(`${web.url}/reports`);
  await t("report-card").filter({ hasText: "gave away in discounts" }).getByTestId("report-link").click();
  await page.waitForURL((u) => u.pathname === "/reports/price-deviation");
  await t("price-deviation-row").first().waitFor();
  const report = await reportFor(
    api.call,
    "price-deviation",
    (await t("price-deviation-csv").getAttribute("href"))!,
  );
  const a = report.rows.find((r: { key: string }) => r.key === repA);
  // By hand: rep A gave 10 × 1 000 in discount and a 250 000 onboarding away, on 110 000 of revenue.
  assert.deepEqual(
    [a.wonDeals, a.discountMinor, a.giveawayMinor, a.revenueMinor, a.requested, a.approved],
    [2, 10_000, 250_000, 110_000, 1, 1],
  );
  assert.equal(await cellOf("price-deviation", repA, "wonDeals"), count(2));
  assert.equal(await cellOf("price-deviation", repA, "discountMinor"), money(10_000, "USD"));
  assert.equal(await cellOf("price-deviation", repA, "giveawayMinor"), money(250_000, "USD"));
  assert.equal(await cellOf("price-deviation", repA, "givenAwayMinor"), money(260_000, "USD"));
  assert.equal(await cellOf("price-deviation", repA, "shareOfRevenue"), percent(260_000 / 110_000));
  assert.equal(await cellOf("price-deviation", repB, "outsidePolicy"), count(1));
  assert.equal(await cellOf("price-approvals", repA, "requested"), count(1));
  assert.equal(await cellOf("price-approvals", repA, "medianDecideSeconds"), formatDuration(3 * 3600));
  assert.equal(await cellOf("price-approvals", repA, "medianDecideSeconds"), "3 h");
  await waitForText(page, "price-deviation-total-revenueMinor", money(report.total.revenueMinor, "USD"));
  assert.equal(report.total.revenueMinor, 110_000 + 8_900);

  const flagged = t("price-deviation-outside-deal");
  assert.equal(await flagged.count(), 1);
  assert.equal(await flagged.getAttribute("data-deal"), flaggedDeal);
  assert.match((await flagged.textContent()) ?? "", /Initech seat.*11 % off, over the 10 % limit/);
  await t("price-deviation-definitions").getByText("Outside policy", { exact: true }).waitFor();
  await screenshot(page, "price-deviation-1-owner");

  await flagged.getByRole("link", { name: "Initech seat" }).click();
  await page.waitForURL((u) => u.pathname === `/deals/${flaggedDeal}`);
  await page.goBack();

  await t("price-deviation-group-by").getByText("Sales channel").click();
  await page.waitForURL((u) => u.searchParams.get("groupBy") === "channel");
  await page.locator('[data-testid="price-deviation-row"][data-key="direct"]').waitFor();
  assert.equal(await cellOf("price-deviation", "direct", "wonDeals"), count(3));
  assert.match(
    (await page.locator('[data-testid="price-deviation-row"][data-key="direct"]').textContent()) ?? "",
    /^Direct/,
  );
  await screenshot(page, "price-deviation-2-channel");
});
