// My day, quotas and pipeline settings in Chromium: a rep completes an overdue task (its sales
// touchpoint lands on the timeline), plans a next step for a hot lead, reads their quota
// attainment; an admin renames a stage and sees it on the pipeline board, and sets a quota.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { createApiKey } from "../../src/services/auth/api-keys.ts";
import { createUser } from "../../src/services/users/create-user.ts";
import { type Caller, setupApi, type TestApi } from "../support/api.ts";
import { goViaHeader, launchBrowser, screenshot, startWebServer, waitForText } from "./browser.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let rep: Caller;
let repId: string;
const PASSWORD = "my-day-test-password";
let repEmail: string;
let adminEmail: string;
let overdueContactId: string;
let overdueTaskId: string;
let hotContactId: string;
let coolingContactId: string;
// This month (UTC, as the server counts it): the period the quota and the won deals fall in.
const NOW = new Date();
const MONTH = `${NOW.getUTCFullYear()}-${String(NOW.getUTCMonth() + 1).padStart(2, "0")}-01`;

async function user(role: "sales" | "admin", name: string) {
  const email = `${role}-${api.slug}@example.com`;
  const { id } = await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email,
    name,
    role,
    password: PASSWORD,
  });
  const { key } = await createApiKey(api.deps, { workspaceId: api.workspaceId, userId: id, name: "test" });
  return { id, email, call: api.callerFor(key) };
}

async function ok(res: Promise<{ status: number; body: unknown }>, status = 200) {
  const r = await res;
  assert.equal(r.status, status, JSON.stringify(r.body));
  return r.body as Record<string, unknown> & { id: string };
}

before(async () => {
  api = await setupApi();
  const sam = await user("sales", "Sam Sales");
  rep = sam.call;
  repId = sam.id;
  repEmail = sam.email;
  adminEmail = (await user("admin", "Ada Admin")).email;

  const contact = async (firstName: string, lastName: string) =>
    (
      await ok(
        rep("POST", "/api/v1/contacts", {
          email: `${firstName.toLowerCase()}-${api.slug}@example.com`,
          firstName,
          lastName,
          ownerId: repId,
          // The rep's already: a lead turning hot would be handed over, with a first task.
          stage: "in_sales",
        }),
        201,
      )
    ).id;
  overdueContactId = await contact("Olga", "Overdue");
  overdueTaskId = (
    await ok(
      rep("POST", "/api/v1/tasks", {
        contactId: overdueContactId,
        kind: "call",
        title: "Call about the pilot",
        dueAt: new Date(NOW.getTime() - 2 * 3_600_000).toISOString(),
      }),
      201,
    )
  ).id;
  // Just hot (15 + 15 + 1 = 31 ≥ 30): warm again within 336 h × log2(31/30) ≈ 15.9 h, before
  // any two business days from now have passed — so it is cooling soon, whatever the hour.
  coolingContactId = await contact("Cora", "Cooling");
  for (const kind of ["meeting", "presentation", "page_view"]) {
    await ok(
      api.call("POST", "/api/v1/touchpoints", {
        contactId: coolingContactId,
        kind,
        occurredAt: NOW.toISOString(),
      }),
      201,
    );
  }
  hotContactId = await contact("Hank", "Hot");
  for (const kind of ["meeting", "presentation", "proposal"]) {
    await ok(
      api.call("POST", "/api/v1/touchpoints", {
        contactId: hotContactId,
        kind,
        occurredAt: NOW.toISOString(),
      }),
      201,
    );
  }

  // Deals for the quota: two EUR wins count; a USD win (other currency), a loss and an open deal do not.
  const buyer = await contact("Bea", "Buyer");
  const reasons = (await ok(rep("GET", "/api/v1/pipelines"))).lossReasons as { id: string }[];
  for (const [name, amountMinor, currency, stage] of [
    ["Annual licence", 1_200_000, "EUR", "won"],
    ["Onboarding", 350_000, "EUR", "won"],
    ["US reseller", 500_000, "USD", "won"],
    ["Support upgrade", 99_950, "EUR", "lost"],
    ["Expansion", 800_000, "EUR", null],
  ] as const) {
    const deal = await ok(
      rep("POST", "/api/v1/deals", { name, contactId: buyer, amountMinor, currency }),
      201,
    );
    if (stage) {
      await ok(
        rep("POST", `/api/v1/deals/${deal.id}/move`, {
          stage,
          ...(stage === "lost" ? { lossReasonId: reasons[0]!.id } : {}),
        }),
      );
    }
  }
  await ok(
    api.call("PUT", "/api/v1/quotas", {
      userId: repId,
      period: "month",
      startsOn: MONTH,
      targetMinor: 2_000_000,
      currency: "EUR",
    }),
  );

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
/** Dialogs fade in and progress bars slide: let them settle so screenshots show the end state. */
const settle = () => page.waitForTimeout(400);

async function logIn(email: string) {
  await page.goto(`${web.url}/login`);
  await t("login-email").fill(email);
  await t("login-password").fill(PASSWORD);
  await t("login-submit").click();
  await page.waitForURL((u) => u.pathname === "/");
}

test("a rep sees the overdue task and completes it with an outcome", async () => {
  await logIn(repEmail);
  await page.getByRole("link", { name: "My day" }).click();
  await page.waitForURL("**/my-day");
  const row = t("my-day-overdue").locator(`[data-task-id="${overdueTaskId}"]`);
  await row.waitFor();
  await waitForText(page, "my-day-overdue-count", "1");
  assert.match((await row.textContent()) ?? "", /Olga Overdue.*Call.*Call about the pilot/);
  assert.equal(
    await row.getByRole("link", { name: "Olga Overdue" }).getAttribute("href"),
    `/contacts/${overdueContactId}`,
  );
  await t("my-day-hot").locator(`[data-contact-id="${hotContactId}"]`).waitFor();
  await t("my-day-cooling").locator(`[data-contact-id="${coolingContactId}"]`).waitFor();
  const day = await ok(rep("GET", "/api/v1/me/day"));
  const cooling = (day.hotWithoutNextStep as { contactId: string; coolingSoon: boolean }[]).filter(
    (l) => l.coolingSoon,
  );
  assert.deepEqual(
    cooling.map((l) => l.contactId),
    [coolingContactId],
  );
  await waitForText(page, "my-day-cooling-count", "1");
  assert.equal(await t("my-day-hot").locator(`[data-contact-id="${coolingContactId}"]`).count(), 0);
  await screenshot(page, "my-day-1-overdue");

  await row.getByTestId("task-done").click();
  await t("complete-outcome").fill("Agreed to start a pilot in May");
  await settle();
  await screenshot(page, "my-day-2-done-dialog");
  await t("complete-confirm").click();
  await row.waitFor({ state: "detached" });
  await waitForText(page, "my-day-overdue-count", "0");

  const tasks = await ok(rep("GET", `/api/v1/contacts/${overdueContactId}/tasks`));
  assert.deepEqual(tasks.open, []);
  const [done] = tasks.completed as { id: string; outcome: string; touchpointId: string }[];
  assert.equal(done?.id, overdueTaskId);
  assert.equal(done?.outcome, "Agreed to start a pilot in May");
  assert.ok(done?.touchpointId);
});

test("the contact's timeline shows the logged sales touchpoint", async () => {
  await page.goto(`${web.url}/contacts/${overdueContactId}`);
  const entry = page.locator('[data-testid="timeline-row"][data-kind="call"]');
  await entry.waitFor();
  assert.equal(await entry.count(), 1);
  const text = (await entry.textContent()) ?? "";
  assert.match(text, /sales/);
  assert.match(text, /Sam Sales/);
  assert.match(text, /Agreed to start a pilot in May/);
  await t("contact-task-done").first().waitFor();
  assert.match((await t("contact-task-done").first().textContent()) ?? "", /Call about the pilot/);
  await screenshot(page, "my-day-3-timeline");
});

test("a hot lead without a next step gets one planned", async () => {
  await page.getByRole("link", { name: "My day" }).click();
  const hot = t("my-day-hot").locator(`[data-contact-id="${hotContactId}"]`);
  await hot.getByTestId("plan-next-step").click();
  await t("new-task-kind").selectOption("meeting");
  await t("new-task-title").fill("Demo for the buying committee");
  await settle();
  await screenshot(page, "my-day-4-plan-next-step");
  await t("new-task-save").click();
  await hot.waitFor({ state: "detached" });
  const open = (await ok(rep("GET", `/api/v1/contacts/${hotContactId}/tasks`))).open as {
    kind: string;
    title: string;
    ownerId: string;
  }[];
  assert.deepEqual(
    open.map((o) => [o.kind, o.title, o.ownerId]),
    [["meeting", "Demo for the buying committee", repId]],
  );
});

test("the quotas page shows the attainment computed from the won deals", async () => {
  // By hand: won in EUR this month 1,200,000 + 350,000 = 1,550,000 of a 2,000,000 target.
  const expected = `${(((1_200_000 + 350_000) / 2_000_000) * 100).toFixed(1)} %`;
  assert.equal(expected, "77.5 %");
  await goViaHeader(page, "Quotas");
  await page.waitForURL("**/quotas");
  await t("quota-start").selectOption(MONTH);
  const row = page.locator(`[data-testid="quota-row"][data-user-id="${repId}"]`);
  await row.waitFor();
  await page.waitForFunction(
    ([id, want]) =>
      document.querySelector(`[data-user-id="${id}"] [data-testid="quota-attainment"]`)?.textContent === want,
    [repId, expected] as const,
    { timeout: 15_000 },
  );
  assert.match((await row.textContent()) ?? "", /Sam Sales.*2 deals/);
  assert.equal(await t("quota-form").count(), 0, "only admins see the quota form");
  await settle();
  await screenshot(page, "my-day-5-quotas");
});

test("an admin renames a stage in settings and the pipeline board shows it", async () => {
  await t("logout").click();
  await page.waitForURL("**/login");
  await logIn(adminEmail);
  await goViaHeader(page, "Settings");
  await page.waitForURL("**/settings/scoring");
  await t("settings-nav").getByRole("link", { name: "Pipelines" }).click();
  await page.waitForURL("**/settings/pipelines");
  await t("stage-name-2").waitFor();
  assert.equal(await t("stage-name-2").inputValue(), "Present");

  // Removing "Qualify" would strand the open deal in it: the server refuses and says why.
  await t("stage-remove-0").click();
  await t("pipeline-save").click();
  await page.getByText(/"Qualify" \(qualify\) still holds 1 deal/).waitFor();
  await screenshot(page, "my-day-6-refused-stage-removal");
  await page.getByRole("button", { name: "Discard changes" }).click();
  assert.equal(await t("stage-name-0").inputValue(), "Qualify");

  await t("stage-name-2").fill("Live demo");
  await t("pipeline-save").click();
  await page.getByText("Pipeline saved").waitFor();
  const stages = (await ok(rep("GET", "/api/v1/pipelines"))).data as {
    stages: { key: string; name: string }[];
  }[];
  assert.equal(stages[0]!.stages.find((s) => s.key === "present")?.name, "Live demo");
  await screenshot(page, "my-day-7-pipeline-settings");

  await page.getByRole("link", { name: "Pipeline", exact: true }).click();
  await page.waitForURL("**/pipeline");
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="pipeline-column-present"]')?.textContent?.includes("Live demo"),
    undefined,
    { timeout: 15_000 },
  );
  await screenshot(page, "my-day-8-pipeline-renamed");
});

test("an admin sets a rep's quota and the attainment follows", async () => {
  await goViaHeader(page, "Quotas");
  await page.waitForURL("**/quotas");
  await t("quota-start").selectOption(MONTH);
  await t("quota-rep").selectOption({ label: "Sam Sales" });
  await t("quota-target").fill("31000");
  await t("quota-currency").fill("EUR");
  await t("quota-save").click();
  // 1,550,000 of 3,100,000 minor units.
  await page.waitForFunction(
    ([id]) =>
      document.querySelector(`[data-user-id="${id}"] [data-testid="quota-attainment"]`)?.textContent ===
      "50.0 %",
    [repId] as const,
    { timeout: 15_000 },
  );
  const board = await ok(rep("GET", `/api/v1/quotas/leaderboard?period=month&startsOn=${MONTH}`));
  assert.deepEqual(
    (board.data as { userId: string; targetMinor: number }[]).map((r) => [r.userId, r.targetMinor]),
    [[repId, 3_100_000]],
  );
  await settle();
  await screenshot(page, "my-day-9-quota-set");
});
