// Competitors and their battlecards, with each one's record: the deals that named it, counted by
// the outcome of the stage they stand in.
import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { Executor } from "../../store/db.ts";
import { recordStore } from "../../store/queries/records.ts";
import { competitors, dealCompetitors, deals } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS, STAFF } from "../context.ts";
import { decodeCursor, encodeCursor, isIdCursor, pageById } from "../pagination.ts";
import type { CompetitorInput, UpdateCompetitorInput } from "./competition-schemas.ts";

// A battlecard is marketing's work (positioning against competitors); sales reads it.
const BATTLECARD_EDITORS = SETTINGS_EDITORS;

const store = recordStore({
  table: competitors,
  label: "Competitor",
  conflictMessage: "A competitor with this name already exists.",
  inUseMessage: "This competitor is still referenced.",
});

type CompetitorRow = typeof competitors.$inferSelect;

/** The battlecard alone: what a deal shows, and all a partner user may see of a competitor. */
export const presentBattlecard = (c: CompetitorRow) => ({
  id: c.id,
  name: c.name,
  website: c.website,
  positioning: c.positioning,
  strengths: c.strengths,
  weaknesses: c.weaknesses,
});
export type BattlecardView = ReturnType<typeof presentBattlecard>;

interface CompetitorRecord {
  wins: number;
  losses: number;
  open: number;
}

/**
 * The outcome (open | won | lost) of a deal's current stage, read from its pipeline's stage list.
 * A stage the pipeline no longer has gives null, and such a deal counts nowhere.
 */
export const dealOutcomeSql = sql<string | null>`(
  select s->>'outcome' from pipelines p, jsonb_array_elements(p.stages) s
  where p.workspace_id = ${deals.workspaceId} and p.id = ${deals.pipelineId} and s->>'key' = ${deals.stage}
  limit 1)`;

async function recordsOf(ex: Executor, workspaceId: string, ids: string[]) {
  const records = new Map<string, CompetitorRecord>();
  if (ids.length === 0) return records;
  const rows = await ex.execute<{ competitor_id: string; wins: number; losses: number; open: number }>(sql`
    select dc.competitor_id,
      count(*) filter (where o.outcome = 'won')::int as wins,
      count(*) filter (where o.outcome = 'lost')::int as losses,
      count(*) filter (where o.outcome = 'open')::int as open
    from deal_competitors dc
    join deals on deals.workspace_id = dc.workspace_id and deals.id = dc.deal_id
    cross join lateral (select ${dealOutcomeSql} as outcome) o
    where dc.workspace_id = ${workspaceId} and dc.competitor_id = any(${`{${ids.join(",")}}`}::uuid[])
    group by dc.competitor_id`);
  for (const r of rows.rows) records.set(r.competitor_id, { wins: r.wins, losses: r.losses, open: r.open });
  return records;
}

function present(c: CompetitorRow, record: CompetitorRecord = { wins: 0, losses: 0, open: 0 }) {
  const closed = record.wins + record.losses;
  return {
    ...presentBattlecard(c),
    wins: record.wins,
    losses: record.losses,
    open: record.open,
    /** Wins over closed deals (won + lost); null before any of them closed. */
    winRate: closed === 0 ? null : record.wins / closed,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
export type CompetitorView = ReturnType<typeof present>;

async function withRecord(ex: Executor, workspaceId: string, row: CompetitorRow) {
  return present(row, (await recordsOf(ex, workspaceId, [row.id])).get(row.id));
}

export async function createCompetitor(deps: Deps, actor: Actor, input: CompetitorInput) {
  authorize(actor, BATTLECARD_EDITORS, "create competitors");
  return present(await store.create(deps.db, actor.workspaceId, input, deps.now()));
}

export async function getCompetitor(deps: Deps, actor: Actor, id: string) {
  authorize(actor, STAFF, "read competitors");
  return withRecord(deps.db, actor.workspaceId, await store.get(deps.db, actor.workspaceId, id));
}

export async function updateCompetitor(deps: Deps, actor: Actor, id: string, input: UpdateCompetitorInput) {
  authorize(actor, BATTLECARD_EDITORS, "update competitors");
  const row = await store.update(deps.db, actor.workspaceId, id, input, deps.now());
  return withRecord(deps.db, actor.workspaceId, row);
}

/** Deleting a competitor also takes it off the deals that named it (their record goes with it). */
export async function deleteCompetitor(deps: Deps, actor: Actor, id: string) {
  authorize(actor, BATTLECARD_EDITORS, "delete competitors");
  await store.remove(deps.db, actor.workspaceId, id);
}

export async function listCompetitors(deps: Deps, actor: Actor, page: { limit: number; cursor?: string }) {
  authorize(actor, STAFF, "list competitors");
  const result = await pageById(page, (q) => store.list(deps.db, actor.workspaceId, q));
  const records = await recordsOf(
    deps.db,
    actor.workspaceId,
    result.data.map((c) => c.id),
  );
  return { data: result.data.map((c) => present(c, records.get(c.id))), nextCursor: result.nextCursor };
}

/** The deals that named a competitor, newest first, with each one's outcome. */
export async function listCompetitorDeals(
  deps: Deps,
  actor: Actor,
  input: { id: string; limit: number; cursor?: string },
) {
  authorize(actor, STAFF, "read competitors");
  await store.get(deps.db, actor.workspaceId, input.id);
  const cursor = decodeCursor(input.cursor, isIdCursor);
  const rows = await deps.db
    .select({
      id: deals.id,
      name: deals.name,
      stage: deals.stage,
      outcome: dealOutcomeSql,
      amountMinor: deals.amountMinor,
      currency: deals.currency,
      closedAt: deals.closedAt,
    })
    .from(dealCompetitors)
    .innerJoin(
      deals,
      and(eq(deals.workspaceId, dealCompetitors.workspaceId), eq(deals.id, dealCompetitors.dealId)),
    )
    .where(
      and(
        eq(dealCompetitors.workspaceId, actor.workspaceId),
        eq(dealCompetitors.competitorId, input.id),
        cursor ? lt(deals.id, cursor.id) : undefined,
      ),
    )
    .orderBy(desc(deals.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    data: page.map((d) => ({
      ...d,
      outcome: d.outcome as "open" | "won" | "lost" | null,
      closedAt: d.closedAt?.toISOString() ?? null,
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ key: null, id: last.id }) : null,
  };
}
