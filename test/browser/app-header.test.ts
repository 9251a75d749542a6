// The app's header at 1,280 px: the everyday destinations in the bar, the rest under "More", and
// nothing scrolled or pushed off the screen. A partner's short bar has no "More".
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
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
