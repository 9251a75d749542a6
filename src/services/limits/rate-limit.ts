// The one writer of rate_limits. A hit is one atomic upsert, so concurrent requests (in one
// process or several) never both slip under a limit; the clock is the caller's `now`.
import { sql } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { type RateRule, secondsUntilWindowEnds, waitInWords } from "../../domain/rate-limits.ts";
import type { Db } from "../../store/db.ts";
import { rateLimits } from "../../store/schema/index.ts";

const keyOf = (rule: RateRule, subject: string) => `${rule.name}:${subject}`;

function refusal(rule: RateRule, startedAt: Date, now: Date): AppError {
  const retryAfterSeconds = secondsUntilWindowEnds(rule, startedAt, now);
  return new AppError("rate_limited", `${rule.refusal}; try again in ${waitInWords(retryAfterSeconds)}.`, {
    retryAfterSeconds,
  });
}

/** Counts one hit of `subject` under `rule`, and refuses it (429) past the limit. */
export async function takeHit(db: Db, rule: RateRule, subject: string, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
  // A window that ended, or one dated after now (the clock was set back), starts afresh.
  const fresh = sql`(${rateLimits.windowStartedAt} <= ${windowStart} or ${rateLimits.windowStartedAt} > ${now})`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key: keyOf(rule, subject), windowStartedAt: now, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${fresh} then 1 else ${rateLimits.hits} + 1 end`,
        windowStartedAt: sql`case when ${fresh} then ${now} else ${rateLimits.windowStartedAt} end`,
      },
    })
    .returning();
  if (row && row.hits > rule.limit) throw refusal(rule, row.windowStartedAt, now);
}

/** Refuses (429) when `subject` has already used up its window, without counting a hit. */
export async function refuseIfSpent(db: Db, rule: RateRule, subject: string, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
  const [row] = await db
    .select()
    .from(rateLimits)
    .where(
      sql`${rateLimits.key} = ${keyOf(rule, subject)} and ${rateLimits.windowStartedAt} > ${windowStart} and ${rateLimits.windowStartedAt} <= ${now}`,
    );
  if (row && row.hits >= rule.limit) throw refusal(rule, row.windowStartedAt, now);
}

/** Forgets `subject`'s hits (a successful login clears its account's failures). */
export async function clearHits(db: Db, rule: RateRule, subject: string): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${keyOf(rule, subject)}`);
}

/** Drops windows that ended before `before`: the worker's hourly sweep. */
export async function sweepRateLimits(db: Db, before: Date): Promise<number> {
  const rows = await db
    .delete(rateLimits)
    .where(sql`${rateLimits.windowStartedAt} < ${before}`)
    .returning({ key: rateLimits.key });
  return rows.length;
}
