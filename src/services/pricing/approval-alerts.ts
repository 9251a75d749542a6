// Requests for approval that wait too long are flagged to the approvers (issue 11, item 7): once
// per request, when it has waited longer than the workspace's `approval_alert_hours`, every admin
// and marketer other than the requester gets a notification, and the request records when
// (`alerted_at`), which the approvals page shows. Run each minute by the worker
// (jobs/approval-alerts.ts); one statement, so two runs never flag a request twice.
import { sql } from "drizzle-orm";
import { APPROVER_ROLES } from "../../domain/pricing.ts";
import type { Deps } from "../context.ts";
import { DEFAULT_APPROVAL_ALERT_HOURS } from "./discount-policy.ts";

/** Flags every workspace's waiting requests, or one workspace's (`only`); returns how many. */
export async function flagWaitingApprovals(
  deps: Pick<Deps, "db" | "now">,
  only?: { workspaceId: string },
): Promise<number> {
  const now = deps.now().toISOString();
  const scope = only ? sql`and a.workspace_id = ${only.workspaceId}` : sql``;
  const approvers = `{${APPROVER_ROLES.join(",")}}`;
  const result = await deps.db.execute<{ flagged: string }>(sql`
    with due as (
      update approvals a set alerted_at = ${now}::timestamptz
      where a.status = 'pending' and a.alerted_at is null ${scope}
        and a.requested_at <= ${now}::timestamptz - make_interval(hours => coalesce(
          (select p.approval_alert_hours from discount_policies p where p.workspace_id = a.workspace_id),
          ${DEFAULT_APPROVAL_ALERT_HOURS}))
      returning a.workspace_id, a.id, a.deal_id, a.requested_by, a.requested_at
    ), told as (
      insert into notifications (workspace_id, id, user_id, kind, title, body, link, created_at)
      select due.workspace_id, gen_random_uuid(), u.id, 'approval_waiting',
        'Approval waiting: ' || d.name,
        'Asked by ' || r.name || ' on ' || to_char(due.requested_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC, still undecided.',
        '/approvals', ${now}::timestamptz
      from due
      join deals d on d.workspace_id = due.workspace_id and d.id = due.deal_id
      join users r on r.workspace_id = due.workspace_id and r.id = due.requested_by
      join users u on u.workspace_id = due.workspace_id and u.role = any(${approvers}::text[])
        and u.id <> due.requested_by
      returning 1
    )
    select (select count(*) from due) as flagged`);
  return Number(result.rows[0]?.flagged ?? 0);
}
