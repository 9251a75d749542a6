// The sales journey in Chromium, as issue 3 asks: a rep takes a contact from a first call to a
// won deal whose discounted line item needed an approval from marketing. Screenshots of each step
// go to test-results/screenshots/journey-*.png.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { createUser } from "../../src/services/users/create-user.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import {
  launchBrowser,
  logInAs,
  screenshot,
  logOut as signOut,
  startWebServer,
  waitForText,
} from "./browser.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
const PASSWORD = "journey-test-password";
let repEmail: string;
let marketerEmail: string;
let contactId: string;

before(async () => {
  api = await setupApi();
  repEmail = `rep-${api.slug}@example.com`;
  marketerEmail = `marketer-${api.slug}@example.com`;
  for (const [email, name, role] of [
    [repEmail, "Riley Rep", "sales"],
    [marketerEmail, "Mia Marketing", "marketing"],
  ] as const) {
    await createUser(api.deps, { workspaceId: api.workspaceId, email, name, role, password: PASSWORD });
  }
  const product = await api.call("POST", "/api/v1/products", { sku: "SEAT", name: "Analytics seat" });
  const book = await api.call("POST", "/api/v1/price-books", {
    name: "Direct USD",
    channel: "direct",
    currency: "USD",
    entries: [{ productId: product.body.id, unitPriceMinor: 10_000 }],
  });
  assert.equal(book.status, 201, JSON.stringify(book.body));
  const policy = await api.call("PUT", "/api/v1/discount-policy", {
    defaultMaxDiscountBp: 1000,
    giveawaysAllowed: false,
  });
  assert.equal(policy.status, 200);
  const rival = await api.call("POST", "/api/v1/competitors", {
    name: "DashHive",
    positioning: "Challenger with switcher discounts",
    strengths: "Modern UI",
    weaknesses: "No SSO, renewal prices jump",
  });
  assert.equal(rival.status, 201, JSON.stringify(rival.body));
  const contact = await api.call("POST", "/api/v1/contacts", {
    email: `bea-${api.slug}@example.com`,
    firstName: "Bea",
    lastName: "Buyer",
  });
  contactId = contact.body.id;

  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);

const logIn = (email: string) => logInAs(page, web.url, email, PASSWORD);
const logOut = () => signOut(page);

test("a rep takes a contact from a first call to a won deal with an approved discount", async () => {
  // 1. The rep opens the contact and plans the first call.
  await logIn(repEmail);
  await page.goto(`${web.url}/contacts/${contactId}`);
  await t("contact-new-task").click();
  await t("new-task-kind").selectOption("call");
  await t("new-task-title").fill("First call with Bea");
  await screenshot(page, "journey-01-plan-first-call");
  await t("new-task-save").click();
  await t("contact-task-row").first().waitFor();

  // 2. The call happened: completing it logs the call on the timeline.
  await t("task-done").first().click();
  await t("complete-outcome").fill("Needs 20 seats, budget is tight");
  await t("complete-confirm").click();
  await t("contact-task-row").first().waitFor({ state: "detached" });
  await page.getByText("Needs 20 seats, budget is tight").first().waitFor();
  await screenshot(page, "journey-02-first-call-logged");
  const timeline = await api.call("GET", `/api/v1/contacts/${contactId}/timeline`);
  assert.equal(timeline.body.data[0].kind, "call");
  assert.equal(timeline.body.data[0].side, "sales");

  // 3. The rep opens a deal from the contact page and lands on the deal page.
  await t("open-deal").click();
  await t("new-deal-name").fill("Bea's analytics rollout");
  await t("create-deal").click();
  await page.waitForURL("**/deals/**");
  await t("deal-page").waitFor();
  const dealId = page.url().split("/deals/")[1]!;
  await screenshot(page, "journey-03-deal-opened");

  // 4. Twenty seats at 80.00 instead of the book's 100.00: 20 % off, over the 10 % limit.
  await t("add-line").click();
  await t("line-quantity").first().fill("20");
  await t("line-unit-price").first().fill("80");
  await t("line-discount").first().getByText("20 %").waitFor();
  await t("save-lines").click();
  await waitForText(page, "policy-status", "Needs approval");
  await waitForText(page, "deal-amount", "$1,600.00");
  await t("deviations").getByText("20 % off, over the 10 % limit").waitFor();
  await screenshot(page, "journey-04-discounted-line-item");

  // The competition and the objection behind the discount, on the deal page.
  await t("deal-competitors-select").click();
  await page.getByRole("option", { name: "DashHive" }).click();
  await t("deal-battlecard").getByText("No SSO, renewal prices jump").waitFor();
  await page.keyboard.press("Escape");
  await t("deal-objection-type").selectOption({ label: "Too expensive" });
  await t("deal-objection-new-text").fill("DashHive offered 25 % off");
  await t("deal-objection-add").click();
  await t("deal-objection").getByText("DashHive offered 25 % off").waitFor();

  // 5. Winning is refused until someone approves the discount.
  await t("win-deal").click();
  await page.getByText("it needs an approval before it can be won").waitFor();
  await screenshot(page, "journey-05-win-refused");
  assert.equal((await api.call("GET", `/api/v1/deals/${dealId}`)).body.outcome, "open");

  // 6. The rep asks for the approval.
  await t("approval-comment").fill("Three-year commitment if we match their budget");
  await t("request-approval").click();
  await t("approval-pending").waitFor();
  await screenshot(page, "journey-06-approval-requested");
  await logOut();

  // 7. Marketing approves it in the approvals inbox.
  await logIn(marketerEmail);
  await page.goto(`${web.url}/approvals`);
  const card = page.locator(`[data-testid="approval-card"][data-deal-id="${dealId}"]`);
  await card.getByText("Three-year commitment if we match their budget").waitFor();
  await screenshot(page, "journey-07-approvals-inbox");
  await card.getByTestId("decision-comment").fill("Approved for a three-year term");
  await card.getByTestId("approve").click();
  await card.waitFor({ state: "detached" });
  const approvals = await api.call("GET", `/api/v1/approvals?dealId=${dealId}`);
  assert.equal(approvals.body.data[0].status, "approved");
  assert.equal(approvals.body.data[0].decidedBy.name, "Mia Marketing");
  await logOut();

  // 8. The objection was overcome; the rep wins the deal; the contact becomes a customer.
  await logIn(repEmail);
  await page.goto(`${web.url}/deals/${dealId}`);
  const saved = page.waitForResponse(
    (r) => r.url().includes("/deal-objections/") && r.request().method() === "PATCH",
  );
  await t("deal-objection-overcome").first().click();
  assert.equal((await saved).status(), 200);
  await waitForText(page, "policy-status", "Approved");
  await t("approval-history").getByText("Approved for a three-year term", { exact: false }).waitFor();
  await t("win-deal").click();
  await waitForText(page, "deal-outcome", "won");
  await screenshot(page, "journey-08-deal-won");
  const deal = await api.call("GET", `/api/v1/deals/${dealId}`);
  assert.equal(deal.body.outcome, "won");
  assert.equal(deal.body.amountMinor, 160_000);
  assert.deepEqual(deal.body.totals, { listMinor: 200_000, netMinor: 160_000, discountMinor: 40_000 });
  assert.equal((await api.call("GET", `/api/v1/contacts/${contactId}`)).body.stage, "customer");
  const objections = (await api.call("GET", `/api/v1/deals/${dealId}/objections`)).body.data;
  assert.equal(objections.length, 1);
  assert.equal(objections[0].overcome, true);
  const record = (await api.call("GET", "/api/v1/competitors")).body.data[0];
  assert.deepEqual([record.name, record.wins, record.losses], ["DashHive", 1, 0]);
  await t("deal-contact").click();
  await page.getByText("Customer", { exact: true }).first().waitFor();
  await screenshot(page, "journey-09-contact-is-customer");
});
