// The workspace's list of common objections, picked from when a deal records one.
import { and, asc, eq, sql } from "drizzle-orm";
import { AppError, notFound } from "../../domain/errors.ts";
import type { Executor } from "../../store/db.ts";
import { pgErrorCode } from "../../store/pg-errors.ts";
import { dealObjections, objectionTypes } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS } from "../context.ts";
import type { ObjectionTypeInput } from "./competition-schemas.ts";
import { DEAL_DETAIL_READERS } from "./deal-details-access.ts";

export const DEFAULT_OBJECTION_TYPES = [
  "Too expensive",
  "No budget this year",
  "Happy with current solution",
  "Not the right time",
  "Needs sign-off from above",
  "Missing a feature",
  "Worried about switching effort",
] as const;

const present = (t: typeof objectionTypes.$inferSelect) => ({ id: t.id, label: t.label });
export type ObjectionTypeView = ReturnType<typeof present>;

/**
 * A workspace with no objection types gets the defaults on first use (a read or an addition), so
 * older workspaces have a list too. (A workspace that deletes every type gets them back: an empty list helps nobody.)
 * Concurrent first reads are harmless: labels are unique.
 */
async function ensureDefaults(ex: Executor, workspaceId: string): Promise<void> {
  const [any] = await ex
    .select({ id: objectionTypes.id })
    .from(objectionTypes)
    .where(eq(objectionTypes.workspaceId, workspaceId))
    .limit(1);
  if (any) return;
  await ex
    .insert(objectionTypes)
    .values(DEFAULT_OBJECTION_TYPES.map((label) => ({ workspaceId, label })))
    .onConflictDoNothing();
}

export async function listObjectionTypes(deps: Deps, actor: Actor) {
  authorize(actor, DEAL_DETAIL_READERS, "read objection types");
  await ensureDefaults(deps.db, actor.workspaceId);
  const rows = await deps.db
    .select()
    .from(objectionTypes)
    .where(eq(objectionTypes.workspaceId, actor.workspaceId))
    .orderBy(asc(sql`lower(${objectionTypes.label})`));
  return { data: rows.map(present) };
}

export async function createObjectionType(deps: Deps, actor: Actor, input: ObjectionTypeInput) {
  authorize(actor, SETTINGS_EDITORS, "add objection types");
  // A first addition extends the default list rather than replacing it for good.
  await ensureDefaults(deps.db, actor.workspaceId);
  try {
    const [row] = await deps.db
      .insert(objectionTypes)
      .values({ workspaceId: actor.workspaceId, label: input.label, createdAt: deps.now() })
      .returning();
    return present(row!);
  } catch (err) {
    if (pgErrorCode(err) === "23505")
      throw new AppError("conflict", `The objection type "${input.label}" already exists.`);
    throw err;
  }
}

/** Refused (409) while deals still record objections of this type: their history would lose it. */
export async function deleteObjectionType(deps: Deps, actor: Actor, id: string) {
  authorize(actor, SETTINGS_EDITORS, "delete objection types");
  const ws = actor.workspaceId;
  const inUse = () =>
    new AppError(
      "conflict",
      "This objection type is recorded on deals; it cannot be deleted while they use it.",
    );
  await inTransaction(deps.db, async (tx) => {
    const where = and(eq(objectionTypes.workspaceId, ws), eq(objectionTypes.id, id));
    const [row] = await tx.select({ id: objectionTypes.id }).from(objectionTypes).where(where).for("update");
    if (!row) throw notFound("Objection type", id);
    const [used] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(dealObjections)
      .where(and(eq(dealObjections.workspaceId, ws), eq(dealObjections.objectionTypeId, id)));
    if (used && used.n > 0) {
      throw new AppError(
        "conflict",
        `This objection type is recorded on ${used.n} deal objection${used.n === 1 ? "" : "s"}; it cannot be deleted while they use it.`,
        { objections: used.n },
      );
    }
    await tx.delete(objectionTypes).where(where);
  }).catch((err) => {
    // The row lock keeps new objections from naming it meanwhile; the foreign key is the backstop.
    if (pgErrorCode(err) === "23503") throw inUse();
    throw err;
  });
}
