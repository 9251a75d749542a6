// Helpers of the email suites: point a workspace at the loopback SMTP server, make contacts with
// or without consent, templates, and queue or send without going through a job queue.
import assert from "node:assert/strict";
import { and, eq } from "drizzle-orm";
import { type QueueEmailInput, queueEmail } from "../../src/services/email/queue-email.ts";
import { sendDueEmails } from "../../src/services/email/send-due-emails.ts";
import { outbox, touchpoints } from "../../src/store/schema/index.ts";
import { inTransaction } from "../../src/store/transaction.ts";
import type { TestApi } from "./api.ts";

export const ALWAYS_OPEN = { timeZone: "UTC", days: [1, 2, 3, 4, 5, 6, 7], start: "00:00", end: "23:59" };

export async function useSmtp(api: TestApi, port: number | null): Promise<void> {
  const res = await api.call("PUT", "/api/v1/email-settings", {
    smtp: port === null ? null : { host: "127.0.0.1", port, security: "none" },
    fromName: "Acme News",
    fromAddress: "news@acme.test",
    sendWindow: ALWAYS_OPEN,
    ratePerMinute: 600,
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
}

let counter = 0;
export async function newContact(
  api: TestApi,
  options: { firstName?: string; lastName?: string; consent?: boolean; stage?: string; email?: string } = {},
): Promise<{ id: string; email: string }> {
  const email = options.email ?? `c${++counter}-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const res = await api.call("POST", "/api/v1/contacts", {
    email,
    firstName: options.firstName ?? "Ada",
    lastName: options.lastName ?? "Lovelace",
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const id = res.body.id as string;
  if (options.consent ?? true) {
    const consent = await api.call("POST", `/api/v1/contacts/${id}/consents`, {
      purpose: "marketing",
      granted: true,
      source: "web form",
      text: "Yes, send me the newsletter.",
    });
    assert.equal(consent.status, 201, JSON.stringify(consent.body));
  }
  if (options.stage) {
    const moved = await api.call("PATCH", `/api/v1/contacts/${id}`, { stage: options.stage });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
  }
  return { id, email };
}

export async function newTemplate(
  api: TestApi,
  fields: { kind?: "marketing" | "transactional"; subject?: string; body?: string; name?: string } = {},
): Promise<string> {
  const res = await api.call("POST", "/api/v1/email-templates", {
    name: fields.name ?? `Template ${crypto.randomUUID().slice(0, 8)}`,
    kind: fields.kind ?? "marketing",
    subject: fields.subject ?? "News for {{firstName}}",
    body:
      fields.body ??
      "Hi {{firstName}},\n\nOur news: https://acme.test/news\n\nUnsubscribe: {{unsubscribeUrl}}",
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id;
}

export async function queue(api: TestApi, input: Omit<QueueEmailInput, "workspaceId" | "publicUrl">) {
  return inTransaction(api.deps.db, (tx) =>
    queueEmail(tx, { workspaceId: api.workspaceId, publicUrl: api.deps.publicUrl, ...input }, api.deps.now()),
  );
}

export const sendAll = (api: TestApi) =>
  sendDueEmails(api.deps, { workspaceId: api.workspaceId, limit: 1000 });

export async function outboxRow(api: TestApi, id: string) {
  const [row] = await api.deps.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.workspaceId, api.workspaceId), eq(outbox.id, id)));
  assert.ok(row, `outbox row ${id}`);
  return row;
}

export async function touchpointKinds(api: TestApi, contactId: string): Promise<string[]> {
  const rows = await api.deps.db
    .select({ kind: touchpoints.kind })
    .from(touchpoints)
    .where(and(eq(touchpoints.workspaceId, api.workspaceId), eq(touchpoints.contactId, contactId)));
  return rows.map((r) => r.kind).sort();
}

/** A public endpoint, called like a stranger would: no API key, no cookie. */
export async function publicRequest(api: TestApi, path: string, init: RequestInit = {}) {
  const res = await api.app.request(path, init);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** The path of a URL (public links point at BATON_PUBLIC_URL; the app is called in-process). */
export const pathOf = (url: string) => new URL(url).pathname;
