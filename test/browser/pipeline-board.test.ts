// The pipeline board in Chromium: a sales rep logs in, sees the API's stage counts, drags a deal
// to another stage, and loses one through the keyboard-accessible "Move to…" menu.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import { type Caller, setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, screenshot, startWebServer, waitForText } from "./browser.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let rep: Caller;
const PASSWORD = "pipeline-test-password";
let email: string;
const dealIds: string[] = [];

before(async () => {
  api = await setupApi();
  const { createUser } = await import("../../src/services/users/create-user.ts");
  const { createApiKey } = await import("../../src/services/auth/api-keys.ts");
  email = `pipeline-${api.slug}@example.com`;
  const { id: userId } = await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email,
    name: "Sam Sales",
    role: "sales",
    password: PASSWORD,
  });
  const { key } = await createApiKey(api.deps, { workspaceId: api.workspaceId, userId, name: "test" });
  rep = api.callerFor(key);

  const contact = await rep("POST", "/api/v1/contacts", {
    email: `buyer-${api.slug}@example.com`,
    firstName: "Bea",
    lastName: "Buyer",
  });
  assert.equal(contact.status, 201, JSON.stringify(contact.body));
  for (const [name, amountMinor] of [
    ["Annual licence", 1_200_000],
    ["Onboarding package", 350_000],
    ["Support upgrade", 99_950],
  ] as const) {
    const deal = await rep("POST", "/api/v1/deals", {
      name,
      contactId: contact.body.id,
      amountMinor,
      currency: "EUR",
    });
    assert.equal(deal.status, 201, JSON.stringify(deal.body));
    assert.equal(deal.body.stage, "qualify");
    dealIds.push(deal.body.id);
  }

  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);
const apiBoard = async () => {
  const res = await rep("GET", "/api/v1/pipelines/board");
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return Object.fromEntries(
    (res.body.stages as { key: string; count: number }[]).map((s) => [s.key, s.count]),
  ) as Record<string, number>;
};
const apiDeal = async (id: string) => (await rep("GET", `/api/v1/deals/${id}`)).body;
const card = (id: string) => page.locator(`[data-testid="deal-card"][data-deal-id="${id}"]`);

/** A real pointer drag (dnd-kit listens to pointer events, so Playwright's dragTo is not enough). */
async function drag(source: Locator, target: Locator) {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  assert.ok(from && to, "source and target are visible");
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 15 });
  await page.mouse.up();
}

test("log in as a rep and see the pipeline with the API's counts", async () => {
  await page.goto(`${web.url}/`);
  await page.waitForURL("**/login");
  await t("login-email").fill(email);
  await t("login-password").fill(PASSWORD);
  await t("login-submit").click();
  await page.waitForURL((u) => u.pathname === "/");
  await page.getByRole("link", { name: "Pipeline" }).click();
  await page.waitForURL("**/pipeline");
  const counts = await apiBoard();
  assert.equal(counts.qualify, 3);
  await waitForText(page, "pipeline-count-qualify", String(counts.qualify));
  await waitForText(page, "pipeline-count-present", "0");
  // Counts come from the board endpoint, cards from the deals list: wait for the cards too.
  await t("pipeline-column-qualify").getByTestId("deal-card").nth(2).waitFor();
  assert.equal(await t("pipeline-column-qualify").getByTestId("deal-card").count(), 3);
  const forecast = await t("weighted-forecast").textContent();
  assert.match(forecast ?? "", /€|EUR/);
  await screenshot(page, "pipeline-1-board");
});

test("drag a deal to Present", async () => {
  const id = dealIds[0]!;
  await drag(card(id), t("pipeline-column-present"));
  await waitForText(page, "pipeline-count-present", "1");
  await waitForText(page, "pipeline-count-qualify", "2");
  assert.equal(await t("pipeline-column-present").locator(`[data-deal-id="${id}"]`).count(), 1);
  assert.equal((await apiDeal(id)).stage, "present");
  const counts = await apiBoard();
  assert.equal(counts.present, 1);
  assert.equal(counts.qualify, 2);
  await screenshot(page, "pipeline-2-after-drag");
});

test("lose a deal through the Move to… menu and a loss reason", async () => {
  const id = dealIds[1]!;
  await card(id).getByTestId("deal-move-menu").click();
  await t("move-to-lost").click();
  await t("loss-reason-select").waitFor();
  assert.equal(await t("loss-confirm").isDisabled(), true);
  await t("loss-reason-select").selectOption({ label: "Chose a competitor" });
  await t("loss-note").fill("Went with the incumbent.");
  await screenshot(page, "pipeline-3-loss-modal");
  await t("loss-confirm").click();
  await waitForText(page, "pipeline-count-lost", "1");
  await waitForText(page, "pipeline-count-qualify", "1");
  const deal = await apiDeal(id);
  assert.equal(deal.outcome, "lost");
  assert.equal(deal.stage, "lost");
  assert.equal(deal.lossReason, "Chose a competitor");
  await screenshot(page, "pipeline-4-after-loss");
});

test("moving a lost deal back asks to reopen it", async () => {
  const id = dealIds[1]!;
  await card(id).getByTestId("deal-move-menu").click();
  await t("move-to-qualify").click();
  await t("reopen-confirm").click();
  await waitForText(page, "pipeline-count-lost", "0");
  await waitForText(page, "pipeline-count-qualify", "2");
  const deal = await apiDeal(id);
  assert.equal(deal.outcome, "open");
  assert.equal(deal.stage, "qualify");
});

test("a move the server refuses is reverted and explained", async () => {
  // The server's refusals are covered by the API tests; here the screen's handling of one is.
  // The refusal is injected so the page cannot learn of it early by refetching (no race).
  const id = dealIds[2]!;
  const before = (await apiDeal(id)).stage as string;
  await page.route("**/api/v1/deals/*/move", (route) =>
    route.fulfill({
      status: 409,
      contentType: "application/json",
      body: JSON.stringify({
        error: { code: "conflict", message: "The deal changed meanwhile.", details: null },
      }),
    }),
  );
  try {
    await card(id).getByTestId("deal-move-menu").click();
    await t("move-to-present").click();
    await page.getByText("Could not move “Support upgrade”").waitFor();
    await page.getByText("The deal changed meanwhile.").waitFor();
    await screenshot(page, "pipeline-5-refused-move");
    // The card is back where the server says it is.
    await t(`pipeline-column-${before}`).locator(`[data-deal-id="${id}"]`).waitFor();
    assert.equal((await apiDeal(id)).stage, before);
  } finally {
    await page.unroute("**/api/v1/deals/*/move");
  }
});
