import { type SQL, sql } from "drizzle-orm";
import type { Temperature } from "../../domain/catalogue.ts";
import { CLOSED_STAGES, type Stage } from "../../domain/stages.ts";
import type { ScoringSettings } from "../../domain/temperature.ts";
import type { Executor } from "../db.ts";
import { byScoreParts } from "./contact-by-score.ts";
import { byLastTouchSql, byNameSql, type KeysetPosition } from "./contact-orders.ts";
import { asDate, asDateOrNull } from "./rows.ts";
import {
  aheadOfSql,
  coolingKeySql,
  engagementWhereAheadSql,
  instantSql,
  storedTemperatureSql,
  temperatureAtSql,
  temperatureOfSql,
} from "./temperature-sql.ts";

export interface ContactFilters {
  temperature?: Temperature;
  stage?: Stage;
  ownerId?: string;
  programId?: string;
  companyId?: string;
  q?: string;
  /** Target-market fields, each matched whole and regardless of case ("germany" finds "Germany"). */
  country?: string;
  industry?: string;
  occupation?: string;
  companySize?: string;
  incomeBand?: string;
  education?: string;
  /** Only contacts this partner organisation registered (partner users always get this). */
  partnerId?: string;
  /** Read the board as of this instant; omitted means now (the indexed paths). */
  at?: Date;
  /** `exclude`: leave out customers and disqualified contacts (CLOSED_STAGES), as the board does. */
  closed?: "include" | "exclude";
}

export type ContactRow = {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  title: string | null;
  phone: string | null;
  company_id: string | null;
  company_name: string | null;
  occupation: string | null;
  industry: string | null;
  company_size: string | null;
  income_band: string | null;
  education: string | null;
  country: string | null;
  properties: Record<string, unknown>;
  stage: Stage;
  owner_id: string | null;
  owner_name: string | null;
  partner_id: string | null;
  /** The program of the touch that made it a lead (contact_lifecycle), and its name. */
  source_program_id: string | null;
  source_program_name: string | null;
  score_e0: number;
  score_t0: Date | null;
  warm_until: Date | null;
  hot_until: Date | null;
  touch_count: number;
  first_touch_at: Date | null;
  created_at: Date;
  updated_at: Date;
  /** E at the read instant where the stored state is not exact there (t₀ after it), else null. */
  past_engagement: number | null;
  /** The keyset key of a list ordered by a cooling instant (see listContactRows). */
  sort_key?: Date | null;
  /** The keyset key of a list ordered by name, last touch or score, as text (contact-orders.ts, contact-by-score.ts). */
  sort_text?: string | null;
};

// Filter name → column. The column names are fixed here, never taken from a request.
const TARGET_MARKET_COLUMNS = {
  country: "c.country",
  industry: "c.industry",
  occupation: "c.occupation",
  companySize: "c.company_size",
  incomeBand: "c.income_band",
  education: "c.education",
} as const;

/** The contact of `c` is at a closed stage (customer or disqualified). */
export const closedStageSql: SQL = sql`c.stage in (${sql.join(
  CLOSED_STAGES.map((stage) => sql`${stage}`),
  sql`, `,
)})`;

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** The filters as SQL; the temperature is read at `at` (the caller's `f.at` or its now). */
export function whereSql(workspaceId: string, f: ContactFilters, at: Date, s: ScoringSettings): SQL {
  const parts: SQL[] = [sql`c.workspace_id = ${workspaceId}`];
  if (f.temperature) parts.push(temperatureAtSql(f.temperature, at, s));
  if (f.stage) parts.push(sql`c.stage = ${f.stage}`);
  if (f.closed === "exclude") parts.push(sql`not (${closedStageSql})`);
  if (f.ownerId) parts.push(sql`c.owner_id = ${f.ownerId}`);
  if (f.companyId) parts.push(sql`c.company_id = ${f.companyId}`);
  if (f.partnerId) parts.push(sql`c.partner_id = ${f.partnerId}`);
  for (const [field, column] of Object.entries(TARGET_MARKET_COLUMNS)) {
    const value = f[field as keyof typeof TARGET_MARKET_COLUMNS];
    if (value) parts.push(sql`lower(${sql.raw(column)}) = lower(${value})`);
  }
  if (f.programId) {
    // The leads the program made (its touch made them a lead), not everyone it ever touched.
    parts.push(sql`exists (select 1 from contact_lifecycle l where l.workspace_id = c.workspace_id
      and l.contact_id = c.id and l.lead_program_id = ${f.programId})`);
  }
  if (f.q) {
    const p = likePattern(f.q);
    parts.push(sql`(c.email ilike ${p} or c.first_name ilike ${p} or c.last_name ilike ${p}
      or (coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) ilike ${p})`);
  }
  return sql.join(parts, sql` and `);
}

const SELECT = (at: Date, s: ScoringSettings, extra: SQL = sql``) => sql`
  select c.id, c.email, c.first_name, c.last_name, c.title, c.phone, c.company_id, co.name as company_name,
    c.occupation, c.industry, c.company_size, c.income_band, c.education, c.country, c.properties,
    c.stage, c.owner_id, u.name as owner_name, c.partner_id,
    l.lead_program_id as source_program_id, p.name as source_program_name,
    coalesce(s.e0, 0) as score_e0, s.t0 as score_t0,
    s.warm_until, s.hot_until, coalesce(s.touch_count, 0) as touch_count, s.first_touch_at,
    c.created_at, c.updated_at,
    ${engagementWhereAheadSql(at, s)} as past_engagement${extra}
  from contacts c
  left join contact_scores s on s.workspace_id = c.workspace_id and s.contact_id = c.id
  left join companies co on co.workspace_id = c.workspace_id and co.id = c.company_id
  left join users u on u.workspace_id = c.workspace_id and u.id = c.owner_id
  left join contact_lifecycle l on l.workspace_id = c.workspace_id and l.contact_id = c.id
  left join programs p on p.workspace_id = l.workspace_id and p.id = l.lead_program_id`;

/**
 * Keyset order: the hot and warm columns by cooling instant (= current engagement), the cold one
 * by score key (`score`, the same engagement order), newest first (`id`), or an order the user
 * picked in the contacts list (`name`, `last_touch`).
 */
export type ContactOrder = "hot_until" | "warm_until" | "score" | "id" | "name" | "last_touch";

export type ContactCursor = KeysetPosition;

/**
 * A page of contacts read at one instant (`f.at`, else `page.now`). Ordered newest first, by name
 * or last touch, or — the columns read now — by engagement: hot and warm by cooling instant, cold
 * by score key.
 */
export async function listContactRows(
  ex: Executor,
  workspaceId: string,
  f: ContactFilters,
  s: ScoringSettings,
  page: { limit: number; cursor?: ContactCursor; order: ContactOrder; now: Date },
): Promise<ContactRow[]> {
  const at = f.at ?? page.now;
  const run = async (query: SQL) => (await ex.execute<ContactRow>(query)).rows.map(normalizeRow);
  const select = (extra: SQL) => SELECT(at, s, extra);
  switch (page.order) {
    case "id":
      return run(newestFirstSql(workspaceId, f, s, at, page));
    case "name":
      return run(byNameSql(select, whereSql(workspaceId, f, at, s), page));
    case "last_touch": {
      // The untouched are read only when the touched ones do not fill the page.
      const { touched, untouched } = byLastTouchSql(select, whereSql(workspaceId, f, at, s), page);
      const first = touched ? await run(touched) : [];
      return first.length >= page.limit ? first : [...first, ...(await run(untouched))].slice(0, page.limit);
    }
    case "score": {
      // Its parts in turn (positive, zero, negative E), each read only if the page is not full.
      const where = whereSql(workspaceId, { ...f, temperature: undefined }, at, s);
      const rows: ContactRow[] = [];
      for (const part of byScoreParts(workspaceId, select, where, at, s, page)) {
        rows.push(...(await run(part)));
        if (rows.length >= page.limit) break;
      }
      return rows.slice(0, page.limit);
    }
    default:
      return run(byCoolingSql(workspaceId, f, s, at, page));
  }
}

type Page = { limit: number; cursor?: ContactCursor };

function newestFirstSql(
  workspaceId: string,
  f: ContactFilters,
  s: ScoringSettings,
  at: Date,
  page: Page,
): SQL {
  const after = page.cursor ? sql`and c.id < ${page.cursor.id}` : sql``;
  return sql`${SELECT(at, s)}
    where ${whereSql(workspaceId, f, at, s)} ${after}
    order by c.id desc
    limit ${page.limit}`;
}

/**
 * The hot or warm column by cooling instant. Two ordered parts, merged: the contacts whose stored
 * state is exact now — a range of the `(workspace_id, until, contact_id)` index — and the few
 * with a touch still ahead of now, summed from their touchpoints and keyed by the instant that
 * sum cools (`coolingKeySql`), so both parts order by the same engagement.
 */
function byCoolingSql(
  workspaceId: string,
  f: ContactFilters,
  s: ScoringSettings,
  at: Date,
  page: Page & { order: ContactOrder },
): SQL {
  const t = f.temperature === "hot" ? "hot" : "warm";
  const col = sql.raw(`s.${page.order}`);
  const base = whereSql(workspaceId, { ...f, temperature: undefined }, at, s);
  const after = (key: SQL, id: SQL) =>
    page.cursor
      ? sql`and (${key}, ${id}) < (${page.cursor.key}::timestamptz, ${page.cursor.id}::uuid)`
      : sql``;
  const threshold = t === "hot" ? s.hotThreshold : s.warmThreshold;
  const exactNow = sql`${SELECT(at, s, sql`, ${col} as sort_key`)}
    where ${base} and s.t0 <= ${instantSql(at)} and ${storedTemperatureSql(t, at)} ${after(col, sql`s.contact_id`)}
    order by ${col} desc, s.contact_id desc limit ${page.limit}`;
  const ahead = sql`select * from (
      select b.*, ${coolingKeySql(sql`b.past_engagement`, threshold, at, s)} as sort_key
      from (${SELECT(at, s)} where ${base} and ${aheadOfSql(at)}) b
      where ${temperatureOfSql(t, sql`b.past_engagement`, s)}
    ) x where true ${after(sql`x.sort_key`, sql`x.id`)}
    order by x.sort_key desc, x.id desc limit ${page.limit}`;
  return sql`select * from ((${exactNow}) union all (${ahead})) u
    order by u.sort_key desc, u.id desc limit ${page.limit}`;
}

export async function getContactRow(
  ex: Executor,
  workspaceId: string,
  id: string,
  s: ScoringSettings,
  at: Date,
  partnerId?: string,
): Promise<ContactRow | undefined> {
  const ofPartner = partnerId ? sql` and c.partner_id = ${partnerId}` : sql``;
  const result = await ex.execute<ContactRow>(
    sql`${SELECT(at, s)} where c.workspace_id = ${workspaceId} and c.id = ${id}${ofPartner}`,
  );
  return result.rows[0] ? normalizeRow(result.rows[0]) : undefined;
}

function normalizeRow(r: ContactRow): ContactRow {
  return {
    ...r,
    score_t0: asDateOrNull(r.score_t0),
    warm_until: asDateOrNull(r.warm_until),
    hot_until: asDateOrNull(r.hot_until),
    first_touch_at: asDateOrNull(r.first_touch_at),
    created_at: asDate(r.created_at),
    updated_at: asDate(r.updated_at),
    score_e0: Number(r.score_e0),
    touch_count: Number(r.touch_count),
    past_engagement: r.past_engagement === null ? null : Number(r.past_engagement),
    sort_key: asDateOrNull(r.sort_key),
  };
}
