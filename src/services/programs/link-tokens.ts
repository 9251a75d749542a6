// The signed contact token of a personalised tracked link (`/l/<code>?c=<token>`): the email
// tokens' format and key (services/email/tokens.ts) with the purpose "link", naming the workspace,
// the contact and the link. A token for one link does not work on another.
import { signToken, verifyTokenWithKey } from "../email/tokens.ts";

export interface LinkTokenIds {
  workspaceId: string;
  contactId: string;
  linkId: string;
}

export function signLinkToken(signingKey: string, ids: LinkTokenIds): string {
  return signToken(signingKey, {
    purpose: "link",
    workspaceId: ids.workspaceId,
    contactId: ids.contactId,
    outboxId: ids.linkId,
  });
}

/** The contact a token names for this link, or null (malformed, forged, another link or workspace). */
export function contactOfLinkToken(
  signingKey: string,
  token: string,
  link: { workspaceId: string; id: string },
): string | null {
  const p = verifyTokenWithKey(signingKey, token, "link");
  if (!p || p.workspaceId !== link.workspaceId || p.outboxId !== link.id) return null;
  return p.contactId;
}
