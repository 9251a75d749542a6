// The foundation's user journey in Chromium: log in, go to the board (one click from the home),
// its counts equal the API's, the cold column by engagement, customers and disqualified left out
// unless asked for, a card's source program, open a contact and read its explanation, change a
// weight and see the board change.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { defaultScoringSettings } from "../../src/domain/scoring-defaults.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import {
  goViaHeader,
  launchBrowser,
  SCREENSHOTS,
  screenshot,
  startWebServer,
  waitForText,
} from "./browser.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
const PASSWORD = "board-test-password";
let email: string;
/** Every touch recorded, to sum each contact's engagement here from the definition (product.md §3). */
const items: { email: string; kind: string; occurredAt: string; programId?: string }[] = [];

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
  // Engagement at zero (never touched, or only sent an email) and below it (unsubscribed).
  items.push({
    email: "sent@board.example",
    kind: "email_sent",
    occurredAt: new Date(now - 3_600_000).toISOString(),
  });
  items.push({
    email: "gone@board.example",
    kind: "unsubscribe",
    occurredAt: new Date(now - 86_400_000).toISOString(),
  });
  const res = await api.call("POST", "/api/v1/touchpoints/batch", { items });
  assert.equal(res.body.errors, 0);
  for (const untouched of ["never1@board.example", "never2@board.example"])
    assert.equal((await api.call("POST", "/api/v1/contacts", { email: untouched })).status, 201);
  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

// The board's default: customers and disqualified contacts left out.
const apiCounts = async (query = "closed=exclude") =>
  (await api.call("GET", `/api/v1/contacts/temperature-counts?${query}`)).body;
const t = (id: string) => page.getByTestId(id);
const cardIds = (column: string) =>
  t(`column-${column}`)
    .getByTestId("contact-card")
    .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-contact-id")!));

/** E now, summed here from the touches recorded, with the default weights and half-life. */
function expectedScore(contactEmail: string, at: number): number {
  const { weights, halfLifeMs } = defaultScoringSettings();
  return items
    .filter((i) => i.email === contactEmail && Date.parse(i.occurredAt) <= at)
    .reduce((e, i) => e + (weights[i.kind] ?? 0) * 2 ** (-(at - Date.parse(i.occurredAt)) / halfLifeMs), 0);
}

async function emailsById(): Promise<Map<string, string>> {
  const all = (await api.call("GET", "/api/v1/contacts?limit=200")).body.data as {
    id: string;
    email: string;
  }[];
  return new Map(all.map((c) => [c.id, c.email]));
}

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

test("the cold column is ordered by engagement, highest first, unsubscribed last", async () => {
  await t("column-cold").getByTestId("contact-card").first().waitFor();
  const emails = await emailsById();
  const ids = await cardIds("cold");
  const counts = await apiCounts();
  assert.equal(ids.length, counts.cold, "every cold contact on the first page");
  const now = Date.now();
  const scores = ids.map((id) => expectedScore(emails.get(id)!, now));
  for (let i = 1; i < scores.length; i++)
    assert.ok(
      scores[i]! <= scores[i - 1]! + 1e-9,
      `cold order: ${scores.map((e) => e.toFixed(3)).join(", ")}`,
    );
  assert.ok(scores[0]! > 0 && scores.at(-1)! < 0, "from the most engaged down to the unsubscribed");
  assert.ok(scores.includes(0), "the never touched in between");
  await screenshot(page, "1b-cold-by-engagement");
});

test("customers and disqualified contacts are left out of the columns unless asked for", async () => {
  const emails = await emailsById();
  const idOf = (e: string) => [...emails].find(([, address]) => address === e)![0];
  const moves = [
    [idOf("p10@board.example"), "customer"], // hot: a meeting, a presentation, four page views
    [idOf("p3@board.example"), "disqualified"], // cold: three page views
  ] as const;
  for (const [id, stage] of moves) {
    const res = await api.call("PATCH", `/api/v1/contacts/${id}`, { stage, stageReason: "board test" });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
  await page.reload();
  const open = await apiCounts();
  const all = await apiCounts("closed=include");
  assert.deepEqual([all.hot - open.hot, all.cold - open.cold, all.total - open.total], [1, 1, 2]);
  for (const temp of ["cold", "warm", "hot"] as const) {
    await waitForText(page, `count-${temp}`, String(open[temp]));
    await page.waitForFunction(
      ([column, n]) =>
        document.querySelectorAll(`[data-testid="column-${column}"] [data-testid="contact-card"]`).length ===
        n,
      [temp, open[temp]] as const,
    );
  }
  for (const [id] of moves) assert.equal(await page.locator(`[data-contact-id="${id}"]`).count(), 0);
  assert.equal(await t("filter-closed").isChecked(), false);
  await screenshot(page, "1c-board-without-customers", { fullPage: false });

  // Asked for: every contact, the counts of the whole workspace; the stage filter decides alone.
  // The switch follows the address, so it turns once the address has changed.
  const closedSwitch = t("filter-closed");
  await closedSwitch.click();
  await page.waitForURL((url) => url.searchParams.get("closed") === "include");
  for (const temp of ["cold", "warm", "hot"] as const)
    await waitForText(page, `count-${temp}`, String(all[temp]));
  await page.locator(`[data-testid="column-hot"] [data-contact-id="${moves[0][0]}"]`).waitFor();
  await screenshot(page, "1d-board-with-customers", { fullPage: false });
  const customerCard = page.locator(`[data-testid="column-hot"] [data-contact-id="${moves[0][0]}"]`);
  await closedSwitch.click();
  await page.waitForURL((url) => !url.searchParams.has("closed"));
  await customerCard.waitFor({ state: "detached" });
  await t("filter-stage").selectOption("customer");
  await page.waitForURL((url) => url.searchParams.get("stage") === "customer");
  // The hot column's cards arrive after its count: wait for the customer's alone, then read them.
  await customerCard.waitFor();
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="column-hot"] [data-testid="contact-card"]').length === 1,
  );
  assert.deepEqual(await cardIds("hot"), [moves[0][0]]);
  await waitForText(page, "count-hot", "1");
  assert.equal(await t("filter-closed").isChecked(), true, "a picked stage shows what the switch would");
  await t("filter-stage").selectOption("");
  for (const temp of ["cold", "warm", "hot"] as const)
    await waitForText(page, `count-${temp}`, String(open[temp]));
});

test("a card names the program that made the contact a lead, beside its touches", async () => {
  const program = await api.call("POST", "/api/v1/programs", {
    name: "Spring webinar",
    channel: "content",
    currency: "USD",
  });
  assert.equal(program.status, 201, JSON.stringify(program.body));
  const touch = {
    email: "webinar@board.example",
    kind: "webinar",
    occurredAt: new Date().toISOString(),
    programId: program.body.id,
  };
  items.push(touch);
  assert.equal((await api.call("POST", "/api/v1/touchpoints/batch", { items: [touch] })).body.errors, 0);
  await page.reload();
  const card = t("column-warm").getByTestId("contact-card").filter({ hasText: "webinar@board.example" });
  await card.getByTestId("card-source").waitFor();
  assert.equal(await card.getByTestId("card-touches").textContent(), "1 touch");
  assert.equal(await card.getByTestId("card-source").textContent(), " · Source: Spring webinar");
  // Contacts no program made a lead (page views only) show their touches alone.
  const plain = t("column-cold").getByTestId("contact-card").first();
  assert.equal(await plain.getByTestId("card-source").count(), 0);
  await card.screenshot({ path: path.join(SCREENSHOTS, "1e-card-source-program.png") });
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
  // The timeline loads on its own request: wait for its last row, then check there is no other.
  await t("timeline-row")
    .nth(score.contributions.length - 1)
    .waitFor();
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
