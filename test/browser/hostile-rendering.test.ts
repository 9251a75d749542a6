// Stored hostile text is shown as text. Records whose names are script tags, attribute breakouts
// and formulas are made through the API; every page that shows them is opened in Chromium and
// must show the characters literally, with no element or handler the text would have made.
// Screenshots: test-results/screenshots/hostile-*.png.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { createUser } from "../../src/services/users/create-user.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { logInAs, openSession, screenshot } from "./browser.ts";

const SCRIPT = "<script>window.__xss=1</script>";
const BREAKOUT = `"><img src=x onerror="window.__xss=1">`;
const SVG = "<svg onload=window.__xss=1>";
const FORMULA = '=HYPERLINK("http://evil.example","click")';
const RTL = "invoice\u202Efdp.exe";

let api: TestApi;
let session: Awaited<ReturnType<typeof openSession>>;
const ids = { contact: "", company: "", program: "", deal: "", competitor: "" };
const PASSWORD = "hostile-rendering-pw";
let email: string;

before(async () => {
  api = await setupApi();
  email = `ada-${api.slug}@example.com`;
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email,
    name: SVG,
    role: "admin",
    password: PASSWORD,
  });
  const made = async (path: string, body: unknown) => {
    const res = await api.call("POST", path, body);
    assert.ok(res.status < 300, `${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  ids.company = await made("/api/v1/companies", { name: BREAKOUT });
  ids.contact = await made("/api/v1/contacts", {
    email: `hostile-${api.slug}@example.com`,
    firstName: SCRIPT,
    lastName: BREAKOUT,
    title: FORMULA,
    occupation: RTL,
    companyId: ids.company,
  });
  ids.program = await made("/api/v1/programs", {
    name: SCRIPT,
    channel: "email",
    currency: "USD",
    description: SVG,
  });
  await made("/api/v1/touchpoints", {
    contactId: ids.contact,
    kind: "form_submit",
    programId: ids.program,
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    properties: { note: SCRIPT, [BREAKOUT]: FORMULA },
  });
  ids.deal = await made("/api/v1/deals", {
    name: BREAKOUT,
    contactId: ids.contact,
    amountMinor: 100_00,
    currency: "USD",
  });
  ids.competitor = await made("/api/v1/competitors", { name: SCRIPT, positioning: BREAKOUT, strengths: SVG });
  session = await openSession(api.deps);
  await logInAs(session.page, session.url, email, PASSWORD);
});
after(async () => {
  await session?.close();
  await api.close();
});

/** Elements or handlers the hostile text would have made had it been parsed as HTML. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if ((window as { __xss?: unknown }).__xss !== undefined) found.push("window.__xss was set");
    for (const el of document.querySelectorAll("img[src='x'], svg[onload], [onerror], [onload]"))
      found.push(el.outerHTML.slice(0, 120));
    for (const s of document.querySelectorAll("script:not([src])")) found.push(s.outerHTML.slice(0, 120));
    return found;
  });
}

const pages = () => [
  { name: "contacts", path: "/contacts", shows: [SCRIPT] },
  { name: "contact", path: `/contacts/${ids.contact}`, shows: [SCRIPT, BREAKOUT, FORMULA] },
  { name: "companies", path: "/companies", shows: [BREAKOUT] },
  { name: "company", path: `/companies/${ids.company}`, shows: [BREAKOUT] },
  { name: "programs", path: "/programs", shows: [SCRIPT] },
  { name: "program", path: `/programs/${ids.program}`, shows: [SCRIPT] },
  { name: "deal", path: `/deals/${ids.deal}`, shows: [BREAKOUT] },
  { name: "pipeline", path: "/pipeline", shows: [BREAKOUT] },
  { name: "board", path: "/board", shows: [] },
  { name: "competitors", path: "/competitors", shows: [SCRIPT] },
  { name: "users", path: "/settings/users", shows: [SVG] },
];

test("hostile names, titles and notes are shown as text on every page that shows them", async () => {
  const { page } = session;
  const problems: string[] = [];
  for (const p of pages()) {
    await page.goto(`${session.url}${p.path}`);
    await page.waitForLoadState("networkidle");
    for (const text of p.shows) {
      // The page's text holds the value's characters (a cell may cut its display with an ellipsis).
      await page
        .waitForFunction((t) => document.body.textContent?.includes(t), text.slice(0, 24), {
          timeout: 15_000,
        })
        .catch(() => problems.push(`${p.name}: ${JSON.stringify(text.slice(0, 24))} is not shown as text`));
    }
    for (const found of await injected(page)) problems.push(`${p.name}: ${found}`);
    await screenshot(page, `hostile-${p.name}`);
  }
  assert.deepEqual(problems, []);
});
