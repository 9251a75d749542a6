// SQL of the email area: what the guards need to know about recipients, and which contacts a
// newsletter goes to. Set-based: one statement for a whole batch.
import { sql } from "drizzle-orm";
import type { Temperature } from "../../domain/catalogue.ts";
import type { SuppressionReason } from "../../domain/email-guards.ts";
import type { Stage } from "../../domain/stages.ts";
import type { ScoringSettings } from "../../domain/temperature.ts";
import type { Executor } from "../db.ts";
import { emailHashSql } from "./erasure.ts";
import { temperatureAtSql } from "./temperature-sql.ts";

export type RecipientRow = {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  title: string | null;
  company_name: string | null;
  stage: Stage;
  /** The latest marketing consent row's `granted`, null when there is none. */
  marketing_consent: boolean | null;
  /** The suppression of the contact's current address. */
  suppression: SuppressionReason | null;
};

/** 'erased' when the address belonged to an erased contact (kept only as its hash), else null. */
const erasedReason = (email: ReturnType<typeof sql>) => sql`(select 'erased' from erased_addresses e
  where e.workspace_id = c.workspace_id and e.email_hash = ${emailHashSql(email)})`;

/** The contacts, with what the merge fields and the guards need (ids must be UUIDs). */
export async function recipientRows(
  ex: Executor,
  workspaceId: string,
  contactIds: string[],
): Promise<RecipientRow[]> {
  if (contactIds.length === 0) return [];
  const result = await ex.execute<RecipientRow>(sql`
    select c.id, c.email, c.first_name, c.last_name, c.title, co.name as company_name, c.stage,
      (select k.granted from consents k
        where k.workspace_id = c.workspace_id and k.contact_id = c.id and k.purpose = 'marketing'
        order by k.occurred_at desc, k.id desc limit 1) as marketing_consent,
      coalesce(
        (select s.reason from suppressions s
          where s.workspace_id = c.workspace_id and s.email = lower(c.email)),
        ${erasedReason(sql`c.email`)}) as suppression
    from contacts c
    left join companies co on co.workspace_id = c.workspace_id and co.id = c.company_id
    where c.workspace_id = ${workspaceId}
      and c.id = any(${`{${contactIds.join(",")}}`}::uuid[])
    order by c.id`);
  return result.rows;
}

/** The guard inputs for one message at send time: its recipient's address, stage and consent. */
export async function sendStateOf(
  ex: Executor,
  workspaceId: string,
  contactId: string,
  toAddress: string,
): Promise<{
  stage: Stage;
  marketing_consent: boolean | null;
  suppression: SuppressionReason | null;
} | null> {
  const result = await ex.execute<{
    stage: Stage;
    marketing_consent: boolean | null;
    suppression: SuppressionReason | null;
  }>(sql`
    select c.stage,
      (select k.granted from consents k
        where k.workspace_id = c.workspace_id and k.contact_id = c.id and k.purpose = 'marketing'
        order by k.occurred_at desc, k.id desc limit 1) as marketing_consent,
      coalesce(
        ${erasedReason(sql`c.email`)},
        ${erasedReason(sql`${toAddress}::text`)},
        (select s.reason from suppressions s
          where s.workspace_id = c.workspace_id and s.email in (lower(c.email), lower(${toAddress}))
          order by (s.reason = 'hard_bounce') desc limit 1)) as suppression
    from contacts c
    where c.workspace_id = ${workspaceId} and c.id = ${contactId}`);
  return result.rows[0] ?? null;
}

export interface AudienceFilter {
  temperature?: Temperature;
  stage?: Stage;
}

/** A page of the contacts a newsletter goes to, in id order after `afterId`, by temperature at `now`. */
export async function audiencePage(
  ex: Executor,
  workspaceId: string,
  filter: AudienceFilter,
  scoring: { settings: ScoringSettings; now: Date },
  afterId: string | null,
  limit: number,
): Promise<string[]> {
  const result = await ex.execute<{ id: string }>(sql`
    select c.id from contacts c
    left join contact_scores s on s.workspace_id = c.workspace_id and s.contact_id = c.id
    where c.workspace_id = ${workspaceId}
      ${filter.stage ? sql`and c.stage = ${filter.stage}` : sql``}
      ${filter.temperature ? sql`and ${temperatureAtSql(filter.temperature, scoring.now, scoring.settings)}` : sql``}
      ${afterId ? sql`and c.id > ${afterId}` : sql``}
    order by c.id
    limit ${limit}`);
  return result.rows.map((r) => r.id);
}
