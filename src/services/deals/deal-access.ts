import { and, eq, type SQL } from "drizzle-orm";
import { notFound } from "../../domain/errors.ts";
import type { Executor } from "../../store/db.ts";
import { deals } from "../../store/schema/index.ts";
import type { Actor } from "../context.ts";

/** Who opens, prices, moves and asks approval for deals: everyone but marketing. */
export const DEAL_SELLERS = ["admin", "sales", "partner"] as const;

/**
 * The deals an actor may see: the workspace's, and for a partner user only those its
 * organisation registered. Everything that reads a deal by id goes through this, so a partner
 * user gets the same 404 for another organisation's deal as for one that does not exist.
 */
export function visibleDeals(actor: Actor): SQL {
  const inWorkspace = eq(deals.workspaceId, actor.workspaceId);
  if (actor.role !== "partner") return inWorkspace;
  return and(inWorkspace, eq(deals.partnerId, actor.partnerId ?? "00000000-0000-0000-0000-000000000000"))!;
}

/** The deal row, locked for update when asked, or 404 if the actor may not see it. */
export async function loadVisibleDeal(
  ex: Executor,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<typeof deals.$inferSelect> {
  const query = ex
    .select()
    .from(deals)
    .where(and(visibleDeals(actor), eq(deals.id, id)));
  const [row] = options.lock ? await query.for("no key update") : await query;
  if (!row) throw notFound("Deal", id);
  return row;
}
