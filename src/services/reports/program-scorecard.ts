// The program scorecard (product.md §4): per program or channel, reach, the leads each made and
// what became of them, cost and what it bought.
import {
  EMPTY_COUNTS,
  SCORECARD_DEFINITIONS,
  type ScorecardFigures,
  scorecardFigures,
} from "../../domain/scorecard.ts";
import {
  mainProgramCurrency,
  scorecardCounts,
  scorecardPrograms,
} from "../../store/queries/reports/scorecard.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { resolvePeriod } from "./period.ts";
import type { ScorecardQuery } from "./report-schemas.ts";

export type ScorecardRow = {
  programId: string | null;
  programName: string | null;
  channel: string | null;
} & ScorecardFigures;

export async function programScorecard(deps: Deps, actor: Actor, query: ScorecardQuery) {
  authorize(actor, STAFF, "read reports");
  const period = resolvePeriod(deps, query);
  const currency = query.currency ?? (await mainProgramCurrency(deps.db, actor.workspaceId)) ?? "USD";
  const filter = {
    workspaceId: actor.workspaceId,
    ...period,
    currency,
    groupBy: query.groupBy,
    ...pick(query),
  };
  const [counts, programs] = await Promise.all([
    scorecardCounts(deps.db, filter),
    scorecardPrograms(deps.db, filter),
  ]);

  const rows: ScorecardRow[] =
    query.groupBy === "program"
      ? programs
          // An archived program, or one that ran wholly outside the period, is listed only when it
          // has figures in it.
          .filter((p) => counts.groups.has(p.id) || (!p.archived && overlaps(p, period)))
          .map((p) => ({
            programId: p.id,
            programName: p.name,
            channel: p.channel,
            ...figures(counts.groups.get(p.id)),
          }))
      : [...new Set(programs.map((p) => p.channel))]
          .filter((channel) => counts.groups.has(channel))
          .sort()
          .map((channel) => ({
            programId: null,
            programName: null,
            channel,
            ...figures(counts.groups.get(channel)),
          }));
  const direct = counts.groups.get(null);
  if (direct) rows.push({ programId: null, programName: null, channel: null, ...figures(direct) });

  return {
    report: "program-scorecard" as const,
    title: "Program scorecard",
    ...period,
    currency,
    groupBy: query.groupBy,
    definitions: [...SCORECARD_DEFINITIONS],
    rows,
    totals: { programId: null, programName: null, channel: null, ...scorecardFigures(counts.total) },
  };
}
export type ProgramScorecard = Awaited<ReturnType<typeof programScorecard>>;

const figures = (c: Parameters<typeof scorecardFigures>[0] | undefined) =>
  scorecardFigures(c ?? EMPTY_COUNTS);

const overlaps = (
  p: { starts_on: string | null; ends_on: string | null },
  period: { from: string; to: string },
) => (p.starts_on === null || p.starts_on <= period.to) && (p.ends_on === null || p.ends_on >= period.from);

function pick(q: ScorecardQuery) {
  return {
    ...(q.channel ? { channel: q.channel } : {}),
    ...(q.ownerId ? { ownerId: q.ownerId } : {}),
    ...(q.programId ? { programId: q.programId } : {}),
  };
}
