// Reading proposals: a deal's, one by id, and one as its PDF. Staff and partner users read the
// offers of the deals they may see (a partner user: its organisation's deals only).
import { and, eq, gte, lt, or, type SQL } from "drizzle-orm";
import { localDate } from "../../domain/proposals.ts";
import { deals, proposals } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { loadVisibleDeal, visibleDeals } from "../deals/deal-access.ts";
import { decodeCursor, encodeCursor, isIdCursor } from "../pagination.ts";
import { proposalFile } from "./proposal-pdf.ts";
import type { ProposalListQuery } from "./proposal-schemas.ts";
import {
  loadProposals,
  loadVisibleProposal,
  presentContext,
  presentDocument,
  presentProposal,
  workspaceTimeZone,
} from "./proposal-view.ts";

const READERS = [...STAFF, "partner"] as const;

export async function listDealProposals(deps: Deps, actor: Actor, dealId: string) {
  authorize(actor, READERS, "read proposals");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    await loadVisibleDeal(tx, actor, dealId);
    const ctx = await presentContext(tx, deps, actor.workspaceId, now);
    const rows = await loadProposals(
      tx,
      and(visibleDeals(actor), eq(proposals.workspaceId, actor.workspaceId), eq(proposals.dealId, dealId))!,
    );
    const data = [];
    for (const row of rows) data.push(await presentProposal(tx, row, ctx));
    return { data };
  });
}

/**
 * The workspace's proposals the actor may see, newest first, by status ("sent" means still open
 * to accept, "expired" sent and past its last day) and optionally only the actor's own deals.
 */
export async function listProposals(deps: Deps, actor: Actor, query: ProposalListQuery) {
  authorize(actor, READERS, "read proposals");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const ctx = await presentContext(tx, deps, actor.workspaceId, now);
    const today = localDate(now, ctx.timeZone);
    const byStatus: Record<string, SQL | undefined> = {
      sent: and(eq(proposals.status, "sent"), gte(proposals.validUntil, today)),
      expired: and(eq(proposals.status, "sent"), lt(proposals.validUntil, today)),
    };
    const status = query.status
      ? (byStatus[query.status] ?? eq(proposals.status, query.status as "draft"))
      : undefined;
    const cursor = decodeCursor(query.cursor, isIdCursor);
    const after = cursor?.key
      ? or(
          lt(proposals.createdAt, new Date(cursor.key)),
          and(eq(proposals.createdAt, new Date(cursor.key)), lt(proposals.id, cursor.id)),
        )
      : undefined;
    const rows = await loadProposals(
      tx,
      and(
        visibleDeals(actor),
        eq(proposals.workspaceId, actor.workspaceId),
        status,
        query.mine ? eq(deals.ownerId, actor.userId) : undefined,
        after,
      )!,
      query.limit + 1,
    );
    const page = rows.slice(0, query.limit);
    const data = [];
    for (const row of page) data.push(await presentProposal(tx, row, ctx));
    const last = page.at(-1)?.proposal;
    return {
      data,
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor({ key: last.createdAt.toISOString(), id: last.id })
          : null,
    };
  });
}

export async function getProposal(deps: Deps, actor: Actor, id: string) {
  authorize(actor, READERS, "read proposals");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const ctx = await presentContext(tx, deps, actor.workspaceId, now);
    return presentProposal(tx, await loadVisibleProposal(tx, actor, id), ctx);
  });
}

/** The document as the prospect will see it; a draft is marked as one on every page. */
export async function proposalPdf(deps: Deps, actor: Actor, id: string) {
  authorize(actor, READERS, "read proposals");
  const now = deps.now();
  const doc = await inTransaction(deps.db, async (tx) => {
    const tz = await workspaceTimeZone(tx, actor.workspaceId);
    return presentDocument(await loadVisibleProposal(tx, actor, id), now, tz);
  });
  return proposalFile(doc);
}
