// Every page of the web app × every role (test/authz/pages.ts declares who may open what): an
// allowed page draws its heading; a refused one shows the refusal and nothing of the page; no
// page crashes or meets a server error; and each role's header offers exactly its destinations.
// One browser, one context per role. Screenshots: test-results/screenshots/authz-*.png.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import type { Role } from "../../src/domain/catalogue.ts";
import {
  NAVIGATION,
  OUTSIDE_THE_APP,
  PAGES,
  type PageIds,
  ROLES,
  routedPages,
  SETTINGS_SECTIONS,
  STAFF_ONLY_REFUSAL,
} from "../authz/pages.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, screenshot, startWebServer } from "./browser.ts";

const PASSWORD = "correct horse";
let api: TestApi;
let web: Awaited<ReturnType<typeof startWebServer>>;
let browser: Browser;
const emails = {} as Record<Role, string>;
const ids = {} as Record<"staff" | "partner", PageIds>;

async function created(call: TestApi["call"], path: string, body: unknown): Promise<string> {
  const res = await call("POST", path, body);
  assert.equal(res.status, 201, `${path}: ${JSON.stringify(res.body)}`);
  return res.body.id;
}

before(async () => {
  api = await setupApi();
  emails.admin = api.admin.email;
  for (const role of ["marketing", "sales"] as const) emails[role] = (await api.userWithKey(role)).email;
  const partner = await api.userWithKey("partner");
  emails.partner = partner.email;
  const asPartner = api.callerFor(partner.key);
  const contact = async (call: TestApi["call"]) =>
    created(call, "/api/v1/contacts", { email: `c-${crypto.randomUUID()}@example.com`, firstName: "Pia" });
  const deal = async (call: TestApi["call"], contactId: string) =>
    created(call, "/api/v1/deals", { name: "Fleet renewal", contactId, amountMinor: 9_000, currency: "USD" });
  const shared = {
    company: await created(api.call, "/api/v1/companies", { name: "Globex" }),
    program: await created(api.call, "/api/v1/programs", {
      name: "Spring fair",
      channel: "trade_show",
      currency: "USD",
    }),
    playbook: await created(api.call, "/api/v1/playbooks", {
      name: "Hot follow-up",
      tier: null,
      side: "sales",
      steps: [{ side: "sales", channel: "call_task", delayMinutes: 60, taskTitle: "Call" }],
    }),
  };
  const staffContact = await contact(api.call);
  const partnerContact = await contact(asPartner);
  ids.staff = { ...shared, contact: staffContact, deal: await deal(api.call, staffContact) };
  ids.partner = { ...shared, contact: partnerContact, deal: await deal(asPartner, partnerContact) };
  web = await startWebServer(api.deps);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

interface Visit {
  page: Page;
  /** API answers of 4xx/5xx and uncaught page errors since the last `reset`. */
  problems: { serverErrors: string[]; refusedCalls: string[]; crashes: string[] };
  reset(): void;
}

async function signedIn(role: Role): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  const problems = { serverErrors: [] as string[], refusedCalls: [] as string[], crashes: [] as string[] };
  page.on("response", (res) => {
    const where = `${res.status()} ${res.request().method()} ${new URL(res.url()).pathname}`;
    if (res.status() >= 500) problems.serverErrors.push(where);
    else if (res.status() === 403 || res.status() === 401) problems.refusedCalls.push(where);
  });
  page.on("pageerror", (error) => problems.crashes.push(error.message));
  await logInAs(page, web.url, emails[role], PASSWORD);
  return {
    page,
    problems,
    reset() {
      problems.serverErrors.length = 0;
      problems.refusedCalls.length = 0;
      problems.crashes.length = 0;
    },
  };
}

/** The header's destinations: the bar's links and the "More" menu's items. */
async function navigation(page: Page): Promise<string[]> {
  const header = page.locator("header");
  await header.getByRole("link").first().waitFor();
  const bar = await header.locator("nav a, a[href]").allTextContents();
  const more = header.getByRole("button", { name: "More" });
  let menu: string[] = [];
  if ((await more.count()) > 0) {
    await more.click();
    menu = await page.getByRole("menuitem").allTextContents();
    await page.keyboard.press("Escape");
  }
  return [...bar, ...menu].map((s) => s.trim()).filter(Boolean);
}

const BLANK = "There is nothing at this address.";

/**
 * Opens a page the way the app's links do (no reload: the bundle and the session stay), by way
 * of the "not found" page so that nothing of the previous page can pass for the next one.
 */
async function openInApp(page: Page, path: string): Promise<void> {
  const go = (to: string) =>
    page.evaluate((target) => {
      history.pushState({}, "", target);
      dispatchEvent(new PopStateEvent("popstate"));
    }, to);
  await go("/authz-nowhere");
  await page.getByText(BLANK).waitFor();
  await go(path);
  await page.getByText(BLANK).waitFor({ state: "detached" });
}

async function walk(role: Role): Promise<string[]> {
  const visit = await signedIn(role);
  const { page, problems } = visit;
  const failures: string[] = [];
  await page.goto(`${web.url}/`);
  const offered = await navigation(page);
  const missing = NAVIGATION[role].filter((label) => !offered.includes(label));
  const extra = [
    "Home",
    "Contacts",
    "My day",
    "Hand-offs",
    "Approvals",
    "Programs",
    "Reports",
    "Settings",
    "Outbox",
  ]
    .filter((label) => !NAVIGATION[role].includes(label))
    .filter((label) => offered.includes(label));
  if (missing.length > 0) failures.push(`${role}: header lacks ${missing.join(", ")}`);
  if (extra.length > 0) failures.push(`${role}: header offers ${extra.join(", ")}`);

  const own = role === "partner" ? ids.partner : ids.staff;
  for (const [name, declared] of Object.entries(PAGES)) {
    visit.reset();
    const allowed = declared.allow.includes(role);
    const refusal = role === "partner" ? STAFF_ONLY_REFUSAL : (declared.refusal ?? STAFF_ONLY_REFUSAL);
    await openInApp(page, declared.path(own));
    const main = page.locator("main");
    try {
      if (allowed) {
        await main.getByRole("heading").first().waitFor({ timeout: 10_000 });
        if ((await page.getByTestId(STAFF_ONLY_REFUSAL).count()) > 0)
          failures.push(`${role} ${name}: refused`);
      } else {
        await page.getByTestId(refusal!).waitFor({ timeout: 10_000 });
      }
      // A short settle for the page's reads to answer (the header polls, so "idle" may never come).
      await page.waitForTimeout(400);
    } catch {
      failures.push(`${role} ${name}: ${allowed ? "no heading" : `no refusal (${refusal})`}`);
      await screenshot(page, `authz-failed-${role}-${name.replaceAll("/", "_")}`);
    }
    const { serverErrors, refusedCalls, crashes } = problems;
    if (serverErrors.length > 0) failures.push(`${role} ${name}: server errors ${serverErrors.join(", ")}`);
    if (crashes.length > 0) failures.push(`${role} ${name}: crashed: ${crashes.join("; ")}`);
    // A refused page asks the API for nothing; an allowed one only what the role may read.
    if (refusedCalls.length > 0) failures.push(`${role} ${name}: refused calls ${refusedCalls.join(", ")}`);
    if (name === "/settings/scoring" && allowed) {
      const sections = (await page.getByTestId("settings-nav").getByRole("link").allTextContents()).map((t) =>
        t.trim(),
      );
      const wanted = SETTINGS_SECTIONS[role];
      if (sections.join(",") !== wanted.join(","))
        failures.push(`${role}: settings offer ${sections.join(", ")}`);
    }
    if (name === "/settings/users" || name === "/reports" || name === "/") {
      await screenshot(page, `authz-${role}-${name === "/" ? "home" : name.slice(1).replaceAll("/", "-")}`);
    }
  }

  // Another organisation's (here: the workspace's own) records, by address: not found, nothing shown.
  if (role === "partner") {
    visit.reset();
    await page.goto(`${web.url}/deals/${ids.staff.deal}`);
    await page.getByTestId("deal-not-found").waitFor();
    await page.goto(`${web.url}/contacts/${ids.staff.contact}`);
    await page
      .getByText(/was not found/)
      .first()
      .waitFor();
    assert.equal(await page.getByText("Fleet renewal").count(), 0, "the staff deal's name");
    await screenshot(page, "authz-partner-staff-contact");
    if (problems.serverErrors.length > 0)
      failures.push(`partner: server errors ${problems.serverErrors.join(", ")}`);
  }
  await page.context().close();
  return failures;
}

test("every page of the web app's router is declared, and every declared page is routed", () => {
  const source = readFileSync(path.join(import.meta.dirname, "../../web/src/App.tsx"), "utf8");
  const routed = routedPages(source).filter((p) => !OUTSIDE_THE_APP.has(p));
  assert.deepEqual(
    routed.filter((p) => !PAGES[p]),
    [],
    "pages without a declared policy (test/authz/pages.ts)",
  );
  assert.deepEqual(
    Object.keys(PAGES).filter((p) => p !== "/" && !routed.includes(p)),
    [],
    "declared pages the router no longer has",
  );
});

test("each role opens exactly its pages; refused pages show the refusal; nothing crashes or errs", async () => {
  // The four roles walk side by side, each in its own context of the one browser.
  const failures = (await Promise.all(ROLES.map(walk))).flat();
  assert.deepEqual(failures, []);
});
