// The one-time link of an invitation: a fresh 256-bit token each time, only its SHA-256 kept.
import { sql } from "drizzle-orm";
import { invitationExpiry } from "../../domain/users.ts";
import type { Tx } from "../../store/db.ts";
import { invitations } from "../../store/schema/index.ts";
import { newToken, sha256 } from "../auth/secrets.ts";
import type { Deps } from "../context.ts";

export interface IssuedInvitation {
  /** `<publicUrl>/invite/<token>`: shown to the admin once, never stored. */
  link: string;
  expiresAt: Date;
}

/** Creates or replaces the user's invitation; a replaced token stops working at commit. */
export async function issueInvitation(
  tx: Tx,
  deps: Deps,
  input: { workspaceId: string; userId: string; invitedBy: string },
): Promise<IssuedInvitation> {
  const token = newToken("bti");
  const expiresAt = invitationExpiry(deps.now());
  const values = { ...input, tokenHash: sha256(token), expiresAt };
  await tx
    .insert(invitations)
    .values(values)
    .onConflictDoUpdate({
      target: [invitations.workspaceId, invitations.userId],
      set: { tokenHash: values.tokenHash, expiresAt, invitedBy: input.invitedBy, createdAt: sql`now()` },
    });
  return { link: `${deps.publicUrl}/invite/${token}`, expiresAt };
}
