import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { AppError } from "../../domain/errors.ts";
import { type AssignmentRule, DEFAULT_HANDOFF_SETTINGS, GRADES } from "../../domain/handoff.ts";
import type { Executor } from "../../store/db.ts";
import { assignmentRules, handoffSettings, users } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordSettingsChange } from "../audit/record-audit.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS, STAFF } from "../context.ts";

export type HandoffSettingsRow = typeof handoffSettings.$inferSelect;

/**
 * The workspace's hand-off settings, locked if asked. The row is created with the defaults on
 * first use only: the touchpoint path reads it for every batch with a warm lead, so the usual case
 * is one select, not a write.
 */
export async function loadHandoffSettings(
  ex: Executor,
  workspaceId: string,
  lock?: "update",
): Promise<HandoffSettingsRow> {
  const read = async () => {
    const query = ex.select().from(handoffSettings).where(eq(handoffSettings.workspaceId, workspaceId));
    const [row] = lock ? await query.for(lock) : await query;
    return row;
  };
  const found = await read();
  if (found) return found;
  await ex
    .insert(handoffSettings)
    .values({ workspaceId, ...DEFAULT_HANDOFF_SETTINGS })
    .onConflictDoNothing();
  return (await read())!;
}

export async function loadAssignmentRules(ex: Executor, workspaceId: string): Promise<AssignmentRule[]> {
  return ex
    .select({
      id: assignmentRules.id,
      field: assignmentRules.field,
      value: assignmentRules.value,
      userId: assignmentRules.userId,
    })
    .from(assignmentRules)
    .where(eq(assignmentRules.workspaceId, workspaceId))
    .orderBy(asc(assignmentRules.position));
}

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 09:00");

export const HandoffSettingsSchema = z.strictObject({
  rule: z.strictObject({ temperature: z.enum(["warm", "hot"]), minGrade: z.enum(GRADES).nullable() }),
  slaMinutes: z
    .number()
    .int()
    .min(5)
    .max(60 * 24 * 30),
  businessHours: z
    .strictObject({
      timeZone: z.string().refine((tz) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, "must be an IANA time zone such as Europe/Berlin"),
      days: z.array(z.number().int().min(1).max(7)).max(7),
      start: hhmm,
      end: hhmm,
    })
    .refine((h) => h.days.length === 0 || h.start < h.end, "business hours must end after they start"),
  recycleCooldownDays: z.number().int().min(0).max(365),
  assignmentRules: z
    .array(
      z.strictObject({
        field: z.enum(["country", "industry", "company_size", "occupation"]),
        value: z.string().trim().min(1).max(200),
        userId: z.uuid(),
      }),
    )
    .max(200),
});
export type HandoffSettingsInput = z.infer<typeof HandoffSettingsSchema>;

export async function getHandoffSettings(deps: Deps, actor: Actor) {
  authorize(actor, STAFF, "read the hand-off settings");
  const row = await loadHandoffSettings(deps.db, actor.workspaceId);
  const rules = await loadAssignmentRules(deps.db, actor.workspaceId);
  return present(row, rules);
}

const present = (row: HandoffSettingsRow, rules: AssignmentRule[]) => ({
  rule: row.rule,
  slaMinutes: row.slaMinutes,
  businessHours: row.businessHours,
  recycleCooldownDays: row.recycleCooldownDays,
  assignmentRules: rules,
});

/** Marketing or an admin sets when a lead is ready, the SLA and who gets which leads. */
export async function setHandoffSettings(deps: Deps, actor: Actor, input: HandoffSettingsInput) {
  authorize(actor, SETTINGS_EDITORS, "change the hand-off settings");
  return inTransaction(deps.db, async (tx) => {
    const before = present(
      await loadHandoffSettings(tx, actor.workspaceId, "update"),
      await loadAssignmentRules(tx, actor.workspaceId),
    );
    const { assignmentRules: rules, ...settings } = input;
    await tx
      .update(handoffSettings)
      .set({ ...settings, updatedAt: deps.now() })
      .where(eq(handoffSettings.workspaceId, actor.workspaceId));
    await tx.delete(assignmentRules).where(eq(assignmentRules.workspaceId, actor.workspaceId));
    if (rules.length > 0) {
      const sellers = new Set((await salesUserIds(tx, actor.workspaceId)).map(String));
      const stranger = rules.find((r) => !sellers.has(r.userId));
      if (stranger) {
        throw new AppError(
          "unknown_reference",
          `User ${stranger.userId} is not an active sales user of this workspace: choose another owner for the rule.`,
        );
      }
      await tx
        .insert(assignmentRules)
        .values(rules.map((r, position) => ({ workspaceId: actor.workspaceId, position, ...r })));
    }
    const row = await loadHandoffSettings(tx, actor.workspaceId);
    const after = present(row, await loadAssignmentRules(tx, actor.workspaceId));
    await recordSettingsChange(tx, actor, { area: "handoff", before, after }, deps.now());
    return after;
  });
}

/**
 * The sales users leads are handed to, in a stable order (round-robin walks it): not the
 * deactivated, who could not take them.
 */
export async function salesUserIds(ex: Executor, workspaceId: string): Promise<string[]> {
  const rows = await ex
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.role, "sales"), isNull(users.deactivatedAt)))
    .orderBy(asc(users.id));
  return rows.map((r) => r.id);
}
