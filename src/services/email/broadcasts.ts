// The newsletter: one marketing template queued to every contact matching a filter. Contacts the
// guards stop (suppressed, sales owns them, no consent) get a skipped row with the reason, so the
// outbox shows who was left out and why. Contacts are queued in pages, one transaction each; the
// (broadcast, contact) unique key makes a re-run of an interrupted newsletter add only the rest.
import { and, desc, eq, lt, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { AppError } from "../../domain/errors.ts";
import { audiencePage } from "../../store/queries/email.ts";
import { loadScoringSettings } from "../../store/queries/scoring.ts";
import { broadcasts, emailTemplates } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS, STAFF } from "../context.ts";
import { decodeCursor, encodeCursor, isIdCursor } from "../pagination.ts";
import type { BroadcastInput } from "./email-schemas.ts";
import { queueEmails } from "./queue-email.ts";

const PAGE = 500;

type BroadcastRow = typeof broadcasts.$inferSelect;

const present = (b: BroadcastRow, templateName: string | null) => ({
  id: b.id,
  templateId: b.templateId,
  templateName,
  filter: b.filter,
  createdBy: b.createdBy,
  createdAt: b.createdAt.toISOString(),
  completedAt: b.completedAt?.toISOString() ?? null,
  counts: b.counts ?? null,
});
export type BroadcastView = ReturnType<typeof present>;

export async function createBroadcast(
  deps: Deps,
  actor: Actor,
  input: BroadcastInput,
): Promise<BroadcastView> {
  authorize(actor, SETTINGS_EDITORS, "send newsletters");
  const ws = actor.workspaceId;
  const [template] = await deps.db
    .select({ kind: emailTemplates.kind })
    .from(emailTemplates)
    .where(and(eq(emailTemplates.workspaceId, ws), eq(emailTemplates.id, input.templateId)));
  if (!template) throw new AppError("unknown_reference", `Email template ${input.templateId} was not found.`);
  if (template.kind !== "marketing") {
    throw new AppError("validation_failed", "A newsletter is marketing mail: choose a marketing template.");
  }
  const id = uuidv7();
  await deps.db.insert(broadcasts).values({
    workspaceId: ws,
    id,
    templateId: input.templateId,
    filter: input.filter,
    createdBy: actor.userId,
    createdAt: deps.now(),
  });
  return runBroadcast(deps, { workspaceId: ws, broadcastId: id });
}

/** Queues the newsletter to its audience; safe to run again on an interrupted one. */
export async function runBroadcast(
  deps: Deps,
  input: { workspaceId: string; broadcastId: string },
): Promise<BroadcastView> {
  const ws = input.workspaceId;
  const broadcast = await readBroadcast(deps, ws, input.broadcastId);
  const now = deps.now();
  const scoring = { settings: await loadScoringSettings(deps.db, ws), now };
  let after: string | null = null;
  for (;;) {
    const ids = await audiencePage(deps.db, ws, broadcast.filter, scoring, after, PAGE);
    if (ids.length === 0) break;
    await inTransaction(deps.db, (tx) =>
      queueEmails(
        tx,
        {
          workspaceId: ws,
          templateId: broadcast.templateId,
          contactIds: ids,
          broadcastId: broadcast.id,
          publicUrl: deps.publicUrl,
        },
        now,
      ),
    );
    after = ids.at(-1)!;
    if (ids.length < PAGE) break;
  }
  const tally = await deps.db.execute<{ reason: string | null; n: number }>(sql`
    select case when status = 'skipped' then reason end as reason, count(*)::int as n
    from outbox where workspace_id = ${ws} and broadcast_id = ${broadcast.id}
    group by 1`);
  const counts = { queued: 0, skipped: {} as Record<string, number> };
  for (const r of tally.rows) {
    if (r.reason === null) counts.queued += r.n;
    else counts.skipped[r.reason] = r.n;
  }
  const [done] = await deps.db
    .update(broadcasts)
    .set({ completedAt: deps.now(), counts })
    .where(and(eq(broadcasts.workspaceId, ws), eq(broadcasts.id, broadcast.id)))
    .returning();
  return present(done!, await templateName(deps, ws, done!.templateId));
}

async function readBroadcast(deps: Deps, ws: string, id: string): Promise<BroadcastRow> {
  const [row] = await deps.db
    .select()
    .from(broadcasts)
    .where(and(eq(broadcasts.workspaceId, ws), eq(broadcasts.id, id)));
  if (!row) throw new AppError("not_found", `Newsletter ${id} was not found.`);
  return row;
}

async function templateName(deps: Deps, ws: string, id: string): Promise<string | null> {
  const [t] = await deps.db
    .select({ name: emailTemplates.name })
    .from(emailTemplates)
    .where(and(eq(emailTemplates.workspaceId, ws), eq(emailTemplates.id, id)));
  return t?.name ?? null;
}

export async function getBroadcast(deps: Deps, actor: Actor, id: string): Promise<BroadcastView> {
  authorize(actor, STAFF, "read newsletters");
  const row = await readBroadcast(deps, actor.workspaceId, id);
  return present(row, await templateName(deps, actor.workspaceId, row.templateId));
}

export async function listBroadcasts(deps: Deps, actor: Actor, page: { limit: number; cursor?: string }) {
  authorize(actor, STAFF, "list newsletters");
  const cursor = decodeCursor(page.cursor, isIdCursor);
  const rows = await deps.db
    .select({ b: broadcasts, templateName: emailTemplates.name })
    .from(broadcasts)
    .leftJoin(
      emailTemplates,
      and(
        eq(emailTemplates.workspaceId, broadcasts.workspaceId),
        eq(emailTemplates.id, broadcasts.templateId),
      ),
    )
    .where(
      and(eq(broadcasts.workspaceId, actor.workspaceId), cursor ? lt(broadcasts.id, cursor.id) : undefined),
    )
    .orderBy(desc(broadcasts.id))
    .limit(page.limit + 1);
  const data = rows.slice(0, page.limit);
  const last = data.at(-1);
  return {
    data: data.map((r) => present(r.b, r.templateName)),
    nextCursor: rows.length > page.limit && last ? encodeCursor({ key: null, id: last.b.id }) : null,
  };
}
