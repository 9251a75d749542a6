import { and, eq } from "drizzle-orm";
import { notFound } from "../../domain/errors.ts";
import { type TimelineRow, timelineRows } from "../../store/queries/timeline.ts";
import { contacts } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { decodeCursor, encodeCursor, isIdCursor } from "../pagination.ts";
import { CONTACT_READERS, visibleContacts } from "./contact-access.ts";

export async function getTimeline(
  deps: Deps,
  actor: Actor,
  input: { contactId: string; limit: number; cursor?: string },
) {
  authorize(actor, CONTACT_READERS, "read timelines");
  const [found] = await deps.db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(visibleContacts(actor), eq(contacts.id, input.contactId)));
  if (!found) throw notFound("Contact", input.contactId);
  const cursor = decodeCursor(
    input.cursor,
    (v): v is { key: string; id: string } => isIdCursor(v) && v.key !== null,
  );
  const rows = await timelineRows(
    deps.db,
    actor.workspaceId,
    { contactId: input.contactId },
    {
      limit: input.limit + 1,
      before: cursor ? { at: cursor.key, id: cursor.id } : undefined,
    },
  );
  return timelinePage(rows, input.limit);
}

/** A page of timeline rows as the API shows them, with the cursor of the next page. */
export function timelinePage(rows: TimelineRow[], limit: number) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map((r) => ({
      id: r.id,
      contactId: r.contact_id,
      contactName: r.contact_name,
      kind: r.kind,
      side: r.side,
      programId: r.program_id,
      programName: r.program_name,
      userId: r.user_id,
      userName: r.user_name,
      occurredAt: r.occurred_at.toISOString(),
      properties: r.properties,
      externalId: r.external_id,
    })),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ key: last.occurred_at.toISOString(), id: last.id }) : null,
  };
}
