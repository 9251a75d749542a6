// Logging touches and consent from the contact page (issue 11, items 2 and 6). A rep met a cold
// prospect at the Spring Expo: she logs the conversation under the show's program and a call that
// went to voicemail; both land on the timeline in words and the temperature follows the API's. A
// marketer records the consent the prospect gave on the call (the words are required), then its
// withdrawal, and sees that the address is suppressed. Bad input is refused next to its field.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, logOut, screenshot, startWebServer, waitForText } from "./browser.ts";

const PASSWORD = "log-touch-password";
let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let contactId: string;
let expo: string;
let repEmail: string;
let marketerEmail: string;
const email = () => `prospect-${api.slug}@example.com`;

before(async () => {
  api = await setupApi();
  expo = (
    await api.call("POST", "/api/v1/programs", {
      name: "Spring Expo",
      channel: "trade_show",
      currency: "USD",
    })
  ).body.id;
  const seen = await api.call("POST", "/api/v1/touchpoints", {
    email: email(),
    kind: "page_view",
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  });
  contactId = seen.body.contactId;
  await api.call("PATCH", `/api/v1/contacts/${contactId}`, { firstName: "Pat", lastName: "Prospect" });
  const { createUser } = await import("../../src/services/users/create-user.ts");
  repEmail = `rep-${api.slug}@example.com`;
  marketerEmail = `mkt-${api.slug}@example.com`;
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: repEmail,
    name: "Rita Rep",
    role: "sales",
    password: PASSWORD,
  });
  await createUser(api.deps, {
    workspaceId: api.workspaceId,
    email: marketerEmail,
    name: "Mia Marketer",
    role: "marketing",
    password: PASSWORD,
  });
  web = await startWebServer(api.deps);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
});

after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);

test("a rep logs a trade-show conversation and a call; the timeline and the temperature follow", async () => {
  await logInAs(page, web.url, repEmail, PASSWORD);
  await page.goto(`${web.url}/contacts/${contactId}`);
  await waitForText(page, "contact-temperature", "cold");

  await t("contact-log-touch").click();
  await t("log-touch-kind").selectOption("event_attended");
  await t("log-touch-program").selectOption(expo);
  await t("log-touch-note").fill("Asked about the pilot; <b>wants</b> pricing");
  await screenshot(page, "log-touch-1-form");
  await t("log-touch-save").click();
  const conversation = page.locator('[data-testid="timeline-row"][data-kind="event_attended"]');
  await conversation.waitFor();
  const row = (await conversation.textContent()) ?? "";
  assert.match(row, /Spring Expo/);
  assert.match(row, /Rita Rep/);
  // Visitor-style text stays text.
  assert.match(row, /Asked about the pilot; <b>wants<\/b> pricing/);

  const contact = (await api.call("GET", `/api/v1/contacts/${contactId}`)).body;
  assert.notEqual(contact.temperature, "cold", "an event conversation warms a cold prospect");
  await waitForText(page, "contact-temperature", contact.temperature);
  assert.equal(contact.stage, "lead", "a conversation at the show is an inbound response");

  await t("contact-log-touch").click();
  await t("log-touch-kind").selectOption("call");
  await t("log-touch-outcome").selectOption("voicemail");
  await t("log-touch-duration").fill("1.5");
  await page.getByText("A whole number of minutes, from 1 to 1,440 (a day)").waitFor();
  assert.equal(await t("log-touch-save").isDisabled(), true);
  await t("log-touch-duration").fill("12");
  const future = new Date(Date.now() + 2 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  await t("log-touch-when").fill(
    `${future.getFullYear()}-${pad(future.getMonth() + 1)}-${pad(future.getDate())}T10:00`,
  );
  await page.getByText("It cannot be in the future: log it once it has happened").waitFor();
  await screenshot(page, "log-touch-2-refused");
  const now = new Date();
  await t("log-touch-when").fill(
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`,
  );
  await t("log-touch-save").click();
  const call = page.locator('[data-testid="timeline-row"][data-kind="call"]');
  await call.waitFor();
  assert.equal(
    (await call.getByTestId("timeline-details").textContent())?.trim(),
    "Left a voicemail · 12 min",
  );
  const timeline = (await api.call("GET", `/api/v1/contacts/${contactId}/timeline`)).body.data;
  const logged = timeline.find((e: { kind: string }) => e.kind === "call");
  assert.deepEqual(logged.properties, { outcome: "voicemail", durationMinutes: 12 });
  assert.equal(logged.side, "sales");
  assert.equal(logged.userName, "Rita Rep");
  await screenshot(page, "log-touch-3-timeline");

  // As of half an hour ago — before the conversation — the header shows the stage of then, and
  // says which parts of the page are today's.
  const before = new Date(Date.now() - 30 * 60_000).toISOString();
  await page.goto(`${web.url}/contacts/${contactId}?at=${encodeURIComponent(before)}`);
  await t("contact-as-of-note").waitFor();
  await waitForText(page, "contact-stage", "Prospect");
  await waitForText(page, "contact-temperature", "cold");
  await page.goto(`${web.url}/contacts/${contactId}`);
  await waitForText(page, "contact-stage", "Lead");
  assert.equal(await t("contact-as-of-note").count(), 0);
  await logOut(page);
});

test("a marketer records consent given on a call with its words, then its withdrawal; a suppression shows", async () => {
  await api.call("POST", "/api/v1/suppressions", {
    email: email(),
    reason: "manual",
    detail: "Asked by phone",
  });
  await logInAs(page, web.url, marketerEmail, PASSWORD);
  await page.goto(`${web.url}/contacts/${contactId}`);
  await waitForText(page, "consent-standing", "No consent recorded");
  await t("consent-suppressed").waitFor();

  await t("consent-record").click();
  await t("consent-source").selectOption("Phone call");
  await t("consent-save").click();
  await page.getByText("Write the words the contact agreed to").waitFor();
  await screenshot(page, "consent-1-words-required");
  await t("consent-text").fill("Send me news about Northwind products.");
  await t("consent-save").click();
  await waitForText(page, "consent-standing", "Consent given");
  const given = (await api.call("GET", `/api/v1/contacts/${contactId}/consents`)).body;
  assert.equal(given.marketing, true);
  assert.deepEqual(
    [given.data[0].source, given.data[0].text, given.data[0].granted],
    ["Phone call", "Send me news about Northwind products.", true],
  );
  const first = t("consent-row").first();
  assert.match(
    (await first.textContent()) ?? "",
    /Given.*Phone call.*Send me news about Northwind products\..*Mia Marketer/,
  );

  await t("consent-withdraw").click();
  await t("consent-source").selectOption("Other");
  await t("consent-save").click();
  await page.getByText("Say where it was given or withdrawn").waitFor();
  await t("consent-source-other").fill("Reply to the newsletter");
  await t("consent-save").click();
  await waitForText(page, "consent-standing", "Consent withdrawn");
  assert.equal((await api.call("GET", `/api/v1/contacts/${contactId}/consents`)).body.marketing, false);
  assert.equal(await t("consent-row").count(), 2);
  await screenshot(page, "consent-2-withdrawn");
});
