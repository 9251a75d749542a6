// Editing pipelines and loss reasons (admins). Deals name their stage by key and their loss
// reason by id, so an edit that would strand or silently re-close deals is refused, not repaired.
import { and, eq, ne, sql } from "drizzle-orm";
import { AppError, notFound } from "../../domain/errors.ts";
import { type PipelineStage, pipelineProblems } from "../../domain/pipeline.ts";
import type { Executor } from "../../store/db.ts";
import { pgErrorCode } from "../../store/pg-errors.ts";
import { deals, lossReasons, pipelines } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import type { CreatePipelineInput, UpdatePipelineInput } from "./pipeline-schemas.ts";
import { ensureSalesDefaults, type PipelineRow } from "./pipelines.ts";

const PIPELINE_EDITORS = ["admin"] as const;

function present(p: PipelineRow) {
  return { id: p.id, name: p.name, isDefault: p.isDefault, stages: p.stages };
}
export type PipelineView = ReturnType<typeof present>;

/** A unique-key race lost after the explicit check still answers 409, never 500. */
async function conflictOnDuplicate<T>(message: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (pgErrorCode(err) === "23505") throw new AppError("conflict", message);
    throw err;
  }
}

function checkStages(stages: readonly PipelineStage[]): void {
  const problems = pipelineProblems(stages);
  if (problems.length > 0) {
    throw new AppError("validation_failed", `The stages cannot be used: ${problems.join("; ")}.`, {
      issues: problems.map((message) => ({ path: "stages", message })),
    });
  }
}

const duplicateName = (name: string) => `A pipeline named "${name}" already exists.`;

async function assertNameFree(ex: Executor, workspaceId: string, name: string, exceptId?: string) {
  const [taken] = await ex
    .select({ id: pipelines.id })
    .from(pipelines)
    .where(
      and(
        eq(pipelines.workspaceId, workspaceId),
        sql`lower(${pipelines.name}) = lower(${name})`,
        exceptId ? ne(pipelines.id, exceptId) : undefined,
      ),
    );
  if (taken) throw new AppError("conflict", duplicateName(name));
}

export async function createPipeline(deps: Deps, actor: Actor, input: CreatePipelineInput) {
  authorize(actor, PIPELINE_EDITORS, "edit pipelines");
  checkStages(input.stages);
  const ws = actor.workspaceId;
  // The default pipeline first: otherwise a new pipeline could take its name and leave the
  // workspace without a default.
  await ensureSalesDefaults(deps.db, ws);
  return conflictOnDuplicate(duplicateName(input.name), () =>
    inTransaction(deps.db, async (tx) => {
      await assertNameFree(tx, ws, input.name);
      const now = deps.now();
      const [row] = await tx
        .insert(pipelines)
        .values({ workspaceId: ws, name: input.name, stages: input.stages, createdAt: now, updatedAt: now })
        .returning();
      return present(row!);
    }),
  );
}

/**
 * Stages of `before` that deals would lose track of: keys missing from `after` (removed or
 * renamed) and stages whose outcome changes (their deals would be closed or reopened silently).
 */
type RiskyStage = { stage: PipelineStage } & (
  | { change: "removed" }
  | { change: "outcome"; to: PipelineStage["outcome"] }
);

function riskyStages(before: readonly PipelineStage[], after: readonly PipelineStage[]): RiskyStage[] {
  const next = new Map(after.map((s) => [s.key, s]));
  return before.flatMap((s): RiskyStage[] => {
    const now = next.get(s.key);
    if (!now) return [{ stage: s, change: "removed" }];
    if (now.outcome !== s.outcome) return [{ stage: s, change: "outcome", to: now.outcome }];
    return [];
  });
}

export async function updatePipeline(
  deps: Deps,
  actor: Actor,
  input: { id: string; patch: UpdatePipelineInput },
): Promise<PipelineView> {
  authorize(actor, PIPELINE_EDITORS, "edit pipelines");
  const { patch } = input;
  if (patch.stages) checkStages(patch.stages);
  const ws = actor.workspaceId;
  return conflictOnDuplicate(duplicateName(patch.name ?? ""), () =>
    inTransaction(deps.db, async (tx) => {
      // "for update" also waits for deal inserts in flight (their foreign-key check holds a key
      // share lock on this row), so those deals are counted below.
      const [pipeline] = await tx
        .select()
        .from(pipelines)
        .where(and(eq(pipelines.workspaceId, ws), eq(pipelines.id, input.id)))
        .for("update");
      if (!pipeline) throw notFound("Pipeline", input.id);
      if (patch.name !== undefined) await assertNameFree(tx, ws, patch.name, pipeline.id);
      if (patch.stages) await assertNoStrandedDeals(tx, ws, pipeline, patch.stages);
      const [row] = await tx
        .update(pipelines)
        .set({
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.stages ? { stages: patch.stages } : {}),
          updatedAt: deps.now(),
        })
        .where(and(eq(pipelines.workspaceId, ws), eq(pipelines.id, pipeline.id)))
        .returning();
      return present(row!);
    }),
  );
}

async function assertNoStrandedDeals(
  tx: Executor,
  workspaceId: string,
  pipeline: PipelineRow,
  stages: readonly PipelineStage[],
): Promise<void> {
  const risky = riskyStages(pipeline.stages, stages);
  if (risky.length === 0) return;
  // Locking the pipeline's deals makes a move in flight finish first (it locks its deal the
  // same way) and makes later moves read the new stages; the counts are then exact.
  const held = await tx
    .select({ stage: deals.stage })
    .from(deals)
    .where(and(eq(deals.workspaceId, workspaceId), eq(deals.pipelineId, pipeline.id)))
    .for("no key update");
  const counts = new Map<string, number>();
  for (const d of held) counts.set(d.stage, (counts.get(d.stage) ?? 0) + 1);
  const problems = risky.flatMap((r) => {
    const n = counts.get(r.stage.key) ?? 0;
    if (n === 0) return [];
    const deals = `${n} deal${n === 1 ? "" : "s"}`;
    return r.change === "removed"
      ? [
          `stage "${r.stage.name}" (${r.stage.key}) still holds ${deals}: move them before removing it or changing its key`,
        ]
      : [
          `stage "${r.stage.name}" (${r.stage.key}) holds ${deals}: changing its outcome from ${r.stage.outcome} to ${r.to} would ${r.to === "open" ? "reopen" : "close"} them; move them first`,
        ];
  });
  if (problems.length > 0) {
    throw new AppError("conflict", `Nothing was changed: ${problems.join("; ")}.`, {
      stages: risky
        .map((r) => ({ key: r.stage.key, name: r.stage.name, deals: counts.get(r.stage.key) ?? 0 }))
        .filter((s) => s.deals > 0),
    });
  }
}

export async function createLossReason(deps: Deps, actor: Actor, input: { label: string }) {
  authorize(actor, PIPELINE_EDITORS, "edit loss reasons");
  const ws = actor.workspaceId;
  await ensureSalesDefaults(deps.db, ws);
  const duplicate = `The loss reason "${input.label}" already exists.`;
  const [taken] = await deps.db
    .select({ id: lossReasons.id })
    .from(lossReasons)
    .where(and(eq(lossReasons.workspaceId, ws), sql`lower(${lossReasons.label}) = lower(${input.label})`));
  if (taken) throw new AppError("conflict", duplicate);
  return conflictOnDuplicate(duplicate, async () => {
    const [row] = await deps.db
      .insert(lossReasons)
      .values({ workspaceId: ws, label: input.label, createdAt: deps.now() })
      .returning({ id: lossReasons.id, label: lossReasons.label });
    return row!;
  });
}

export async function deleteLossReason(deps: Deps, actor: Actor, id: string): Promise<void> {
  authorize(actor, PIPELINE_EDITORS, "edit loss reasons");
  const ws = actor.workspaceId;
  await inTransaction(deps.db, async (tx) => {
    const all = await tx
      .select({ id: lossReasons.id, label: lossReasons.label })
      .from(lossReasons)
      .where(eq(lossReasons.workspaceId, ws))
      .for("update");
    const reason = all.find((r) => r.id === id);
    if (!reason) throw notFound("Loss reason", id);
    // Losing a deal needs a reason from this list, so the list may not become empty.
    if (all.length === 1)
      throw new AppError("conflict", "Keep at least one loss reason: losing a deal needs one.");
    const [used] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(deals)
      .where(and(eq(deals.workspaceId, ws), eq(deals.lossReasonId, id)));
    const inUse = (n: number) =>
      new AppError(
        "conflict",
        `"${reason.label}" is the loss reason of ${n} deal${n === 1 ? "" : "s"}; it cannot be deleted while they keep it.`,
        { deals: n },
      );
    if (used && used.n > 0) throw inUse(used.n);
    try {
      await tx.delete(lossReasons).where(and(eq(lossReasons.workspaceId, ws), eq(lossReasons.id, id)));
    } catch (err) {
      // A deal lost with this reason meanwhile: the foreign key refuses the delete.
      if (pgErrorCode(err) === "23503") throw inUse(1);
      throw err;
    }
  });
}
