// Reading proposals: a deal's, one by id, and one as its PDF. Staff and partner users read the
// offers of the deals they may see (a partner user: its organisation's deals only).
import { and, eq } from "drizzle-orm";
import { proposals } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { loadVisibleDeal, visibleDeals } from "../deals/deal-access.ts";
import { renderProposalPdf } from "./proposal-pdf.ts";
import {
  loadProposals,
  loadVisibleProposal,
  presentDocument,
  presentProposal,
  workspaceTimeZone,
} from "./proposal-view.ts";

const READERS = [...STAFF, "partner"] as const;

export async function listDealProposals(deps: Deps, actor: Actor, dealId: string) {
  authorize(actor, READERS, "read proposals");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    await loadVisibleDeal(tx, actor, dealId);
    const tz = await workspaceTimeZone(tx, actor.workspaceId);
    const rows = await loadProposals(
      tx,
      and(visibleDeals(actor), eq(proposals.workspaceId, actor.workspaceId), eq(proposals.dealId, dealId))!,
    );
    const data = [];
    for (const row of rows) data.push(await presentProposal(tx, deps.publicUrl, row, now, tz));
    return { data };
  });
}

export async function getProposal(deps: Deps, actor: Actor, id: string) {
  authorize(actor, READERS, "read proposals");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const tz = await workspaceTimeZone(tx, actor.workspaceId);
    return presentProposal(tx, deps.publicUrl, await loadVisibleProposal(tx, actor, id), now, tz);
  });
}

/** The document as the prospect will see it; a draft is marked as one on every page. */
export async function proposalPdf(deps: Deps, actor: Actor, id: string) {
  authorize(actor, READERS, "read proposals");
  const now = deps.now();
  const doc = await inTransaction(deps.db, async (tx) => {
    const tz = await workspaceTimeZone(tx, actor.workspaceId);
    return presentDocument(await loadVisibleProposal(tx, actor, id), now, tz);
  });
  return { filename: `${doc.label.replace(" ", "-")}.pdf`, pdf: await renderProposalPdf(doc) };
}
