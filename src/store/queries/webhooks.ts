// The webhook outbox in SQL: events become deliveries in one statement per batch (whatever its
// size), a worker claims one delivery by leasing it, and the tick finds the due ones.
import { sql } from "drizzle-orm";
import type { Executor } from "../db.ts";
import { UUIDV7 } from "./enrolments.ts";

export interface EventRow {
  id: string;
  type: string;
  /** ISO instant, kept as written: it is the payload's `occurredAt`. */
  occurred_at: string;
  data: Record<string, unknown>;
}

/**
 * One delivery per event and active subscription listening to it, in the caller's transaction.
 * An event naming a contact carries the contact as it is now (id, email, names, stage, owner),
 * read by the same statement. Returns how many deliveries were written.
 */
export async function insertEventDeliveries(
  ex: Executor,
  workspaceId: string,
  events: readonly EventRow[],
  now: Date,
): Promise<number> {
  if (events.length === 0) return 0;
  const at = now.toISOString();
  const result = await ex.execute(sql`
    with e as (
      select * from jsonb_to_recordset(${JSON.stringify(events)}::jsonb)
        as e(id uuid, type text, occurred_at text, data jsonb)
    )
    insert into webhook_deliveries
      (workspace_id, id, subscription_id, event, event_id, payload, status, next_attempt_at, created_at)
    select ${workspaceId}, ${UUIDV7}, s.id, e.type, e.id,
      jsonb_build_object(
        'id', e.id, 'type', e.type, 'occurredAt', e.occurred_at, 'workspaceId', ${workspaceId}::uuid,
        'data', case when c.id is null then e.data else e.data || jsonb_build_object('contact', jsonb_build_object(
          'id', c.id, 'email', c.email, 'firstName', c.first_name, 'lastName', c.last_name,
          'stage', c.stage, 'ownerId', c.owner_id)) end),
      'pending', ${at}::timestamptz, ${at}::timestamptz
    from e
    join webhook_subscriptions s on s.workspace_id = ${workspaceId} and s.active and e.type = any(s.events)
    left join contacts c on c.workspace_id = ${workspaceId} and c.id = (e.data->>'contactId')::uuid
    on conflict do nothing`);
  return result.rowCount ?? 0;
}

/** Whether any active subscription listens to one of these event types. */
export async function anyListener(
  ex: Executor,
  workspaceId: string,
  types: readonly string[],
): Promise<boolean> {
  const { rows } = await ex.execute(sql`
    select 1 from webhook_subscriptions
    where workspace_id = ${workspaceId} and active and events && ${`{${types.join(",")}}`}::text[]
    limit 1`);
  return rows.length > 0;
}

/** What a worker needs to attempt a delivery it has claimed. */
export type ClaimedDelivery = {
  id: string;
  workspace_id: string;
  subscription_id: string;
  event: string;
  payload: { id: string; type: string; occurredAt: string; workspaceId: string; data: unknown };
  attempts: number;
  url: string;
  secret: string;
  active: boolean;
};

/**
 * At most this many attempts per subscription are in flight at once, across all workers: a
 * receiver that hangs holds two worker slots until its timeout, never all of them.
 */
export const MAX_IN_FLIGHT = 2;

/**
 * Takes a due delivery for one attempt: counts the attempt and leases the row until `leaseUntil`,
 * so no other worker attempts it meanwhile, and one whose worker died is due again afterwards.
 * The subscription's row is locked while its attempts in flight are counted, so two workers
 * cannot both take its last free place. Null when the delivery is not due (delivered, dead,
 * leased, gone) or its subscription has no free place (a later tick takes it).
 */
export async function claimDelivery(
  tx: Executor,
  workspaceId: string,
  deliveryId: string,
  now: Date,
  leaseUntil: Date,
): Promise<ClaimedDelivery | null> {
  const at = now.toISOString();
  const { rows: free } = await tx.execute<{ id: string }>(sql`
    select s.id from webhook_subscriptions s
    join webhook_deliveries d on d.workspace_id = s.workspace_id and d.subscription_id = s.id
    where d.workspace_id = ${workspaceId} and d.id = ${deliveryId}
    for no key update of s`);
  if (!free[0]) return null;
  const { rows: busy } = await tx.execute<{ n: number }>(sql`
    select count(*)::int as n from webhook_deliveries
    where workspace_id = ${workspaceId} and subscription_id = ${free[0].id}
      and leased_until is not null and leased_until > ${at}::timestamptz`);
  if ((busy[0]?.n ?? 0) >= MAX_IN_FLIGHT) return null;
  const { rows } = await tx.execute<ClaimedDelivery>(sql`
    update webhook_deliveries d
    set attempts = d.attempts + 1, last_attempt_at = ${at}::timestamptz,
        next_attempt_at = ${leaseUntil.toISOString()}::timestamptz,
        leased_until = ${leaseUntil.toISOString()}::timestamptz
    from webhook_subscriptions s
    where d.workspace_id = ${workspaceId} and d.id = ${deliveryId}
      and d.status in ('pending', 'failed') and d.next_attempt_at <= ${at}::timestamptz
      and s.workspace_id = d.workspace_id and s.id = d.subscription_id
    returning d.id, d.workspace_id, d.subscription_id, d.event, d.payload, d.attempts, s.url, s.secret, s.active`);
  return rows[0] ?? null;
}

/**
 * Deliveries whose attempt is due, soonest first, across workspaces (the due index): per
 * subscription no more than its free places, so a hung receiver's backlog does not fill the queue.
 */
export async function dueDeliveries(
  ex: Executor,
  now: Date,
  limit: number,
): Promise<{ workspaceId: string; deliveryId: string }[]> {
  const at = now.toISOString();
  const { rows } = await ex.execute<{ workspace_id: string; id: string }>(sql`
    with due as (
      select workspace_id, id, subscription_id, next_attempt_at from webhook_deliveries
      where status in ('pending', 'failed') and next_attempt_at <= ${at}::timestamptz
      order by next_attempt_at
      limit ${limit * 4}
    ), ranked as (
      select due.*, row_number() over (
        partition by workspace_id, subscription_id order by next_attempt_at, id) as place
      from due
    )
    select r.workspace_id, r.id from ranked r
    where r.place <= ${MAX_IN_FLIGHT} - (
      select count(*) from webhook_deliveries f
      where f.workspace_id = r.workspace_id and f.subscription_id = r.subscription_id
        and f.leased_until is not null and f.leased_until > ${at}::timestamptz)
    order by r.next_attempt_at
    limit ${limit}`);
  return rows.map((r) => ({ workspaceId: r.workspace_id, deliveryId: r.id }));
}

/** The subscription's next due delivery: a finished attempt hands its place on at once. */
export async function nextDueOf(
  ex: Executor,
  workspaceId: string,
  subscriptionId: string,
  now: Date,
): Promise<string | null> {
  const { rows } = await ex.execute<{ id: string }>(sql`
    select id from webhook_deliveries
    where workspace_id = ${workspaceId} and subscription_id = ${subscriptionId}
      and status in ('pending', 'failed') and next_attempt_at <= ${now.toISOString()}::timestamptz
    order by next_attempt_at, id
    limit 1`);
  return rows[0]?.id ?? null;
}
