// Set-based statements for playbook enrolments: entering and leaving tiers for a whole batch of
// contacts (a touchpoint batch, a cooling sweep) in a fixed number of round trips, each writing
// its enrolment events in the same statement.
import { type SQL, sql } from "drizzle-orm";
import type { Temperature } from "../../domain/catalogue.ts";
import type { ExitReason } from "../../domain/playbooks.ts";
import type { Executor } from "../db.ts";
import { asDateOrNull } from "./rows.ts";
import { anyId, unnestRows } from "./unnest.ts";

/**
 * A UUIDv7 made by PostgreSQL (any version from 13): the millisecond clock in the first 48 bits of
 * a random UUID, version bits set to 7. Rows created in bulk by SQL keep time-ordered ids too.
 */
export const UUIDV7: SQL = sql.raw(
  "encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid",
);

/** Which of a contact's active enrolments an exit applies to. */
export type ExitScope = "all" | "marketing";

/**
 * Ends the active enrolments of the given contacts (all of them, or those of marketing-side
 * playbooks), each contact with its own reason, and logs an `exited` event for each. Returns how
 * many ended.
 */
export async function exitEnrolmentsOf(
  ex: Executor,
  workspaceId: string,
  rows: { contact_id: string; reason: ExitReason }[],
  scope: ExitScope,
  now: Date,
): Promise<number> {
  if (rows.length === 0) return 0;
  const marketingOnly =
    scope === "marketing"
      ? sql`and exists (select 1 from playbooks p where p.workspace_id = e.workspace_id and p.id = e.playbook_id and p.side = 'marketing')`
      : sql``;
  return endAndLog(
    ex,
    workspaceId,
    sql`
      with x as (select * from ${unnestRows(rows, "x", { contact_id: "uuid", reason: "text" })}),
      ended as (
        update enrolments e set status = 'exited', exit_reason = x.reason, ended_at = ${now.toISOString()}::timestamptz, next_run_at = null
        from x
        where e.workspace_id = ${workspaceId} and e.contact_id = x.contact_id and e.status = 'active'
          and ${anyId(
            sql`e.contact_id`,
            rows.map((r) => r.contact_id),
          )} ${marketingOnly}
        returning e.id, x.reason
      )`,
    now,
  );
}

/**
 * Ends the contacts' active enrolments in tier playbooks of another tier than the one each
 * contact is in now (`tier_changed`).
 */
export async function exitOtherTiers(
  ex: Executor,
  workspaceId: string,
  rows: { contact_id: string; tier: Temperature }[],
  now: Date,
): Promise<number> {
  if (rows.length === 0) return 0;
  return endAndLog(
    ex,
    workspaceId,
    sql`
      with x as (select * from ${unnestRows(rows, "x", { contact_id: "uuid", tier: "text" })}),
      ended as (
        update enrolments e set status = 'exited', exit_reason = 'tier_changed', ended_at = ${now.toISOString()}::timestamptz, next_run_at = null
        from x, playbooks p
        where e.workspace_id = ${workspaceId} and e.contact_id = x.contact_id and e.status = 'active'
          and ${anyId(
            sql`e.contact_id`,
            rows.map((r) => r.contact_id),
          )}
          and p.workspace_id = e.workspace_id and p.id = e.playbook_id and p.tier is not null and p.tier <> x.tier
        returning e.id, 'tier_changed'::text as reason
      )`,
    now,
  );
}

/** Ends every active enrolment of a playbook (deactivated, or moved to another tier). */
export async function exitPlaybookEnrolments(
  ex: Executor,
  workspaceId: string,
  playbookId: string,
  reason: ExitReason,
  now: Date,
): Promise<number> {
  return endAndLog(
    ex,
    workspaceId,
    sql`
      with ended as (
        update enrolments e set status = 'exited', exit_reason = ${reason}, ended_at = ${now.toISOString()}::timestamptz, next_run_at = null
        where e.workspace_id = ${workspaceId} and e.playbook_id = ${playbookId} and e.status = 'active'
        returning e.id, ${reason}::text as reason
      )`,
    now,
  );
}

async function endAndLog(ex: Executor, workspaceId: string, ended: SQL, now: Date): Promise<number> {
  const result = await ex.execute<{ n: number }>(sql`
    ${ended},
    logged as (
      insert into enrolment_events (workspace_id, id, enrolment_id, step_id, kind, detail, at)
      select ${workspaceId}, ${UUIDV7}, ended.id, null, 'exited', jsonb_build_object('reason', ended.reason), ${now.toISOString()}::timestamptz
      from ended
      returning 1
    )
    select count(*)::int as n from logged`);
  return result.rows[0]?.n ?? 0;
}

/**
 * Enrols each contact in the active playbooks of its tier that have a live step, unless it is
 * already active in one, is a customer or disqualified, or — with `since` — was enrolled in that
 * playbook at or after `since` (the entry was handled already: sweeps may see a contact twice).
 * The first step is due its delay after now. Logs an `enrolled` event for each; returns how many.
 */
export async function enrolInTiers(
  ex: Executor,
  workspaceId: string,
  rows: { contact_id: string; tier: Temperature; since: string | null }[],
  via: "touchpoint" | "cooling" | "demo",
  now: Date,
): Promise<number> {
  if (rows.length === 0) return 0;
  const at = sql`${now.toISOString()}::timestamptz`;
  const result = await ex.execute<{ n: number }>(sql`
    with x as (select * from ${unnestRows(rows, "x", { contact_id: "uuid", tier: "text", since: "timestamptz" })}),
    targets as (
      select p.id as playbook_id, x.contact_id, first.position, first.delay_minutes
      from x
      join playbooks p on p.workspace_id = ${workspaceId} and p.active and p.tier = x.tier
      join contacts c on c.workspace_id = ${workspaceId} and c.id = x.contact_id
        and ${anyId(
          sql`c.id`,
          rows.map((r) => r.contact_id),
        )}
        and c.stage not in ('customer', 'disqualified')
      cross join lateral (
        select s.position, s.delay_minutes from playbook_steps s
        where s.workspace_id = p.workspace_id and s.playbook_id = p.id and not s.retired
        order by s.position limit 1
      ) first
      where x.since is null or not exists (
        select 1 from enrolments e
        where e.workspace_id = ${workspaceId} and e.contact_id = x.contact_id and e.playbook_id = p.id
          and e.enrolled_at >= x.since
      )
    ),
    added as (
      insert into enrolments (workspace_id, id, playbook_id, contact_id, status, next_position, next_run_at, enrolled_at)
      select ${workspaceId}, ${UUIDV7}, t.playbook_id, t.contact_id, 'active', t.position,
        ${at} + t.delay_minutes * interval '1 minute', ${at}
      from targets t
      order by t.contact_id, t.playbook_id
      on conflict (workspace_id, playbook_id, contact_id) where status = 'active' do nothing
      returning id
    ),
    logged as (
      insert into enrolment_events (workspace_id, id, enrolment_id, step_id, kind, detail, at)
      select ${workspaceId}, ${UUIDV7}, added.id, null, 'enrolled', jsonb_build_object('via', ${via}::text), ${at}
      from added
      returning 1
    )
    select count(*)::int as n from logged`);
  return result.rows[0]?.n ?? 0;
}

/** Where a page of cooled contacts ended: the cooling instant and the id of its last row. */
export interface CoolingCursor {
  until: string;
  contactId: string;
}

/**
 * Contacts whose `hot_until` (or `warm_until`) passed in (from, now), one page in the order of
 * the `(workspace_id, <column>, contact_id)` index: each page is a range scan of its own size.
 */
export async function cooledContactPage(
  ex: Executor,
  workspaceId: string,
  column: "hot_until" | "warm_until",
  window: { from: Date; now: Date },
  page: { after: CoolingCursor | null; limit: number },
): Promise<{ ids: string[]; next: CoolingCursor | null }> {
  const col = sql.raw(column);
  const after = page.after
    ? sql`and (s.${col}, s.contact_id) > (${page.after.until}::timestamptz, ${page.after.contactId}::uuid)`
    : sql`and s.${col} > ${window.from.toISOString()}::timestamptz`;
  const result = await ex.execute<{ contact_id: string; until: unknown }>(sql`
    select s.contact_id, s.${col} as until from contact_scores s
    where s.workspace_id = ${workspaceId} ${after} and s.${col} < ${window.now.toISOString()}::timestamptz
    order by s.${col}, s.contact_id
    limit ${page.limit}`);
  const last = result.rows.at(-1);
  return {
    ids: result.rows.map((r) => r.contact_id),
    next:
      last && result.rows.length === page.limit
        ? { until: asDateOrNull(last.until)!.toISOString(), contactId: last.contact_id }
        : null,
  };
}

/**
 * Locks the contacts (the touchpoint path's lock, in the same id order) and reads their cooling
 * instants as they are under the lock.
 */
export async function lockScores(
  ex: Executor,
  workspaceId: string,
  contactIds: string[],
): Promise<{ contact_id: string; hot_until: Date | null; warm_until: Date | null }[]> {
  if (contactIds.length === 0) return [];
  const ids = sql`${`{${contactIds.join(",")}}`}::uuid[]`;
  await ex.execute(sql`
    select id from contacts where workspace_id = ${workspaceId} and id = any(${ids})
    order by id for no key update`);
  const result = await ex.execute<{ contact_id: string; hot_until: unknown; warm_until: unknown }>(sql`
    select contact_id, hot_until, warm_until from contact_scores
    where workspace_id = ${workspaceId} and contact_id = any(${ids})`);
  return result.rows.map((r) => ({
    contact_id: r.contact_id,
    hot_until: asDateOrNull(r.hot_until),
    warm_until: asDateOrNull(r.warm_until),
  }));
}

/** Every touched contact's tier at `now`, by its stored cooling instants (contacts never touched are not listed). */
export async function currentTiers(
  ex: Executor,
  workspaceId: string,
  now: Date,
): Promise<{ contact_id: string; tier: Temperature }[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const result = await ex.execute<{ contact_id: string; tier: Temperature }>(sql`
    select contact_id,
      case when hot_until >= ${at} then 'hot' when warm_until >= ${at} then 'warm' else 'cold' end as tier
    from contact_scores where workspace_id = ${workspaceId}
    order by contact_id`);
  return result.rows;
}
