// Reading playbooks: the list (per tier, then sequences) and one playbook with its live steps.
import { and, asc, eq, sql } from "drizzle-orm";
import { notFound } from "../../domain/errors.ts";
import type { Executor } from "../../store/db.ts";
import { emailTemplates, playbookSteps, playbooks } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";

type PlaybookRow = typeof playbooks.$inferSelect;
type StepRow = typeof playbookSteps.$inferSelect;

function presentStep(s: StepRow, templateName: string | null) {
  return {
    id: s.id,
    position: s.position,
    side: s.side,
    channel: s.channel,
    delayMinutes: s.delayMinutes,
    templateId: s.templateId,
    templateName,
    taskTitle: s.taskTitle,
  };
}
export type StepView = ReturnType<typeof presentStep>;

function present(p: PlaybookRow, steps: StepView[], activeEnrolments: number) {
  return {
    id: p.id,
    name: p.name,
    tier: p.tier,
    side: p.side,
    active: p.active,
    steps,
    activeEnrolments,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
export type PlaybookView = ReturnType<typeof present>;

const TIER_ORDER = sql`case ${playbooks.tier} when 'cold' then 0 when 'warm' then 1 when 'hot' then 2 else 3 end`;

async function liveSteps(ex: Executor, workspaceId: string, playbookIds: string[]) {
  if (playbookIds.length === 0) return new Map<string, StepView[]>();
  const rows = await ex
    .select({ step: playbookSteps, templateName: emailTemplates.name })
    .from(playbookSteps)
    .leftJoin(
      emailTemplates,
      and(
        eq(emailTemplates.workspaceId, playbookSteps.workspaceId),
        eq(emailTemplates.id, playbookSteps.templateId),
      ),
    )
    .where(
      and(
        eq(playbookSteps.workspaceId, workspaceId),
        sql`${playbookSteps.playbookId} = any(${`{${playbookIds.join(",")}}`}::uuid[])`,
        eq(playbookSteps.retired, false),
      ),
    )
    .orderBy(asc(playbookSteps.position));
  const byPlaybook = new Map<string, StepView[]>();
  for (const r of rows) {
    const list = byPlaybook.get(r.step.playbookId) ?? [];
    list.push(presentStep(r.step, r.templateName));
    byPlaybook.set(r.step.playbookId, list);
  }
  return byPlaybook;
}

/** Active enrolments per playbook, counted on the one-active-per-contact index. */
async function activeCounts(ex: Executor, workspaceId: string, playbookIds: string[]) {
  if (playbookIds.length === 0) return new Map<string, number>();
  const rows = await ex.execute<{ playbook_id: string; n: number }>(sql`
    select playbook_id, count(*)::int as n from enrolments
    where workspace_id = ${workspaceId} and status = 'active'
      and playbook_id = any(${`{${playbookIds.join(",")}}`}::uuid[])
    group by playbook_id`);
  return new Map(rows.rows.map((r) => [r.playbook_id, r.n]));
}

export async function presentPlaybooks(ex: Executor, workspaceId: string, rows: PlaybookRow[]) {
  const ids = rows.map((p) => p.id);
  const [steps, counts] = [await liveSteps(ex, workspaceId, ids), await activeCounts(ex, workspaceId, ids)];
  return rows.map((p) => present(p, steps.get(p.id) ?? [], counts.get(p.id) ?? 0));
}

/** Tier playbooks cold → warm → hot, then one-to-one sequences, each by name. */
export async function listPlaybooks(deps: Deps, actor: Actor): Promise<PlaybookView[]> {
  authorize(actor, STAFF, "read playbooks");
  const rows = await deps.db
    .select()
    .from(playbooks)
    .where(eq(playbooks.workspaceId, actor.workspaceId))
    .orderBy(TIER_ORDER, sql`lower(${playbooks.name})`);
  return presentPlaybooks(deps.db, actor.workspaceId, rows);
}

export async function loadPlaybook(ex: Executor, workspaceId: string, id: string, lock = false) {
  const query = ex
    .select()
    .from(playbooks)
    .where(and(eq(playbooks.workspaceId, workspaceId), eq(playbooks.id, id)));
  const [row] = await (lock ? query.for("update") : query);
  if (!row) throw notFound("Playbook", id);
  return row;
}

export async function getPlaybook(deps: Deps, actor: Actor, id: string): Promise<PlaybookView> {
  authorize(actor, STAFF, "read playbooks");
  const row = await loadPlaybook(deps.db, actor.workspaceId, id);
  return (await presentPlaybooks(deps.db, actor.workspaceId, [row]))[0]!;
}
