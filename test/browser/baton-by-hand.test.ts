// The baton by hand (issue 11, item 3), in Chromium. A marketer hands a lead to a chosen rep, takes
// it back (a reason is required), and disqualifies it; another lead goes to sales as the rule
// assigns. Each move is read back from the API: stage, owner, the hand-off and its first-contact
// task, and the reason kept in the stage history. A rep's hand-off buttons follow the lifecycle too.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, screenshot, startWebServer, waitForText } from "./browser.ts";

const PASSWORD = "baton-by-hand-password";
let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
const reps: Record<string, string> = {};
let first: string;
let second: string;

const lead = async (name: string) =>
  (
    await api.call("POST", "/api/v1/touchpoints", {
      email: `${name}-${api.slug}@example.com`,
      kind: "form_submit",
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    })
  ).body.contactId as string;

before(async () => {
  api = await setupApi();
  const { createUser } = await import("../../src/services/users/create-user.ts");
  const user = (email: string, name: string, role: "sales" | "marketing") =>
    createUser(api.deps, { workspaceId: api.workspaceId, email, name, role, password: PASSWORD });
  reps.rita = (await user(`rita-${api.slug}@example.com`, "Rita Rep", "sales")).id;
  reps.sam = (await user(`sam-${api.slug}@example.com`, "Sam Sales", "sales")).id;
  await user(`mia-${api.slug}@example.com`, "Mia Marketer", "marketing");
  first = await lead("first");
  second = await lead("second");
  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  await logInAs(page, web.url, `mia-${api.slug}@example.com`, PASSWORD);
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);
const contact = async (id: string) => (await api.call("GET", `/api/v1/contacts/${id}`)).body;
const handoffsOf = async (id: string) =>
  (await api.call("GET", `/api/v1/handoffs?contactId=${id}`)).body.data as {
    status: string;
    ownerId: string;
  }[];

test("hand a lead to a chosen rep, take it back with a reason, then disqualify it", async () => {
  await page.goto(`${web.url}/contacts/${first}`);
  await waitForText(page, "contact-stage", "Lead");
  await t("contact-handOver").click();
  await t("stage-owner").selectOption(reps.sam!);
  await t("stage-reason").fill("Met at the expo; wants a demo this week");
  await screenshot(page, "baton-by-hand-1-hand-over");
  await t("stage-save").click();
  await waitForText(page, "contact-stage", "Sales ready");
  await waitForText(page, "contact-owner", "Owner: Sam Sales");
  const handed = await contact(first);
  assert.deepEqual([handed.stage, handed.ownerId], ["sales_ready", reps.sam]);
  const [handoff] = await handoffsOf(first);
  assert.deepEqual([handoff?.status, handoff?.ownerId], ["pending", reps.sam]);
  const tasks = (await api.call("GET", `/api/v1/contacts/${first}/tasks`)).body;
  assert.equal(
    JSON.stringify(tasks).includes("First contact with"),
    true,
    "the rep got a first-contact task",
  );

  // Before sales answers, marketing may take it back — saying why.
  await t("contact-takeBack").click();
  await t("stage-save").click();
  await page.getByText("Say why: the stage history keeps it").waitFor();
  await t("stage-reason").fill("Budget frozen until Q3");
  await t("stage-save").click();
  await waitForText(page, "contact-stage", "Lead");
  assert.equal((await contact(first)).stage, "lead");
  assert.equal((await handoffsOf(first))[0]?.status, "recycled", "the pending hand-off is settled");
  const stages = (await api.call("GET", `/api/v1/contacts/${first}/stages`)).body.data as {
    to: string;
    reason: string | null;
  }[];
  assert.ok(stages.some((s) => s.to === "lead" && s.reason === "Budget frozen until Q3"));

  await t("contact-disqualify").click();
  await t("stage-reason").fill("A student project, not a buyer");
  await t("stage-save").click();
  await waitForText(page, "contact-stage", "Disqualified");
  assert.equal((await contact(first)).stage, "disqualified");
  // From disqualified the lifecycle allows neither a hand-off nor another disqualification.
  assert.equal(await t("contact-handOver").count(), 0);
  assert.equal(await t("contact-disqualify").count(), 0);
  await screenshot(page, "baton-by-hand-2-disqualified");
});

test("a lead handed over with no rep chosen goes where the workspace's rule says", async () => {
  await page.goto(`${web.url}/contacts/${second}`);
  await waitForText(page, "contact-stage", "Lead");
  await t("contact-handOver").click();
  await t("stage-save").click();
  await waitForText(page, "contact-stage", "Sales ready");
  const handed = await contact(second);
  assert.ok([reps.rita, reps.sam].includes(handed.ownerId), `owner ${handed.ownerId}`);
  await waitForText(page, "contact-owner", `Owner: ${handed.ownerName}`);
  assert.equal((await handoffsOf(second))[0]?.ownerId, handed.ownerId);
});
