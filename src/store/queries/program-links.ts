// Tracked links of programs: rows, the public lookup by code, click counts, and the campaign
// keys that name programs.
import { and, count, countDistinct, desc, eq, inArray, isNotNull, lt, sql, sum } from "drizzle-orm";
import type { Executor, Tx } from "../db.ts";
import { programLinkClicks, programLinks, programs, touchpoints } from "../schema/index.ts";

export type ProgramLinkRow = typeof programLinks.$inferSelect;

/**
 * Inserts a link unless its code is taken anywhere in the installation: the code is checked under
 * a transaction-scoped advisory lock on it, so two workspaces can never both take one. False when
 * taken (the caller draws another code).
 */
export async function insertLinkIfCodeFree(
  tx: Tx,
  values: typeof programLinks.$inferInsert,
): Promise<ProgramLinkRow | undefined> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`program_link:${values.code}`}, 0))`);
  const [taken] = await tx
    .select({ id: programLinks.id })
    .from(programLinks)
    .where(eq(programLinks.code, values.code))
    .limit(1);
  if (taken) return undefined;
  const [row] = await tx.insert(programLinks).values(values).returning();
  return row;
}

export async function listLinks(
  ex: Executor,
  workspaceId: string,
  programId: string,
  page: { limit: number; afterId?: string },
): Promise<ProgramLinkRow[]> {
  return ex
    .select()
    .from(programLinks)
    .where(
      and(
        eq(programLinks.workspaceId, workspaceId),
        eq(programLinks.programId, programId),
        page.afterId ? lt(programLinks.id, page.afterId) : undefined,
      ),
    )
    .orderBy(desc(programLinks.id))
    .limit(page.limit);
}

export async function getLink(
  ex: Executor,
  workspaceId: string,
  programId: string,
  linkId: string,
): Promise<ProgramLinkRow | undefined> {
  const [row] = await ex
    .select()
    .from(programLinks)
    .where(
      and(
        eq(programLinks.workspaceId, workspaceId),
        eq(programLinks.programId, programId),
        eq(programLinks.id, linkId),
      ),
    );
  return row;
}

export async function archiveLink(
  ex: Executor,
  workspaceId: string,
  programId: string,
  linkId: string,
  now: Date,
): Promise<ProgramLinkRow | undefined> {
  // Archiving twice keeps the first instant.
  const [row] = await ex
    .update(programLinks)
    .set({ archivedAt: sql`coalesce(${programLinks.archivedAt}, ${now.toISOString()}::timestamptz)` })
    .where(
      and(
        eq(programLinks.workspaceId, workspaceId),
        eq(programLinks.programId, programId),
        eq(programLinks.id, linkId),
      ),
    )
    .returning();
  return row;
}

/** The link a public short code names, in whichever workspace; undefined for none (or, never, two). */
export async function linkByCode(ex: Executor, code: string): Promise<ProgramLinkRow | undefined> {
  const rows = await ex.select().from(programLinks).where(eq(programLinks.code, code)).limit(2);
  return rows.length === 1 ? rows[0] : undefined;
}

/** One more anonymous click on the link on that UTC day. */
export async function countAnonymousClick(ex: Executor, workspaceId: string, linkId: string, day: string) {
  await ex
    .insert(programLinkClicks)
    .values({ workspaceId, linkId, day, clicks: 1 })
    .onConflictDoUpdate({
      target: [programLinkClicks.workspaceId, programLinkClicks.linkId, programLinkClicks.day],
      set: { clicks: sql`${programLinkClicks.clicks} + 1` },
    });
}

export interface LinkClicks {
  anonymous: number;
  known: number;
  knownContacts: number;
}

/** Per link: anonymous clicks (all days), known clicks (link_click touchpoints) and their contacts. */
export async function clicksOf(
  ex: Executor,
  workspaceId: string,
  programId: string,
  linkIds: string[],
): Promise<Map<string, LinkClicks>> {
  const result = new Map<string, LinkClicks>(
    linkIds.map((id) => [id, { anonymous: 0, known: 0, knownContacts: 0 }]),
  );
  if (linkIds.length === 0) return result;
  const anonymous = await ex
    .select({ linkId: programLinkClicks.linkId, clicks: sum(programLinkClicks.clicks).mapWith(Number) })
    .from(programLinkClicks)
    .where(and(eq(programLinkClicks.workspaceId, workspaceId), inArray(programLinkClicks.linkId, linkIds)))
    .groupBy(programLinkClicks.linkId);
  for (const row of anonymous) result.get(row.linkId)!.anonymous = row.clicks;
  // The same expression and predicate as touchpoints_link_click_idx, so that index answers.
  const linkIdOf = sql<string>`(${touchpoints.properties}->>'linkId')`;
  const known = await ex
    .select({ linkId: linkIdOf, clicks: count(), contacts: countDistinct(touchpoints.contactId) })
    .from(touchpoints)
    .where(
      and(
        eq(touchpoints.workspaceId, workspaceId),
        eq(touchpoints.programId, programId),
        sql`${touchpoints.kind} = 'link_click'`,
        inArray(linkIdOf, linkIds),
      ),
    )
    .groupBy(linkIdOf);
  for (const row of known) {
    const entry = result.get(row.linkId);
    if (entry) {
      entry.known = row.clicks;
      entry.knownContacts = row.contacts;
    }
  }
  return result;
}

/** The programs whose utm_campaign key is one of `campaigns` (exact, case-sensitive). */
export async function programsByCampaign(
  ex: Executor,
  workspaceId: string,
  campaigns: string[],
): Promise<Map<string, string>> {
  if (campaigns.length === 0) return new Map();
  const rows = await ex
    .select({ id: programs.id, campaign: programs.utmCampaign })
    .from(programs)
    .where(
      and(
        eq(programs.workspaceId, workspaceId),
        isNotNull(programs.utmCampaign),
        inArray(programs.utmCampaign, campaigns),
      ),
    );
  return new Map(rows.map((r) => [r.campaign!, r.id]));
}

export async function programCampaign(
  ex: Executor,
  workspaceId: string,
  programId: string,
): Promise<{ utmCampaign: string | null } | undefined> {
  const [row] = await ex
    .select({ utmCampaign: programs.utmCampaign })
    .from(programs)
    .where(and(eq(programs.workspaceId, workspaceId), eq(programs.id, programId)));
  return row;
}
