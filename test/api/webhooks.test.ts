// Outgoing webhooks as an integrator meets them: each writer's event arrives, signed so that the
// documented recipe verifies it; failures are retried on the schedule, then dead with a reason,
// and replayable; a 410 pauses the subscription; private addresses are refused when subscribing
// and on every redirect hop; only admins manage any of it. The receiver runs on 127.0.0.1, let
// through by the test-only allow-list; attempts are run by calling the deliver use case, on a
// clock the tests move (the worker's concurrency is test/store/webhook-worker.test.ts).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { after, before, beforeEach, describe, test } from "node:test";
import { promisify } from "node:util";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { MAX_ATTEMPTS } from "../../src/domain/webhooks.ts";
import { deliverWebhook } from "../../src/services/webhooks/deliver.ts";
import { verifySignature } from "../../src/services/webhooks/signature.ts";
import { webhookDeliveries, webhookSubscriptions } from "../../src/store/schema/index.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { testDatabaseUrl } from "../support/database.ts";
import { type Answer, type Receiver, startReceiver } from "../support/webhook-receiver.ts";

const execFileAsync = promisify(execFile);
const CLI = path.join(import.meta.dirname, "../../src/cli/main.ts");
let clock = Date.now();
const now = () => new Date(clock);
let api: TestApi;
let receiver: Receiver;
let other: Receiver;
let rep: Awaited<ReturnType<TestApi["userWithKey"]>>;

before(async () => {
  receiver = await startReceiver();
  other = await startReceiver();
  api = await setupApi({
    now,
    // Only the first receiver is let through: `other` stands for an address inside the network.
    webhooks: { allowAddresses: [receiver.address], limits: { totalMs: 1500, connectMs: 1000 } },
  });
  rep = await api.userWithKey("sales");
});
after(async () => {
  await api.close();
  await receiver.close();
  await other.close();
});
beforeEach(async () => {
  await api.deps.db.delete(webhookSubscriptions).where(eq(webhookSubscriptions.workspaceId, api.workspaceId));
  receiver.received.length = 0;
  receiver.answers = [{ status: 200 }];
});

async function subscribe(events: string[], url = receiver.url) {
  const res = await api.call("POST", "/api/v1/webhooks", { url, events, description: "CRM sync" });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as { id: string; secret: string; secretHint: string };
}

/** One attempt at every delivery of this workspace that is due on the test's clock. */
async function attemptDue() {
  const due = await api.deps.db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.workspaceId, api.workspaceId),
        inArray(webhookDeliveries.status, ["pending", "failed"]),
        lte(webhookDeliveries.nextAttemptAt, now()),
      ),
    )
    .orderBy(webhookDeliveries.id);
  for (const d of due) await deliverWebhook(api.deps, { workspaceId: api.workspaceId, deliveryId: d.id });
  return due.length;
}

async function deliveries(query = "") {
  const res = await api.call("GET", `/api/v1/webhook-deliveries${query}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.data as {
    id: string;
    event: string;
    status: string;
    attempts: number;
    lastStatusCode: number | null;
    lastError: string | null;
    nextAttemptAt: string | null;
  }[];
}

async function newContact(email = `c-${crypto.randomUUID()}@example.com`) {
  const res = await api.call("POST", "/api/v1/contacts", { email, firstName: "Lee" });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id as string;
}

const received = () => receiver.received.map((r) => JSON.parse(r.body));

describe("events, signed", () => {
  test("a contact created arrives signed, and the documented recipe verifies it", async () => {
    const sub = await subscribe(["contact.created"]);
    assert.match(sub.secret, /^whsec_[A-Za-z0-9_-]{43}$/);
    assert.equal(sub.secretHint, `…${sub.secret.slice(-4)}`);
    const email = `signed-${crypto.randomUUID()}@example.com`;
    const contactId = await newContact(email);
    assert.equal(await attemptDue(), 1);
    assert.equal(receiver.received.length, 1);
    const [req] = receiver.received;
    const [delivery] = await deliveries();
    assert.equal(req!.headers["content-type"], "application/json");
    assert.equal(req!.headers["baton-event"], "contact.created");
    assert.equal(req!.headers["baton-delivery"], delivery!.id);
    const body = JSON.parse(req!.body);
    assert.deepEqual(Object.keys(body), ["id", "type", "occurredAt", "workspaceId", "data"]);
    assert.equal(body.type, "contact.created");
    assert.equal(body.workspaceId, api.workspaceId);
    assert.equal(body.data.contactId, contactId);
    assert.equal(body.data.contact.email, email);
    assert.equal(body.data.contact.stage, "prospect");

    const signature = req!.headers["baton-signature"] as string;
    assert.match(signature, /^t=\d+,v1=[0-9a-f]{64}$/);
    assert.equal(verifySignature(sub.secret, req!.body, signature, now()), true);
    assert.equal(verifySignature(sub.secret, `${req!.body} `, signature, now()), false, "a changed body");
    assert.equal(verifySignature(`${sub.secret}x`, req!.body, signature, now()), false, "another secret");
    const late = new Date(clock + 6 * 60_000);
    assert.equal(verifySignature(sub.secret, req!.body, signature, late), false, "older than five minutes");

    assert.deepEqual(
      { status: delivery!.status, attempts: delivery!.attempts, code: delivery!.lastStatusCode },
      { status: "delivered", attempts: 1, code: 200 },
    );
    const listed = (await api.call("GET", "/api/v1/webhooks")).body.data;
    assert.equal(listed.length, 1);
    assert.equal("secret" in listed[0], false, "the secret is not listed");
  });

  test("each writer raises its event: a lead, a hand-off and its acceptance, a won deal, an unsubscribe", async () => {
    await subscribe([
      "contact.created",
      "contact.became_lead",
      "contact.handed_over",
      "contact.accepted",
      "deal.won",
      "contact.unsubscribed",
    ]);
    // A form fill by a new address creates the contact and makes it a lead in one batch.
    const touch = await api.call("POST", "/api/v1/touchpoints", {
      email: `lead-${crypto.randomUUID()}@example.com`,
      kind: "form_submit",
      occurredAt: now().toISOString(),
    });
    assert.equal(touch.status, 201, JSON.stringify(touch.body));
    const contactId = touch.body.contactId as string;
    const handed = await api.call("PATCH", `/api/v1/contacts/${contactId}`, {
      stage: "sales_ready",
      ownerId: rep.userId,
    });
    assert.equal(handed.status, 200, JSON.stringify(handed.body));
    const deal = await api.callerFor(rep.key)("POST", "/api/v1/deals", {
      name: "Pilot",
      contactId,
      amountMinor: 500_000,
      currency: "USD",
    });
    assert.equal(deal.status, 201, JSON.stringify(deal.body));
    for (const stage of ["understand", "present", "propose", "contract", "won"]) {
      const moved = await api.callerFor(rep.key)("POST", `/api/v1/deals/${deal.body.id}/move`, { stage });
      assert.equal(moved.status, 200, stage);
    }
    const withdrawn = await api.call("POST", `/api/v1/contacts/${contactId}/consents`, {
      purpose: "marketing",
      granted: false,
      source: "phone call",
    });
    assert.equal(withdrawn.status, 201, JSON.stringify(withdrawn.body));

    await attemptDue();
    const events = received();
    assert.deepEqual(
      events.map((e) => e.type),
      [
        "contact.created",
        "contact.became_lead",
        "contact.handed_over",
        "contact.accepted",
        "deal.won",
        "contact.unsubscribed",
      ],
    );
    assert.ok(events.every((e) => e.data.contactId === contactId));
    const [, lead, handedOver, accepted, won, unsubscribed] = events;
    assert.deepEqual([lead.data.from, lead.data.to, lead.data.cause], ["prospect", "lead", "touchpoint"]);
    assert.equal(handedOver.data.contact.ownerId, rep.userId);
    assert.ok(handedOver.data.handoffId);
    assert.equal(accepted.data.handoffId, handedOver.data.handoffId, "the hand-off accepted is the one made");
    assert.deepEqual(
      [won.data.dealId, won.data.amountMinor, won.data.currency],
      [deal.body.id, 500_000, "USD"],
    );
    assert.equal(won.data.contact.stage, "in_sales", "raised before the contact moved to customer");
    assert.equal(unsubscribed.data.source, "phone call");
    assert.equal(new Set(events.map((e) => e.id)).size, events.length, "each event has its own id");
  });

  test("a batch of 60 form fills raises 60 creations and 60 new leads (the large-batch path)", async () => {
    await subscribe(["contact.created", "contact.became_lead"]);
    const items = Array.from({ length: 60 }, (_, i) => ({
      email: `batch-${i}-${crypto.randomUUID()}@example.com`,
      kind: "form_submit",
      occurredAt: now().toISOString(),
    }));
    const res = await api.call("POST", "/api/v1/touchpoints/batch", { items });
    assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 300));
    const rows = await deliveries("?limit=200");
    assert.equal(rows.filter((d) => d.event === "contact.created").length, 60);
    assert.equal(rows.filter((d) => d.event === "contact.became_lead").length, 60);
  });

  test("a recycled hand-off and a lost deal raise theirs", async () => {
    await subscribe(["contact.recycled", "deal.lost"]);
    const contactId = await newContact();
    const handed = await api.call("PATCH", `/api/v1/contacts/${contactId}`, {
      stage: "sales_ready",
      ownerId: rep.userId,
    });
    assert.equal(handed.status, 200, JSON.stringify(handed.body));
    const [handoff] = (await api.call("GET", `/api/v1/handoffs?contactId=${contactId}`)).body.data;
    const recycled = await api.callerFor(rep.key)("POST", `/api/v1/handoffs/${handoff.id}/recycle`, {
      reason: "bad_timing",
    });
    assert.equal(recycled.status, 200, JSON.stringify(recycled.body));
    const deal = await api.callerFor(rep.key)("POST", "/api/v1/deals", {
      name: "Trial",
      contactId,
      amountMinor: 1000,
      currency: "EUR",
    });
    assert.equal(deal.status, 201, JSON.stringify(deal.body));
    const reasons = (await api.call("GET", "/api/v1/pipelines")).body.lossReasons as { id: string }[];
    const lost = await api.callerFor(rep.key)("POST", `/api/v1/deals/${deal.body.id}/move`, {
      stage: "lost",
      lossReasonId: reasons[0]!.id,
    });
    assert.equal(lost.status, 200, JSON.stringify(lost.body));
    await attemptDue();
    const events = received();
    assert.deepEqual(
      events.map((e) => e.type),
      ["contact.recycled", "deal.lost"],
    );
    assert.equal(events[0].data.handoffId, handoff.id);
    assert.equal(events[1].data.lossReasonId, reasons[0]!.id);
  });

  test("a subscription gets only its events; a refused write raises nothing", async () => {
    await subscribe(["deal.won"]);
    await newContact();
    assert.equal((await deliveries()).length, 0, "no deal was won");
    await api.deps.db
      .delete(webhookSubscriptions)
      .where(eq(webhookSubscriptions.workspaceId, api.workspaceId));
    await subscribe(["contact.created"]);
    const email = `twice-${crypto.randomUUID()}@example.com`;
    await newContact(email);
    const again = await api.call("POST", "/api/v1/contacts", { email });
    assert.equal(again.status, 409);
    assert.equal((await deliveries()).length, 1, "the rolled-back creation left no delivery");
  });
});

describe("retries and dead letters", () => {
  test("a 500 is tried again a minute later, then delivered", async () => {
    await subscribe(["contact.created"]);
    receiver.answers = [{ status: 500 }, { status: 200 }];
    await newContact();
    await attemptDue();
    let [d] = await deliveries();
    assert.deepEqual(
      [d!.status, d!.attempts, d!.lastStatusCode, d!.lastError],
      ["failed", 1, 500, "HTTP 500"],
    );
    assert.equal(d!.nextAttemptAt, new Date(clock + 60_000).toISOString());
    clock += 30_000;
    assert.equal(await attemptDue(), 0, "not before its minute");
    clock += 31_000;
    await attemptDue();
    [d] = await deliveries("?status=delivered");
    assert.deepEqual([d!.attempts, d!.lastStatusCode, d!.lastError], [2, 200, null]);
    assert.equal(receiver.received.length, 2);
    assert.equal(
      receiver.received[0]!.headers["baton-delivery"],
      receiver.received[1]!.headers["baton-delivery"],
    );
  });

  test("after the last attempt a delivery is dead with its reason, and a replay sends it again", async () => {
    await subscribe(["contact.created"]);
    receiver.answers = [{ status: 503 }];
    await newContact();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      assert.equal(await attemptDue(), 1, `attempt ${i + 1}`);
      clock += 25 * 3_600_000;
    }
    const [dead] = await deliveries("?status=dead");
    assert.equal(dead!.attempts, MAX_ATTEMPTS);
    assert.equal(dead!.lastError, `HTTP 503 (gave up after ${MAX_ATTEMPTS} attempts)`);
    assert.equal(await attemptDue(), 0, "a dead delivery is not attempted");

    receiver.answers = [{ status: 204 }];
    const asMarketing = api.callerFor((await api.userWithKey("marketing")).key);
    assert.equal((await asMarketing("POST", `/api/v1/webhook-deliveries/${dead!.id}/replay`)).status, 403);
    const replay = await api.call("POST", `/api/v1/webhook-deliveries/${dead!.id}/replay`);
    assert.equal(replay.status, 202, JSON.stringify(replay.body));
    assert.deepEqual([replay.body.status, replay.body.attempts], ["pending", 0]);
    await attemptDue();
    const [d] = await deliveries();
    assert.deepEqual([d!.status, d!.attempts], ["delivered", 1]);
    const twice = await api.call("POST", `/api/v1/webhook-deliveries/${dead!.id}/replay`);
    assert.equal(twice.status, 409, "a delivered one is not replayed");
  });

  test("410 Gone pauses the subscription and dead-letters the delivery", async () => {
    const sub = await subscribe(["contact.created"]);
    receiver.answers = [{ status: 410 }];
    await newContact();
    await attemptDue();
    const [d] = await deliveries();
    assert.equal(d!.status, "dead");
    assert.match(d!.lastError!, /410 Gone/);
    const after = (await api.call("GET", `/api/v1/webhooks/${sub.id}`)).body;
    assert.deepEqual([after.active, after.pausedReason], [false, "The receiver answered 410 Gone"]);
    await newContact();
    assert.equal((await deliveries()).length, 1, "a paused subscription gets no new deliveries");
  });

  const answers: [string, Answer, RegExp | null][] = [
    ["a receiver that never answers times out", { hang: true }, /^timed out after 1\.5 s$/],
    ["an endless body is cut at 64 KB and the status counts", { endlessBody: true }, null],
  ];
  for (const [name, answer, error] of answers) {
    test(name, async () => {
      await subscribe(["contact.created"]);
      receiver.answers = [answer];
      await newContact();
      const started = Date.now();
      await attemptDue();
      assert.ok(Date.now() - started < 3000, "within the limit");
      const [d] = await deliveries();
      if (error) {
        assert.equal(d!.status, "failed");
        assert.match(d!.lastError!, error);
      } else assert.equal(d!.status, "delivered");
    });
  }
});

describe("addresses", () => {
  test("a private, loopback or odd address is refused when subscribing, naming the field", async () => {
    const refused: [string, RegExp][] = [
      ["http://10.0.0.5/hook", /10\.0\.0\.5 is a private address/],
      ["http://169.254.169.254/latest/meta-data", /metadata/],
      ["http://0177.0.0.1/", /127\.0\.0\.1 is a loopback address/],
      ["http://2130706433/", /127\.0\.0\.1 is a loopback address/],
      ["http://0x7f.0.0.1/", /127\.0\.0\.1 is a loopback address/],
      ["http://[::ffff:127.0.0.1]/", /IPv4-mapped/],
      ["http://[::1]/", /loopback/],
      ["http://localhost:8080/", /this machine/],
      ["http://user:secret@example.com/", /user name or password/],
      ["ftp://example.com/", /https:\/\/ or http:\/\//],
      [other.url, /127\.0\.0\.1 is a loopback address/],
    ];
    for (const [url, message] of refused) {
      const res = await api.call("POST", "/api/v1/webhooks", { url, events: ["contact.created"] });
      assert.equal(res.status, 400, url);
      assert.equal(res.body.error.details.issues[0].path, "url", url);
      assert.match(res.body.error.details.issues[0].message, message, url);
    }
    const none = await api.call("POST", "/api/v1/webhooks", { url: "https://example.com/h", events: [] });
    assert.equal(none.status, 400);
    assert.equal(none.body.error.details.issues[0].path, "events");
    assert.equal((await api.call("GET", "/api/v1/webhooks")).body.data.length, 0);
  });

  test("a redirect to an address that is not allowed is refused at that hop, and the delivery is dead", async () => {
    await subscribe(["contact.created"]);
    receiver.answers = [{ redirect: other.url }];
    await newContact();
    await attemptDue();
    const [d] = await deliveries();
    assert.equal(d!.status, "dead", "retrying cannot make the address public");
    assert.equal(d!.lastError, "refused: 127.0.0.1 is a loopback address");
    assert.equal(other.received.length, 0, "the second hop never connected");
  });

  test("redirects within allowed addresses are followed, at most three", async () => {
    await subscribe(["contact.created"]);
    const next = `http://${receiver.address}/moved`;
    receiver.answers = [{ redirect: next }, { redirect: next, status: 308 }, { status: 200 }];
    await newContact();
    await attemptDue();
    assert.equal((await deliveries())[0]!.status, "delivered");
    assert.equal(receiver.received.length, 3);
    assert.equal(receiver.received[2]!.body, receiver.received[0]!.body, "the same signed body every hop");

    receiver.received.length = 0;
    receiver.answers = [{ redirect: next }];
    await newContact();
    await attemptDue();
    const [loop] = await deliveries();
    assert.equal(loop!.status, "failed");
    assert.match(loop!.lastError!, /more than 3 redirects/);
    assert.equal(receiver.received.length, 4);
  });
});

describe("managing webhooks", () => {
  test("only admins manage webhooks; a refused write changes nothing", async () => {
    const sub = await subscribe(["deal.won"]);
    for (const role of ["marketing", "sales"] as const) {
      const as = api.callerFor((await api.userWithKey(role)).key);
      assert.equal((await as("GET", "/api/v1/webhooks")).status, 403, role);
      assert.equal((await as("GET", "/api/v1/webhook-deliveries")).status, 403, role);
      const create = await as("POST", "/api/v1/webhooks", {
        url: "https://example.com/x",
        events: ["deal.won"],
      });
      assert.equal(create.status, 403, role);
      assert.equal((await as("PATCH", `/api/v1/webhooks/${sub.id}`, { events: ["deal.lost"] })).status, 403);
      assert.equal((await as("POST", `/api/v1/webhooks/${sub.id}/rotate-secret`)).status, 403);
      assert.equal((await as("DELETE", `/api/v1/webhooks/${sub.id}`)).status, 403);
    }
    const rows = await api.deps.db
      .select()
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.workspaceId, api.workspaceId));
    assert.equal(rows.length, 1);
    assert.deepEqual(rows[0]!.events, ["deal.won"]);
    assert.equal(rows[0]!.secret, sub.secret);
  });

  test("edit, test ping, rotate the secret, delete", async () => {
    const sub = await subscribe(["deal.won"]);
    const edited = await api.call("PATCH", `/api/v1/webhooks/${sub.id}`, {
      events: ["contact.created", "deal.lost"],
      description: "Warehouse",
    });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.deepEqual(edited.body.events, ["contact.created", "deal.lost"]);
    const ping = await api.call("POST", `/api/v1/webhooks/${sub.id}/test`);
    assert.equal(ping.status, 202, JSON.stringify(ping.body));
    await attemptDue();
    assert.equal(received()[0].type, "webhook.ping");

    const rotated = await api.call("POST", `/api/v1/webhooks/${sub.id}/rotate-secret`);
    assert.equal(rotated.status, 200);
    assert.notEqual(rotated.body.secret, sub.secret);
    await newContact();
    await attemptDue();
    const last = receiver.received.at(-1)!;
    const signature = last.headers["baton-signature"] as string;
    assert.equal(verifySignature(rotated.body.secret, last.body, signature, now()), true);
    assert.equal(verifySignature(sub.secret, last.body, signature, now()), false);

    assert.equal((await api.call("DELETE", `/api/v1/webhooks/${sub.id}`)).status, 204);
    const left = await api.deps.db.execute(
      sql`select count(*)::int as n from webhook_deliveries where workspace_id = ${api.workspaceId}`,
    );
    assert.equal(left.rows[0]!.n, 0, "its deliveries went with it");
    assert.equal((await api.call("GET", `/api/v1/webhooks/${sub.id}`)).status, 404);

    // Each change is in the audit log, in words, and never with the secret.
    const audit = await api.call("GET", "/api/v1/audit-events?targetType=webhook&limit=50");
    assert.equal(audit.status, 200, JSON.stringify(audit.body));
    const mine = audit.body.data.filter((e: { targetId: string }) => e.targetId === sub.id);
    assert.deepEqual(mine.map((e: { action: string }) => e.action).reverse(), [
      "webhook.created",
      "webhook.changed",
      "webhook.secret_rotated",
      "webhook.deleted",
    ]);
    assert.match(mine.at(-2).summary, /changed: events, description/);
    const text = JSON.stringify(audit.body);
    assert.ok(!text.includes(sub.secret) && !text.includes(rotated.body.secret), "no secret in the log");
  });
});

describe("from a terminal", () => {
  test("baton webhook deliveries --status dead lists the dead letters, and replay sends one again", async () => {
    await subscribe(["contact.created"]);
    receiver.answers = [{ redirect: other.url }];
    await newContact();
    await attemptDue();
    const [dead] = await deliveries("?status=dead");
    const baton = async (...args: string[]) => {
      try {
        const { stdout } = await execFileAsync(
          process.execPath,
          [CLI, "webhook", ...args, "--workspace", api.slug],
          {
            env: {
              ...process.env,
              DATABASE_URL: testDatabaseUrl(),
              BATON_PUBLIC_URL: "https://baton.example.test",
            },
          },
        );
        return { code: 0, stdout };
      } catch (err) {
        const e = err as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout + e.stderr };
      }
    };
    const letters = await baton("deliveries", "--status", "dead");
    assert.equal(letters.stdout, `${dead!.id}\tdead\t1\tcontact.created\t${dead!.lastError}\n`);
    const replayed = await baton("replay", dead!.id);
    assert.equal(replayed.code, 0, replayed.stdout);
    assert.equal((await deliveries())[0]!.status, "pending");
  });
});
