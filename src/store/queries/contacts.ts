import { type SQL, sql } from "drizzle-orm";
import type { Temperature } from "../../domain/catalogue.ts";
import type { Stage } from "../../domain/stages.ts";
import type { ScoringSettings } from "../../domain/temperature.ts";
import type { Executor } from "../db.ts";
import { asDate, asDateOrNull } from "./rows.ts";
import { engagementFromTouchpointsSql } from "./scoring.ts";

export interface ContactFilters {
  temperature?: Temperature;
  stage?: Stage;
  ownerId?: string;
  programId?: string;
  companyId?: string;
  q?: string;
  /** Only contacts this partner organisation registered (partner users always get this). */
  partnerId?: string;
  /** Read the board as of this instant; omitted means now (the indexed fast path). */
  at?: Date;
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
  score_e0: number;
  score_t0: Date | null;
  warm_until: Date | null;
  hot_until: Date | null;
  touch_count: number;
  first_touch_at: Date | null;
  created_at: Date;
  updated_at: Date;
  /** Engagement summed from touchpoints, only when reading at an instant before t₀. */
  past_engagement: number | null;
};

const iso = (d: Date) => d.toISOString();

function pastEngagementSql(at: Date | undefined, s: ScoringSettings): SQL {
  if (!at) return sql`null::float8`;
  return sql`case when s.t0 > ${iso(at)}::timestamptz then ${engagementFromTouchpointsSql(sql`c`, at, s)} end`;
}

/**
 * The temperature predicate. At `now` it is a pure range on the stored cooling instants (the
 * indexed fast path); with an explicit `at` it is exact for instants before t₀ as well.
 */
function temperatureSql(t: Temperature, at: Date | undefined, now: Date, s: ScoringSettings): SQL {
  const when = sql`${iso(at ?? now)}::timestamptz`;
  const stored = {
    hot: sql`s.hot_until >= ${when}`,
    warm: sql`s.warm_until >= ${when} and (s.hot_until is null or s.hot_until < ${when})`,
    cold: sql`(s.warm_until is null or s.warm_until < ${when})`,
  }[t];
  if (!at) return stored;
  // Before t₀ the stored state already contains later touchpoints: sum the touchpoints instead.
  const e = engagementFromTouchpointsSql(sql`c`, at, s);
  const past = {
    hot: sql`${e} >= ${s.hotThreshold}::float8`,
    warm: sql`${e} >= ${s.warmThreshold}::float8 and ${e} < ${s.hotThreshold}::float8`,
    cold: sql`${e} < ${s.warmThreshold}::float8`,
  }[t];
  return sql`((s.t0 is null or s.t0 <= ${when}) and ${stored} or (s.t0 > ${when} and ${past}))`;
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

function whereSql(workspaceId: string, f: ContactFilters, now: Date, s: ScoringSettings): SQL {
  const parts: SQL[] = [sql`c.workspace_id = ${workspaceId}`];
  if (f.temperature) parts.push(temperatureSql(f.temperature, f.at, now, s));
  if (f.stage) parts.push(sql`c.stage = ${f.stage}`);
  if (f.ownerId) parts.push(sql`c.owner_id = ${f.ownerId}`);
  if (f.companyId) parts.push(sql`c.company_id = ${f.companyId}`);
  if (f.partnerId) parts.push(sql`c.partner_id = ${f.partnerId}`);
  if (f.programId) {
    parts.push(sql`exists (select 1 from touchpoints tp where tp.workspace_id = c.workspace_id
      and tp.program_id = ${f.programId} and tp.contact_id = c.id)`);
  }
  if (f.q) {
    const p = likePattern(f.q);
    parts.push(sql`(c.email ilike ${p} or c.first_name ilike ${p} or c.last_name ilike ${p}
      or (coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) ilike ${p})`);
  }
  return sql.join(parts, sql` and `);
}

const SELECT = (at: Date | undefined, s: ScoringSettings) => sql`
  select c.id, c.email, c.first_name, c.last_name, c.title, c.phone, c.company_id, co.name as company_name,
    c.occupation, c.industry, c.company_size, c.income_band, c.education, c.country, c.properties,
    c.stage, c.owner_id, u.name as owner_name, c.partner_id, coalesce(s.e0, 0) as score_e0, s.t0 as score_t0,
    s.warm_until, s.hot_until, coalesce(s.touch_count, 0) as touch_count, s.first_touch_at,
    c.created_at, c.updated_at,
    ${pastEngagementSql(at, s)} as past_engagement
  from contacts c
  left join contact_scores s on s.workspace_id = c.workspace_id and s.contact_id = c.id
  left join companies co on co.workspace_id = c.workspace_id and co.id = c.company_id
  left join users u on u.workspace_id = c.workspace_id and u.id = c.owner_id`;

/** Keyset order: the hot and warm columns by cooling instant (= current engagement), else newest first. */
export type ContactOrder = "hot_until" | "warm_until" | "id";

export interface ContactCursor {
  key: string | null;
  id: string;
}

export async function listContactRows(
  ex: Executor,
  workspaceId: string,
  f: ContactFilters,
  s: ScoringSettings,
  page: { limit: number; cursor?: ContactCursor; order: ContactOrder; now: Date },
): Promise<ContactRow[]> {
  const where = [whereSql(workspaceId, f, page.now, s)];
  const { order, cursor } = page;
  if (cursor) {
    if (order === "id") where.push(sql`c.id < ${cursor.id}`);
    else {
      const col = sql.raw(`s.${order}`);
      where.push(sql`(${col}, s.contact_id) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)`);
    }
  }
  // (hot_until, contact_id) is exactly the index order, so a column page is an index range scan.
  const orderBy = order === "id" ? sql`c.id desc` : sql`${sql.raw(`s.${order}`)} desc, s.contact_id desc`;
  const result = await ex.execute<ContactRow>(sql`${SELECT(f.at, s)}
    where ${sql.join(where, sql` and `)}
    order by ${orderBy}
    limit ${page.limit}`);
  return result.rows.map(normalizeRow);
}

export async function getContactRow(
  ex: Executor,
  workspaceId: string,
  id: string,
  s: ScoringSettings,
  at?: Date,
  partnerId?: string,
): Promise<ContactRow | undefined> {
  const ofPartner = partnerId ? sql` and c.partner_id = ${partnerId}` : sql``;
  const result = await ex.execute<ContactRow>(
    sql`${SELECT(at, s)} where c.workspace_id = ${workspaceId} and c.id = ${id}${ofPartner}`,
  );
  return result.rows[0] ? normalizeRow(result.rows[0]) : undefined;
}

export async function countContactsByTemperature(
  ex: Executor,
  workspaceId: string,
  f: Omit<ContactFilters, "temperature">,
  s: ScoringSettings,
  now: Date,
): Promise<Record<Temperature | "total", number>> {
  const result = await ex.execute<{ cold: string; warm: string; hot: string; total: string }>(sql`
    select count(*) filter (where ${temperatureSql("cold", f.at, now, s)}) as cold,
           count(*) filter (where ${temperatureSql("warm", f.at, now, s)}) as warm,
           count(*) filter (where ${temperatureSql("hot", f.at, now, s)}) as hot,
           count(*) as total
    from contacts c left join contact_scores s on s.workspace_id = c.workspace_id and s.contact_id = c.id
    where ${whereSql(workspaceId, f, now, s)}`);
  const r = result.rows[0]!;
  return { cold: Number(r.cold), warm: Number(r.warm), hot: Number(r.hot), total: Number(r.total) };
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
  };
}
