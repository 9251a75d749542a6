// Objections raised in a deal — one from the workspace's list, free text, or both — and whether
// the rep overcame them.
import { and, asc, eq, type SQL } from "drizzle-orm";
import { AppError, notFound } from "../../domain/errors.ts";
import type { Executor } from "../../store/db.ts";
import { dealObjections, deals, objectionTypes, users } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { loadVisibleDeal, visibleDeals } from "../deals/deal-access.ts";
import type { CreateObjectionInput, UpdateObjectionInput } from "./competition-schemas.ts";
import { DEAL_DETAIL_READERS, DEAL_DETAIL_WRITERS } from "./deal-details-access.ts";

async function readObjections(ex: Executor, workspaceId: string, where: SQL) {
  const rows = await ex
    .select({
      o: dealObjections,
      label: objectionTypes.label,
      raisedByName: users.name,
    })
    .from(dealObjections)
    .leftJoin(
      objectionTypes,
      and(
        eq(objectionTypes.workspaceId, dealObjections.workspaceId),
        eq(objectionTypes.id, dealObjections.objectionTypeId),
      ),
    )
    .leftJoin(
      users,
      and(eq(users.workspaceId, dealObjections.workspaceId), eq(users.id, dealObjections.raisedBy)),
    )
    .where(and(eq(dealObjections.workspaceId, workspaceId), where))
    .orderBy(asc(dealObjections.raisedAt), asc(dealObjections.id));
  return rows.map(({ o, label, raisedByName }) => ({
    id: o.id,
    dealId: o.dealId,
    objectionTypeId: o.objectionTypeId,
    label,
    text: o.text,
    overcome: o.overcome,
    raisedAt: o.raisedAt.toISOString(),
    raisedById: o.raisedBy,
    raisedByName,
    updatedAt: o.updatedAt.toISOString(),
  }));
}
export type ObjectionView = Awaited<ReturnType<typeof readObjections>>[number];

async function readObjection(ex: Executor, workspaceId: string, id: string): Promise<ObjectionView> {
  const [row] = await readObjections(ex, workspaceId, eq(dealObjections.id, id));
  if (!row) throw notFound("Objection", id);
  return row;
}

export async function listDealObjections(deps: Deps, actor: Actor, dealId: string) {
  authorize(actor, DEAL_DETAIL_READERS, "read a deal's objections");
  return inTransaction(deps.db, async (tx) => {
    await loadVisibleDeal(tx, actor, dealId);
    return { data: await readObjections(tx, actor.workspaceId, eq(dealObjections.dealId, dealId)) };
  });
}

export async function addDealObjection(
  deps: Deps,
  actor: Actor,
  input: { dealId: string; objection: CreateObjectionInput },
): Promise<ObjectionView> {
  authorize(actor, DEAL_DETAIL_WRITERS, "record objections");
  const ws = actor.workspaceId;
  const { objectionTypeId, text, overcome } = input.objection;
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    await loadVisibleDeal(tx, actor, input.dealId, { lock: true });
    if (objectionTypeId) {
      const [type] = await tx
        .select({ id: objectionTypes.id })
        .from(objectionTypes)
        .where(and(eq(objectionTypes.workspaceId, ws), eq(objectionTypes.id, objectionTypeId)))
        .for("key share");
      if (!type) throw new AppError("unknown_reference", `Objection type ${objectionTypeId} was not found.`);
    }
    const [row] = await tx
      .insert(dealObjections)
      .values({
        workspaceId: ws,
        dealId: input.dealId,
        objectionTypeId: objectionTypeId ?? null,
        text: text || null,
        overcome: overcome ?? false,
        raisedAt: now,
        raisedBy: actor.userId,
        updatedAt: now,
      })
      .returning({ id: dealObjections.id });
    return readObjection(tx, ws, row!.id);
  });
}

/** The objection row, locked, if the actor may see its deal; otherwise 404 like a missing one. */
async function loadVisibleObjection(ex: Executor, actor: Actor, id: string) {
  const [row] = await ex
    .select({ id: dealObjections.id, objectionTypeId: dealObjections.objectionTypeId })
    .from(dealObjections)
    .innerJoin(
      deals,
      and(eq(deals.workspaceId, dealObjections.workspaceId), eq(deals.id, dealObjections.dealId)),
    )
    .where(
      and(visibleDeals(actor), eq(dealObjections.workspaceId, actor.workspaceId), eq(dealObjections.id, id)),
    )
    .for("update", { of: dealObjections });
  if (!row) throw notFound("Objection", id);
  return row;
}

export async function updateDealObjection(
  deps: Deps,
  actor: Actor,
  input: { id: string; changes: UpdateObjectionInput },
): Promise<ObjectionView> {
  authorize(actor, DEAL_DETAIL_WRITERS, "update objections");
  const { text, overcome } = input.changes;
  return inTransaction(deps.db, async (tx) => {
    const current = await loadVisibleObjection(tx, actor, input.id);
    const newText = text === undefined ? undefined : text || null;
    if (newText === null && !current.objectionTypeId) {
      throw new AppError(
        "validation_failed",
        "This objection has no type from the list, so its text cannot be removed.",
      );
    }
    await tx
      .update(dealObjections)
      .set({
        ...(newText !== undefined ? { text: newText } : {}),
        ...(overcome !== undefined ? { overcome } : {}),
        updatedAt: deps.now(),
      })
      .where(and(eq(dealObjections.workspaceId, actor.workspaceId), eq(dealObjections.id, input.id)));
    return readObjection(tx, actor.workspaceId, input.id);
  });
}

export async function deleteDealObjection(deps: Deps, actor: Actor, id: string): Promise<void> {
  authorize(actor, DEAL_DETAIL_WRITERS, "delete objections");
  await inTransaction(deps.db, async (tx) => {
    await loadVisibleObjection(tx, actor, id);
    await tx
      .delete(dealObjections)
      .where(and(eq(dealObjections.workspaceId, actor.workspaceId), eq(dealObjections.id, id)));
  });
}
