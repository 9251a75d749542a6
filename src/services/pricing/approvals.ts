import { and, desc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { ERASED_CONTACT } from "../../domain/erasure.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import { APPROVER_ROLES, mayApprove } from "../../domain/pricing.ts";
import type { Executor } from "../../store/db.ts";
import {
  type ApprovalStatus,
  approvals,
  contacts,
  deals,
  notifications,
  users,
} from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { DEAL_SELLERS, loadVisibleDeal, visibleDeals } from "../deals/deal-access.ts";
import { dealPolicyStatus } from "./deal-policy.ts";
import type { ApprovalDecisionInput } from "./pricing-schemas.ts";

const requester = alias(users, "requester");
const decider = alias(users, "decider");

/** Approvals as the API shows them, with the deal, who asked and who decided. */
export async function readApprovals(ex: Executor, actor: Actor, where: SQL | undefined, limit = 200) {
  const rows = await ex
    .select({
      approval: approvals,
      dealName: deals.name,
      amountMinor: deals.amountMinor,
      currency: deals.currency,
      contactId: deals.contactId,
      contactFirst: contacts.firstName,
      contactLast: contacts.lastName,
      contactEmail: contacts.email,
      requesterName: requester.name,
      deciderName: decider.name,
    })
    .from(approvals)
    .innerJoin(deals, and(eq(deals.workspaceId, approvals.workspaceId), eq(deals.id, approvals.dealId)))
    .leftJoin(contacts, and(eq(contacts.workspaceId, deals.workspaceId), eq(contacts.id, deals.contactId)))
    .innerJoin(
      requester,
      and(eq(requester.workspaceId, approvals.workspaceId), eq(requester.id, approvals.requestedBy)),
    )
    .leftJoin(
      decider,
      and(eq(decider.workspaceId, approvals.workspaceId), eq(decider.id, approvals.decidedBy)),
    )
    .where(and(visibleDeals(actor), where))
    .orderBy(desc(approvals.requestedAt))
    .limit(limit);
  return rows.map((r) => ({
    id: r.approval.id,
    dealId: r.approval.dealId,
    dealName: r.dealName,
    contactId: r.contactId,
    contactName:
      [r.contactFirst, r.contactLast].filter(Boolean).join(" ") || r.contactEmail || ERASED_CONTACT,
    amountMinor: r.amountMinor,
    currency: r.currency,
    status: r.approval.status,
    deviations: r.approval.deviations,
    requestedBy: { id: r.approval.requestedBy, name: r.requesterName },
    requestedAt: r.approval.requestedAt.toISOString(),
    requestComment: r.approval.requestComment,
    decidedBy: r.approval.decidedBy ? { id: r.approval.decidedBy, name: r.deciderName ?? "" } : null,
    decidedAt: r.approval.decidedAt?.toISOString() ?? null,
    decisionComment: r.approval.decisionComment,
    /** When the approvers were told it had waited past the workspace's alert age (approval-alerts.ts). */
    alertedAt: r.approval.alertedAt?.toISOString() ?? null,
  }));
}

export type ApprovalView = Awaited<ReturnType<typeof readApprovals>>[number];

async function readApproval(ex: Executor, actor: Actor, id: string): Promise<ApprovalView> {
  const [view] = await readApprovals(ex, actor, eq(approvals.id, id), 1);
  if (!view) throw notFound("Approval", id);
  return view;
}

/** Asks for the deal's current deviations from the policy to be approved. */
export async function requestApproval(
  deps: Deps,
  actor: Actor,
  input: { dealId: string; comment?: string | null },
): Promise<ApprovalView> {
  authorize(actor, DEAL_SELLERS, "ask for approvals");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const deal = await loadVisibleDeal(tx, actor, input.dealId, { lock: true });
    if (deal.closedAt) throw new AppError("conflict", "This deal is closed; there is nothing to approve.");
    const status = await dealPolicyStatus(tx, deal, { actingRole: actor.role });
    if (status.deviations.length === 0) {
      throw new AppError("conflict", "This deal is within the discount policy; it needs no approval.");
    }
    if (status.approvalId) throw new AppError("conflict", "These line items are already approved.");
    const [pending] = await tx
      .select({ id: approvals.id })
      .from(approvals)
      .where(
        and(
          eq(approvals.workspaceId, actor.workspaceId),
          eq(approvals.dealId, deal.id),
          eq(approvals.status, "pending"),
        ),
      );
    if (pending) throw new AppError("conflict", "An approval request for this deal is already waiting.");
    const [row] = await tx
      .insert(approvals)
      .values({
        workspaceId: actor.workspaceId,
        dealId: deal.id,
        fingerprint: status.fingerprint,
        deviations: status.deviations,
        requestedBy: actor.userId,
        requestedAt: now,
        requestComment: input.comment ?? null,
      })
      .returning({ id: approvals.id });
    return readApproval(tx, actor, row!.id);
  });
}

/** Approves or rejects a waiting request; never by the person who asked for it. */
export async function decideApproval(
  deps: Deps,
  actor: Actor,
  input: { id: string; decision: ApprovalDecisionInput },
): Promise<ApprovalView> {
  authorize(actor, APPROVER_ROLES, "decide approvals (admins and marketing own the price policy)");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const where = and(eq(approvals.workspaceId, actor.workspaceId), eq(approvals.id, input.id));
    const [approval] = await tx.select().from(approvals).where(where).for("update");
    if (!approval) throw notFound("Approval", input.id);
    if (!mayApprove(actor, approval.requestedBy)) {
      throw new AppError("forbidden", "You asked for this approval; someone else must decide it.");
    }
    if (approval.status !== "pending") {
      throw new AppError("conflict", `This request is already ${approval.status}.`);
    }
    const status: ApprovalStatus = input.decision.decision === "approve" ? "approved" : "rejected";
    await tx
      .update(approvals)
      .set({
        status,
        decidedBy: actor.userId,
        decidedAt: now,
        decisionComment: input.decision.comment ?? null,
      })
      .where(where);
    const view = await readApproval(tx, actor, input.id);
    // The requester hears the answer where they work, not only by opening the deal again.
    await tx.insert(notifications).values({
      workspaceId: actor.workspaceId,
      userId: approval.requestedBy,
      kind: "approval_decided",
      title: `${status === "approved" ? "Approved" : "Rejected"}: ${view.dealName}`,
      body: view.decisionComment
        ? `${view.decidedBy?.name ?? "An approver"}: ${view.decisionComment}`
        : `Decided by ${view.decidedBy?.name ?? "an approver"}.`,
      link: `/deals/${approval.dealId}`,
      createdAt: now,
    });
    return view;
  });
}

export async function listApprovals(
  deps: Deps,
  actor: Actor,
  filter: { status?: ApprovalStatus; dealId?: string },
): Promise<{ data: ApprovalView[] }> {
  authorize(actor, [...STAFF, "partner"], "read approvals");
  // Approvers see every request; a sales rep those on deals they own; a partner its own deals'.
  const mine = actor.role === "sales" ? eq(deals.ownerId, actor.userId) : undefined;
  const where = and(
    mine,
    filter.status ? eq(approvals.status, filter.status) : undefined,
    filter.dealId ? eq(approvals.dealId, filter.dealId) : undefined,
  );
  return { data: await readApprovals(deps.db, actor, where) };
}
