import { and, eq, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { weightedForecastMinor } from "../../domain/pipeline.ts";
import { deals } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { decodeCursor, encodeCursor, isIdCursor } from "../pagination.ts";
import { visibleDeals } from "./deal-access.ts";
import { type DealView, readDeals } from "./deal-view.ts";

export const DEAL_READERS = ["admin", "marketing", "sales", "partner"] as const;

import { ensureSalesDefaults, loadPipeline } from "./pipelines.ts";

export interface DealFilters {
  pipelineId?: string;
  stage?: string;
  ownerId?: string;
  contactId?: string;
  companyId?: string;
  /** open: not won or lost; closed: won or lost (newest first either way). */
  status?: "open" | "closed";
}

export async function listDeals(
  deps: Deps,
  actor: Actor,
  input: DealFilters & { limit: number; cursor?: string },
): Promise<{ data: DealView[]; nextCursor: string | null }> {
  authorize(actor, DEAL_READERS, "read deals");
  const cursor = decodeCursor(input.cursor, isIdCursor);
  const rows = await readDeals(
    deps.db,
    and(
      visibleDeals(actor),
      input.pipelineId ? eq(deals.pipelineId, input.pipelineId) : undefined,
      input.stage ? eq(deals.stage, input.stage) : undefined,
      input.ownerId ? eq(deals.ownerId, input.ownerId) : undefined,
      input.contactId ? eq(deals.contactId, input.contactId) : undefined,
      // A company's deals: those opened for it, and those of its people.
      input.companyId
        ? sql`(${deals.companyId} = ${input.companyId} or ${deals.contactId} in (select id from contacts
            where workspace_id = ${actor.workspaceId} and company_id = ${input.companyId}))`
        : undefined,
      input.status === "open" ? isNull(deals.closedAt) : undefined,
      input.status === "closed" ? isNotNull(deals.closedAt) : undefined,
      cursor ? lt(deals.id, cursor.id) : undefined,
    )!,
    input.limit + 1,
  );
  const data = rows.slice(0, input.limit);
  const last = data.at(-1);
  return {
    data,
    nextCursor: rows.length > input.limit && last ? encodeCursor({ key: null, id: last.id }) : null,
  };
}

/** The pipeline board's columns: each stage with its deal count and totals per currency. */
export async function pipelineBoard(
  deps: Deps,
  actor: Actor,
  input: { pipelineId?: string; ownerId?: string },
) {
  authorize(actor, DEAL_READERS, "read the pipeline");
  const pipeline = input.pipelineId
    ? await loadPipeline(deps.db, actor.workspaceId, input.pipelineId)
    : await ensureSalesDefaults(deps.db, actor.workspaceId);
  const totals = await deps.db
    .select({
      stage: deals.stage,
      currency: deals.currency,
      count: sql<number>`count(*)::int`,
      // numeric, not bigint: a sum over many large deals must not overflow.
      amountMinor: sql<string>`sum(${deals.amountMinor})::numeric`,
    })
    .from(deals)
    .where(
      and(
        visibleDeals(actor),
        eq(deals.pipelineId, pipeline.id),
        input.ownerId ? eq(deals.ownerId, input.ownerId) : undefined,
      ),
    )
    .groupBy(deals.stage, deals.currency);
  const stages = pipeline.stages.map((s) => {
    const rows = totals.filter((t) => t.stage === s.key);
    return {
      ...s,
      count: rows.reduce((n, r) => n + Number(r.count), 0),
      totals: rows.map((r) => ({ currency: r.currency, amountMinor: Number(r.amountMinor) })),
    };
  });
  const open = totals.filter((t) => pipeline.stages.find((s) => s.key === t.stage)?.outcome === "open");
  const currencies = [...new Set(open.map((t) => t.currency))];
  return {
    pipeline: { id: pipeline.id, name: pipeline.name },
    stages,
    weightedForecast: currencies.map((currency) => ({
      currency,
      amountMinor: weightedForecastMinor(
        open
          .filter((t) => t.currency === currency)
          .map((t) => ({ stage: t.stage, amountMinor: Number(t.amountMinor) })),
        pipeline.stages,
      ),
    })),
  };
}
