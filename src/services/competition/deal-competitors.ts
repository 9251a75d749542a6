// The competitors a deal met. Their win/loss record comes from these rows and the deals' outcomes.
import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import type { Executor } from "../../store/db.ts";
import { competitors, dealCompetitors } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import type { Actor, Deps } from "../context.ts";
import { authorize } from "../context.ts";
import { loadVisibleDeal } from "../deals/deal-access.ts";
import type { DealCompetitorsInput } from "./competition-schemas.ts";
import { type BattlecardView, presentBattlecard } from "./competitor-use-cases.ts";
import { DEAL_DETAIL_READERS, DEAL_DETAIL_WRITERS } from "./deal-details-access.ts";

async function battlecardsOf(ex: Executor, workspaceId: string, dealId: string) {
  const rows = await ex
    .select({ c: competitors })
    .from(dealCompetitors)
    .innerJoin(
      competitors,
      and(
        eq(competitors.workspaceId, dealCompetitors.workspaceId),
        eq(competitors.id, dealCompetitors.competitorId),
      ),
    )
    .where(and(eq(dealCompetitors.workspaceId, workspaceId), eq(dealCompetitors.dealId, dealId)))
    .orderBy(asc(sql`lower(${competitors.name})`));
  return { data: rows.map((r) => presentBattlecard(r.c)) };
}

export async function listDealCompetitors(
  deps: Deps,
  actor: Actor,
  dealId: string,
): Promise<{ data: BattlecardView[] }> {
  authorize(actor, DEAL_DETAIL_READERS, "read a deal's competitors");
  return inTransaction(deps.db, async (tx) => {
    await loadVisibleDeal(tx, actor, dealId);
    return battlecardsOf(tx, actor.workspaceId, dealId);
  });
}

/** Replaces the set of competitors a deal met. An unknown id refuses the whole change (422). */
export async function replaceDealCompetitors(
  deps: Deps,
  actor: Actor,
  input: { dealId: string; body: DealCompetitorsInput },
): Promise<{ data: BattlecardView[] }> {
  authorize(actor, DEAL_DETAIL_WRITERS, "change a deal's competitors");
  const ws = actor.workspaceId;
  const ids = [...new Set(input.body.competitorIds)];
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    await loadVisibleDeal(tx, actor, input.dealId, { lock: true });
    if (ids.length > 0) {
      // `for key share` keeps a named competitor from being deleted before the insert lands.
      const found = await tx
        .select({ id: competitors.id })
        .from(competitors)
        .where(and(eq(competitors.workspaceId, ws), inArray(competitors.id, ids)))
        .for("key share");
      const known = new Set(found.map((r) => r.id));
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw new AppError(
          "unknown_reference",
          `Competitor${unknown.length === 1 ? "" : "s"} ${unknown.join(", ")} ${unknown.length === 1 ? "was" : "were"} not found.`,
          { competitorIds: unknown },
        );
      }
    }
    const ofDeal = and(eq(dealCompetitors.workspaceId, ws), eq(dealCompetitors.dealId, input.dealId));
    await tx
      .delete(dealCompetitors)
      .where(ids.length > 0 ? and(ofDeal, notInArray(dealCompetitors.competitorId, ids)) : ofDeal);
    if (ids.length > 0) {
      // Competitors already on the deal keep their row (and the date they were first named).
      await tx
        .insert(dealCompetitors)
        .values(
          ids.map((competitorId) => ({
            workspaceId: ws,
            dealId: input.dealId,
            competitorId,
            createdAt: now,
          })),
        )
        .onConflictDoNothing();
    }
    return battlecardsOf(tx, ws, input.dealId);
  });
}
