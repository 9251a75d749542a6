// The foundation's user journey in Chromium: log in, go to the board (one click from the home),
// its counts equal the API's, open a contact and read its explanation, change a weight and see
// the board change.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { setupApi, type TestApi } from "../support/api.ts";
import { goViaHeader, launchBrowser, screenshot, startWebServer, waitForText } from "./browser.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
const PASSWORD = "board-test-password";
let email: string;

before(async () => {
  api = await setupApi();
  const { createUser } = await import("../../src/services/users/create-user.ts");
  email = `board-${api.slug}@example.com`;
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email,
    name: "Bea Board",
    role: "marketing",
    password: PASSWORD,
  });
  // 40 contacts with 0–5 page views in the last days, and a few with strong recent touches.
  const now = Date.now();
  const items = [];
  for (let c = 0; c < 40; c++) {
    for (let i = 0; i < c % 6; i++) {
      items.push({
        email: `p${c}@board.example`,
        kind: "page_view",
        occurredAt: new Date(now - (i + 1) * 3_600_000).toISOString(),
      });
    }
    if (c % 10 === 0)
      items.push({
        email: `p${c}@board.example`,
        kind: "meeting",
        occurredAt: new Date(now - 7_200_000).toISOString(),
      });
    if (c % 10 === 0)
      items.push({
        email: `p${c}@board.example`,
        kind: "presentation",
        occurredAt: new Date(now - 3_600_000).toISOString(),
      });
    if (c % 4 === 1)
      items.push({
        email: `p${c}@board.example`,
        kind: "form_submit",
        occurredAt: new Date(now - 86_400_000).toISOString(),
      });
  }
  const res = await api.call("POST", "/api/v1/touchpoints/batch", { items });
  assert.equal(res.body.errors, 0);
  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const apiCounts = async () => (await api.call("GET", "/api/v1/contacts/temperature-counts")).body;
const t = (id: string) => page.getByTestId(id);

test("log in and see the lead board with the API's counts", async () => {
  await page.goto(`${web.url}/`);
  await page.waitForURL("**/login");
  await t("login-email").fill(email);
  await t("login-password").fill("wrong password");
  await t("login-submit").click();
  await page.getByText("Wrong email or password.").waitFor();
  await t("login-password").fill(PASSWORD);
  await t("login-submit").click();
  // Staff land on their home; the board is one click away.
  await page.waitForURL((u) => u.pathname === "/");
  await t("home-marketing").waitFor();
  await page.getByRole("link", { name: "Board", exact: true }).click();
  await page.waitForURL("**/board");
  const counts = await apiCounts();
  assert.ok(counts.hot > 0 && counts.warm > 0 && counts.cold > 0, JSON.stringify(counts));
  for (const temp of ["cold", "warm", "hot"] as const)
    await waitForText(page, `count-${temp}`, String(counts[temp]));
  // Counts and cards come from two requests: wait for the cards too.
  await t("column-hot")
    .getByTestId("contact-card")
    .nth(counts.hot - 1)
    .waitFor();
  assert.equal(await t("column-hot").getByTestId("contact-card").count(), counts.hot);
  await screenshot(page, "1-lead-board");
});

test("open a hot contact and read its score explanation", async () => {
  const card = t("column-hot").getByTestId("contact-card").first();
  const id = await card.getAttribute("data-contact-id");
  await card.click();
  await page.waitForURL(`**/contacts/${id}`);
  await t("explanation-row").first().waitFor();
  const score = (await api.call("GET", `/api/v1/contacts/${id}/score`)).body;
  assert.equal(await t("contact-temperature").textContent(), "hot");
  assert.equal(await t("explanation-row").count(), score.contributions.length);
  const shown = Number(await t("score-value").textContent());
  assert.ok(Math.abs(shown - score.value) < 0.05, `${shown} vs ${score.value}`);
  assert.equal(await t("timeline-row").count(), score.contributions.length);
  await screenshot(page, "2-contact-explanation");
});

test("change a weight in settings and see the board change", async () => {
  const before = await apiCounts();
  await goViaHeader(page, "Settings");
  await page.waitForURL("**/settings/scoring");
  await t("weight-page_view").fill("12");
  await screenshot(page, "3-scoring-settings");
  await t("save-scoring").click();
  await page.getByText(/Rescored \d+ contacts/).waitFor();
  const after = await apiCounts();
  assert.ok(after.hot > before.hot, `hot ${before.hot} → ${after.hot}`);
  await page.getByRole("link", { name: "Board", exact: true }).click();
  await page.waitForURL("**/board");
  for (const temp of ["cold", "warm", "hot"] as const)
    await waitForText(page, `count-${temp}`, String(after[temp]));
  await screenshot(page, "4-board-after-weight-change");
});
