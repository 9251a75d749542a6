// The demo's history was played through the use cases at past instants: hand-offs accepted or
// recycled months ago still hold their "first contact" tasks open, and every rep has hundreds of
// old "new lead" notifications. A real team would have done those calls and read those alerts;
// this closes the ones older than a day, so "my day" and the bell show today's work.
import { sql } from "drizzle-orm";
import type { Deps } from "../services/context.ts";

export async function tidyDemoInbox(deps: Deps, workspaceId: string): Promise<void> {
  const dayAgo = new Date(deps.now().getTime() - 86_400_000).toISOString();
  await deps.db.execute(sql`
    update tasks t set completed_at = h.decided_at, outcome = 'First contact made', updated_at = h.decided_at
    from handoffs h
    where h.workspace_id = ${workspaceId} and t.workspace_id = h.workspace_id and t.id = h.task_id
      and h.status <> 'pending' and t.completed_at is null and h.decided_at < ${dayAgo}::timestamptz`);
  await deps.db.execute(sql`
    update notifications set read_at = created_at
    where workspace_id = ${workspaceId} and read_at is null and created_at < ${dayAgo}::timestamptz`);
}
