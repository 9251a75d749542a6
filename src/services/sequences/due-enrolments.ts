// The enrolments whose next step is due, oldest first, across workspaces: one range of the
// partial index on next_run_at (active enrolments only). The scheduler hands them to the queue.
import { sql } from "drizzle-orm";
import type { Deps } from "../context.ts";
import type { StepJob } from "./job-queue.ts";

export async function dueEnrolments(deps: Deps, input: { limit: number }): Promise<StepJob[]> {
  const result = await deps.db.execute<{ workspace_id: string; id: string }>(sql`
    select workspace_id, id from enrolments
    where status = 'active' and next_run_at <= ${deps.now().toISOString()}::timestamptz
    order by next_run_at
    limit ${input.limit}`);
  return result.rows.map((r) => ({ workspaceId: r.workspace_id, enrolmentId: r.id }));
}
