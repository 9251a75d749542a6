import { and, eq, sql } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import {
  isPeriodStart,
  leaderboard,
  periodBounds,
  type QuotaPeriod,
  type WonDeal,
} from "../../domain/quota.ts";
import { asDate } from "../../store/queries/rows.ts";
import { quotas, users } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import type { SetQuotaInput } from "./quota-schemas.ts";

function checkPeriod(period: QuotaPeriod, startsOn: string): void {
  if (!isPeriodStart(period, startsOn)) {
    throw new AppError(
      "validation_failed",
      period === "month"
        ? `startsOn must be the first day of a month (got ${startsOn}).`
        : `startsOn must be the first day of a quarter: January, April, July or October 1 (got ${startsOn}).`,
    );
  }
}

/** Sets (creates or replaces) a rep's quota for one period. Admins only. */
export async function setQuota(deps: Deps, actor: Actor, input: SetQuotaInput) {
  authorize(actor, ["admin"], "set quotas");
  checkPeriod(input.period, input.startsOn);
  const [rep] = await deps.db
    .select({ role: users.role })
    .from(users)
    .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.id, input.userId)));
  if (!rep) throw new AppError("unknown_reference", `User ${input.userId} was not found.`);
  if (rep.role !== "sales") throw new AppError("validation_failed", "Quotas are for sales users.");
  const now = deps.now();
  const [row] = await deps.db
    .insert(quotas)
    .values({ ...input, workspaceId: actor.workspaceId, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [quotas.workspaceId, quotas.userId, quotas.period, quotas.startsOn],
      set: { targetMinor: input.targetMinor, currency: input.currency, updatedAt: now },
    })
    .returning();
  return { id: row!.id, ...input };
}

/** Every quota of a period with its attainment from the deals won in it, best first. */
export async function quotaLeaderboard(
  deps: Deps,
  actor: Actor,
  input: { period: QuotaPeriod; startsOn: string },
) {
  authorize(actor, STAFF, "read quotas");
  checkPeriod(input.period, input.startsOn);
  const rows = await deps.db
    .select({ quota: quotas, name: users.name })
    .from(quotas)
    .innerJoin(users, and(eq(users.workspaceId, quotas.workspaceId), eq(users.id, quotas.userId)))
    .where(
      and(
        eq(quotas.workspaceId, actor.workspaceId),
        eq(quotas.period, input.period),
        eq(quotas.startsOn, input.startsOn),
      ),
    );
  const { start, end } = periodBounds(input.period, input.startsOn);
  // Won deals: a deal whose stage is its pipeline's won stage, closed within the period.
  const won = await deps.db.execute<{
    owner_id: string;
    amount_minor: number;
    currency: string;
    closed_at: unknown;
  }>(sql`
    select d.owner_id, d.amount_minor, d.currency, d.closed_at from deals d
    join pipelines p on p.workspace_id = d.workspace_id and p.id = d.pipeline_id
    where d.workspace_id = ${actor.workspaceId}
      and d.closed_at >= ${new Date(start).toISOString()}::timestamptz and d.closed_at < ${new Date(end).toISOString()}::timestamptz
      and exists (select 1 from jsonb_array_elements(p.stages) s where s->>'key' = d.stage and s->>'outcome' = 'won')`);
  const deals: WonDeal[] = won.rows.map((r) => ({
    ownerId: r.owner_id,
    amountMinor: Number(r.amount_minor),
    currency: r.currency,
    wonAt: asDate(r.closed_at).getTime(),
  }));
  const names = new Map(rows.map((r) => [r.quota.userId, r.name]));
  const currencyOf = new Map(rows.map((r) => [r.quota.userId, r.quota.currency]));
  return {
    data: leaderboard(
      rows.map((r) => ({ ...r.quota, period: r.quota.period })),
      deals,
    ).map((a) => ({ ...a, name: names.get(a.userId) ?? "", currency: currencyOf.get(a.userId) ?? "" })),
  };
}
