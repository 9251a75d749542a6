// Set-based statements of the touchpoint ingest path: each runs once per batch, whatever its
// size, with the rows passed as one JSON parameter.
import { sql } from "drizzle-orm";
import type { Stage } from "../../domain/stages.ts";
import type { Executor } from "../db.ts";
import { asDateOrNull } from "./rows.ts";

export async function existingIds(
  ex: Executor,
  table: "programs" | "users" | "contacts" | "companies",
  workspaceId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = await ex.execute<{ id: string }>(sql`
    select id from ${sql.raw(table)}
    where workspace_id = ${workspaceId} and id = any(${`{${ids.join(",")}}`}::uuid[])`);
  return new Set(result.rows.map((r) => r.id));
}

/** Creates the contacts named only by email that do not exist yet; returns every email's id. */
export async function ensureContactsByEmail(
  ex: Executor,
  workspaceId: string,
  newContacts: { id: string; email: string }[],
  now: Date,
): Promise<{ byEmail: Map<string, string>; created: Set<string> }> {
  if (newContacts.length === 0) return { byEmail: new Map(), created: new Set() };
  // Sorted so that concurrent batches take row locks in the same order.
  const rows = [...newContacts].sort((a, b) => (a.email < b.email ? -1 : 1));
  const inserted = await ex.execute<{ id: string }>(sql`
    insert into contacts (workspace_id, id, email, created_at, updated_at)
    select ${workspaceId}, r.id, r.email, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id uuid, email text)
    on conflict (workspace_id, lower(email)) do nothing
    returning id`);
  const created = new Set(inserted.rows.map((r) => r.id));
  const found = await ex.execute<{ id: string; email: string }>(sql`
    select id, lower(email) as email from contacts
    where workspace_id = ${workspaceId} and lower(email) = any(${toTextArray(rows.map((r) => r.email))}::text[])`);
  return { byEmail: new Map(found.rows.map((r) => [r.email, r.id])), created };
}

function toTextArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (m) => `\\${m}`)}"`).join(",")}}`;
}

export type LockedContact = {
  id: string;
  stage: Stage;
  score_e0: number;
  score_t0: Date | null;
  touch_count: number;
  first_touch_at: Date | null;
};

/**
 * Locks the contacts a batch touches, in id order (no deadlocks between batches). FOR NO KEY
 * UPDATE still lets concurrent touchpoint inserts take their foreign-key share locks.
 */
export async function lockContacts(
  ex: Executor,
  workspaceId: string,
  ids: string[],
): Promise<LockedContact[]> {
  if (ids.length === 0) return [];
  const result = await ex.execute<LockedContact>(sql`
    select id, stage, score_e0, score_t0, touch_count, first_touch_at from contacts
    where workspace_id = ${workspaceId} and id = any(${`{${ids.join(",")}}`}::uuid[])
    order by id for no key update`);
  return result.rows.map((r) => ({
    ...r,
    score_e0: Number(r.score_e0),
    score_t0: asDateOrNull(r.score_t0),
    first_touch_at: asDateOrNull(r.first_touch_at),
  }));
}

export interface TouchpointRow {
  id: string;
  contact_id: string;
  kind: string;
  side: string;
  program_id: string | null;
  user_id: string | null;
  occurred_at: string;
  properties: Record<string, unknown>;
  external_id: string | null;
}

/** Inserts touchpoints; rows whose externalId already exists are skipped. Returns inserted ids. */
export async function insertTouchpoints(
  ex: Executor,
  workspaceId: string,
  rows: TouchpointRow[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const result = await ex.execute<{ id: string }>(sql`
    insert into touchpoints (workspace_id, id, contact_id, kind, side, program_id, user_id, occurred_at, properties, external_id)
    select ${workspaceId}, r.id, r.contact_id, r.kind, r.side, r.program_id, r.user_id, r.occurred_at, coalesce(r.properties, '{}'), r.external_id
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
      id uuid, contact_id uuid, kind text, side text, program_id uuid, user_id uuid,
      occurred_at timestamptz, properties jsonb, external_id text)
    on conflict (workspace_id, external_id) do nothing
    returning id`);
  return new Set(result.rows.map((r) => r.id));
}

export async function touchpointsByExternalId(
  ex: Executor,
  workspaceId: string,
  externalIds: string[],
): Promise<Map<string, { id: string; contactId: string }>> {
  if (externalIds.length === 0) return new Map();
  const result = await ex.execute<{ id: string; contact_id: string; external_id: string }>(sql`
    select id, contact_id, external_id from touchpoints
    where workspace_id = ${workspaceId} and external_id = any(${toTextArray(externalIds)}::text[])`);
  return new Map(result.rows.map((r) => [r.external_id, { id: r.id, contactId: r.contact_id }]));
}

export interface ContactScoreUpdate {
  id: string;
  score_e0: number;
  score_t0: string | null;
  warm_until: string | null;
  hot_until: string | null;
  touch_count: number;
  first_touch_at: string | null;
  stage: Stage;
}

export async function updateContactScores(
  ex: Executor,
  workspaceId: string,
  updates: ContactScoreUpdate[],
  now: Date,
): Promise<void> {
  if (updates.length === 0) return;
  await ex.execute(sql`
    update contacts c set score_e0 = u.score_e0, score_t0 = u.score_t0, warm_until = u.warm_until,
      hot_until = u.hot_until, touch_count = u.touch_count, first_touch_at = u.first_touch_at,
      stage = u.stage, updated_at = ${now.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) as u(
      id uuid, score_e0 float8, score_t0 timestamptz, warm_until timestamptz, hot_until timestamptz,
      touch_count int, first_touch_at timestamptz, stage text)
    where c.workspace_id = ${workspaceId} and c.id = u.id`);
}

export interface StageChangeRow {
  id: string;
  contact_id: string;
  from_stage: Stage | null;
  to_stage: Stage;
  changed_at: string;
  reason: string;
}

export async function insertStageChanges(
  ex: Executor,
  workspaceId: string,
  rows: StageChangeRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await ex.execute(sql`
    insert into contact_stage_history (workspace_id, id, contact_id, from_stage, to_stage, changed_at, reason)
    select ${workspaceId}, r.id, r.contact_id, r.from_stage, r.to_stage, r.changed_at, r.reason
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
      id uuid, contact_id uuid, from_stage text, to_stage text, changed_at timestamptz, reason text)`);
}
