// How a proposal reads: for staff (the deal page, the API) and, with fewer fields, for the prospect
// (the public page and the PDF). Both come from one load, so the document a rep downloads and the
// one the prospect opens cannot differ.
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { notFound } from "../../domain/errors.ts";
import { approvalFingerprint, discountBp, lineTotals } from "../../domain/pricing.ts";
import { effectiveStatus, proposalLabel } from "../../domain/proposals.ts";
import type { Executor } from "../../store/db.ts";
import { companies, contacts, deals, proposals, users, workspaces } from "../../store/schema/index.ts";
import type { Actor, Deps } from "../context.ts";
import { visibleDeals } from "../deals/deal-access.ts";
import { signingKeyOf } from "../email/tokens.ts";
import { loadHandoffSettings } from "../handoff/handoff-settings.ts";
import { dealPolicyStatus, loadLineItems } from "../pricing/deal-policy.ts";
import { proposalUrlWithKey } from "./proposal-link.ts";

// "Prepared by" is whoever sent the offer (for a draft, whoever made it): a reassigned deal does
// not change who signed off the document the prospect holds.
const preparer = alias(users, "preparer");
const creator = alias(users, "creator");

/** Proposals matching `where` (already limited to what the reader may see), newest first. */
export async function loadProposals(ex: Executor, where: SQL, limit = 100) {
  return ex
    .select({
      proposal: proposals,
      dealName: deals.name,
      dealStage: deals.stage,
      dealClosed: deals.closedAt,
      ownerId: deals.ownerId,
      dealPriceBookId: deals.priceBookId,
      preparerName: preparer.name,
      preparerEmail: preparer.email,
      createdByName: creator.name,
      contactFirst: contacts.firstName,
      contactLast: contacts.lastName,
      contactEmail: contacts.email,
      companyName: companies.name,
      workspaceName: workspaces.name,
    })
    .from(proposals)
    .innerJoin(deals, and(eq(deals.workspaceId, proposals.workspaceId), eq(deals.id, proposals.dealId)))
    .innerJoin(
      preparer,
      and(
        eq(preparer.workspaceId, proposals.workspaceId),
        eq(preparer.id, sql`coalesce(${proposals.sentBy}, ${proposals.createdBy})`),
      ),
    )
    .innerJoin(
      creator,
      and(eq(creator.workspaceId, proposals.workspaceId), eq(creator.id, proposals.createdBy)),
    )
    .innerJoin(
      contacts,
      and(eq(contacts.workspaceId, proposals.workspaceId), eq(contacts.id, proposals.contactId)),
    )
    .leftJoin(
      companies,
      and(eq(companies.workspaceId, contacts.workspaceId), eq(companies.id, contacts.companyId)),
    )
    .innerJoin(workspaces, eq(workspaces.workspaceId, proposals.workspaceId))
    .where(where)
    .orderBy(desc(proposals.createdAt), desc(proposals.id))
    .limit(limit);
}

export type LoadedProposal = Awaited<ReturnType<typeof loadProposals>>[number];

/** What both readers see: the document itself. */
export function presentDocument(row: LoadedProposal, now: Date, timeZone: string) {
  const p = row.proposal;
  const lines = p.lines.map((line) => ({
    ...line,
    ...lineTotals(line),
    discountBp: line.giveaway ? 10_000 : discountBp(line),
  }));
  const sum = (pick: (l: (typeof lines)[number]) => number) => lines.reduce((s, l) => s + pick(l), 0);
  return {
    id: p.id,
    kind: p.kind,
    number: p.number,
    label: proposalLabel(p.kind, p.number),
    title: p.title,
    status: effectiveStatus(p, now, timeZone),
    currency: p.currency,
    lines,
    totals: {
      listMinor: sum((l) => l.listMinor),
      /** Price cuts on paid lines. */
      discountMinor: sum((l) => (l.giveaway ? 0 : Math.max(0, l.discountMinor))),
      /** What paid lines are priced above their list price (needs an approval to be sent). */
      aboveListMinor: sum((l) => (l.giveaway ? 0 : Math.max(0, -l.discountMinor))),
      /** The list value of the lines given away free. */
      giveawayMinor: sum((l) => (l.giveaway ? l.listMinor : 0)),
      netMinor: sum((l) => l.netMinor),
    },
    validUntil: p.validUntil,
    terms: p.terms,
    issuedAt: (p.sentAt ?? p.createdAt).toISOString(),
    workspaceName: row.workspaceName,
    contactName: [row.contactFirst, row.contactLast].filter(Boolean).join(" ") || row.contactEmail,
    companyName: row.companyName,
    preparedBy: { name: row.preparerName, email: row.preparerEmail },
    acceptedAt: p.acceptedAt?.toISOString() ?? null,
    acceptedName: p.acceptedName,
    declinedAt: p.declinedAt?.toISOString() ?? null,
    timeZone,
  };
}

export type ProposalDocument = ReturnType<typeof presentDocument>;

/** What presenting needs besides the row: the clock, the workspace's zone, the link's base and key. */
export interface PresentContext {
  now: Date;
  timeZone: string;
  publicUrl: string;
  signingKey: string;
}

export async function presentContext(
  ex: Executor,
  deps: Deps,
  workspaceId: string,
  now: Date,
): Promise<PresentContext> {
  const key = await signingKeyOf(ex, workspaceId);
  if (!key) throw new Error(`Workspace ${workspaceId} has no signing key.`);
  return {
    now,
    timeZone: await workspaceTimeZone(ex, workspaceId),
    publicUrl: deps.publicUrl,
    signingKey: key,
  };
}

/** The staff's view: the document, plus the deal, who made it, what the prospect did and the link. */
export async function presentProposal(ex: Executor, row: LoadedProposal, ctx: PresentContext) {
  const p = row.proposal;
  const shared = p.status !== "draft" && p.status !== "withdrawn";
  const draft = p.status === "draft";
  const deal = { id: p.dealId, workspaceId: p.workspaceId, ownerId: row.ownerId, priceBookId: p.priceBookId };
  // For a draft: would sending be refused? Judged for the deal's owner; sending also applies the
  // sender's own limit when it is stricter.
  const policy = draft ? await dealPolicyStatus(ex, deal, { items: p.lines }) : null;
  // An approval is asked for the deal's current lines: if they differ from the draft's, no
  // approval from the deal page can unblock this draft.
  const linesChanged = draft
    ? approvalFingerprint(
        row.dealPriceBookId,
        await loadLineItems(ex, { ...deal, priceBookId: row.dealPriceBookId }),
      ) !== approvalFingerprint(p.priceBookId, p.lines)
    : null;
  return {
    ...presentDocument(row, ctx.now, ctx.timeZone),
    dealId: p.dealId,
    dealName: row.dealName,
    dealClosed: row.dealClosed !== null,
    contactId: p.contactId,
    createdBy: { id: p.createdBy, name: row.createdByName },
    createdAt: p.createdAt.toISOString(),
    sentAt: p.sentAt?.toISOString() ?? null,
    firstViewedAt: p.firstViewedAt?.toISOString() ?? null,
    lastViewedAt: p.lastViewedAt?.toISOString() ?? null,
    viewCount: p.viewCount,
    declineReason: p.declineReason,
    withdrawnAt: p.withdrawnAt?.toISOString() ?? null,
    approvalId: p.approvalId,
    /** A draft outside the price policy that no approval of exactly its lines covers; null once sent. */
    needsApproval: policy ? !policy.satisfied : null,
    /** A draft whose lines are no longer the deal's: an approval asked now would be for other lines. */
    linesChanged,
    /** The link the prospect opens; only once sent, and not after it was withdrawn. */
    publicUrl: shared
      ? proposalUrlWithKey(ctx.signingKey, ctx.publicUrl, {
          workspaceId: p.workspaceId,
          contactId: p.contactId,
          proposalId: p.id,
        })
      : null,
  };
}

export type ProposalView = Awaited<ReturnType<typeof presentProposal>>;

export async function workspaceTimeZone(ex: Executor, workspaceId: string): Promise<string> {
  return (await loadHandoffSettings(ex, workspaceId)).businessHours.timeZone;
}

/** One proposal the actor may see (through its deal), or 404. */
export async function loadVisibleProposal(ex: Executor, actor: Actor, id: string): Promise<LoadedProposal> {
  const [row] = await loadProposals(
    ex,
    and(visibleDeals(actor), eq(proposals.workspaceId, actor.workspaceId), eq(proposals.id, id))!,
    1,
  );
  if (!row) throw notFound("Proposal", id);
  return row;
}
