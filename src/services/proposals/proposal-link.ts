// The public link of a proposal (`/p/<token>`): the email tokens' format and the workspace's key
// (services/email/tokens.ts) with the purpose "proposal", naming the workspace, the contact and
// the proposal. It is deterministic, so the rep can copy the same link again without it being
// stored; withdrawing the proposal is what ends it.
import type { Executor } from "../../store/db.ts";
import { signToken, verifyToken } from "../email/tokens.ts";

export interface ProposalTokenIds {
  workspaceId: string;
  contactId: string;
  proposalId: string;
}

export function proposalUrlWithKey(signingKey: string, publicUrl: string, ids: ProposalTokenIds): string {
  const token = signToken(signingKey, {
    purpose: "proposal",
    workspaceId: ids.workspaceId,
    contactId: ids.contactId,
    outboxId: ids.proposalId,
  });
  return `${publicUrl}/p/${token}`;
}

/** The ids a token names, or null (malformed, forged, another purpose). */
export async function idsOfProposalToken(ex: Executor, token: string): Promise<ProposalTokenIds | null> {
  const p = await verifyToken(ex, token, "proposal");
  if (!p) return null;
  return { workspaceId: p.workspaceId, contactId: p.contactId, proposalId: p.outboxId };
}
