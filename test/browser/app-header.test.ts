// The app's header at 1,280 px: the everyday destinations in the bar, the rest under "More", and
// nothing scrolled or pushed off the screen. A partner's short bar has no "More". A workspace
// name of 60 characters is cut short with an ellipsis, never pushing or covering the bar.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { workspaces } from "../../src/store/schema/index.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import {
  launchBrowser,
  logInAs,
  SCREENSHOTS,
  screenshot,
  sidewaysOverflow,
  startWebServer,
} from "./browser.ts";

const PASSWORD = "correct horse"; // what setupApi gives every user
let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;

before(async () => {
  api = await setupApi();
  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const header = () => page.locator("header");

test("at 1,280 px the header fits: the bar's links, More, the user and Log out, nothing scrolling", async () => {
  await logInAs(page, web.url, api.admin.email, PASSWORD);
  await page.getByTestId("logout").waitFor();
  assert.deepEqual(await sidewaysOverflow(page, "header"), []);
  const bar = await header().locator("nav").getByRole("link").allTextContents();
  assert.deepEqual(bar, [
    "Home",
    "Board",
    "Contacts",
    "My day",
    "Hand-offs",
    "Pipeline",
    "Approvals",
    "Programs",
    "Reports",
  ]);
  for (const id of ["nav-more", "current-user", "logout"])
    assert.ok(await page.getByTestId(id).isVisible(), id);
  await page.screenshot({
    path: path.join(SCREENSHOTS, "header-1280.png"),
    clip: { x: 0, y: 0, width: 1280, height: 56 },
  });
  await screenshot(page, "header-1-1280px");
});

test("More holds the rest; it is highlighted while one of them is open", async () => {
  assert.equal(await page.getByTestId("nav-more").getAttribute("data-active"), null);
  await page.getByTestId("nav-more").click();
  const items = page.getByRole("menuitem");
  await items.first().waitFor();
  assert.deepEqual(await items.allTextContents(), [
    "Companies",
    "Proposals",
    "Quotas",
    "Plans",
    "Competitors",
    "Playbooks",
    "Outbox",
    "Settings",
  ]);
  await screenshot(page, "header-2-more-open");

  await page.getByRole("menuitem", { name: "Outbox" }).click();
  await page.waitForURL((url) => url.pathname === "/outbox");
  // The page renders once its code has loaded: wait for the highlight rather than read it at once.
  await page.locator('[data-testid="nav-more"][data-active="true"]').waitFor();
  await page.getByTestId("nav-more").click();
  assert.equal(await page.getByRole("menuitem", { name: "Outbox" }).getAttribute("aria-current"), "page");
  await page.keyboard.press("Escape");
  await page.screenshot({
    path: path.join(SCREENSHOTS, "header-1280-outbox.png"),
    clip: { x: 0, y: 0, width: 1280, height: 56 },
  });
});

test("a partner's bar has its board and pipeline, and no More", async () => {
  const partner = await api.userWithKey("partner");
  await logInAs(page, web.url, partner.email, PASSWORD);
  await page.getByTestId("logout").waitFor();
  assert.deepEqual(await header().locator("nav").getByRole("link").allTextContents(), ["Board", "Pipeline"]);
  assert.equal(await page.getByTestId("nav-more").count(), 0);
});

test("a 60-character workspace name is cut short with an ellipsis and never pushes the bar", async () => {
  const name = "Northwind Traders International Holdings — EMEA Marketing Op";
  assert.equal(name.length, 60);
  await api.deps.db.update(workspaces).set({ name }).where(eq(workspaces.workspaceId, api.workspaceId));
  await page.setViewportSize({ width: 1280, height: 800 });
  await logInAs(page, web.url, api.admin.email, PASSWORD);
  const shown = page.getByTestId("workspace-name");
  await shown.waitFor();
  const box = async (locator: ReturnType<Page["locator"]>) => (await locator.boundingBox())!;
  // Cut short, the whole name in its tooltip; the bar starts after it and every link still shows.
  const cut = await shown.evaluate((el) => ({
    overflow: getComputedStyle(el).textOverflow,
    clipped: el.scrollWidth > el.clientWidth,
  }));
  assert.deepEqual(cut, { overflow: "ellipsis", clipped: true });
  assert.equal(await shown.getAttribute("title"), name);
  const nav = header().locator("nav");
  const [nameBox, navBox] = [await box(shown), await box(nav)];
  assert.ok(
    nameBox.x + nameBox.width <= navBox.x,
    `the name (to ${nameBox.x + nameBox.width}) reaches the bar (${navBox.x})`,
  );
  // The name's own clipping is the only thing cut: the bar scrolls nothing, nothing sticks out.
  assert.deepEqual(
    (await sidewaysOverflow(page, "header")).filter((found) => !found.startsWith("workspace-name ")),
    [],
  );
  assert.equal(await nav.evaluate((el) => el.scrollWidth <= el.clientWidth), true, "the bar fits");
  await page.screenshot({
    path: path.join(SCREENSHOTS, "header-1280-long-workspace.png"),
    clip: { x: 0, y: 0, width: 1280, height: 56 },
  });

  // Narrower than a laptop the name gives its room to the bar and stays in the user's tooltip;
  // the user's name and "Log out" stay on the screen.
  await page.setViewportSize({ width: 900, height: 800 });
  await shown.waitFor({ state: "hidden" });
  assert.match(
    (await page.getByTestId("current-user").getAttribute("title")) ?? "",
    new RegExp(`· ${name}$`),
  );
  const logout = await box(page.getByTestId("logout"));
  assert.ok(logout.x + logout.width <= 900, "Log out on the screen");
  assert.deepEqual(
    (await sidewaysOverflow(page, "header")).filter((found) => found.includes("sticks out")),
    [],
  );
  await page.screenshot({
    path: path.join(SCREENSHOTS, "header-900-long-workspace.png"),
    clip: { x: 0, y: 0, width: 900, height: 56 },
  });
});
