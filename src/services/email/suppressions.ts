// The suppression list: addresses that get no mail (hard bounces, unsubscribes, complaints,
// manual entries). Kept by address, lower-cased, so a contact re-created with the same address
// stays suppressed. Admins and marketing read and change it.
import { and, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { suppressions } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { emailHash } from "../audit/email-hash.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS } from "../context.ts";
import { decodeCursor, encodeCursor, isRealTimestamp } from "../pagination.ts";
import type { SuppressionInput } from "./email-schemas.ts";

const present = (s: typeof suppressions.$inferSelect) => ({
  email: s.email,
  reason: s.reason,
  detail: s.detail,
  createdAt: s.createdAt.toISOString(),
});
export type SuppressionView = ReturnType<typeof present>;

type Cursor = { at: string; email: string };
const isCursor = (v: unknown): v is Cursor => {
  const c = v as Cursor;
  return (
    typeof c === "object" &&
    c !== null &&
    isRealTimestamp(c.at) &&
    typeof c.email === "string" &&
    c.email.length <= 254
  );
};

export async function listSuppressions(
  deps: Deps,
  actor: Actor,
  input: { limit: number; cursor?: string; q?: string },
) {
  authorize(actor, SETTINGS_EDITORS, "read the suppression list");
  const cursor = decodeCursor(input.cursor, isCursor);
  const conditions: (SQL | undefined)[] = [eq(suppressions.workspaceId, actor.workspaceId)];
  if (input.q) conditions.push(ilike(suppressions.email, `%${input.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`));
  if (cursor) {
    conditions.push(
      or(
        sql`${suppressions.createdAt} < ${cursor.at}::timestamptz`,
        and(
          sql`${suppressions.createdAt} = ${cursor.at}::timestamptz`,
          sql`${suppressions.email} < ${cursor.email}`,
        ),
      ),
    );
  }
  const rows = await deps.db
    .select()
    .from(suppressions)
    .where(and(...conditions))
    .orderBy(desc(suppressions.createdAt), desc(suppressions.email))
    .limit(input.limit + 1);
  const data = rows.slice(0, input.limit);
  const last = data.at(-1);
  return {
    data: data.map(present),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({ at: last.createdAt.toISOString(), email: last.email })
        : null,
  };
}

export async function addSuppression(deps: Deps, actor: Actor, input: SuppressionInput) {
  authorize(actor, SETTINGS_EDITORS, "change the suppression list");
  const email = input.email.toLowerCase();
  return inTransaction(deps.db, async (tx) => {
    const [row] = await tx
      .insert(suppressions)
      .values({
        workspaceId: actor.workspaceId,
        email,
        reason: input.reason,
        detail: input.detail ?? null,
        createdAt: deps.now(),
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError("conflict", `${email} is already on the suppression list.`);
    // The address is a contact's personal data: the log names it by hash, so erasing the contact
    // later leaves nothing of them here.
    await recordAudit(
      tx,
      actor,
      {
        action: "suppression.added",
        targetType: "email_hash",
        targetId: emailHash(email),
        summary: `Suppressed an address (${input.reason})`,
        details: { reason: input.reason },
      },
      deps.now(),
    );
    return present(row);
  });
}

export async function removeSuppression(deps: Deps, actor: Actor, email: string): Promise<void> {
  authorize(actor, SETTINGS_EDITORS, "change the suppression list");
  await inTransaction(deps.db, async (tx) => {
    const rows = await tx
      .delete(suppressions)
      .where(
        and(eq(suppressions.workspaceId, actor.workspaceId), eq(suppressions.email, email.toLowerCase())),
      )
      .returning({ email: suppressions.email, reason: suppressions.reason });
    if (rows.length === 0) throw new AppError("not_found", `${email} is not on the suppression list.`);
    await recordAudit(
      tx,
      actor,
      {
        action: "suppression.removed",
        targetType: "email_hash",
        targetId: emailHash(email),
        summary: `Took an address off the suppression list (was ${rows[0]!.reason})`,
      },
      deps.now(),
    );
  });
}
