// The competitors screen in Chromium: an admin writes a battlecard for a new competitor, the deals
// that name it are won, lost or left open through the API, and the table's win/loss numbers
// equal the API's. A sales rep then reads the same battlecard without a form.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { type Caller, setupApi, type TestApi } from "../support/api.ts";
import { goViaHeader, launchBrowser, screenshot, startWebServer, waitForText } from "./browser.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let admin: Caller;
const PASSWORD = "competitors-test-password";
let adminEmail: string;
let repEmail: string;
let contactId: string;
let lossReasonId: string;
let incumbentId: string;
const NAME = "Initech Sales Cloud";

before(async () => {
  api = await setupApi();
  const { createUser } = await import("../../src/services/users/create-user.ts");
  const { createApiKey } = await import("../../src/services/auth/api-keys.ts");
  adminEmail = `comp-admin-${api.slug}@example.com`;
  repEmail = `comp-rep-${api.slug}@example.com`;
  const { id: adminId } = await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: adminEmail,
    name: "Ada Admin",
    role: "admin",
    password: PASSWORD,
  });
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: repEmail,
    name: "Sam Sales",
    role: "sales",
    password: PASSWORD,
  });
  admin = api.callerFor(
    (await createApiKey(api.deps, { workspaceId: api.workspaceId, userId: adminId, name: "t" })).key,
  );
  contactId = (await admin("POST", "/api/v1/contacts", { email: `buyer-${api.slug}@example.com` })).body.id;
  lossReasonId = (await admin("GET", "/api/v1/pipelines")).body.lossReasons[0].id;
  // A competitor that already has a record: 1 won, 1 lost.
  incumbentId = (await admin("POST", "/api/v1/competitors", { name: "Globex Legacy" })).body.id;
  await dealsAgainst(incumbentId, ["won", "lost"]);

  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

/** One deal per outcome, each naming the competitor, moved to that outcome. */
async function dealsAgainst(competitorId: string, outcomes: ("won" | "lost" | "open")[]) {
  for (const outcome of outcomes) {
    const deal = await admin("POST", "/api/v1/deals", {
      name: `vs ${competitorId.slice(-4)} ${outcome}`,
      contactId,
      amountMinor: 50_000,
      currency: "EUR",
    });
    assert.equal(deal.status, 201, JSON.stringify(deal.body));
    const put = await admin("PUT", `/api/v1/deals/${deal.body.id}/competitors`, {
      competitorIds: [competitorId],
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    if (outcome !== "open") {
      const body = outcome === "lost" ? { stage: "lost", lossReasonId } : { stage: "won" };
      assert.equal((await admin("POST", `/api/v1/deals/${deal.body.id}/move`, body)).status, 200);
    }
  }
}

const t = (id: string) => page.getByTestId(id);
const row = (id: string) => page.locator(`[data-testid="competitor-row"][data-competitor-id="${id}"]`);

async function rowMatchesApi(id: string) {
  const res = await admin("GET", `/api/v1/competitors/${id}`);
  assert.equal(res.status, 200);
  const r = row(id);
  await r.waitFor();
  // The table refetches after changes: wait for the numbers rather than read them once.
  await page.waitForFunction(
    ([rowId, want]) => {
      const el = document.querySelector(`[data-testid="competitor-row"][data-competitor-id="${rowId}"]`);
      const cell = (name: string) => el?.querySelector(`[data-testid="${name}"]`)?.textContent;
      return (
        cell("competitor-wins") === want[0] &&
        cell("competitor-losses") === want[1] &&
        cell("competitor-open") === want[2]
      );
    },
    [id, [String(res.body.wins), String(res.body.losses), String(res.body.open)]] as const,
    { timeout: 15_000 },
  );
  const rate = await r.getByTestId("competitor-win-rate").textContent();
  assert.equal(rate, res.body.winRate === null ? "—" : `${Math.round(res.body.winRate * 100)} %`);
  return res.body;
}

async function logIn(email: string) {
  await page.goto(`${web.url}/login`);
  await t("login-email").fill(email);
  await t("login-password").fill(PASSWORD);
  await t("login-submit").click();
  await page.waitForURL((u) => u.pathname === "/");
}

test("an admin writes a battlecard for a new competitor", async () => {
  await logIn(adminEmail);
  await goViaHeader(page, "Competitors");
  await page.waitForURL("**/competitors");
  const incumbent = await rowMatchesApi(incumbentId);
  assert.deepEqual([incumbent.wins, incumbent.losses, incumbent.open], [1, 1, 0]);
  await waitForText(page, "competitor-win-rate", "50 %");

  await t("competitor-new").click();
  await t("battlecard-name").fill(NAME);
  await t("battlecard-website").fill("https://initech.example.com");
  await t("battlecard-positioning").fill("Cheap CRM for small teams");
  await t("battlecard-strengths").fill("Price\nFree tier");
  // Markup is text to Baton: it must show as typed, never as HTML.
  await t("battlecard-weaknesses").fill("<b>No</b> marketing automation");
  await screenshot(page, "competitors-1-new-battlecard");
  await t("battlecard-save").click();
  await page.getByText(`Saved the battlecard for “${NAME}”`).waitFor();

  const list = (await admin("GET", "/api/v1/competitors?limit=200")).body.data as {
    id: string;
    name: string;
  }[];
  const created = list.find((c) => c.name === NAME);
  assert.ok(created, "the competitor exists in the API");
  const read = (await admin("GET", `/api/v1/competitors/${created.id}`)).body;
  assert.equal(read.strengths, "Price\nFree tier");
  assert.equal(read.weaknesses, "<b>No</b> marketing automation");
  const fresh = await rowMatchesApi(created.id);
  assert.deepEqual([fresh.wins, fresh.losses, fresh.open, fresh.winRate], [0, 0, 0, null]);
});

test("its win/loss numbers follow the deals that name it", async () => {
  const list = (await admin("GET", "/api/v1/competitors?limit=200")).body.data as {
    id: string;
    name: string;
  }[];
  const id = list.find((c) => c.name === NAME)!.id;
  await dealsAgainst(id, ["won", "won", "lost", "open"]);
  await page.reload();
  const body = await rowMatchesApi(id);
  assert.deepEqual([body.wins, body.losses, body.open], [2, 1, 1]);
  assert.equal(await row(id).getByTestId("competitor-win-rate").textContent(), "67 %");
  await screenshot(page, "competitors-2-table");
});

test("a sales rep reads the battlecard but gets no form", async () => {
  await t("logout").click();
  await page.waitForURL("**/login");
  await logIn(repEmail);
  await page.goto(`${web.url}/competitors`);
  const list = (await admin("GET", "/api/v1/competitors?limit=200")).body.data as {
    id: string;
    name: string;
  }[];
  const id = list.find((c) => c.name === NAME)!.id;
  await row(id).getByTestId("competitor-name").click();
  await t("battlecard-text").waitFor();
  assert.equal(await t("competitor-new").count(), 0);
  assert.equal(await t("battlecard-save").count(), 0);
  assert.equal(await t("battlecard-text-weaknesses").textContent(), "<b>No</b> marketing automation");
  assert.equal(await t("battlecard-text").locator("b").count(), 0);
  await screenshot(page, "competitors-3-rep-reads");
});
