import { and, eq } from "drizzle-orm";
import { notFound } from "../../domain/errors.ts";
import type { Executor } from "../../store/db.ts";
import { contacts, deals, lossReasons, pipelines, users } from "../../store/schema/index.ts";

/** One deal as the API shows it, with its contact, owner and the outcome of its stage. */
export async function readDeal(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex
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
    .innerJoin(contacts, and(eq(contacts.workspaceId, deals.workspaceId), eq(contacts.id, deals.contactId)))
    .innerJoin(users, and(eq(users.workspaceId, deals.workspaceId), eq(users.id, deals.ownerId)))
    .leftJoin(
      lossReasons,
      and(eq(lossReasons.workspaceId, deals.workspaceId), eq(lossReasons.id, deals.lossReasonId)),
    )
    .where(and(eq(deals.workspaceId, workspaceId), eq(deals.id, id)));
  if (!row) throw notFound("Deal", id);
  const { deal, pipeline, contact } = row;
  const stage = pipeline.stages.find((s) => s.key === deal.stage);
  return {
    id: deal.id,
    name: deal.name,
    contactId: deal.contactId,
    contactName: [contact.firstName, contact.lastName].filter(Boolean).join(" ") || contact.email,
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
    createdAt: deal.createdAt.toISOString(),
    updatedAt: deal.updatedAt.toISOString(),
  };
}

export type DealView = Awaited<ReturnType<typeof readDeal>>;
