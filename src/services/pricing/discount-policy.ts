import { eq } from "drizzle-orm";
import type { DiscountPolicy } from "../../domain/pricing.ts";
import type { Executor } from "../../store/db.ts";
import { discountPolicies } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordSettingsChange } from "../audit/record-audit.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS, STAFF } from "../context.ts";
import type { DiscountPolicyInput } from "./pricing-schemas.ts";

/** A request for approval waiting longer than this is flagged to the approvers, until set otherwise. */
export const DEFAULT_APPROVAL_ALERT_HOURS = 24;

/** Until marketing sets one: up to 10 % off without asking, no give-aways. */
export const DEFAULT_DISCOUNT_POLICY: DiscountPolicy = {
  defaultMaxDiscountBp: 1000,
  maxDiscountBpByRole: {},
  maxDiscountBpByChannel: {},
  giveawaysAllowed: false,
};

export async function loadDiscountPolicy(ex: Executor, workspaceId: string): Promise<DiscountPolicy> {
  const [row] = await ex.select().from(discountPolicies).where(eq(discountPolicies.workspaceId, workspaceId));
  if (!row) return DEFAULT_DISCOUNT_POLICY;
  return {
    defaultMaxDiscountBp: row.defaultMaxDiscountBp,
    maxDiscountBpByRole: row.maxDiscountBpByRole,
    maxDiscountBpByChannel: row.maxDiscountBpByChannel,
    giveawaysAllowed: row.giveawaysAllowed,
  };
}

export async function getDiscountPolicy(deps: Deps, actor: Actor) {
  authorize(actor, [...STAFF, "partner"], "read the discount policy");
  return getDiscountPolicyIn(deps.db, actor.workspaceId);
}

async function getDiscountPolicyIn(ex: Executor, workspaceId: string) {
  const [row] = await ex
    .select({
      updatedAt: discountPolicies.updatedAt,
      updatedBy: discountPolicies.updatedBy,
      approvalAlertHours: discountPolicies.approvalAlertHours,
    })
    .from(discountPolicies)
    .where(eq(discountPolicies.workspaceId, workspaceId));
  return {
    ...(await loadDiscountPolicy(ex, workspaceId)),
    approvalAlertHours: row?.approvalAlertHours ?? DEFAULT_APPROVAL_ALERT_HOURS,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy ?? null,
  };
}

/**
 * Marketing or an admin sets the policy. Approvals already granted stay valid: they were for
 * the exact line items the approver saw, under the policy of that day.
 */
export async function setDiscountPolicy(deps: Deps, actor: Actor, input: DiscountPolicyInput) {
  authorize(actor, SETTINGS_EDITORS, "set the discount policy");
  const values = { ...input, updatedBy: actor.userId, updatedAt: deps.now() };
  await inTransaction(deps.db, async (tx) => {
    const before = await getDiscountPolicyIn(tx, actor.workspaceId);
    await tx
      .insert(discountPolicies)
      .values({ workspaceId: actor.workspaceId, ...values })
      .onConflictDoUpdate({ target: discountPolicies.workspaceId, set: values });
    const after = await getDiscountPolicyIn(tx, actor.workspaceId);
    await recordSettingsChange(tx, actor, { area: "discount_policy", before, after }, deps.now());
  });
  return getDiscountPolicy(deps, actor);
}
