// Set-based statements of the touchpoint ingest path: each runs once per batch, whatever its
// size, with the rows passed as one JSON parameter.
import { sql } from "drizzle-orm";
import type { Stage } from "../../domain/stages.ts";
import type { ScoringSettings } from "../../domain/temperature.ts";
import type { Executor } from "../db.ts";
import { asDate, asDateOrNull } from "./rows.ts";
import { scoreKeySql } from "./temperature-sql.ts";
import { anyId, unnestRows } from "./unnest.ts";

export async function existingIds(
  ex: Executor,
  table: "programs" | "users" | "contacts" | "companies" | "loss_reasons",
  workspaceId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = await ex.execute<{ id: string }>(sql`
    select id from ${sql.raw(table)}
    where workspace_id = ${workspaceId} and id = any(${`{${ids.join(",")}}`}::uuid[])`);
  return new Set(result.rows.map((r) => r.id));
}

/**
 * Creates the contacts named only by email that do not exist yet. Returns every email's id and,
 * for the contacts it created, their creation time.
 */
export async function ensureContactsByEmail(
  ex: Executor,
  workspaceId: string,
  newContacts: { id: string; email: string; created_at: string }[],
  now: Date,
): Promise<{ byEmail: Map<string, string>; created: Map<string, string> }> {
  if (newContacts.length === 0) return { byEmail: new Map(), created: new Map() };
  const lookup = async (emails: string[]) =>
    (
      await ex.execute<{ id: string; email: string }>(sql`
        select id, lower(email) as email from contacts
        where workspace_id = ${workspaceId} and lower(email) = any(${toTextArray(emails)}::text[])`)
    ).rows;
  const byEmail = new Map((await lookup(newContacts.map((c) => c.email))).map((r) => [r.email, r.id]));
  // Sorted so that concurrent batches take row locks in the same order.
  const missing = newContacts
    .filter((c) => !byEmail.has(c.email))
    .sort((a, b) => (a.email < b.email ? -1 : 1));
  const created = new Map<string, string>();
  if (missing.length === 0) return { byEmail, created };
  const inserted = await ex.execute<{ id: string; email: string; created_at: unknown }>(sql`
    insert into contacts (workspace_id, id, email, created_at, updated_at)
    select ${workspaceId}, r.id, r.email, r.created_at, ${now.toISOString()}::timestamptz
    from ${unnestRows(missing, "r", { id: "uuid", email: "text", created_at: "timestamptz" })}
    on conflict (workspace_id, lower(email)) do nothing
    returning id, lower(email) as email, created_at`);
  for (const r of inserted.rows) {
    created.set(r.id, asDate(r.created_at).toISOString());
    byEmail.set(r.email, r.id);
  }
  // A concurrent batch may have created some of them first.
  if (inserted.rows.length < missing.length) {
    for (const r of await lookup(missing.filter((c) => !byEmail.has(c.email)).map((c) => c.email))) {
      byEmail.set(r.email, r.id);
    }
  }
  return { byEmail, created };
}

function toTextArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (m) => `\\${m}`)}"`).join(",")}}`;
}

/** A contact's row as a stage change needs it (who it is, its owner, stage and cool-down). */
export interface StageContact {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  stage: Stage;
  ownerId: string | null;
  cooldownUntil: Date | null;
  country: string | null;
  industry: string | null;
  companySize: string | null;
  occupation: string | null;
}

export type LockedContact = {
  id: string;
  stage: Stage;
  /** The row as locked: the batch's later steps (the hand-off) read it here, not again. */
  row: StageContact;
  score_e0: number;
  score_t0: Date | null;
  touch_count: number;
  first_touch_at: Date | null;
  /** Whether a contact_scores row exists (update it) or not (insert it). */
  has_score: boolean;
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
  const idArray = `{${ids.join(",")}}`;
  const locked = await ex.execute<{
    id: string;
    email: string;
    first_name: string | null;
    last_name: string | null;
    stage: Stage;
    owner_id: string | null;
    cooldown_until: unknown;
    country: string | null;
    industry: string | null;
    company_size: string | null;
    occupation: string | null;
  }>(sql`
    select id, email, first_name, last_name, stage, owner_id, cooldown_until, country, industry,
      company_size, occupation
    from contacts
    where workspace_id = ${workspaceId} and id = any(${idArray}::uuid[])
    order by id for no key update`);
  // A separate statement, so its snapshot is taken after the locks are held: it sees the score
  // rows written by a concurrent batch that committed while we waited.
  const scores = await ex.execute<{
    contact_id: string;
    e0: number;
    t0: unknown;
    touch_count: number;
    first_touch_at: unknown;
  }>(sql`
    select contact_id, e0, t0, touch_count, first_touch_at from contact_scores
    where workspace_id = ${workspaceId} and contact_id = any(${idArray}::uuid[])`);
  const byId = new Map(scores.rows.map((r) => [r.contact_id, r]));
  return locked.rows.map((c) => {
    const s = byId.get(c.id);
    return {
      id: c.id,
      stage: c.stage,
      row: {
        id: c.id,
        email: c.email,
        firstName: c.first_name,
        lastName: c.last_name,
        stage: c.stage,
        ownerId: c.owner_id,
        cooldownUntil: asDateOrNull(c.cooldown_until),
        country: c.country,
        industry: c.industry,
        companySize: c.company_size,
        occupation: c.occupation,
      },
      score_e0: s ? Number(s.e0) : 0,
      score_t0: s ? asDateOrNull(s.t0) : null,
      touch_count: s ? Number(s.touch_count) : 0,
      first_touch_at: s ? asDateOrNull(s.first_touch_at) : null,
      has_score: s !== undefined,
    };
  });
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

const TOUCHPOINT_COLUMNS = {
  id: "uuid",
  contact_id: "uuid",
  kind: "text",
  side: "text",
  program_id: "uuid",
  user_id: "uuid",
  occurred_at: "timestamptz",
  properties: "jsonb",
  external_id: "text",
} as const;

/** Inserts touchpoints; rows whose externalId already exists are skipped. Returns inserted ids. */
export async function insertTouchpoints(
  ex: Executor,
  workspaceId: string,
  rows: TouchpointRow[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  // The program's reach (store/schema/report-facts.ts) is written with the touchpoints, in the
  // same statement. No two concurrent batches share a contact (each locks its contacts first),
  // so their reach rows never wait on each other.
  const result = await ex.execute<{ id: string }>(sql`
    with inserted as (
      insert into touchpoints (workspace_id, id, contact_id, kind, side, program_id, user_id, occurred_at, properties, external_id)
      select ${workspaceId}, r.id, r.contact_id, r.kind, r.side, r.program_id, r.user_id, r.occurred_at, coalesce(r.properties, '{}'), r.external_id
      from ${unnestRows(rows, "r", TOUCHPOINT_COLUMNS)}
      on conflict (workspace_id, external_id) do nothing
      returning id, contact_id, program_id, occurred_at
    ), reach as (
      insert into program_reach (workspace_id, program_id, day, contact_id)
      select distinct ${workspaceId}::uuid, program_id, (occurred_at at time zone 'UTC')::date, contact_id
      from inserted where program_id is not null
      on conflict do nothing
    )
    select id from inserted`);
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
}

/**
 * Writes the new temperature state of the touched contacts: one UPDATE for the rows that exist
 * and one INSERT for the rest (measured much cheaper than INSERT … ON CONFLICT DO UPDATE).
 * The contacts are locked, so no other transaction can create or change these rows meanwhile.
 */
export async function writeContactScores(
  ex: Executor,
  workspaceId: string,
  existing: ContactScoreUpdate[],
  fresh: ContactScoreUpdate[],
  settings: ScoringSettings,
): Promise<void> {
  const key = scoreKeySql(sql`u.score_e0`, sql`u.score_t0`, settings);
  const recordset = (rows: ContactScoreUpdate[]) =>
    unnestRows(rows, "u", {
      id: "uuid",
      score_e0: "float8",
      score_t0: "timestamptz",
      warm_until: "timestamptz",
      hot_until: "timestamptz",
      touch_count: "int",
      first_touch_at: "timestamptz",
    });
  if (existing.length > 0) {
    await ex.execute(sql`
      update contact_scores cs set e0 = u.score_e0, t0 = u.score_t0, warm_until = u.warm_until,
        hot_until = u.hot_until, score_key = ${key}, touch_count = u.touch_count, first_touch_at = u.first_touch_at
      from ${recordset(existing)}
      where cs.workspace_id = ${workspaceId} and cs.contact_id = u.id
        and ${anyId(
          sql`cs.contact_id`,
          existing.map((u) => u.id),
        )}`);
  }
  if (fresh.length > 0) {
    await ex.execute(sql`
      insert into contact_scores (workspace_id, contact_id, e0, t0, warm_until, hot_until, score_key, touch_count, first_touch_at)
      select ${workspaceId}, u.id, u.score_e0, u.score_t0, u.warm_until, u.hot_until, ${key}, u.touch_count, u.first_touch_at
      from ${recordset(fresh)}`);
  }
}
