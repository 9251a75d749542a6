// The ad audience of a playbook's "ad audience export" step: the contacts currently at that step
// — active enrolments whose last step run was the export — as a CSV an ad platform imports
// (customer-match columns). Like marketing mail, it leaves out suppressed addresses, contacts
// without marketing consent and contacts sales owns now.
import { stringify } from "csv-stringify/sync";
import { sql } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { emailHashSql } from "../../store/queries/erasure.ts";
import { recordExport } from "../audit/record-export.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { loadPlaybook } from "./read-playbooks.ts";

/**
 * A cell a spreadsheet will not run as a formula: text from visitors starting with = + - @ (or a
 * tab or return) gets a leading apostrophe. Phone numbers such as +49 30 1234 stay as they are.
 */
function safeCell(value: string | null): string {
  if (!value) return "";
  if (/^\+?[0-9 ()./-]+$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Events that mean a step ran (deferrals and blocks happen before the next step runs). */
const RAN = ["email_queued", "email_skipped", "task_created", "audience_exported", "skipped", "failed"];

export async function audienceCsv(
  deps: Deps,
  actor: Actor,
  input: { playbookId: string; stepId?: string },
): Promise<{ filename: string; csv: string; count: number }> {
  authorize(actor, STAFF, "export ad audiences");
  const ws = actor.workspaceId;
  const playbook = await loadPlaybook(deps.db, ws, input.playbookId);
  const exportSteps = await deps.db.execute<{ id: string }>(sql`
    select id from playbook_steps
    where workspace_id = ${ws} and playbook_id = ${playbook.id} and channel = 'ad_audience_export'`);
  if (input.stepId && !exportSteps.rows.some((s) => s.id === input.stepId)) {
    throw new AppError("not_found", `Step ${input.stepId} is not an ad audience step of this playbook.`);
  }
  const rows = await deps.db.execute<{
    email: string;
    first_name: string | null;
    last_name: string | null;
    phone: string | null;
    country: string | null;
    step_id: string;
    joined_at: unknown;
  }>(sql`
    select c.email, c.first_name, c.last_name, c.phone, c.country, last.step_id, last.at as joined_at
    from enrolments e
    join contacts c on c.workspace_id = e.workspace_id and c.id = e.contact_id
    cross join lateral (
      select ev.step_id, ev.kind, ev.at from enrolment_events ev
      where ev.workspace_id = e.workspace_id and ev.enrolment_id = e.id
        and ev.kind = any(${`{${RAN.join(",")}}`}::text[])
      order by ev.at desc, ev.id desc limit 1
    ) last
    where e.workspace_id = ${ws} and e.playbook_id = ${playbook.id} and e.status = 'active'
      and last.kind = 'audience_exported'
      ${input.stepId ? sql`and last.step_id = ${input.stepId}` : sql``}
      and c.stage not in ('sales_ready', 'in_sales', 'customer', 'disqualified')
      and (select k.granted from consents k
        where k.workspace_id = c.workspace_id and k.contact_id = c.id and k.purpose = 'marketing'
        order by k.occurred_at desc, k.id desc limit 1) is true
      and not exists (select 1 from suppressions s where s.workspace_id = c.workspace_id and s.email = lower(c.email))
      and not exists (select 1 from erased_addresses x where x.workspace_id = c.workspace_id
        and x.email_hash = ${emailHashSql(sql`c.email`)})
    order by c.email`);
  const csv = stringify(
    rows.rows.map((r) => [
      safeCell(r.email),
      safeCell(r.first_name),
      safeCell(r.last_name),
      safeCell(r.phone),
      safeCell(r.country),
      r.step_id,
      new Date(r.joined_at as string).toISOString(),
    ]),
    {
      header: true,
      columns: ["email", "first_name", "last_name", "phone", "country", "step_id", "joined_at"],
    },
  );
  const slug =
    playbook.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "playbook";
  const filename = `${slug}-audience.csv`;
  // Names and addresses leave Baton here: the log says who took how many, not whom.
  await recordExport(deps, actor, {
    name: filename,
    rows: rows.rows.length,
    what: `the ad audience of playbook "${playbook.name}"`,
  });
  return { filename, csv, count: rows.rows.length };
}
