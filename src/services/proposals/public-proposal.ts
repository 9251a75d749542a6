// The prospect's side of a proposal, reached by its signed link only (`/p/<token>`): read it
// (the first opening lands on the timeline as the `proposal` or `estimate` touchpoint and tells
// the deal's owner), accept it (a `contract` touchpoint, and the deal moves to its contract
// stage), or decline it with a reason. Whoever calls these is a stranger: the token is all that
// counts, and a withdrawn or draft offer reads as not available, like a forged link.
import { and, eq, sql } from "drizzle-orm";
import { actionProblem, contractStage, type ProposalAction, proposalLabel } from "../../domain/proposals.ts";
import type { Tx } from "../../store/db.ts";
import { deals, notifications, proposals } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import type { Deps } from "../context.ts";
import { moveDealIn } from "../deals/move-deal.ts";
import { loadPipeline } from "../deals/pipelines.ts";
import { recordTouchpointsIn } from "../touchpoints/record-touchpoints.ts";
import { idsOfProposalToken } from "./proposal-link.ts";
import {
  type LoadedProposal,
  loadProposals,
  type ProposalDocument,
  presentDocument,
  workspaceTimeZone,
} from "./proposal-view.ts";

export type PublicProposal =
  | { status: "invalid" }
  | {
      status: "ok";
      document: ProposalDocument;
      /** Why the prospect cannot accept or decline now; null when they can. */
      closedBecause: string | null;
    };

async function byToken(tx: Tx, token: string): Promise<LoadedProposal | null> {
  const ids = await idsOfProposalToken(tx, token);
  if (!ids) return null;
  const [row] = await loadProposals(
    tx,
    and(eq(proposals.workspaceId, ids.workspaceId), eq(proposals.id, ids.proposalId))!,
    1,
  );
  // Signed, so this cannot differ; checked anyway: a token names exactly one contact.
  if (!row || row.proposal.contactId !== ids.contactId) return null;
  if (row.proposal.status === "draft" || row.proposal.status === "withdrawn") return null;
  return row;
}

function closedBecause(action: ProposalAction, row: LoadedProposal, doc: ProposalDocument): string | null {
  const problem = actionProblem(action, doc.status);
  if (problem) return problem;
  if (row.dealClosed) return "This offer is no longer open.";
  return null;
}

async function notifyOwner(
  tx: Tx,
  row: LoadedProposal,
  kind: string,
  title: string,
  body: string,
  now: Date,
) {
  await tx.insert(notifications).values({
    workspaceId: row.proposal.workspaceId,
    userId: row.ownerId,
    kind,
    title,
    body,
    link: `/deals/${row.proposal.dealId}`,
    createdAt: now,
  });
}

/** The document for the public page; the page (not the PDF) counts as an opening, the first a touchpoint. */
export async function openPublicProposal(
  deps: Deps,
  token: string,
  options: { countView: boolean },
): Promise<PublicProposal> {
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const row = await byToken(tx, token);
    if (!row) return { status: "invalid" };
    const document = presentDocument(row, now, await workspaceTimeZone(tx, row.proposal.workspaceId));
    if (options.countView && document.status === "sent") await countView(tx, row, document, now);
    return { status: "ok", document, closedBecause: closedBecause("accept", row, document) };
  });
}

async function countView(tx: Tx, row: LoadedProposal, doc: ProposalDocument, now: Date) {
  const p = row.proposal;
  const [updated] = await tx
    .update(proposals)
    .set({
      viewCount: sql`${proposals.viewCount} + 1`,
      firstViewedAt: sql`coalesce(${proposals.firstViewedAt}, ${now.toISOString()}::timestamptz)`,
      lastViewedAt: now,
    })
    .where(and(eq(proposals.workspaceId, p.workspaceId), eq(proposals.id, p.id)))
    .returning({ viewCount: proposals.viewCount });
  if (updated?.viewCount !== 1) return;
  await recordTouchpointsIn(
    tx,
    p.workspaceId,
    [
      {
        contactId: p.contactId,
        kind: p.kind,
        // The rep's proposal reaching the prospect: their activity in the sales reports.
        userId: p.sentBy ?? p.createdBy,
        occurredAt: now,
        properties: { proposalId: p.id, number: p.number, event: "viewed" },
        externalId: `proposal-viewed:${p.id}`,
      },
    ],
    now,
  );
  await notifyOwner(
    tx,
    row,
    "proposal_viewed",
    `${doc.label} opened: ${row.dealName}`,
    `${doc.contactName} opened it.`,
    now,
  );
}

export type Response =
  | { status: "invalid" }
  | { status: "refused"; message: string; document: ProposalDocument }
  | { status: "done"; document: ProposalDocument };

/** Accepts or declines, once: the deal's row lock serialises two clicks and a rep's withdrawal. */
async function respond(
  deps: Deps,
  token: string,
  action: "accept" | "decline",
  write: (tx: Tx, row: LoadedProposal, doc: ProposalDocument, now: Date) => Promise<void>,
): Promise<Response> {
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const first = await byToken(tx, token);
    if (!first) return { status: "invalid" };
    await tx
      .select({ id: deals.id })
      .from(deals)
      .where(and(eq(deals.workspaceId, first.proposal.workspaceId), eq(deals.id, first.proposal.dealId)))
      .for("no key update");
    const row = await byToken(tx, token);
    if (!row) return { status: "invalid" };
    const tz = await workspaceTimeZone(tx, row.proposal.workspaceId);
    const doc = presentDocument(row, now, tz);
    const problem = closedBecause(action, row, doc);
    if (problem) return { status: "refused", message: problem, document: doc };
    await write(tx, row, doc, now);
    const [after] = await loadProposals(
      tx,
      and(eq(proposals.workspaceId, row.proposal.workspaceId), eq(proposals.id, row.proposal.id))!,
      1,
    );
    return { status: "done", document: presentDocument(after!, now, tz) };
  });
}

export function acceptProposal(deps: Deps, token: string, input: { name: string }): Promise<Response> {
  return respond(deps, token, "accept", async (tx, row, doc, now) => {
    const p = row.proposal;
    await tx
      .update(proposals)
      .set({ status: "accepted", acceptedAt: now, acceptedName: input.name, updatedAt: now })
      .where(and(eq(proposals.workspaceId, p.workspaceId), eq(proposals.id, p.id)));
    await recordTouchpointsIn(
      tx,
      p.workspaceId,
      [
        {
          contactId: p.contactId,
          kind: "contract",
          userId: row.ownerId,
          occurredAt: now,
          properties: {
            proposalId: p.id,
            number: p.number,
            event: "accepted",
            acceptedBy: input.name,
            amountMinor: doc.totals.netMinor,
            currency: p.currency,
          },
          externalId: `proposal-accepted:${p.id}`,
        },
      ],
      now,
    );
    const [deal] = await tx
      .select()
      .from(deals)
      .where(and(eq(deals.workspaceId, p.workspaceId), eq(deals.id, p.dealId)));
    const pipeline = await loadPipeline(tx, p.workspaceId, deal!.pipelineId);
    const to = contractStage(pipeline.stages, deal!.stage);
    if (to)
      await moveDealIn(
        tx,
        { workspaceId: p.workspaceId, userId: null, role: null },
        deal!,
        { stage: to },
        now,
      );
    await notifyOwner(
      tx,
      row,
      "proposal_accepted",
      `${proposalLabel(p.kind, p.number)} accepted: ${row.dealName}`,
      `${input.name} accepted it for ${doc.contactName}.`,
      now,
    );
  });
}

export function declineProposal(deps: Deps, token: string, input: { reason?: string }): Promise<Response> {
  return respond(deps, token, "decline", async (tx, row, doc, now) => {
    const p = row.proposal;
    await tx
      .update(proposals)
      .set({ status: "declined", declinedAt: now, declineReason: input.reason || null, updatedAt: now })
      .where(and(eq(proposals.workspaceId, p.workspaceId), eq(proposals.id, p.id)));
    await notifyOwner(
      tx,
      row,
      "proposal_declined",
      `${doc.label} declined: ${row.dealName}`,
      input.reason ? `${doc.contactName}: ${input.reason}` : `${doc.contactName} declined it.`,
      now,
    );
  });
}
