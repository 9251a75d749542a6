// Partners in Chromium: a reseller's user sees only what its organisation registered — its own deal
// on the pipeline, its own contact on the board, "not found" for the workspace's own records, and no
// staff navigation. Then an admin sets the discount policy and a partner's price book on
// /settings/pricing, and the API reads back exactly what was typed. Screenshots go to
// test-results/screenshots/partners-*.png.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { createApiKey } from "../../src/services/auth/api-keys.ts";
import { createUser } from "../../src/services/users/create-user.ts";
import { users } from "../../src/store/schema/index.ts";
import { type Caller, setupApi, type TestApi } from "../support/api.ts";
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
let partner: Caller;
const PASSWORD = "partner-test-password";
let partnerEmail: string;
let adminEmail: string;
let adminId: string;
let salesEmail: string;
let partnerId: string;
const staff = { contactId: "", dealId: "", email: "" };
const own = { contactId: "", dealId: "" };

before(async () => {
  api = await setupApi();
  partnerEmail = `pat-${api.slug}@example.com`;
  adminEmail = `ada-${api.slug}@example.com`;
  salesEmail = `sam-${api.slug}@example.com`;
  const org = await api.call("POST", "/api/v1/partners", { name: "Brightpath Resellers", kind: "reseller" });
  assert.equal(org.status, 201, JSON.stringify(org.body));
  partnerId = org.body.id;
  const pat = await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: partnerEmail,
    name: "Pat Partner",
    role: "partner",
    password: PASSWORD,
    partnerId,
  });
  partner = api.callerFor(
    (await createApiKey(api.deps, { workspaceId: api.workspaceId, userId: pat.id, name: "t" })).key,
  );
  adminId = (
    await createUser(api.deps, {
      workspaceId: api.workspaceId,
      email: adminEmail,
      name: "Ada Admin",
      role: "admin",
      password: PASSWORD,
    })
  ).id;
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: salesEmail,
    name: "Sam Sales",
    role: "sales",
    password: PASSWORD,
  });

  // The workspace's own contact and deal.
  staff.email = `stella-${api.slug}@example.com`;
  const contact = await api.call("POST", "/api/v1/contacts", {
    email: staff.email,
    firstName: "Stella",
    lastName: "Staffcustomer",
  });
  assert.equal(contact.status, 201, JSON.stringify(contact.body));
  staff.contactId = contact.body.id;
  const deal = await api.call("POST", "/api/v1/deals", {
    name: "Direct enterprise renewal",
    contactId: staff.contactId,
    amountMinor: 5_000_000,
    currency: "USD",
  });
  assert.equal(deal.status, 201, JSON.stringify(deal.body));
  staff.dealId = deal.body.id;

  // The partner registers its own lead and deal with its API key.
  const lead = await partner("POST", "/api/v1/contacts", {
    email: `paula-${api.slug}@example.com`,
    firstName: "Paula",
    lastName: "Partnerlead",
  });
  assert.equal(lead.status, 201, JSON.stringify(lead.body));
  assert.equal(lead.body.partnerId, partnerId);
  own.contactId = lead.body.id;
  const registered = await partner("POST", "/api/v1/deals", {
    name: "Brightpath registered deal",
    contactId: own.contactId,
    amountMinor: 120_000,
    currency: "USD",
  });
  assert.equal(registered.status, 201, JSON.stringify(registered.body));
  own.dealId = registered.body.id;

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

/** The header's navigation links, as paths. */
async function navLinks(): Promise<string[]> {
  const links = page.locator("header nav a");
  await links.first().waitFor();
  return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test("a partner user sees only its own deal and contact, and nothing of the workspace's", async () => {
  await logIn(partnerEmail);
  assert.deepEqual(await navLinks(), ["/", "/pipeline"]);
  assert.equal(await page.locator("header").getByText("Settings").count(), 0);
  assert.equal(await t("nav-more").count(), 0);

  // The pipeline: its own deal only.
  await page.goto(`${web.url}/pipeline`);
  await page.locator(`[data-testid="deal-card"][data-deal-id="${own.dealId}"]`).waitFor();
  await screenshot(page, "partners-01-pipeline");
  assert.deepEqual(
    await t("deal-card").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-deal-id"))),
    [own.dealId],
  );
  assert.equal(await page.getByText("Direct enterprise renewal").count(), 0);

  // The board: its own contact only.
  await page.goto(`${web.url}/`);
  await page.locator(`[data-testid="contact-card"][data-contact-id="${own.contactId}"]`).waitFor();
  await screenshot(page, "partners-02-board");
  assert.deepEqual(
    await t("contact-card").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-contact-id"))),
    [own.contactId],
  );
  assert.equal(await page.getByText("Staffcustomer").count(), 0);
  // The workspace's programs and owners are not the partner's to filter by.
  assert.equal(await t("filter-owner").count(), 0);
  assert.equal(await t("filter-program").count(), 0);

  // The workspace's deal by its address: not found, and nothing of it shown.
  await page.goto(`${web.url}/deals/${staff.dealId}`);
  await t("deal-not-found").getByText("Deal not found").waitFor();
  await screenshot(page, "partners-03-staff-deal-not-found");
  assert.equal(await page.getByText("Direct enterprise renewal").count(), 0);
  assert.equal(await page.getByText("50,000").count(), 0);

  // The workspace's contact by its address: an error, and none of the contact's data.
  await page.goto(`${web.url}/contacts/${staff.contactId}`);
  const alert = page.getByRole("alert").filter({ hasText: "Could not load the contact" });
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? "", /was not found/);
  await screenshot(page, "partners-04-staff-contact-hidden");
  const body = (await page.locator("body").textContent()) ?? "";
  for (const secret of ["Stella", "Staffcustomer", staff.email])
    assert.ok(!body.includes(secret), `the page shows ${secret}`);

  // Its own deal opens.
  await page.goto(`${web.url}/deals/${own.dealId}`);
  await t("deal-page").getByText("Brightpath registered deal").first().waitFor();

  // Settings and the staff's screens are not in the navigation, and their addresses say plainly
  // that they are not for partners — no settings tab bar, nothing of the staff's.
  for (const path of ["/settings/pricing", "/settings/partners", "/reports", "/my-day", "/approvals"]) {
    await page.goto(`${web.url}${path}`);
    await t("not-for-partners").getByText("Not available to partners").waitFor();
    assert.equal(await page.getByRole("link", { name: "Scoring" }).count(), 0, `${path} shows settings tabs`);
  }
  await screenshot(page, "partners-03b-staff-url");
  assert.equal(await page.getByText("Brightpath Resellers").count(), 0);
  await logOut();
});

test("an admin sets the discount policy and prices a partner's book on /settings/pricing", async () => {
  await logIn(adminEmail);
  // Staff find Settings under the header's "More" (a partner's header has no More).
  await t("nav-more").click();
  await page.getByRole("menuitem", { name: "Settings" }).waitFor();
  await page.keyboard.press("Escape");
  await page.goto(`${web.url}/settings/pricing`);
  await t("pricing-settings").waitFor();

  // A product, through the dialog.
  await t("product-new").click();
  await t("product-form-sku").fill("SEAT-PRO");
  await t("product-form-name").fill("Pro seat");
  await t("product-form-save").click();
  await t("product-row").filter({ hasText: "SEAT-PRO" }).waitFor();
  const products = await api.call("GET", "/api/v1/products");
  assert.equal(products.body.data.length, 1);
  const productId: string = products.body.data[0].id;
  assert.equal(products.body.data[0].name, "Pro seat");
  assert.equal(products.body.data[0].active, true);

  // The discount policy: sales up to 15 %, the reseller channel up to 12.5 %, give-aways allowed.
  await t("policy-role-sales").fill("15");
  await t("policy-channel-reseller").fill("12.5");
  await t("policy-giveaways").check();
  await screenshot(page, "partners-05-policy-typed");
  await t("policy-save").click();
  await page.getByText("Discount policy saved").waitFor();
  const policy = await api.call("GET", "/api/v1/discount-policy");
  assert.equal(policy.status, 200);
  assert.equal(policy.body.defaultMaxDiscountBp, 1000); // untouched: the default policy's 10 %
  assert.deepEqual(policy.body.maxDiscountBpByRole, { sales: 1500 });
  assert.deepEqual(policy.body.maxDiscountBpByChannel, { reseller: 1250 });
  assert.equal(policy.body.giveawaysAllowed, true);
  assert.equal(policy.body.updatedBy, adminId);

  // A reseller book of Brightpath's own, in euros; then its price.
  await t("price-book-new").click();
  await t("new-book-name").fill("Brightpath net EUR");
  await page.getByRole("dialog").getByText("Reseller", { exact: true }).click();
  await t("new-book-currency").fill("eur");
  await t("new-book-partner").selectOption({ label: "Brightpath Resellers (Reseller)" });
  await t("new-book-save").click();
  const editor = t("price-book-editor");
  await editor.waitFor();
  await waitForText(page, "price-book-partner", "Brightpath Resellers");
  const row = editor.locator(`[data-testid="price-row"][data-product-id="${productId}"]`);
  await row.getByTestId("price-input").fill("49.50");
  await t("price-book-save").click();
  await waitForText(page, "price-book-count", "1 of 1 products priced");
  await row.getByTestId("price-stored").getByText("€49.50").waitFor();
  assert.equal(await row.getByTestId("price-input").inputValue(), "49.50");
  await screenshot(page, "partners-06-price-book-saved");

  const books = await api.call("GET", "/api/v1/price-books");
  assert.equal(books.body.data.length, 1);
  const book = await api.call("GET", `/api/v1/price-books/${books.body.data[0].id}`);
  assert.equal(book.body.name, "Brightpath net EUR");
  assert.equal(book.body.channel, "reseller");
  assert.equal(book.body.currency, "EUR");
  assert.equal(book.body.partnerId, partnerId);
  assert.deepEqual(
    book.body.entries.map((e: { productId: string; unitPriceMinor: number }) => [
      e.productId,
      e.unitPriceMinor,
    ]),
    [[productId, 4950]],
  );
  // The list groups it under its channel, naming the partner.
  const listed = t("price-book-group-reseller").getByTestId("price-book-item");
  assert.match((await listed.textContent()) ?? "", /Brightpath net EUR.*EUR · Brightpath Resellers/);
  // And the partner can price from it.
  const visible = await partner("GET", "/api/v1/price-books");
  assert.deepEqual(
    visible.body.data.map((b: { id: string }) => b.id),
    [book.body.id],
  );

  // Blanking the price takes the product out of the book.
  await row.getByTestId("price-input").fill("");
  await t("price-book-save").click();
  await waitForText(page, "price-book-count", "0 of 1 products priced");
  await row.getByTestId("price-stored").getByText("—").waitFor();
  assert.deepEqual((await api.call("GET", `/api/v1/price-books/${book.body.id}`)).body.entries, []);

  // A refused save shows the server's reason: the admin was made a sales rep meanwhile.
  await api.deps.db.update(users).set({ role: "sales" }).where(eq(users.id, adminId));
  await t("policy-role-sales").fill("40");
  await t("policy-save").click();
  const refused = page.getByRole("alert").filter({ hasText: "Discount policy not saved" });
  await refused.waitFor();
  assert.match((await refused.textContent()) ?? "", /Your role \(sales\) may not set the discount policy/);
  await screenshot(page, "partners-07-policy-refused");
  assert.deepEqual((await api.call("GET", "/api/v1/discount-policy")).body.maxDiscountBpByRole, {
    sales: 1500,
  });
  await api.deps.db.update(users).set({ role: "admin" }).where(eq(users.id, adminId));
  await logOut();
});

test("a sales rep reads the pricing settings but cannot change them", async () => {
  await logIn(salesEmail);
  await page.goto(`${web.url}/settings/pricing`);
  await t("pricing-read-only").waitFor();
  await t("product-row").filter({ hasText: "SEAT-PRO" }).waitFor();
  await t("price-book-editor").waitFor();
  const salesLimit = t("policy-role-sales");
  await page.waitForFunction(
    () =>
      (document.querySelector('[data-testid="policy-role-sales"]') as HTMLInputElement | null)?.value ===
      "15 %",
  );
  assert.equal(await salesLimit.isDisabled(), true);
  assert.equal(await t("price-input").first().isDisabled(), true);
  for (const id of ["policy-save", "price-book-save", "price-book-new", "product-new", "product-edit"])
    assert.equal(await t(id).count(), 0, id);
  await screenshot(page, "partners-08-sales-read-only");

  await page.goto(`${web.url}/settings/partners`);
  await t("partner-row").filter({ hasText: "Brightpath Resellers" }).waitFor();
  await t("partners-read-only").waitFor();
  assert.equal(await t("partner-new").count(), 0);
  await logOut();
});

test("an admin adds and edits a partner organisation on /settings/partners", async () => {
  await logIn(adminEmail);
  await page.goto(`${web.url}/settings/partners`);
  await t("partner-row").first().waitFor();
  await t("partner-new").click();
  await t("partner-form-name").fill("<b>Linkfarm</b> Affiliates");
  await page.getByRole("dialog").getByText("Affiliate", { exact: true }).click();
  await t("partner-form-website").fill("javascript:alert(1)");
  await t("partner-form-save").click();
  const row = t("partner-row").filter({ hasText: "<b>Linkfarm</b> Affiliates" });
  await row.waitFor();
  // Text stays text: no link for a non-http address, no markup from the name.
  assert.equal(await row.locator("a").count(), 0);
  assert.equal(await row.locator("b").count(), 0);

  await row.getByTestId("partner-edit").click();
  await t("partner-form-website").fill("https://linkfarm.example");
  await t("partner-form-save").click();
  await row.locator('a[href="https://linkfarm.example"]').waitFor();
  await screenshot(page, "partners-09-partners-list");
  const all = (await api.call("GET", "/api/v1/partners")).body.data as {
    name: string;
    kind: string;
    website: string;
  }[];
  const created = all.find((p) => p.name === "<b>Linkfarm</b> Affiliates");
  assert.equal(created?.kind, "affiliate");
  assert.equal(created?.website, "https://linkfarm.example");

  // A duplicate name is refused with the server's message.
  await t("partner-new").click();
  await t("partner-form-name").fill("Brightpath Resellers");
  await t("partner-form-save").click();
  await page.getByRole("dialog").getByText("A partner with this name already exists.").waitFor();
  await screenshot(page, "partners-10-duplicate-refused");
  await page.keyboard.press("Escape");
  await page.getByRole("dialog").waitFor({ state: "detached" });
  await logOut();
});
