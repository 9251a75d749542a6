// Errors in the form's words, next to the field (issue 11, item 8): a negative price on a deal's
// line is refused where it was typed — not clamped to 0 and saved as "within policy" — a quantity
// of 0 likewise, and a pipeline stage without a name says so on its row.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, screenshot, startWebServer } from "./browser.ts";

const PASSWORD = "form-errors-password";
let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let dealId: string;

before(async () => {
  api = await setupApi();
  const { createUser } = await import("../../src/services/users/create-user.ts");
  const { createApiKey } = await import("../../src/services/auth/api-keys.ts");
  const email = `ada-${api.slug}@example.com`;
  const ada = await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email,
    name: "Ada Admin",
    role: "admin",
    password: PASSWORD,
  });
  const asAda = api.callerFor(
    (await createApiKey(api.deps, { workspaceId: api.workspaceId, userId: ada.id, name: "t" })).key,
  );
  const seat = (await asAda("POST", "/api/v1/products", { sku: "SEAT", name: "Seat" })).body.id;
  const book = (
    await asAda("POST", "/api/v1/price-books", {
      name: "Direct",
      channel: "direct",
      currency: "USD",
      entries: [{ productId: seat, unitPriceMinor: 10_000 }],
    })
  ).body.id;
  const contact = await asAda("POST", "/api/v1/contacts", { email: `buyer-${api.slug}@example.com` });
  dealId = (
    await asAda("POST", "/api/v1/deals", {
      name: "Seats",
      contactId: contact.body.id,
      amountMinor: 0,
      currency: "USD",
    })
  ).body.id;
  const priced = await asAda("PUT", `/api/v1/deals/${dealId}/line-items`, {
    priceBookId: book,
    items: [{ productId: seat, quantity: 2 }],
  });
  assert.equal(priced.status, 200, JSON.stringify(priced.body));
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

test("a negative price or a zero quantity is refused next to the field, and nothing is saved", async () => {
  await page.goto(`${web.url}/deals/${dealId}`);
  const price = t("line-unit-price").first();
  await price.waitFor();
  await price.fill("-5");
  await price.blur();
  await page.getByText("A price cannot be negative").waitFor();
  assert.equal(await price.inputValue(), "-5.00", "what was typed stays, not clamped to 0");
  assert.equal(await t("save-lines").isDisabled(), true);
  await t("line-quantity").first().fill("0");
  await t("line-quantity").first().blur();
  await page.getByText("At least 1").waitFor();
  await screenshot(page, "form-errors-1-line-items");
  const stored = (await api.call("GET", `/api/v1/deals/${dealId}`)).body;
  assert.deepEqual(
    stored.lineItems.map((l: { quantity: number; unitPriceMinor: number }) => [l.quantity, l.unitPriceMinor]),
    [[2, 10_000]],
  );

  await price.fill("95");
  await t("line-quantity").first().fill("3");
  await page.getByText("A price cannot be negative").waitFor({ state: "detached" });
  await t("save-lines").click();
  for (let i = 0; i < 50; i++) {
    const items = (await api.call("GET", `/api/v1/deals/${dealId}`)).body.lineItems;
    if (items[0]?.quantity === 3) break;
    await page.waitForTimeout(100);
  }
  const saved = (await api.call("GET", `/api/v1/deals/${dealId}`)).body;
  assert.deepEqual([saved.lineItems[0].quantity, saved.lineItems[0].unitPriceMinor], [3, 9_500]);
});

test("a pipeline stage left without a name says so on its row", async () => {
  await page.goto(`${web.url}/settings/pipelines`);
  const name = t("stage-name-1");
  await name.waitFor();
  await name.fill("");
  await page.getByText("Name this stage").waitFor();
  await screenshot(page, "form-errors-2-stage-name");
});

test("a refused scoring save shows each problem under its input, scrolled into view, and changes nothing", async () => {
  const before = (await api.call("GET", "/api/v1/settings/scoring")).body;
  await page.goto(`${web.url}/settings/scoring`);
  await t("hot-threshold").fill(String(before.warmThreshold - 1));
  await t("weight-contract").fill("5000");
  await t("save-scoring").click();
  await t("scoring-save-error").getByText("Not saved: correct the fields marked in red.").waitFor();
  await page.getByText("Must be greater than the warm threshold").waitFor();
  const weightError = await t("weight-contract").getAttribute("aria-describedby");
  assert.ok(weightError, "the weight names its error");
  assert.match(
    (await page
      .locator(`[id="${weightError!.split(" ").find((id) => id.endsWith("error"))}"]`)
      .textContent()) ?? "",
    /Must be at most 1,000/,
  );
  // The first field it names is on screen, not only the message at the bottom.
  assert.ok(await t("hot-threshold").isVisible());
  const box = await t("hot-threshold").boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 900, `hot threshold in view: ${JSON.stringify(box)}`);
  await screenshot(page, "form-errors-scoring", { fullPage: false });
  assert.deepEqual((await api.call("GET", "/api/v1/settings/scoring")).body, before, "nothing changed");
});
