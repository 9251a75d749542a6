import { and, eq, type SQL } from "drizzle-orm";
import { contacts } from "../../store/schema/index.ts";
import type { Actor } from "../context.ts";

/** Who may read contacts: staff, and partner users for what their organisation registered. */
export const CONTACT_READERS = ["admin", "marketing", "sales", "partner"] as const;

/**
 * The contacts an actor may see. A partner user sees only those its organisation registered;
 * any other contact is "not found" to it, exactly like one that does not exist.
 */
export function visibleContacts(actor: Actor): SQL {
  const inWorkspace = eq(contacts.workspaceId, actor.workspaceId);
  if (actor.role !== "partner") return inWorkspace;
  return and(inWorkspace, eq(contacts.partnerId, partnerScope(actor)!))!;
}

const NO_PARTNER = "00000000-0000-0000-0000-000000000000";

/** The partner organisation an actor's reads are narrowed to; undefined for staff. */
export function partnerScope(actor: Actor): string | undefined {
  return actor.role === "partner" ? (actor.partnerId ?? NO_PARTNER) : undefined;
}
