// A company's timeline: the touches of all its people together, newest first — what the account
// has heard from Baton's side and what it has said, whoever it was.
import { and, eq } from "drizzle-orm";
import { notFound } from "../../domain/errors.ts";
import { timelineRows } from "../../store/queries/timeline.ts";
import { companies } from "../../store/schema/index.ts";
import { timelinePage } from "../contacts/get-timeline.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { decodeCursor, isIdCursor } from "../pagination.ts";

export async function getCompanyTimeline(
  deps: Deps,
  actor: Actor,
  input: { companyId: string; limit: number; cursor?: string },
) {
  authorize(actor, STAFF, "read company timelines");
  const [found] = await deps.db
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.workspaceId, actor.workspaceId), eq(companies.id, input.companyId)));
  if (!found) throw notFound("Company", input.companyId);
  const cursor = decodeCursor(
    input.cursor,
    (v): v is { key: string; id: string } => isIdCursor(v) && v.key !== null,
  );
  const rows = await timelineRows(
    deps.db,
    actor.workspaceId,
    { companyId: input.companyId },
    { limit: input.limit + 1, before: cursor ? { at: cursor.key, id: cursor.id } : undefined },
  );
  return timelinePage(rows, input.limit);
}
