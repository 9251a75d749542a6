// Settings → Webhooks in Chromium: an admin is told under the URL field that a private address is
// refused, adds a webhook to a receiver on loopback (let through by the test-only allow-list),
// copies the secret shown once, sends a test that the receiver verifies with it, watches a
// delivery fail until it is dead with its reason, and replays it. A marketer finds no Webhooks
// tab and is told the page is for admins. Attempts are run by the deliver use case between
// clicks, on the server's clock, which the test moves. Screenshots: test-results/screenshots/webhooks-*.png.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, eq, inArray, lte } from "drizzle-orm";
import type { Page } from "playwright-core";
import { MAX_ATTEMPTS } from "../../src/domain/webhooks.ts";
import { deliverWebhook } from "../../src/services/webhooks/deliver.ts";
import { verifySignature } from "../../src/services/webhooks/signature.ts";
import { webhookDeliveries } from "../../src/store/schema/index.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { type Receiver, startReceiver } from "../support/webhook-receiver.ts";
import { logInAs, openSession, screenshot } from "./browser.ts";

let clock = Date.now();
let api: TestApi;
let receiver: Receiver;
let session: Awaited<ReturnType<typeof openSession>>;
let page: Page;

before(async () => {
  receiver = await startReceiver();
  api = await setupApi({ now: () => new Date(clock), webhooks: { allowAddresses: [receiver.address] } });
  session = await openSession(api.deps);
  page = session.page;
});
after(async () => {
  await session?.close();
  await api?.close();
  await receiver?.close();
});

async function attemptDue() {
  const due = await api.deps.db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.workspaceId, api.workspaceId),
        inArray(webhookDeliveries.status, ["pending", "failed"]),
        lte(webhookDeliveries.nextAttemptAt, new Date(clock)),
      ),
    );
  for (const d of due) await deliverWebhook(api.deps, { workspaceId: api.workspaceId, deliveryId: d.id });
}

const firstDelivery = (p: Page) => p.getByTestId("delivery-row").first();

test("an admin adds a webhook, tests it, and replays a dead delivery", async () => {
  await logInAs(page, session.url, api.admin.email, "correct horse");
  await page.getByTestId("current-user").waitFor();
  await page.goto(`${session.url}/settings`);
  await page.getByTestId("settings-nav").getByRole("link", { name: "Webhooks" }).click();
  await page.getByTestId("webhooks-empty").waitFor();

  await page.getByTestId("webhook-add").click();
  await page.getByTestId("webhook-event-contact.created").uncheck();
  await page.getByTestId("webhook-save").click();
  await page.getByText("Enter the receiver's address, starting with https://").waitFor();
  await page.getByText("Choose at least one event").waitFor();
  await page.getByTestId("webhook-url").fill("http://10.0.0.5/hooks");
  await page.getByTestId("webhook-event-contact.created").check();
  await page.getByTestId("webhook-event-deal.won").check();
  await page.getByTestId("webhook-save").click();
  await page.getByText("The URL must reach a public address: 10.0.0.5 is a private address.").waitFor();
  await page.waitForTimeout(300); // the modal's fade-in
  await screenshot(page, "webhooks-private-address-refused", { fullPage: false });

  await page.getByTestId("webhook-url").fill(receiver.url);
  await page.getByTestId("webhook-description").fill("Data warehouse");
  await page.getByTestId("webhook-save").click();
  const secret = (await page.getByTestId("webhook-secret-value").textContent()) ?? "";
  assert.match(secret, /^whsec_/);
  const row = page.getByTestId("webhook-row");
  await row.getByText("Data warehouse").waitFor();
  assert.equal(await row.getByTestId("webhook-status").textContent(), "On");
  await screenshot(page, "webhooks-added-secret-once");
  await page.getByTestId("webhook-secret-hide").click();
  assert.equal(await page.getByTestId("webhook-secret").count(), 0, "the secret is not shown again");

  await row.getByTestId("webhook-test").click();
  await firstDelivery(page).and(page.locator('[data-event="webhook.ping"]')).waitFor();
  await attemptDue();
  await page.locator('[data-testid="delivery-row"][data-status="delivered"]').waitFor();
  const ping = receiver.received.at(-1)!;
  assert.equal(JSON.parse(ping.body).type, "webhook.ping");
  assert.equal(
    verifySignature(secret, ping.body, ping.headers["baton-signature"] as string, new Date(clock)),
    true,
  );

  // A receiver that keeps failing: every attempt on the schedule, then dead with the reason.
  receiver.answers = [{ status: 500 }];
  await api.call("POST", "/api/v1/contacts", { email: `hook-${api.slug}@example.com` });
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    await attemptDue();
    clock += 25 * 3_600_000;
  }
  await page.getByTestId("delivery-filter").getByText("Dead").click();
  const dead = page.locator('[data-testid="delivery-row"][data-status="dead"]');
  await dead.waitFor();
  assert.equal(
    await dead.getByTestId("delivery-error").textContent(),
    `HTTP 500 (gave up after ${MAX_ATTEMPTS} attempts)`,
  );
  assert.equal(await dead.getByTestId("delivery-attempts").textContent(), String(MAX_ATTEMPTS));
  await screenshot(page, "webhooks-dead-letter");

  receiver.answers = [{ status: 200 }];
  await dead.getByTestId("delivery-replay").click();
  await page.getByTestId("delivery-filter").getByText("All").click();
  await page
    .locator('[data-testid="delivery-row"][data-event="contact.created"][data-status="pending"]')
    .waitFor();
  await attemptDue();
  await page
    .locator('[data-testid="delivery-row"][data-event="contact.created"][data-status="delivered"]')
    .waitFor();
  await screenshot(page, "webhooks-replayed");
  const replayed = page.locator('[data-testid="delivery-row"][data-event="contact.created"]');
  await replayed.getByTestId("delivery-view").click();
  const payload = JSON.parse((await page.getByTestId("delivery-payload").textContent()) ?? "{}");
  assert.deepEqual(Object.keys(payload), ["id", "type", "occurredAt", "workspaceId", "data"]);
  assert.equal(payload.data.contact.email, `hook-${api.slug}@example.com`);
  await page.waitForTimeout(300); // the modal's fade-in
  await screenshot(page, "webhooks-payload", { fullPage: false });
});

test("a marketer finds no Webhooks tab and is told the page is for admins", async () => {
  const marketer = await api.userWithKey("marketing");
  await logInAs(page, session.url, marketer.email, "correct horse");
  await page.getByTestId("current-user").waitFor();
  await page.goto(`${session.url}/settings/scoring`);
  await page.getByTestId("settings-nav").waitFor();
  assert.equal(await page.getByTestId("settings-nav").getByRole("link", { name: "Webhooks" }).count(), 0);
  await page.goto(`${session.url}/settings/webhooks`);
  await page.getByTestId("webhooks-admins-only").waitFor();
});
