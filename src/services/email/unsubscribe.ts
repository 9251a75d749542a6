// Unsubscribing through the signed link of a message (RFC 8058 one-click). The token names one
// contact and one message; nothing else in the request counts. In one transaction: the address
// is suppressed, the withdrawal of marketing consent is recorded, and an `unsubscribe` touchpoint
// (which ends the contact's sequences) lands on the timeline. Replaying the link changes nothing.
import { and, desc, eq } from "drizzle-orm";
import type { Tx } from "../../store/db.ts";
import { consents, outbox, suppressions, workspaces } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import type { Deps } from "../context.ts";
import { recordTouchpointsIn } from "../touchpoints/record-touchpoints.ts";
import { enqueueWebhookEvent } from "../webhooks/enqueue.ts";
import { type TokenPayload, verifyToken } from "./tokens.ts";

export type UnsubscribeLink =
  | { status: "invalid" }
  | {
      status: "valid";
      /** The address, partly hidden (the page may be seen by someone the mail was forwarded to). */
      maskedEmail: string;
      workspaceName: string;
      /** Already unsubscribed: nothing more would be written. */
      already: boolean;
    };

export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email.slice(0, Math.min(2, at))}***${email.slice(at)}`;
}

interface Target {
  payload: TokenPayload;
  email: string;
  workspaceName: string;
  already: boolean;
}

async function target(tx: Tx, token: string, lock: boolean): Promise<Target | null> {
  const payload = await verifyToken(tx, token, "unsubscribe");
  if (!payload) return null;
  const query = tx
    .select({ contactId: outbox.contactId, to: outbox.toAddress, workspaceName: workspaces.name })
    .from(outbox)
    .innerJoin(workspaces, eq(workspaces.workspaceId, outbox.workspaceId))
    .where(and(eq(outbox.workspaceId, payload.workspaceId), eq(outbox.id, payload.outboxId)));
  // Locking the message serialises two clicks of the same link.
  const [row] = await (lock ? query.for("update", { of: outbox }) : query);
  // The token is signed, so this cannot differ; checked anyway: a token names exactly one contact.
  if (!row || row.contactId !== payload.contactId) return null;
  const email = row.to.toLowerCase();
  const [suppressed] = await tx
    .select({ reason: suppressions.reason })
    .from(suppressions)
    .where(and(eq(suppressions.workspaceId, payload.workspaceId), eq(suppressions.email, email)));
  const [consent] = await tx
    .select({ granted: consents.granted })
    .from(consents)
    .where(
      and(
        eq(consents.workspaceId, payload.workspaceId),
        eq(consents.contactId, payload.contactId),
        eq(consents.purpose, "marketing"),
      ),
    )
    .orderBy(desc(consents.occurredAt), desc(consents.id))
    .limit(1);
  const already = suppressed !== undefined && consent?.granted === false;
  return { payload, email, workspaceName: row.workspaceName, already };
}

/** For the confirmation page (GET): checks the link, writes nothing. */
export async function readUnsubscribeLink(deps: Deps, token: string): Promise<UnsubscribeLink> {
  const t = await inTransaction(deps.db, (tx) => target(tx, token, false));
  if (!t) return { status: "invalid" };
  return {
    status: "valid",
    maskedEmail: maskEmail(t.email),
    workspaceName: t.workspaceName,
    already: t.already,
  };
}

export type UnsubscribeResult =
  | { status: "invalid" }
  | { status: "unsubscribed"; maskedEmail: string; workspaceName: string; alreadyUnsubscribed: boolean };

export async function unsubscribe(deps: Deps, token: string): Promise<UnsubscribeResult> {
  return inTransaction(deps.db, async (tx) => {
    const t = await target(tx, token, true);
    if (!t) return { status: "invalid" as const };
    const done = {
      status: "unsubscribed" as const,
      maskedEmail: maskEmail(t.email),
      workspaceName: t.workspaceName,
      alreadyUnsubscribed: t.already,
    };
    if (t.already) return done;
    const { workspaceId, contactId, outboxId } = t.payload;
    const now = deps.now();
    await tx
      .insert(suppressions)
      .values({
        workspaceId,
        email: t.email,
        reason: "unsubscribe",
        detail: `link in message ${outboxId}`,
        createdAt: now,
      })
      .onConflictDoNothing();
    await tx.insert(consents).values({
      workspaceId,
      contactId,
      purpose: "marketing",
      granted: false,
      source: "unsubscribe link",
      text: null,
      occurredAt: now,
      recordedBy: null,
    });
    await recordTouchpointsIn(
      tx,
      workspaceId,
      [
        {
          contactId,
          kind: "unsubscribe",
          occurredAt: now,
          properties: { outboxId },
          externalId: `unsub:${outboxId}`,
        },
      ],
      now,
    );
    await enqueueWebhookEvent(
      tx,
      workspaceId,
      "contact.unsubscribed",
      { contactId, email: t.email, source: "unsubscribe link", outboxId },
      now,
    );
    return done;
  });
}
