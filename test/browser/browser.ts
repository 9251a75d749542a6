// Browser-test support: the real server (API + built web app) on a free port, and Debian's
// Chromium driven by playwright-core. Screenshots go to test-results/screenshots (git-ignored).
import { existsSync, mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { serve } from "@hono/node-server";
import { type Browser, chromium, type Page } from "playwright-core";
import { createApp } from "../../src/http/app.ts";
import type { Deps } from "../../src/services/context.ts";

const root = path.join(import.meta.dirname, "../..");
export const SCREENSHOTS = path.join(root, "test-results/screenshots");

export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(candidate))
    throw new Error(`Chromium not found at ${candidate}: apt-get install chromium, or set CHROMIUM_PATH.`);
  return candidate;
}

export async function startWebServer(deps: Deps): Promise<{ url: string; close(): Promise<void> }> {
  const webDist = path.join(root, "web/dist");
  if (!existsSync(path.join(webDist, "index.html")))
    throw new Error("web/dist is missing: run npm run build:web");
  const app = createApp(deps, { webDist, log: (m) => console.error(m) });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** The whole page, or with `fullPage: false` the viewport only (a modal: fixed layers would be drawn mid-page). */
/**
 * One user's browser session against a real server on `deps`: the server, Chromium, and a page of
 * 1,280 × 900 in en-US whose clock, when `now` is given, is fixed there (the server's calendar).
 * `close` ends all three. (The older tests spell this out each; new ones can start here.)
 */
export async function openSession(deps: Deps, { now }: { now?: number } = {}) {
  const web = await startWebServer(deps);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  if (now !== undefined) await page.clock.setFixedTime(new Date(now));
  return {
    url: web.url,
    page,
    close: async () => {
      await browser.close();
      await web.close();
    },
  };
}

export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Waits until an element's text is exactly `expected` (the board refetches asynchronously). */
export async function waitForText(page: Page, testId: string, expected: string): Promise<void> {
  await page.waitForFunction(
    ([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === want,
    [testId, expected] as const,
    { timeout: 15_000 },
  );
}

/** Logs in through the login form (clearing any session a failed test left) and waits to land. */
export async function logInAs(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Follows a destination of the header: a link of its bar, or an item of its "More" menu. */
export async function goViaHeader(page: Page, name: string): Promise<void> {
  const header = page.locator("header");
  const link = header.getByRole("link", { name, exact: true });
  // Just after logging in the header may not be drawn yet: wait for the link or the menu.
  await link
    .or(header.getByRole("button", { name: "More" }))
    .first()
    .waitFor();
  if ((await link.count()) > 0) return link.click();
  await header.getByRole("button", { name: "More" }).click();
  await page.getByRole("menuitem", { name, exact: true }).click();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByTestId("logout").click();
  await page.waitForURL("**/login");
}

/**
 * What does not fit across the viewport, in words: the page itself wider than the viewport, an
 * element under `scope` sticking out past its right edge with no scroll container around it, or a
 * scroll container under `scope` that has to scroll sideways. Empty when everything fits.
 */
export async function sidewaysOverflow(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const name = (el: Element) =>
      el.closest("[data-testid]")?.getAttribute("data-testid") ?? el.tagName.toLowerCase();
    const scrolls = (el: Element) =>
      ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth > width)
      found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const root of document.querySelectorAll(selector)) {
      for (const el of [root, ...root.querySelectorAll("*")]) {
        if (scrolls(el) && el.scrollWidth > el.clientWidth + 1)
          found.push(`${name(el)} scrolls sideways (${el.scrollWidth} px in ${el.clientWidth} px)`);
        if (el.getBoundingClientRect().right > width + 1) {
          let clipped = false;
          for (let up = el.parentElement; up && !clipped; up = up.parentElement) clipped = scrolls(up);
          if (!clipped) found.push(`${name(el)} sticks out past the viewport's right edge`);
        }
      }
    }
    return [...new Set(found)];
  }, scope);
}
