import { and, desc, eq, type SQL } from "drizzle-orm";
import { ERASED_CONTACT } from "../../domain/erasure.ts";
import { notFound } from "../../domain/errors.ts";
import type { Executor } from "../../store/db.ts";
import { contacts, deals, lossReasons, pipelines, users } from "../../store/schema/index.ts";

/** One deal as the API shows it, with its contact, owner and the outcome of its stage. */
export async function readDeal(ex: Executor, workspaceId: string, id: string): Promise<DealView> {
  const [deal] = await readDeals(ex, and(eq(deals.workspaceId, workspaceId), eq(deals.id, id))!, 1);
  if (!deal) throw notFound("Deal", id);
  return deal;
}

/** Deals matching `where`, newest first, in one query. */
export async function readDeals(ex: Executor, where: SQL, limit: number) {
  const rows = await ex
    .select({
      deal: deals,
      pipeline: pipelines,
      contact: contacts,
      ownerName: users.name,
      lossReason: lossReasons.label,
    })
    .from(deals)
    .innerJoin(
      pipelines,
      and(eq(pipelines.workspaceId, deals.workspaceId), eq(pipelines.id, deals.pipelineId)),
    )
    .leftJoin(contacts, and(eq(contacts.workspaceId, deals.workspaceId), eq(contacts.id, deals.contactId)))
    .innerJoin(users, and(eq(users.workspaceId, deals.workspaceId), eq(users.id, deals.ownerId)))
    .leftJoin(
      lossReasons,
      and(eq(lossReasons.workspaceId, deals.workspaceId), eq(lossReasons.id, deals.lossReasonId)),
    )
    .where(where)
    .orderBy(desc(deals.id))
    .limit(limit);
  return rows.map((row) => present(row));
}

function present(row: {
  deal: typeof deals.$inferSelect;
  pipeline: typeof pipelines.$inferSelect;
  contact: typeof contacts.$inferSelect | null;
  ownerName: string;
  lossReason: string | null;
}) {
  const { deal, pipeline, contact } = row;
  const stage = pipeline.stages.find((s) => s.key === deal.stage);
  return {
    id: deal.id,
    name: deal.name,
    contactId: deal.contactId,
    contactName: contact
      ? [contact.firstName, contact.lastName].filter(Boolean).join(" ") || contact.email
      : ERASED_CONTACT,
    companyId: deal.companyId,
    ownerId: deal.ownerId,
    ownerName: row.ownerName,
    pipelineId: deal.pipelineId,
    stage: deal.stage,
    outcome: stage?.outcome ?? "open",
    amountMinor: deal.amountMinor,
    currency: deal.currency,
    expectedCloseOn: deal.expectedCloseOn,
    closedAt: deal.closedAt?.toISOString() ?? null,
    lossReason: row.lossReason,
    lossNote: deal.lossNote,
    partnerId: deal.partnerId,
    createdAt: deal.createdAt.toISOString(),
    updatedAt: deal.updatedAt.toISOString(),
  };
}

export type DealView = ReturnType<typeof present>;
