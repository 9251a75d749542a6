// Issue 11's journey in Chromium, one continuous path through the web app: a marketer back from a
// trade show enters the three people she met and logs each conversation; the one she really
// talked with turns warm and she hands him to a rep by hand; the rep prices a deal with a
// discount over the limit, a draft proposal waits for the approval, marketing approves, the rep
// sends it; the prospect, with no account, reads it on its public page and accepts it; the deal
// is in contract. Screenshots: test-results/screenshots/trade-show-*.png.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { createUser } from "../../src/services/users/create-user.ts";
import { setupApi, TEST_PUBLIC_URL, type TestApi } from "../support/api.ts";
import {
  goViaHeader,
  launchBrowser,
  logInAs,
  logOut,
  screenshot,
  startWebServer,
  waitForText,
} from "./browser.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
const PASSWORD = "trade-show-test-password";
let marketerEmail: string;
let repEmail: string;
let repId: string;
let expo: string;

before(async () => {
  api = await setupApi();
  marketerEmail = `mia-${api.slug}@example.com`;
  repEmail = `riley-${api.slug}@example.com`;
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: marketerEmail,
    name: "Mia Marketing",
    role: "marketing",
    password: PASSWORD,
  });
  repId = (
    await createUser(api.deps, {
      workspaceId: api.workspaceId,
      email: repEmail,
      name: "Riley Rep",
      role: "sales",
      password: PASSWORD,
    })
  ).id;
  expo = (
    await api.call("POST", "/api/v1/programs", {
      name: "Autumn Expo",
      channel: "trade_show",
      currency: "USD",
    })
  ).body.id;
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
  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: "en-US" });
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);

/** Enters a contact through the form and logs what happened at the show; answers its id. */
async function enterAndLog(person: { first: string; last: string; kind: string; note: string }) {
  await page.goto(`${web.url}/contacts`);
  await t("contact-new").click();
  await t("contact-form-email").fill(`${person.first.toLowerCase()}-${api.slug}@example.com`);
  await t("contact-form-firstName").fill(person.first);
  await t("contact-form-lastName").fill(person.last);
  await t("contact-form-save").click();
  await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").at(-1)!;
  await t("contact-log-touch").click();
  await t("log-touch-kind").selectOption(person.kind);
  await t("log-touch-program").selectOption(expo);
  await t("log-touch-note").fill(person.note);
  await t("log-touch-save").click();
  await page.locator(`[data-testid="timeline-row"][data-kind="${person.kind}"]`).waitFor();
  return id;
}

test("from a trade show to a contract: enter, log, hand over, propose within an approval, accepted in public", async () => {
  // 1. The marketer enters the three people she met and logs each conversation.
  await logInAs(page, web.url, marketerEmail, PASSWORD);
  const brief = { kind: "networking", note: "Swapped cards at the stand" };
  const ana = await enterAndLog({ first: "Ana", last: "Ruiz", ...brief });
  const ben = await enterAndLog({ first: "Ben", last: "Okafor", ...brief });
  const carl = await enterAndLog({
    first: "Carl",
    last: "Nyström",
    kind: "event_attended",
    note: "Twenty analysts on spreadsheets; wants a proposal this month",
  });
  await screenshot(page, "trade-show-1-conversation-logged");

  // 2. The real conversation warmed Carl; the card swaps left the others cold.
  const temperature = async (id: string) =>
    (await api.call("GET", `/api/v1/contacts/${id}`)).body.temperature;
  assert.deepEqual(
    [await temperature(ana), await temperature(ben), await temperature(carl)],
    ["cold", "cold", "warm"],
  );
  await waitForText(page, "contact-temperature", "warm");

  // 3. She hands Carl to Riley by hand.
  await t("contact-handOver").click();
  await t("stage-owner").selectOption(repId);
  await t("stage-reason").fill("Ready for a proposal: met at the Autumn Expo");
  await t("stage-save").click();
  await waitForText(page, "contact-stage", "Sales ready");
  await screenshot(page, "trade-show-2-handed-over");
  await logOut(page);

  // 4. Riley opens a deal and prices twenty seats at 80.00: 20 % off, over the 10 % limit.
  await logInAs(page, web.url, repEmail, PASSWORD);
  await page.goto(`${web.url}/contacts/${carl}`);
  await t("open-deal").click();
  await t("new-deal-name").fill("Analytics for Carl's team");
  await t("create-deal").click();
  await page.waitForURL("**/deals/**");
  const dealId = page.url().split("/deals/")[1]!;
  await t("add-line").click();
  await t("line-quantity").first().fill("20");
  await t("line-unit-price").first().fill("80");
  await t("save-lines").click();
  await waitForText(page, "policy-status", "Needs approval");

  // 5. A draft proposal cannot be sent before the approval.
  await t("new-proposal").click();
  await t("proposal-terms").fill("Annual subscription, invoiced yearly in advance. Net 30.");
  await screenshot(page, "trade-show-3-new-proposal", { fullPage: false });
  await t("proposal-create").click();
  const card = t("proposal-card").first();
  await card.getByTestId("proposal-needs-approval").waitFor();
  assert.equal(await card.getByTestId("proposal-send").isDisabled(), true);
  await screenshot(page, "trade-show-4-draft-needs-approval");
  await t("approval-comment").fill("Matching their budget for a three-year term");
  await t("request-approval").click();
  await t("approval-pending").waitFor();
  await logOut(page);

  // 6. Marketing approves the discount.
  await logInAs(page, web.url, marketerEmail, PASSWORD);
  await page.goto(`${web.url}/approvals`);
  const approval = page.locator(`[data-testid="approval-card"][data-deal-id="${dealId}"]`);
  await approval.getByTestId("approve").click();
  await approval.waitFor({ state: "detached" });
  // Marketing reads the deal's proposals but is offered no button it may not use.
  await page.goto(`${web.url}/deals/${dealId}`);
  await t("proposal-card").first().waitFor();
  for (const id of ["new-proposal", "proposal-send", "proposal-withdraw"]) {
    assert.equal(await t(id).count(), 0, `no ${id} for marketing`);
  }
  await logOut(page);

  // 7. Riley sends the draft; the link for Carl appears to copy.
  await logInAs(page, web.url, repEmail, PASSWORD);
  await page.goto(`${web.url}/deals/${dealId}`);
  await waitForText(page, "proposal-status", "Draft");
  assert.equal(await t("proposal-needs-approval").count(), 0);
  await t("proposal-send").click();
  await waitForText(page, "proposal-status", "Sent");
  const link = await t("proposal-link").inputValue();
  assert.ok(link.startsWith(`${TEST_PUBLIC_URL}/p/`), link);
  await screenshot(page, "trade-show-5-proposal-sent");

  // 8. Carl, with no account, opens the link, reads the offer and accepts it.
  const prospect = await browser.newContext({ viewport: { width: 1000, height: 1100 }, locale: "en-US" });
  const carlsPage = await prospect.newPage();
  await carlsPage.goto(link.replace(TEST_PUBLIC_URL, web.url));
  await carlsPage.getByRole("heading", { name: "Analytics for Carl's team" }).waitFor();
  const offer = (await carlsPage.textContent("body")) ?? "";
  for (const expected of [
    "Carl Nyström",
    "Riley Rep",
    "$80.00",
    "20 %",
    "$1,600.00",
    "Discounts",
    "− $400.00",
  ]) {
    assert.ok(offer.includes(expected), `the offer shows "${expected}"`);
  }
  await screenshot(carlsPage, "trade-show-6-prospect-reads-offer");
  // A blank name is refused in the page's words, next to the field.
  await carlsPage.getByLabel("Your full name").fill("  ");
  await carlsPage.getByRole("button", { name: "Accept" }).click();
  await carlsPage.locator("#name-error").getByText("Type your full name").waitFor();
  await carlsPage.getByLabel("Your full name").fill("Carl Nyström");
  await carlsPage.getByRole("button", { name: "Accept" }).click();
  await carlsPage.getByText("Thank you: the offer is accepted.").waitFor();
  await carlsPage.getByText(/Accepted by Carl Nyström on/).waitFor();
  await screenshot(carlsPage, "trade-show-7-prospect-accepted");
  await prospect.close();

  // 9. The deal is in contract; the rep sees who accepted, and the timeline has both touches.
  await page.reload();
  await waitForText(page, "proposal-status", "Accepted");
  await t("proposal-accepted")
    .getByText(/Accepted by Carl Nyström/)
    .waitFor();
  await screenshot(page, "trade-show-8-deal-in-contract");
  const deal = (await api.call("GET", `/api/v1/deals/${dealId}`)).body;
  assert.equal(deal.stage, "contract");
  assert.equal(deal.outcome, "open");
  const kinds = (await api.call("GET", `/api/v1/contacts/${carl}/timeline`)).body.data.map(
    (row: { kind: string }) => row.kind,
  );
  assert.ok(kinds.includes("proposal") && kinds.includes("contract"), kinds.join(", "));

  // 10. Across deals: the rep's open offers are none now; the accepted one is listed with its views.
  await goViaHeader(page, "Proposals");
  await t("proposals-table")
    .waitFor({ state: "detached" })
    .catch(() => undefined);
  await page.getByText("Nothing here.").waitFor();
  await t("proposals-filter").getByText("Accepted").click();
  const row = t("proposal-row").filter({ hasText: "Analytics for Carl's team" });
  await row.waitFor();
  assert.match((await row.textContent()) ?? "", /Accepted.*\$1,600\.00.*Once, last/);
  await screenshot(page, "trade-show-9-proposals-list");
});
