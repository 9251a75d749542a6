// Approval notifications in Chromium (issue 11, item 7). A rep asked for 30 % off five hours ago
// under a four-hour alert age: the marketer's bell and the approvals page flag it; she approves it
// with a comment; the rep's bell says so with the comment and opens the deal. The alert age is set
// on the pricing settings, refused in words when it is not whole hours from 1 to 720.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { flagWaitingApprovals } from "../../src/services/pricing/approval-alerts.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, logOut, screenshot, startWebServer } from "./browser.ts";

const PASSWORD = "approval-alerts-password";
const HOUR = 3_600_000;
let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let dealId: string;
const email = (who: string) => `${who}-${api.slug}@example.com`;

before(async () => {
  const clock = { now: Date.now() - 5 * HOUR };
  api = await setupApi({ now: () => new Date(clock.now) });
  const { createUser } = await import("../../src/services/users/create-user.ts");
  const { createApiKey } = await import("../../src/services/auth/api-keys.ts");
  const user = (who: string, name: string, role: "sales" | "marketing") =>
    createUser(api.deps, { workspaceId: api.workspaceId, email: email(who), name, role, password: PASSWORD });
  const rita = await user("rita", "Rita Rep", "sales");
  await user("mia", "Mia Marketer", "marketing");
  const asRep = api.callerFor(
    (await createApiKey(api.deps, { workspaceId: api.workspaceId, userId: rita.id, name: "test" })).key,
  );
  const seat = (await api.call("POST", "/api/v1/products", { sku: "SEAT", name: "Seat" })).body.id;
  const book = (
    await api.call("POST", "/api/v1/price-books", {
      name: "Direct",
      channel: "direct",
      currency: "USD",
      entries: [{ productId: seat, unitPriceMinor: 10_000 }],
    })
  ).body.id;
  await api.call("PUT", "/api/v1/discount-policy", {
    defaultMaxDiscountBp: 1000,
    giveawaysAllowed: false,
    approvalAlertHours: 4,
  });
  const contact = await asRep("POST", "/api/v1/contacts", { email: email("buyer") });
  dealId = (
    await asRep("POST", "/api/v1/deals", {
      name: "Initech seats",
      contactId: contact.body.id,
      amountMinor: 0,
      currency: "USD",
    })
  ).body.id;
  await asRep("PUT", `/api/v1/deals/${dealId}/line-items`, {
    priceBookId: book,
    items: [{ productId: seat, quantity: 3, unitPriceMinor: 7_000 }],
  });
  await asRep("POST", `/api/v1/deals/${dealId}/approvals`, { comment: "Switching from a competitor" });
  clock.now = Date.now();
  assert.equal(await flagWaitingApprovals(api.deps, api), 1);
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

test("the waiting request is flagged to the marketer, who approves it with a comment", async () => {
  await logInAs(page, web.url, email("mia"), PASSWORD);
  await t("notification-bell").click();
  const item = t("notification-item").filter({ hasText: "Approval waiting: Initech seats" });
  await item.waitFor();
  assert.match((await item.textContent()) ?? "", /Asked by Rita Rep on .* UTC, still undecided\./);
  await item.click();
  await page.waitForURL((u) => u.pathname === "/approvals");
  const card = page.locator(`[data-testid="approval-card"][data-deal-id="${dealId}"]`);
  await card.getByTestId("approval-waiting-too-long").waitFor();
  await screenshot(page, "approval-alerts-1-waiting");
  await card.getByTestId("decision-comment").fill("OK for a case study");
  await card.getByTestId("approve").click();
  // Decided, it leaves the waiting list.
  await card.waitFor({ state: "detached" });
  const view = (await api.call("GET", `/api/v1/approvals?dealId=${dealId}`)).body.data[0];
  assert.equal(view.status, "approved");
});

test("the alert age is set on the pricing settings, refused in words when it is not whole hours", async () => {
  await page.goto(`${web.url}/settings/pricing`);
  const hours = t("policy-alert-hours");
  await hours.fill("0");
  await page.getByText("Whole hours, from 1 to 720 (30 days)").waitFor();
  assert.equal(await t("policy-save").isDisabled(), true);
  await hours.fill("6");
  await t("policy-save").click();
  await page.getByText("Whole hours, from 1 to 720 (30 days)").waitFor({ state: "detached" });
  for (let i = 0; i < 50; i++) {
    if ((await api.call("GET", "/api/v1/discount-policy")).body.approvalAlertHours === 6) break;
    await page.waitForTimeout(100);
  }
  assert.equal((await api.call("GET", "/api/v1/discount-policy")).body.approvalAlertHours, 6);
  await screenshot(page, "approval-alerts-2-settings");
  await logOut(page);
});

test("the rep who asked hears the answer with the comment, and the bell opens the deal", async () => {
  await logInAs(page, web.url, email("rita"), PASSWORD);
  await page.getByRole("button", { name: "Notifications (1 unread)" }).click();
  const item = t("notification-item").filter({ hasText: "Approved: Initech seats" });
  await item.waitFor();
  assert.equal(
    (await item.getByTestId("notification-body").textContent())?.trim(),
    "Mia Marketer: OK for a case study",
  );
  await page.waitForTimeout(300); // the menu fades in
  await screenshot(page, "approval-alerts-3-rep-bell", { fullPage: false });
  await item.click();
  await page.waitForURL((u) => u.pathname === `/deals/${dealId}`);
});
