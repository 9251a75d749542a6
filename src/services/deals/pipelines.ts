import { and, asc, eq } from "drizzle-orm";
import { notFound } from "../../domain/errors.ts";
import { DEFAULT_LOSS_REASONS, DEFAULT_PIPELINE_STAGES } from "../../domain/pipeline.ts";
import type { Executor } from "../../store/db.ts";
import { lossReasons, pipelines } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";

export type PipelineRow = typeof pipelines.$inferSelect;

/**
 * The workspace's default pipeline and loss reasons, created on first use — so workspaces made
 * before deals existed get them too. Concurrent first uses are harmless (unique names).
 */
export async function ensureSalesDefaults(ex: Executor, workspaceId: string): Promise<PipelineRow> {
  const [found] = await ex
    .select()
    .from(pipelines)
    .where(and(eq(pipelines.workspaceId, workspaceId), eq(pipelines.isDefault, true)));
  if (found) return found;
  await ex
    .insert(pipelines)
    .values({ workspaceId, name: "Direct sales", stages: [...DEFAULT_PIPELINE_STAGES], isDefault: true })
    .onConflictDoNothing();
  await ex
    .insert(lossReasons)
    .values(DEFAULT_LOSS_REASONS.map((label) => ({ workspaceId, label })))
    .onConflictDoNothing();
  const [created] = await ex
    .select()
    .from(pipelines)
    .where(and(eq(pipelines.workspaceId, workspaceId), eq(pipelines.isDefault, true)));
  return created!;
}

export async function loadPipeline(
  ex: Executor,
  workspaceId: string,
  id: string,
  options: { lock?: "share" } = {},
): Promise<PipelineRow> {
  const query = ex
    .select()
    .from(pipelines)
    .where(and(eq(pipelines.workspaceId, workspaceId), eq(pipelines.id, id)));
  const [row] = options.lock ? await query.for(options.lock) : await query;
  if (!row) throw notFound("Pipeline", id);
  return row;
}

export async function listPipelines(deps: Deps, actor: Actor) {
  authorize(actor, [...STAFF, "partner"], "read pipelines");
  await ensureSalesDefaults(deps.db, actor.workspaceId);
  const rows = await deps.db
    .select()
    .from(pipelines)
    .where(eq(pipelines.workspaceId, actor.workspaceId))
    .orderBy(asc(pipelines.createdAt));
  const reasons = await deps.db
    .select({ id: lossReasons.id, label: lossReasons.label })
    .from(lossReasons)
    .where(eq(lossReasons.workspaceId, actor.workspaceId))
    .orderBy(asc(lossReasons.label));
  return {
    data: rows.map((p) => ({ id: p.id, name: p.name, isDefault: p.isDefault, stages: p.stages })),
    lossReasons: reasons,
  };
}
