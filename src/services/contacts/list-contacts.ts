import { countContactsByTemperature } from "../../store/queries/contact-counts.ts";
import {
  type ContactFilters,
  type ContactOrder,
  type ContactRow,
  listContactRows,
} from "../../store/queries/contacts.ts";
import { loadScoringSettings } from "../../store/queries/scoring.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { decodeCursor, encodeCursor } from "../pagination.ts";
import { CONTACT_READERS, partnerScope } from "./contact-access.ts";
import { type ContactSort, contactOrder, isCursorOf } from "./contact-sort.ts";
import { type ContactView, presentContact } from "./present-contact.ts";

export async function listContacts(
  deps: Deps,
  actor: Actor,
  input: ContactFilters & { sort?: ContactSort; limit: number; cursor?: string },
): Promise<{ data: ContactView[]; nextCursor: string | null }> {
  authorize(actor, CONTACT_READERS, "list contacts");
  input = { ...input, partnerId: partnerScope(actor) ?? input.partnerId };
  const settings = await loadScoringSettings(deps.db, actor.workspaceId);
  // One instant for the query and the presentation: "now" is read once.
  const now = deps.now();
  const order = contactOrder(input);
  const cursor = decodeCursor(input.cursor, isCursorOf(order));
  const rows = await listContactRows(deps.db, actor.workspaceId, input, settings, {
    limit: input.limit + 1,
    cursor,
    order,
    now,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > input.limit && last
      ? encodeCursor({ order, key: cursorKey(order, last), id: last.id })
      : null;
  const at = input.at ?? now;
  return { data: page.map((r) => presentContact(r, at, settings)), nextCursor };
}

export async function countContactsByTemp(
  deps: Deps,
  actor: Actor,
  filters: Omit<ContactFilters, "temperature">,
) {
  authorize(actor, CONTACT_READERS, "count contacts");
  filters = { ...filters, partnerId: partnerScope(actor) ?? filters.partnerId };
  const settings = await loadScoringSettings(deps.db, actor.workspaceId);
  return countContactsByTemperature(deps.db, actor.workspaceId, filters, settings, deps.now());
}

/** The key a page's last row leaves in the cursor, in the form its order's query reads it back. */
function cursorKey(order: ContactOrder, row: ContactRow): string | null {
  if (order === "id") return null;
  if (order === "name" || order === "last_touch" || order === "score") return row.sort_text ?? null;
  return row.sort_key?.toISOString() ?? null;
}
