// Creating, replacing and deleting playbooks. A replace sends the whole ordered step list: steps
// named by id are updated in place, steps left out are retired, new ones added — enrolments,
// events and outbox rows keep pointing at real steps, and each running enrolment stays on the
// step it was about to run.
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { type ExitReason, mayEditPlaybook, nextLiveStep, stepProblems } from "../../domain/playbooks.ts";
import type { Executor, Tx } from "../../store/db.ts";
import { pgErrorCode } from "../../store/pg-errors.ts";
import { exitPlaybookEnrolments } from "../../store/queries/enrolments.ts";
import { emailTemplates, enrolments, playbookSteps, playbooks } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import type { PlaybookInput, StepInput } from "./playbook-schemas.ts";
import { loadPlaybook, type PlaybookView, presentPlaybooks } from "./read-playbooks.ts";

type StepRow = typeof playbookSteps.$inferSelect;

function assertMayEdit(actor: Actor, playbook: Pick<PlaybookInput, "tier" | "side">): void {
  if (!mayEditPlaybook(actor.role, playbook)) {
    throw new AppError(
      "forbidden",
      actor.role === "sales"
        ? "Sales users edit one-to-one sales sequences only (no tier, sales side)."
        : `Your role (${actor.role}) may not edit playbooks.`,
    );
  }
}

function checkSteps(steps: readonly StepInput[]): void {
  const problems = stepProblems(
    steps.map((s) => ({ ...s, templateId: s.templateId ?? null, taskTitle: s.taskTitle ?? null })),
  );
  if (problems.length > 0) {
    throw new AppError(
      "validation_failed",
      `The steps cannot be used: ${problems.map((p) => (p.index >= 0 ? `step ${p.index + 1}: ${p.message}` : p.message)).join("; ")}.`,
      {
        issues: problems.map((p) => ({
          path: p.index >= 0 ? `steps.${p.index}` : "steps",
          message: p.message,
        })),
      },
    );
  }
  const ids = steps.flatMap((s) => (s.id ? [s.id] : []));
  if (new Set(ids).size !== ids.length) throw new AppError("validation_failed", "A step id appears twice.");
}

async function checkTemplates(ex: Executor, workspaceId: string, steps: readonly StepInput[]): Promise<void> {
  const wanted = [...new Set(steps.flatMap((s) => (s.templateId ? [s.templateId] : [])))];
  if (wanted.length === 0) return;
  const found = await ex
    .select({ id: emailTemplates.id })
    .from(emailTemplates)
    .where(and(eq(emailTemplates.workspaceId, workspaceId), inArray(emailTemplates.id, wanted)));
  const missing = wanted.filter((id) => !found.some((f) => f.id === id));
  if (missing.length > 0) {
    throw new AppError("unknown_reference", `Email template ${missing[0]} was not found.`, { missing });
  }
}

const duplicateName = (name: string) => `A playbook named "${name}" already exists.`;

async function assertNameFree(ex: Executor, workspaceId: string, name: string, exceptId?: string) {
  const [taken] = await ex
    .select({ id: playbooks.id })
    .from(playbooks)
    .where(
      and(
        eq(playbooks.workspaceId, workspaceId),
        sql`lower(${playbooks.name}) = lower(${name})`,
        exceptId ? ne(playbooks.id, exceptId) : undefined,
      ),
    );
  if (taken) throw new AppError("conflict", duplicateName(name));
}

/** A unique-key race lost after the explicit check still answers 409, never 500. */
async function conflictOnDuplicate<T>(message: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const code = pgErrorCode(err);
    if (code === "23505") throw new AppError("conflict", message);
    throw err;
  }
}

const stepValues = (s: StepInput, position: number) => ({
  position,
  side: s.side,
  channel: s.channel,
  delayMinutes: s.delayMinutes,
  templateId: s.templateId ?? null,
  taskTitle: s.taskTitle?.trim() || null,
  retired: false,
});

export async function createPlaybook(deps: Deps, actor: Actor, input: PlaybookInput): Promise<PlaybookView> {
  authorize(actor, STAFF, "create playbooks");
  assertMayEdit(actor, input);
  checkSteps(input.steps);
  if (input.steps.some((s) => s.id)) {
    throw new AppError("validation_failed", "The steps of a new playbook have no id yet.");
  }
  const ws = actor.workspaceId;
  return conflictOnDuplicate(duplicateName(input.name), () =>
    inTransaction(deps.db, async (tx) => {
      await assertNameFree(tx, ws, input.name);
      await checkTemplates(tx, ws, input.steps);
      const now = deps.now();
      const [row] = await tx
        .insert(playbooks)
        .values({
          workspaceId: ws,
          name: input.name,
          tier: input.tier,
          side: input.side,
          active: input.active,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (input.steps.length > 0) {
        await tx.insert(playbookSteps).values(
          input.steps.map((s, i) => ({
            workspaceId: ws,
            playbookId: row!.id,
            createdAt: now,
            ...stepValues(s, i),
          })),
        );
      }
      return (await presentPlaybooks(tx, ws, [row!]))[0]!;
    }),
  );
}

export async function replacePlaybook(
  deps: Deps,
  actor: Actor,
  input: { id: string; playbook: PlaybookInput },
): Promise<PlaybookView> {
  authorize(actor, STAFF, "edit playbooks");
  const next = input.playbook;
  checkSteps(next.steps);
  const ws = actor.workspaceId;
  return conflictOnDuplicate(duplicateName(next.name), () =>
    inTransaction(deps.db, async (tx) => {
      const current = await loadPlaybook(tx, ws, input.id, true);
      assertMayEdit(actor, current);
      assertMayEdit(actor, next);
      await assertNameFree(tx, ws, next.name, current.id);
      await checkTemplates(tx, ws, next.steps);
      const now = deps.now();
      const existing = await tx
        .select()
        .from(playbookSteps)
        .where(and(eq(playbookSteps.workspaceId, ws), eq(playbookSteps.playbookId, current.id)));
      const foreign = next.steps.find((s) => s.id && !existing.some((e) => e.id === s.id));
      if (foreign) {
        throw new AppError("validation_failed", `Step ${foreign.id} is not a step of this playbook.`);
      }
      const [row] = await tx
        .update(playbooks)
        .set({ name: next.name, tier: next.tier, side: next.side, active: next.active, updatedAt: now })
        .where(and(eq(playbooks.workspaceId, ws), eq(playbooks.id, current.id)))
        .returning();
      const newIds = await writeSteps(tx, ws, current.id, existing, next.steps, now);
      await remapPositions(tx, ws, current.id, existing, newIds);
      const ending: ExitReason | null = !next.active
        ? "removed"
        : next.tier !== current.tier
          ? "tier_changed"
          : null;
      if (ending && current.active) await exitPlaybookEnrolments(tx, ws, current.id, ending, now);
      return (await presentPlaybooks(tx, ws, [row!]))[0]!;
    }),
  );
}

/** Writes the new list; returns the step id at each new position. */
async function writeSteps(
  tx: Tx,
  ws: string,
  playbookId: string,
  existing: StepRow[],
  steps: readonly StepInput[],
  now: Date,
): Promise<string[]> {
  const kept = new Set(steps.flatMap((s) => (s.id ? [s.id] : [])));
  const retire = existing.filter((e) => !e.retired && !kept.has(e.id)).map((e) => e.id);
  if (retire.length > 0) {
    await tx
      .update(playbookSteps)
      .set({ retired: true })
      .where(and(eq(playbookSteps.workspaceId, ws), inArray(playbookSteps.id, retire)));
  }
  const ids: string[] = [];
  for (const [position, s] of steps.entries()) {
    if (s.id) {
      await tx
        .update(playbookSteps)
        .set(stepValues(s, position))
        .where(and(eq(playbookSteps.workspaceId, ws), eq(playbookSteps.id, s.id)));
      ids.push(s.id);
    } else {
      const [added] = await tx
        .insert(playbookSteps)
        .values({ workspaceId: ws, playbookId, createdAt: now, ...stepValues(s, position) })
        .returning({ id: playbookSteps.id });
      ids.push(added!.id);
    }
  }
  return ids;
}

/**
 * Keeps each active enrolment on the step it was about to run: its old next position names a
 * step; the enrolment moves to that step's new position, or — if the step was retired — to the
 * first later step that survived, or past the end (it completes at its next run).
 */
async function remapPositions(
  tx: Tx,
  ws: string,
  playbookId: string,
  existing: StepRow[],
  newIds: string[],
): Promise<void> {
  const oldLive = existing.filter((s) => !s.retired).sort((a, b) => a.position - b.position);
  const newPosition = new Map(newIds.map((id, i) => [id, i]));
  const end = newIds.length;
  const maxOld = oldLive.at(-1)?.position ?? -1;
  const map: number[] = [];
  for (let p = 0; p <= maxOld; p++) {
    const target = nextLiveStep(oldLive, p);
    const survivor = target
      ? oldLive.slice(oldLive.indexOf(target)).find((s) => newPosition.has(s.id))
      : undefined;
    map.push(survivor ? newPosition.get(survivor.id)! : end);
  }
  const changed = map.flatMap((to, from) => (to !== from ? [from] : []));
  // One statement, so a row moved to a position past the old end is not moved again.
  await tx.execute(sql`
    update enrolments e set next_position = case
      when e.next_position > ${maxOld} then ${end}
      else (${`{${map.join(",")}}`}::int[])[e.next_position + 1] end
    where e.workspace_id = ${ws} and e.playbook_id = ${playbookId} and e.status = 'active'
      and (e.next_position = any(${`{${changed.join(",")}}`}::int[])
        or (e.next_position > ${maxOld} and e.next_position <> ${end}))`);
}

/** Deletes a playbook that never enrolled anyone; one with history is deactivated instead. */
export async function deletePlaybook(deps: Deps, actor: Actor, id: string): Promise<void> {
  authorize(actor, STAFF, "delete playbooks");
  const ws = actor.workspaceId;
  await inTransaction(deps.db, async (tx) => {
    const current = await loadPlaybook(tx, ws, id, true);
    assertMayEdit(actor, current);
    const [used] = await tx
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(and(eq(enrolments.workspaceId, ws), eq(enrolments.playbookId, id)))
      .limit(1);
    if (used) {
      throw new AppError(
        "conflict",
        "This playbook has enrolled contacts; deactivate it instead (its history stays).",
      );
    }
    await tx.delete(playbooks).where(and(eq(playbooks.workspaceId, ws), eq(playbooks.id, id)));
  });
}
