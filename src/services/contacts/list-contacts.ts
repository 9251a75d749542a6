import { countContactsByTemperature } from "../../store/queries/contact-counts.ts";
import { type ContactFilters, type ContactOrder, listContactRows } from "../../store/queries/contacts.ts";
import { loadScoringSettings } from "../../store/queries/scoring.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { decodeCursor, encodeCursor, isIdCursor } from "../pagination.ts";
import { CONTACT_READERS, partnerScope } from "./contact-access.ts";
import { type ContactView, presentContact } from "./present-contact.ts";

export async function listContacts(
  deps: Deps,
  actor: Actor,
  input: ContactFilters & { limit: number; cursor?: string },
): Promise<{ data: ContactView[]; nextCursor: string | null }> {
  authorize(actor, CONTACT_READERS, "list contacts");
  input = { ...input, partnerId: partnerScope(actor) ?? input.partnerId };
  const settings = await loadScoringSettings(deps.db, actor.workspaceId);
  // One instant for the query and the presentation: "now" is read once.
  const now = deps.now();
  // A temperature column is ordered by its cooling instant, which orders by engagement too.
  const order: ContactOrder =
    input.at || !input.temperature || input.temperature === "cold"
      ? "id"
      : input.temperature === "hot"
        ? "hot_until"
        : "warm_until";
  const cursor = decodeCursor(input.cursor, isIdCursor);
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
      ? encodeCursor({ key: order === "id" ? null : (last.sort_key?.toISOString() ?? null), id: last.id })
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
