// A partner user walks every page it can reach — its board, the contacts list, the pipeline and a
// deal's move menu, its contacts, an open and a won deal, its account — and the app asks the API
// nothing the partner's role is refused and offers no action the API would refuse it: no consent
// panel, no touch, stage or edit buttons, no attribution. (partner-isolation.test.ts checks what it
// sees of the workspace's own records.) Screenshots go to test-results/screenshots/partners-*.png.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Response } from "playwright-core";
import { type Caller, setupApi, type TestApi } from "../support/api.ts";
import { logInAs, openSession, screenshot } from "./browser.ts";

const PASSWORD = "correct horse"; // what setupApi gives every user
let api: TestApi;
let session: Awaited<ReturnType<typeof openSession>>;
let email: string;
const ids = { own: "", lena: "", openDeal: "", wonDeal: "" };

before(async () => {
  api = await setupApi();
  const partner = await api.userWithKey("partner");
  email = partner.email;
  const asPartner: Caller = api.callerFor(partner.key);
  const created = async (path: string, body: unknown) => {
    const res = await asPartner("POST", path, body);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  };
  ids.own = await created("/api/v1/contacts", { email: `own-${api.slug}@example.com`, firstName: "Olive" });
  ids.lena = await created("/api/v1/contacts", { email: `lena-${api.slug}@example.com`, firstName: "Lena" });
  const deal = (name: string) =>
    created("/api/v1/deals", { name, contactId: ids.own, amountMinor: 50_000, currency: "USD" });
  ids.openDeal = await deal("Registered deal");
  ids.wonDeal = await deal("Closed deal");
  const won = await asPartner("POST", `/api/v1/deals/${ids.wonDeal}/move`, { stage: "won" });
  assert.equal(won.status, 200, JSON.stringify(won.body));
  // Lena answered a staff program: her card names it, as her timeline does.
  const program = await api.call("POST", "/api/v1/programs", {
    name: "Staff webinar",
    channel: "content",
    currency: "USD",
  });
  const touch = { contactId: ids.lena, kind: "webinar", occurredAt: new Date().toISOString() };
  assert.equal(
    (await api.call("POST", "/api/v1/touchpoints", { ...touch, programId: program.body.id })).status,
    201,
  );
  session = await openSession(api.deps);
});

after(async () => {
  await session?.close();
  await api?.close();
});

test("every page a partner reaches asks nothing its role is refused and offers no action it cannot take", async () => {
  const { page, url } = session;
  const t = (id: string) => page.getByTestId(id);
  // From the signed-in app on (the login page asks who is signed in, and hears 401).
  await logInAs(page, url, email, PASSWORD);
  const refused: string[] = [];
  const listen = (res: Response) => {
    if (res.status() >= 400)
      refused.push(`${res.status()} ${res.request().method()} ${new URL(res.url()).pathname}`);
  };
  page.on("response", listen);
  const walk = async (path: string, ready: string) => {
    await page.goto(`${url}${path}`);
    await t(ready).first().waitFor();
    await page.waitForLoadState("networkidle");
  };

  await walk("/", "contact-card");
  const lena = page.locator(`[data-testid="contact-card"][data-contact-id="${ids.lena}"]`);
  assert.equal(await lena.getByTestId("card-source").textContent(), " · Source: Staff webinar");
  await walk("/board", "contact-card");
  await walk("/contacts", "contacts-shown");
  await walk("/pipeline", "deal-card");
  await t("deal-move-menu").first().click();
  await page.getByRole("menuitem").first().waitFor();
  await page.keyboard.press("Escape");

  // A contact: the deals it may open; no consent (staff only), no touch, stage or edit buttons,
  // and no word of an Edit it does not have.
  for (const id of [ids.own, ids.lena]) {
    await walk(`/contacts/${id}`, "stage-history");
    const stageMoves = ["contact-handOver", "contact-takeBack", "contact-disqualify"];
    for (const hidden of ["consent-panel", "contact-log-touch", "contact-edit", ...stageMoves])
      assert.equal(await t(hidden).count(), 0, `${hidden} on ${id}`);
    assert.equal(await page.getByText("Edit adds them").count(), 0);
  }
  await screenshot(page, "partners-11-contact-page");
  await t("open-deal").click();
  await page.getByRole("dialog").waitFor();
  await page.keyboard.press("Escape");

  await walk(`/deals/${ids.openDeal}`, "deal-page");
  await walk(`/deals/${ids.wonDeal}`, "deal-page");
  assert.equal(await t("deal-attribution").count(), 0, "attribution is the staff's");
  await screenshot(page, "partners-12-won-deal");
  await walk("/account", "account-identity");
  page.off("response", listen);
  assert.deepEqual(refused, [], "requests the partner's role is refused");
});
