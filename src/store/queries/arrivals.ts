// The notes of touchpoints dated ahead (schema/touchpoints.ts, `touch_arrivals`): written by the
// touchpoint path, taken by the arrivals job once their instant has passed.
import { sql } from "drizzle-orm";
import type { Stage } from "../../domain/stages.ts";
import type { ScoringSettings } from "../../domain/temperature.ts";
import type { Executor } from "../db.ts";
import { asDate, asDateOrNull } from "./rows.ts";
import { engagementFromTouchpointsSql, instantSql } from "./temperature-sql.ts";

/** Notes each contact's next pending instant; an earlier note already there wins. */
export async function noteArrivals(
  ex: Executor,
  workspaceId: string,
  rows: { contact_id: string; arrives_at: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await ex.execute(sql`
    insert into touch_arrivals (workspace_id, contact_id, arrives_at)
    select ${workspaceId}, r.contact_id, r.arrives_at
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(contact_id uuid, arrives_at timestamptz)
    on conflict (workspace_id, contact_id)
    do update set arrives_at = least(touch_arrivals.arrives_at, excluded.arrives_at)`);
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
  /** E now summed from the touchpoints, when another touch is still ahead (else null: stored is exact). */
  engagement_now: number | null;
  /** The latest touchpoint up to now: the one that set things in motion. */
  touchpoint_id: string | null;
  /** The next touch still ahead of now, to note again. */
  next_at: Date | null;
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
        and t.occurred_at <= ${when} order by t.occurred_at desc, t.id desc limit 1) as touchpoint_id,
      (select min(t.occurred_at) from touchpoints t where t.workspace_id = s.workspace_id
        and t.contact_id = s.contact_id and t.occurred_at > ${when}) as next_at
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
    next_at: r.next_at === null ? null : asDate(r.next_at),
  }));
}
