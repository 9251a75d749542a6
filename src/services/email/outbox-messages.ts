// The outbox as the app shows it: every message Baton sent, will send or decided not to send,
// newest first. A message's HTML is returned for display with its tracking taken out (the
// click links point at their stored targets, the open pixel is gone), so looking at a message
// in the app never counts as the contact opening or clicking it.
import { and, asc, desc, eq, lt } from "drizzle-orm";
import { notFound } from "../../domain/errors.ts";
import { escapeHtml } from "../../domain/merge.ts";
import { contacts, outbox, outboxLinks } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { decodeCursor, encodeCursor, isIdCursor } from "../pagination.ts";
import type { OutboxStatus } from "./queue-email.ts";
import { signingKeyOf, verifyTokenWithKey } from "./tokens.ts";

const summaryColumns = {
  id: outbox.id,
  contactId: outbox.contactId,
  firstName: contacts.firstName,
  lastName: contacts.lastName,
  enrolmentId: outbox.enrolmentId,
  stepId: outbox.stepId,
  broadcastId: outbox.broadcastId,
  templateId: outbox.templateId,
  kind: outbox.kind,
  from: outbox.fromAddress,
  to: outbox.toAddress,
  subject: outbox.subject,
  messageId: outbox.messageId,
  status: outbox.status,
  reason: outbox.reason,
  attempts: outbox.attempts,
  local: outbox.local,
  createdAt: outbox.createdAt,
  sentAt: outbox.sentAt,
};

type Summary = {
  [K in keyof typeof summaryColumns]: (typeof summaryColumns)[K]["_"]["notNull"] extends true
    ? (typeof summaryColumns)[K]["_"]["data"]
    : (typeof summaryColumns)[K]["_"]["data"] | null;
};

const present = ({ firstName, lastName, createdAt, sentAt, ...m }: Summary) => ({
  ...m,
  contactName: [firstName, lastName].filter(Boolean).join(" ") || null,
  createdAt: createdAt.toISOString(),
  sentAt: sentAt?.toISOString() ?? null,
});
export type OutboxSummary = ReturnType<typeof present>;

const contactJoin = and(eq(contacts.workspaceId, outbox.workspaceId), eq(contacts.id, outbox.contactId));

export async function listOutbox(
  deps: Deps,
  actor: Actor,
  input: {
    status?: OutboxStatus;
    contactId?: string;
    broadcastId?: string;
    limit: number;
    cursor?: string;
  },
) {
  authorize(actor, STAFF, "read the outbox");
  const cursor = decodeCursor(input.cursor, isIdCursor);
  const rows = await deps.db
    .select(summaryColumns)
    .from(outbox)
    .innerJoin(contacts, contactJoin)
    .where(
      and(
        eq(outbox.workspaceId, actor.workspaceId),
        input.status ? eq(outbox.status, input.status) : undefined,
        input.contactId ? eq(outbox.contactId, input.contactId) : undefined,
        input.broadcastId ? eq(outbox.broadcastId, input.broadcastId) : undefined,
        cursor ? lt(outbox.id, cursor.id) : undefined,
      ),
    )
    // UUIDv7 ids grow with creation time: newest first.
    .orderBy(desc(outbox.id))
    .limit(input.limit + 1);
  const data = rows.slice(0, input.limit);
  const last = data.at(-1);
  return {
    data: data.map(present),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ key: null, id: last.id }) : null,
  };
}

export async function getOutboxMessage(deps: Deps, actor: Actor, id: string) {
  authorize(actor, STAFF, "read the outbox");
  const ws = actor.workspaceId;
  const [row] = await deps.db
    .select({ ...summaryColumns, textBody: outbox.textBody, htmlBody: outbox.htmlBody })
    .from(outbox)
    .innerJoin(contacts, contactJoin)
    .where(and(eq(outbox.workspaceId, ws), eq(outbox.id, id)));
  if (!row) throw notFound("Message", id);
  const links = await deps.db
    .select({ position: outboxLinks.position, url: outboxLinks.url })
    .from(outboxLinks)
    .where(and(eq(outboxLinks.workspaceId, ws), eq(outboxLinks.outboxId, id)))
    .orderBy(asc(outboxLinks.position));
  const key = (await signingKeyOf(deps.db, ws))!;
  const { textBody, htmlBody, ...summary } = row;
  return {
    ...present(summary),
    textBody,
    /** The HTML part without tracking: for display only (in a sandboxed frame). */
    htmlBody: withoutTracking(
      htmlBody,
      key,
      links.map((l) => l.url),
    ),
    links: links.map((l) => l.url),
  };
}

function withoutTracking(html: string, key: string, links: string[]): string {
  return html
    .replace(/<img src="[^"]*\/t\/o\/[A-Za-z0-9_-]+"[^>]*>/g, "")
    .replace(/href="[^"]*\/t\/c\/([A-Za-z0-9_-]+)"/g, (whole, token: string) => {
      const p = verifyTokenWithKey(key, token, "click");
      const url = p?.position !== undefined ? links[p.position] : undefined;
      return url ? `href="${escapeHtml(url)}"` : whole;
    });
}
