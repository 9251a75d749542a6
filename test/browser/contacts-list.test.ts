// The contacts list in Chromium, as a marketer uses it: opens Contacts from the header, searches,
// filters by stage and country, orders by name, pages with "Load more", selects two contacts and
// gives them an owner; creates a contact (a bad email, then a taken one, refused under the email
// field first) and edits it from its page. Every list read is checked against the API. The owner
// pickers never offer a deactivated user, but a contact they own keeps them through an edit.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { setupApi, type TestApi } from "../support/api.ts";
import { goViaHeader, logInAs, openSession, screenshot, sidewaysOverflow } from "./browser.ts";

const PASSWORD = "contacts-list-password";
let api: TestApi;
let session: Awaited<ReturnType<typeof openSession>>;
let page: Page;
let marketerEmail: string;
let repId: string;
let goneId: string; // a deactivated sales user
let companyId: string;
const FIRSTS = ["Ada", "Björn", "Chloé", "Dmitri", "Eva", "Farah", "Gustav", "Hana", "Ivo"];

before(async () => {
  api = await setupApi();
  const { createUser } = await import("../../src/services/users/create-user.ts");
  const member = async (name: string, role: "marketing" | "sales", email: string) =>
    (await createUser(api.deps, { workspaceId: api.workspaceId, email, name, role, password: PASSWORD })).id;
  marketerEmail = `list-marketer-${api.slug}@example.com`;
  await member("Mia Marketer", "marketing", marketerEmail);
  repId = await member("Sam Sales", "sales", `list-rep-${api.slug}@example.com`);
  goneId = await member("Dora Gone", "sales", `list-gone-${api.slug}@example.com`);
  assert.equal((await api.call("POST", `/api/v1/users/${goneId}/deactivate`)).status, 200);
  const company = await api.call("POST", "/api/v1/companies", { name: "Nordlicht GmbH", country: "Germany" });
  companyId = company.body.id;
  // 70 contacts: most are German leads (more than one page of them); a few share a last name.
  for (let i = 0; i < 70; i++) {
    const res = await api.call("POST", "/api/v1/contacts", {
      email: `person${i}-${api.slug}@example.com`,
      firstName: FIRSTS[(i * 5) % FIRSTS.length],
      lastName: i % 4 === 0 ? "Nordqvist" : `Person${String(i).padStart(2, "0")}`,
      country: i % 10 === 9 ? "France" : "Germany",
      industry: "Software",
      stage: i < 62 ? "lead" : "prospect",
      companyId: i % 3 === 0 ? companyId : undefined,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
  }
  session = await openSession(api.deps);
  page = session.page;
  await page.setViewportSize({ width: 1280, height: 900 });
});

after(async () => {
  await session?.close();
  await api?.close();
});

const t = (id: string) => page.getByTestId(id);
const optionsOf = (id: string) => t(id).locator("option").allTextContents();
const rowNames = () => t("contact-row-name").allTextContents();

/** Every contact of a query, in the API's order, as the list names them. */
async function apiNames(query: string): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await api.call(
      "GET",
      `/api/v1/contacts?${query}&limit=200${cursor ? `&cursor=${cursor}` : ""}`,
    );
    assert.equal(res.status, 200);
    for (const c of res.body.data) names.push([c.firstName, c.lastName].filter(Boolean).join(" ") || c.email);
    cursor = res.body.nextCursor;
  } while (cursor);
  return names;
}

/** Waits until the table shows exactly `expected`, in that order. */
async function waitForRows(expected: string[]) {
  await page.waitForFunction(
    (want) =>
      JSON.stringify(
        [...document.querySelectorAll('[data-testid="contact-row-name"]')].map((el) => el.textContent),
      ) === JSON.stringify(want),
    expected,
    { timeout: 15_000 },
  );
}

/**
 * Nothing sticks out at 1,280 px: the page, the filters and the table's head fit, and the table
 * does not scroll sideways. (Long names and emails are cut with an ellipsis on purpose; the
 * whole text is their tooltip.)
 */
async function expectNothingSideways() {
  assert.deepEqual(await sidewaysOverflow(page, '[data-testid="contacts-filters"], thead'), []);
  const table = await page.evaluate(() => {
    const box = document.querySelector('[data-testid="contacts-table"]')!.parentElement!;
    return { scroll: box.scrollWidth, client: box.clientWidth };
  });
  assert.ok(table.scroll <= table.client + 1, `the table scrolls: ${table.scroll} px in ${table.client} px`);
}

/** Waits until `input` is marked invalid with `message` as the error it is described by. */
async function waitForFieldError(input: ReturnType<Page["getByTestId"]>, message: string) {
  await input.and(page.locator('[aria-invalid="true"]')).waitFor();
  await page.waitForFunction(
    ([el, want]) =>
      (el as HTMLElement)
        .getAttribute("aria-describedby")
        ?.split(" ")
        .some((id) => document.getElementById(id)?.textContent === want),
    [await input.elementHandle(), message] as const,
    { timeout: 15_000 },
  );
}

test("a marketer searches, filters, orders by name and pages through the contacts", async () => {
  await logInAs(page, session.url, marketerEmail, PASSWORD);
  await goViaHeader(page, "Contacts");
  await page.waitForURL("**/contacts");
  const newest = await apiNames("sort=newest");
  await waitForRows(newest.slice(0, 50));
  assert.ok(await t("contacts-load-more").isVisible());
  await expectNothingSideways();
  await screenshot(page, "contacts-1-list");

  await t("contacts-search").fill("nordqvist");
  await waitForRows(await apiNames("sort=newest&q=nordqvist"));
  assert.equal((await rowNames()).length, 18);
  assert.ok(!(await t("contacts-load-more").isVisible()));
  assert.match(page.url(), /q=nordqvist/);
  await t("contacts-search").fill("");

  await t("contacts-filter-stage").selectOption("lead");
  await t("contacts-filter-country").fill("germany");
  const filtered = "stage=lead&country=germany";
  await waitForRows((await apiNames(`sort=newest&${filtered}`)).slice(0, 50));
  await t("sort-name").click();
  const byName = await apiNames(`sort=name&${filtered}`);
  assert.ok(byName.length > 50, "more than a page of German leads");
  await waitForRows(byName.slice(0, 50));
  assert.equal(await t("contacts-sort").inputValue(), "name");
  assert.equal(await page.locator('th[aria-sort="ascending"]').textContent(), "Name ▲");
  await screenshot(page, "contacts-2-filtered-by-name");
  await t("contacts-load-more").click();
  await waitForRows(byName);
  assert.ok(!(await t("contacts-load-more").isVisible()));
  await page.getByText(`${byName.length} shown`).waitFor();

  // The filters are in the address: reopening it shows the same list.
  await page.reload();
  await waitForRows(byName.slice(0, 50));
  assert.equal(await t("contacts-filter-stage").inputValue(), "lead");
  assert.equal(await t("contacts-filter-country").inputValue(), "germany");
});

test("two selected contacts get an owner in one go", async () => {
  const rows = page.locator('[data-testid="contact-row"]');
  const ids = [
    await rows.nth(0).getAttribute("data-contact-id"),
    await rows.nth(1).getAttribute("data-contact-id"),
  ] as string[];
  await t("contact-row-select").nth(0).check();
  await t("contact-row-select").nth(1).check();
  await t("contacts-selected-count").getByText("2 contacts selected").waitFor();
  await screenshot(page, "contacts-3-two-selected", { fullPage: false });
  await t("contacts-assign-owner").click();
  assert.ok(
    !(await optionsOf("contacts-owner-choice")).some((o) => o.includes("Dora")),
    "no deactivated owner",
  );
  await t("contacts-owner-choice").selectOption({ label: "Sam Sales (Sales)" });
  await screenshot(page, "contacts-4-assign-owner", { fullPage: false });
  await t("contacts-owner-save").click();
  await page.getByText("Assigned to Sam Sales").waitFor();
  for (const id of ids) {
    const contact = await api.call("GET", `/api/v1/contacts/${id}`);
    assert.equal(contact.body.ownerId, repId);
  }
  const owners = page.locator('[data-testid="contact-row-owner"]');
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="contact-row-owner"]')[1]?.textContent === "Sam Sales",
  );
  assert.equal(await owners.nth(2).textContent(), "Unassigned");
  // The other contacts were left alone.
  assert.equal((await apiNames(`ownerId=${repId}`)).length, 2);
});

test("a new contact: a bad and a taken email are refused under the email field, then it is created", async () => {
  await goViaHeader(page, "Contacts");
  await t("contact-new").click();
  const email = t("contact-form-email");
  await email.fill("not-an-email");
  await t("contact-form-firstName").fill("Greta");
  await t("contact-form-lastName").fill("Lindqvist");
  await t("contact-form-save").click();
  await waitForFieldError(email, "Enter an email address like name@example.com");
  await screenshot(page, "contacts-5-bad-email", { fullPage: false });

  await email.fill(`PERSON3-${api.slug}@example.com`);
  await t("contact-form-save").click();
  await waitForFieldError(email, "Another contact already has this email address");
  assert.equal(await t("contact-form-error").count(), 0, "no second message above the form");

  const fresh = `greta-${api.slug}@example.com`;
  await email.fill(fresh);
  await t("contact-form-title").fill("Head of Purchasing");
  await t("contact-form-companyId").click();
  await page.getByRole("option", { name: "Nordlicht GmbH" }).click();
  await t("contact-form-stage").selectOption("lead");
  await t("contact-form-occupation").fill("Buyer");
  await t("contact-form-industry").fill("Manufacturing");
  await t("contact-form-companySize").fill("51–200");
  await t("contact-form-incomeBand").fill("High");
  await t("contact-form-education").fill("Master's");
  await t("contact-form-country").fill("Sweden");
  await t("contact-form-add-property").click();
  await t("contact-form-property-key").fill("met_at");
  await t("contact-form-property-value").fill("<b>Hannover Messe</b>");
  await screenshot(page, "contacts-6-new-contact-form", { fullPage: false });
  await t("contact-form-save").click();
  await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
  await t("contact-name").getByText("Greta Lindqvist").waitFor();
  const id = page.url().split("/").at(-1)!;
  const saved = (await api.call("GET", `/api/v1/contacts/${id}`)).body;
  assert.equal(saved.email, fresh);
  assert.equal(saved.companyId, companyId);
  assert.equal(saved.ownerId, null);
  assert.equal(saved.stage, "lead");
  assert.deepEqual(
    [
      saved.title,
      saved.occupation,
      saved.industry,
      saved.companySize,
      saved.incomeBand,
      saved.education,
      saved.country,
    ],
    ["Head of Purchasing", "Buyer", "Manufacturing", "51–200", "High", "Master's", "Sweden"],
  );
  assert.deepEqual(saved.properties, { met_at: "<b>Hannover Messe</b>" });
  // What a visitor typed is shown as text, never as markup.
  await t("contact-properties").getByText("<b>Hannover Messe</b>").waitFor();
  assert.equal(await t("contact-properties").locator("b").count(), 0);
  await t("contact-details").getByText("Sweden").waitFor();
  await screenshot(page, "contacts-7-created");
});

test("the contact is edited from its page", async () => {
  await t("contact-edit").click();
  assert.equal(await t("contact-form-email").inputValue(), `greta-${api.slug}@example.com`);
  assert.equal(await t("contact-form-property-value").inputValue(), "<b>Hannover Messe</b>");
  assert.equal(await t("contact-form-stage").count(), 0, "the stage moves through the stage buttons");
  await t("contact-form-title").fill("Chief Procurement Officer");
  await t("contact-form-country").fill("Norway");
  assert.ok(
    !(await optionsOf("contact-form-ownerId")).some((o) => o.includes("Dora")),
    "no deactivated owner",
  );
  await t("contact-form-ownerId").selectOption({ label: "Sam Sales (Sales)" });
  await t("contact-form-property-value").fill("Hannover Messe, hall 7");
  await t("contact-form-save").click();
  await page.getByText("Chief Procurement Officer at Nordlicht GmbH").waitFor();
  await t("contact-form").waitFor({ state: "detached" });
  await t("contact-details").getByText("Norway").waitFor();
  await t("contact-owner").getByText("Owner: Sam Sales").waitFor();
  const id = page.url().split("/").at(-1)!;
  const saved = (await api.call("GET", `/api/v1/contacts/${id}`)).body;
  assert.equal(saved.title, "Chief Procurement Officer");
  assert.equal(saved.country, "Norway");
  assert.deepEqual(saved.properties, { met_at: "Hannover Messe, hall 7" });
  assert.equal(saved.ownerId, repId);
  assert.equal(saved.companyId, companyId, "fields left alone keep their value");
  assert.equal(saved.industry, "Manufacturing");
  await screenshot(page, "contacts-8-edited");
});

test("a contact whose owner was deactivated shows them as such and keeps them through an edit", async () => {
  // Given to Dora while she worked here; she has left since.
  await api.call("POST", `/api/v1/users/${goneId}/reactivate`);
  const made = await api.call("POST", "/api/v1/contacts", {
    email: `lotte-${api.slug}@example.com`,
    firstName: "Lotte",
    lastName: "Left",
    ownerId: goneId,
  });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  await api.call("POST", `/api/v1/users/${goneId}/deactivate`);
  await page.goto(`${session.url}/contacts/${made.body.id}`);
  await t("contact-edit").click();
  const owner = t("contact-form-ownerId");
  assert.equal(await owner.inputValue(), goneId);
  assert.equal(await owner.locator("option:checked").textContent(), "Dora Gone (deactivated)");
  await t("contact-form-title").fill("Buyer");
  await screenshot(page, "contacts-9-owner-deactivated", { fullPage: false });
  await t("contact-form-save").click();
  await t("contact-form").waitFor({ state: "detached" });
  const saved = (await api.call("GET", `/api/v1/contacts/${made.body.id}`)).body;
  assert.deepEqual([saved.title, saved.ownerId], ["Buyer", goneId]);
});
