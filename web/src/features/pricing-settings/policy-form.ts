// The discount policy form: limits are typed as percentages and stored as basis points
// (100 bp = 1 %). A blank role or channel limit means "use the default" and is not sent.

import { ROLES } from "#domain/catalogue";
import { PRICE_CHANNELS } from "#domain/pricing";
import type { Schema } from "../../api/contract.ts";

type DiscountPolicy = Schema<"DiscountPolicy">;
type DiscountPolicyInput = Schema<"DiscountPolicyInput">;
type PriceChannel = Schema<"PriceBook">["channel"];
type Role = keyof Schema<"DiscountPolicy">["maxDiscountBpByRole"];

/** What a Mantine NumberInput holds: a number, or the text typed (blank when empty). */
export type FieldValue = number | string;

export interface PolicyForm {
  defaultPct: FieldValue;
  byRole: Record<Role, FieldValue>;
  byChannel: Record<PriceChannel, FieldValue>;
  giveawaysAllowed: boolean;
  /** Flag requests waiting longer than this many hours to the approvers. */
  alertHours: FieldValue;
}

/** The order roles are listed in: the sellers first. */
export const POLICY_ROLES: readonly Role[] = ["sales", "partner", "admin", "marketing"];

const pct = (bp: number | undefined): FieldValue => (bp === undefined ? "" : bp / 100);

export function toPolicyForm(policy: DiscountPolicy): PolicyForm {
  return {
    defaultPct: pct(policy.defaultMaxDiscountBp),
    byRole: Object.fromEntries(ROLES.map((r) => [r, pct(policy.maxDiscountBpByRole[r])])) as Record<
      Role,
      FieldValue
    >,
    byChannel: Object.fromEntries(
      PRICE_CHANNELS.map((c) => [c, pct(policy.maxDiscountBpByChannel[c])]),
    ) as Record<PriceChannel, FieldValue>,
    giveawaysAllowed: policy.giveawaysAllowed,
    alertHours: policy.approvalAlertHours,
  };
}

/** Why the alert age cannot be saved, in the form's words, or null. */
export function alertHoursProblem(value: FieldValue): string | null {
  const n = typeof value === "number" ? value : Number(String(value).trim());
  if (String(value).trim() === "") return "Enter a number of hours";
  if (!Number.isInteger(n) || n < 1 || n > 720) return "Whole hours, from 1 to 720 (30 days)";
  return null;
}

/** A percentage as typed → basis points; null for blank; NaN for anything that is not a number. */
export function pctToBp(value: FieldValue): number | null {
  if (typeof value === "string" && value.trim() === "") return null;
  const n = typeof value === "number" ? value : Number(value.trim());
  return Number.isFinite(n) ? Math.round(n * 100) : Number.NaN;
}

/** Why a typed limit cannot be saved, or null when it can (blank is allowed unless required). */
export function pctProblem(value: FieldValue, required: boolean): string | null {
  const bp = pctToBp(value);
  if (bp === null) return required ? "Enter a percentage" : null;
  if (Number.isNaN(bp)) return "Enter a number";
  if (bp < 0 || bp > 10_000) return "Between 0 and 100 %";
  return null;
}

export function formProblems(form: PolicyForm): boolean {
  return (
    pctProblem(form.defaultPct, true) !== null ||
    alertHoursProblem(form.alertHours) !== null ||
    Object.values(form.byRole).some((v) => pctProblem(v, false) !== null) ||
    Object.values(form.byChannel).some((v) => pctProblem(v, false) !== null)
  );
}

function limits<K extends string>(values: Record<K, FieldValue>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const [key, value] of Object.entries(values) as [K, FieldValue][]) {
    const bp = pctToBp(value);
    if (bp !== null) out[key] = bp;
  }
  return out;
}

export function toPolicyInput(form: PolicyForm): DiscountPolicyInput {
  return {
    defaultMaxDiscountBp: pctToBp(form.defaultPct) ?? Number.NaN,
    maxDiscountBpByRole: limits(form.byRole),
    maxDiscountBpByChannel: limits(form.byChannel),
    giveawaysAllowed: form.giveawaysAllowed,
    approvalAlertHours: Number(form.alertHours),
  };
}
