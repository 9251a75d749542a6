// The open pixel and the click redirect. A signed token names the message (and the link's
// position); a click goes only to the URL stored for that message and position, never to
// anything in the request. Each records its touchpoint once per message (and link).
import { and, eq } from "drizzle-orm";
import type { TouchpointKind } from "../../domain/touchpoint-kinds.ts";
import type { Tx } from "../../store/db.ts";
import { outbox, outboxLinks } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import type { Deps } from "../context.ts";
import { recordTouchpointsIn } from "../touchpoints/record-touchpoints.ts";
import { type TokenPayload, verifyToken } from "./tokens.ts";

async function messageOf(tx: Tx, p: TokenPayload) {
  const [row] = await tx
    .select({ contactId: outbox.contactId, status: outbox.status })
    .from(outbox)
    .where(and(eq(outbox.workspaceId, p.workspaceId), eq(outbox.id, p.outboxId)));
  return row && row.contactId === p.contactId ? row : undefined;
}

async function record(
  tx: Tx,
  p: TokenPayload,
  kind: TouchpointKind,
  externalId: string,
  properties: Record<string, unknown>,
  now: Date,
) {
  await recordTouchpointsIn(
    tx,
    p.workspaceId,
    [
      {
        contactId: p.contactId,
        kind,
        occurredAt: now,
        properties: { outboxId: p.outboxId, ...properties },
        externalId,
      },
    ],
    now,
  );
}

/** True when the token is good (answer with the pixel); records `email_open` for a sent message. */
export async function recordOpen(deps: Deps, token: string): Promise<boolean> {
  return inTransaction(deps.db, async (tx) => {
    const p = await verifyToken(tx, token, "open");
    if (!p) return false;
    const message = await messageOf(tx, p);
    if (!message) return false;
    if (message.status === "sent") await record(tx, p, "email_open", `open:${p.outboxId}`, {}, deps.now());
    return true;
  });
}

/** The stored URL to redirect to, or null (bad token, unknown link); records `email_click`. */
export async function recordClick(deps: Deps, token: string): Promise<string | null> {
  return inTransaction(deps.db, async (tx) => {
    const p = await verifyToken(tx, token, "click");
    if (!p || p.position === undefined) return null;
    const message = await messageOf(tx, p);
    if (!message) return null;
    const [link] = await tx
      .select({ url: outboxLinks.url })
      .from(outboxLinks)
      .where(
        and(
          eq(outboxLinks.workspaceId, p.workspaceId),
          eq(outboxLinks.outboxId, p.outboxId),
          eq(outboxLinks.position, p.position),
        ),
      );
    if (!link) return null;
    if (message.status === "sent") {
      await record(tx, p, "email_click", `click:${p.outboxId}:${p.position}`, { url: link.url }, deps.now());
    }
    return link.url;
  });
}
