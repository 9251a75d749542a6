// The plan form's values (text, as typed), the body built from them, and the server's refusals
// placed under the field they concern, in the form's words.

import { ApiError } from "../../api/client.ts";
import { fieldErrorsFrom as placeFieldErrors, sentence } from "../../shared/field-errors.ts";
import { minorToInput, parseMoney } from "../programs/money.ts";
import type { Plan, PlanInput, PlanPeriod, PlanUpdate } from "./plan-queries.ts";

export type Scope = "workspace" | "channel" | "program";

export interface PlanFormValues {
  scope: Scope;
  channel: string;
  programId: string;
  currency: string;
  leads: string;
  salesReady: string;
  pipeline: string;
  revenue: string;
  spend: string;
}

export type PlanField = keyof PlanFormValues;
export type FieldErrors = Partial<Record<PlanField, string>>;

export const FIELD_LABELS: Record<PlanField, string> = {
  scope: "Scope",
  channel: "Channel",
  programId: "Program",
  currency: "Currency",
  leads: "Leads target",
  salesReady: "Sales-ready target",
  pipeline: "Pipeline target",
  revenue: "Revenue target",
  spend: "Planned spend",
};

const COUNTS = ["leads", "salesReady"] as const;
const MONEY = ["pipeline", "revenue", "spend"] as const;

// Form field ↔ API field.
const API_FIELD = {
  leads: "leadsTarget",
  salesReady: "salesReadyTarget",
  pipeline: "pipelineTargetMinor",
  revenue: "revenueTargetMinor",
  spend: "plannedSpendMinor",
} as const;

export function emptyValues(currency = "USD"): PlanFormValues {
  return {
    scope: "workspace",
    channel: "",
    programId: "",
    currency,
    leads: "",
    salesReady: "",
    pipeline: "",
    revenue: "",
    spend: "",
  };
}

export function valuesOf(plan: Plan): PlanFormValues {
  const target = (figure: Plan["lines"][number]["figure"]) =>
    plan.lines.find((l) => l.figure === figure)?.target ?? null;
  const count = (n: number | null) => (n === null ? "" : String(n));
  return {
    scope: plan.programId ? "program" : plan.channel ? "channel" : "workspace",
    channel: plan.channel ?? "",
    programId: plan.programId ?? "",
    currency: plan.currency,
    leads: count(target("leads")),
    salesReady: count(target("salesReady")),
    pipeline: minorToInput(target("pipelineMinor"), plan.currency),
    revenue: minorToInput(target("revenueMinor"), plan.currency),
    spend: minorToInput(target("spendMinor"), plan.currency),
  };
}

type Parsed = { ok: true; value: number | null } | { ok: false; message: string };

/** A count as typed: empty → no target; "1,200" → 1200; anything else refused in words. */
export function parseCount(text: string): Parsed {
  const cleaned = text.trim().replace(/[\s,_]/g, "");
  if (cleaned === "") return { ok: true, value: null };
  if (/^-/.test(cleaned)) return { ok: false, message: "A target cannot be negative" };
  if (!/^\d+$/.test(cleaned)) return { ok: false, message: "Enter a whole number, such as 120" };
  const value = Number(cleaned);
  return value > 1_000_000_000 ? { ok: false, message: "At most 1,000,000,000" } : { ok: true, value };
}

/**
 * The body to send (a new plan carries its period and scope; an edit only its targets, as the
 * server keeps the scope), or the errors the form can tell without asking.
 */
export function toBody(
  values: PlanFormValues,
  editing: boolean,
  period: { period: PlanPeriod; startsOn: string },
): { body: PlanInput | PlanUpdate } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const currency = values.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = "Enter an ISO code such as USD or EUR";
  if (!editing && values.scope === "channel" && !values.channel) errors.channel = "Choose the channel";
  if (!editing && values.scope === "program" && !values.programId) errors.programId = "Choose the program";
  const targets: Partial<Record<(typeof API_FIELD)[keyof typeof API_FIELD], number | null>> = {};
  for (const field of COUNTS) {
    const parsed = parseCount(values[field]);
    if (parsed.ok) targets[API_FIELD[field]] = parsed.value;
    else errors[field] = parsed.message;
  }
  for (const field of MONEY) {
    const text = values[field].trim();
    if (text.startsWith("-")) {
      errors[field] = "An amount cannot be negative";
      continue;
    }
    const parsed = parseMoney(text, /^[A-Z]{3}$/.test(currency) ? currency : "USD");
    if (parsed.ok) targets[API_FIELD[field]] = parsed.minor;
    else errors[field] = parsed.message;
  }
  if (Object.keys(errors).length > 0) return { errors };
  if (editing) return { body: targets };
  return {
    body: {
      ...period,
      currency,
      channel: values.scope === "channel" ? (values.channel as PlanInput["channel"]) : null,
      programId: values.scope === "program" ? values.programId : null,
      ...targets,
    },
  };
}

const FIELD_OF: Record<string, PlanField> = {
  channel: "channel",
  programId: "programId",
  currency: "currency",
  leadsTarget: "leads",
  salesReadyTarget: "salesReady",
  pipelineTargetMinor: "pipeline",
  revenueTargetMinor: "revenue",
  plannedSpendMinor: "spend",
};

function inFormWords(message: string): string {
  if (/too small|>=\s*0|at least|more than/i.test(message)) return "A target cannot be negative";
  if (/too big|<=|at most|too large|less than/i.test(message)) return "That target is too large";
  if (/whole number|expected int/i.test(message)) return "Enter a whole number";
  return sentence(message);
}

/**
 * Splits a failed save into messages under fields and whatever belongs to none. A conflict can
 * only be the one plan a period and scope may have: it goes under the scope.
 */
export function fieldErrorsFrom(error: unknown): { fields: FieldErrors; rest: string | null } {
  if (error instanceof ApiError && error.code === "conflict")
    return { fields: { scope: error.message }, rest: null };
  return placeFieldErrors(error, FIELD_OF, (message, field, e) =>
    e.code === "unknown_reference" && field === "programId"
      ? "That program no longer exists"
      : inFormWords(message),
  );
}
