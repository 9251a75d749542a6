// The hand-off report in Chromium: three leads handed to one rep — one called an hour later and
// accepted, one sent back for no budget, one left waiting — read off the page per owner and per
// program, each figure as the API says.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { formatDuration } from "../../web/src/features/reports/report-format.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, screenshot, startWebServer, waitForText } from "./browser.ts";
import { count, percent, reportFor } from "./report-figures.ts";

const HOUR = 3_600_000;
const T0 = Date.now() - 8 * 24 * HOUR;
let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let repId: string;
let fair: string;
const PASSWORD = "handoff-report-password";

before(async () => {
  const clock = { now: T0 };
  api = await setupApi({ now: () => new Date(clock.now) });
  const rep = await api.userWithKey("sales");
  repId = rep.userId;
  const asRep = api.callerFor(rep.key);
  fair = (
    await api.call("POST", "/api/v1/programs", { name: "Fair", channel: "trade_show", currency: "USD" })
  ).body.id;
  const hot = async (name: string) => {
    const at = new Date(clock.now).toISOString();
    const first = await api.call("POST", "/api/v1/touchpoints", {
      email: `${name}-${api.slug}@example.com`,
      kind: "event_attended",
      programId: fair,
      occurredAt: at,
    });
    for (const kind of ["form_submit", "webinar"])
      await api.call("POST", "/api/v1/touchpoints", {
        contactId: first.body.contactId,
        kind,
        occurredAt: at,
      });
    const h = (await api.call("GET", `/api/v1/handoffs?contactId=${first.body.contactId}`)).body.data[0];
    return { contactId: first.body.contactId as string, id: h.id as string };
  };
  const a = await hot("a");
  const b = await hot("b");
  await hot("c");
  clock.now = T0 + HOUR;
  await api.call("POST", "/api/v1/touchpoints", {
    contactId: a.contactId,
    kind: "call",
    userId: rep.userId,
    occurredAt: new Date(clock.now).toISOString(),
  });
  await asRep("POST", `/api/v1/handoffs/${a.id}/accept`, {});
  await asRep("POST", `/api/v1/handoffs/${b.id}/recycle`, { reason: "no_budget" });
  clock.now = Date.now();

  const { createUser } = await import("../../src/services/users/create-user.ts");
  const email = `hr-${api.slug}@example.com`;
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email,
    name: "Mia Marketer",
    role: "marketing",
    password: PASSWORD,
  });
  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "en-US" });
  await logInAs(page, web.url, email, PASSWORD);
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);
const cellOf = async (key: string, column: string) =>
  (
    await page
      .locator(`[data-testid="handoffs-row"][data-key="${key}"]`)
      .getByTestId(`handoffs-${column}`)
      .textContent()
  )?.trim();

test("per owner and per program, the page shows the API's figures", async () => {
  await page.goto(`${web.url}/reports`);
  await t("report-card")
    .filter({ hasText: "How fast sales catches the baton" })
    .getByTestId("report-link")
    .click();
  await page.waitForURL((u) => u.pathname === "/reports/handoffs");
  await t("handoffs-row").first().waitFor();
  const report = await reportFor(api.call, "handoffs", (await t("handoffs-csv").getAttribute("href"))!);
  const row = report.rows.find((r: { key: string }) => r.key === repId);
  // By hand: 3 hand-offs, 1 pending, 1 of 3 within the SLA, 1 accepted and 1 recycled of 2 answered.
  assert.deepEqual([row.handoffs, row.pending, row.accepted, row.recycled], [3, 1, 1, 1]);
  assert.equal(await cellOf(repId, "handoffs"), count(row.handoffs));
  assert.equal(await cellOf(repId, "pending"), count(row.pending));
  assert.equal(await cellOf(repId, "medianFirstTouchSeconds"), formatDuration(row.medianFirstTouchSeconds));
  assert.equal(await cellOf(repId, "medianFirstTouchSeconds"), "1 h");
  assert.equal(await cellOf(repId, "slaRate"), percent(row.slaRate));
  assert.equal(await cellOf(repId, "acceptanceRate"), "50.0 %");
  assert.equal(await cellOf(repId, "recycleRate"), percent(row.recycleRate));
  assert.equal(await cellOf(repId, "cooled"), count(row.cooled));
  assert.equal(await cellOf(repId, "recycleReasons"), "No budget 1");
  await t("handoffs-definitions").getByText("Cooled while waiting", { exact: true }).waitFor();
  await screenshot(page, "handoff-report-1-owner");

  await t("handoffs-group-by").getByText("Program").click();
  await page.waitForURL((u) => u.searchParams.get("groupBy") === "program");
  await page.locator(`[data-testid="handoffs-row"][data-key="${fair}"]`).waitFor();
  const byProgram = await reportFor(api.call, "handoffs", (await t("handoffs-csv").getAttribute("href"))!);
  assert.equal(byProgram.groupBy, "program");
  await waitForText(page, "handoffs-total-handoffs", count(byProgram.total.handoffs));
  assert.equal(
    (await page.locator(`[data-testid="handoffs-row"][data-key="${fair}"]`).textContent())?.includes("Fair"),
    true,
  );
  await screenshot(page, "handoff-report-2-program");
});
