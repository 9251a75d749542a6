// The notes of touchpoints dated ahead (schema/touchpoints.ts, `touch_arrivals`): written by the
// touchpoint path, taken by the arrivals job once their instant has passed.
import { sql } from "drizzle-orm";
import type { Stage } from "../../domain/stages.ts";
import type { ScoringSettings } from "../../domain/temperature.ts";
import type { Executor } from "../db.ts";
import { asDateOrNull } from "./rows.ts";
import { engagementFromTouchpointsSql, instantSql } from "./temperature-sql.ts";

/**
 * Notes contacts that hold a touch ahead of `settled_at` with their E at that instant (every touch
 * up to it counted): the note's instant is their next touch after it, unless an earlier one,
 * already due and not yet acted on, is noted.
 */
export async function noteArrivals(
  ex: Executor,
  workspaceId: string,
  rows: { contact_id: string; e_settled: number; settled_at: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await ex.execute(sql`
    insert into touch_arrivals (workspace_id, contact_id, arrives_at, e_settled, settled_at)
    select * from (
      select ${workspaceId}::uuid, r.contact_id,
        (select min(t.occurred_at) from touchpoints t where t.workspace_id = ${workspaceId}
          and t.contact_id = r.contact_id and t.occurred_at > r.settled_at) as arrives_at,
        r.e_settled, r.settled_at
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(contact_id uuid, e_settled float8, settled_at timestamptz)
    ) x where x.arrives_at is not null
    on conflict (workspace_id, contact_id) do update set
      arrives_at = least(touch_arrivals.arrives_at, excluded.arrives_at),
      e_settled = excluded.e_settled, settled_at = excluded.settled_at`);
}

/**
 * After a rescore: every note's settled E under the new settings, and a note for any contact
 * holding a touch ahead of `now` without one (touchpoints written around the touchpoint path).
 */
export async function resettleArrivals(
  ex: Executor,
  workspaceId: string,
  settings: ScoringSettings,
  now: Date,
): Promise<void> {
  await ex.execute(sql`
    update touch_arrivals s set e_settled = ${engagementFromTouchpointsSql(sql`s.settled_at`, settings)}
    where s.workspace_id = ${workspaceId}`);
  await ex.execute(sql`
    insert into touch_arrivals (workspace_id, contact_id, arrives_at, e_settled, settled_at)
    select s.workspace_id, s.contact_id,
      (select min(t.occurred_at) from touchpoints t where t.workspace_id = s.workspace_id
        and t.contact_id = s.contact_id and t.occurred_at > ${instantSql(now)}),
      ${engagementFromTouchpointsSql(now, settings)}, ${instantSql(now)}
    from contact_scores s where s.workspace_id = ${workspaceId} and s.t0 > ${instantSql(now)}
    on conflict (workspace_id, contact_id) do nothing`);
}

/** Contacts whose noted instant has passed, across workspaces, the longest due first. */
export async function dueArrivals(
  ex: Executor,
  now: Date,
  limit: number,
): Promise<{ workspace_id: string; contact_id: string }[]> {
  const result = await ex.execute<{ workspace_id: string; contact_id: string }>(sql`
    select workspace_id, contact_id from touch_arrivals
    where arrives_at <= ${instantSql(now)}
    order by arrives_at limit ${limit}`);
  return result.rows;
}

export type Arrival = {
  contact_id: string;
  stage: Stage;
  t0: Date | null;
  hot_until: Date | null;
  warm_until: Date | null;
  /** E just before the noted instant: what the contact was before its touches arrived. */
  engagement_before: number;
  /** E now summed from the touchpoints while another touch is still ahead (else null: stored is exact). */
  engagement_now: number | null;
  /** The latest touchpoint up to now: the one that set things in motion. */
  touchpoint_id: string | null;
};

/**
 * Takes the due notes of these contacts under the touchpoint path's lock (contacts in id order),
 * with what the arrivals job needs to run the touch's consequences.
 */
export async function takeArrivals(
  ex: Executor,
  workspaceId: string,
  contactIds: string[],
  now: Date,
  settings: ScoringSettings,
): Promise<Arrival[]> {
  if (contactIds.length === 0) return [];
  const ids = sql`${`{${contactIds.join(",")}}`}::uuid[]`;
  await ex.execute(sql`
    select id from contacts where workspace_id = ${workspaceId} and id = any(${ids})
    order by id for no key update`);
  // A separate statement, so that its snapshot sees what a batch that held the lock wrote.
  const when = instantSql(now);
  const result = await ex.execute<Arrival>(sql`
    with taken as (
      delete from touch_arrivals
      where workspace_id = ${workspaceId} and contact_id = any(${ids}) and arrives_at <= ${when}
      returning workspace_id, contact_id, arrives_at
    )
    select s.contact_id, c.stage, cs.t0, cs.hot_until, cs.warm_until,
      ${engagementFromTouchpointsSql(sql`s.arrives_at - interval '1 millisecond'`, settings)} as engagement_before,
      case when cs.t0 > ${when} then ${engagementFromTouchpointsSql(now, settings)} end as engagement_now,
      (select t.id from touchpoints t where t.workspace_id = s.workspace_id and t.contact_id = s.contact_id
        and t.occurred_at <= ${when} order by t.occurred_at desc, t.id desc limit 1) as touchpoint_id
    from taken s
    join contacts c on c.workspace_id = s.workspace_id and c.id = s.contact_id
    left join contact_scores cs on cs.workspace_id = s.workspace_id and cs.contact_id = s.contact_id`);
  return result.rows.map((r) => ({
    ...r,
    t0: asDateOrNull(r.t0),
    hot_until: asDateOrNull(r.hot_until),
    warm_until: asDateOrNull(r.warm_until),
    engagement_before: Number(r.engagement_before),
    engagement_now: r.engagement_now === null ? null : Number(r.engagement_now),
  }));
}

/**
 * A touch recorded late (a backfill) dated before a note's instant breaks the note's promise that
 * its E counts every touch up to `settled_at` and none in between: the note is settled again at
 * the later of its instant and the latest such touch, every touch up to it counted, so a read
 * inside the window never decays a stale E. (Found twice by test/api/now-reads.test.ts: a touch
 * 1 ms before the noted one, and a touch at exactly the note's settled instant, each recorded once
 * the noted touch had arrived and read just before it.)
 */
export async function settleBackfilledNotes(
  ex: Executor,
  workspaceId: string,
  contactIds: readonly string[],
  settings: ScoringSettings,
): Promise<void> {
  if (contactIds.length === 0) return;
  await ex.execute(sql`
    update touch_arrivals s set settled_at = x.at, e_settled = ${engagementFromTouchpointsSql(sql`x.at`, settings)}
    from (
      select n.contact_id, greatest(n.settled_at, max(t.occurred_at)) as at
      from touch_arrivals n
      join touchpoints t on t.workspace_id = n.workspace_id and t.contact_id = n.contact_id
        and t.occurred_at < n.arrives_at
      where n.workspace_id = ${workspaceId} and n.contact_id = any(${`{${contactIds.join(",")}}`}::uuid[])
      group by n.contact_id, n.settled_at
    ) x
    where s.workspace_id = ${workspaceId} and s.contact_id = x.contact_id`);
}
