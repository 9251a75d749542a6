// The program form's values (text, as typed), the request body built from them, and the server's
// validation errors placed under the field they name, in the words of the form.

import { ApiError } from "../../api/client.ts";
import { fieldErrorsFrom as placeFieldErrors, sentence } from "../../shared/field-errors.ts";
import { minorToInput, parseMoney } from "./money.ts";
import type { Program, ProgramInput } from "./program-queries.ts";

export interface ProgramFormValues {
  name: string;
  channel: string;
  description: string;
  callToAction: string;
  budget: string;
  currency: string;
  startsOn: string;
  endsOn: string;
  ownerId: string;
  utmCampaign: string;
}

export type ProgramField = keyof ProgramFormValues;
export type FieldErrors = Partial<Record<ProgramField, string>>;

export const FIELD_LABELS: Record<ProgramField, string> = {
  name: "Name",
  channel: "Channel",
  description: "Description",
  callToAction: "Call to action",
  budget: "Budget",
  currency: "Currency",
  startsOn: "Start date",
  endsOn: "End date",
  ownerId: "Owner",
  utmCampaign: "UTM campaign",
};

export function emptyValues(currency = "USD"): ProgramFormValues {
  return {
    name: "",
    channel: "",
    description: "",
    callToAction: "",
    budget: "",
    currency,
    startsOn: "",
    endsOn: "",
    ownerId: "",
    utmCampaign: "",
  };
}

export function valuesOf(program: Program): ProgramFormValues {
  return {
    name: program.name,
    channel: program.channel,
    description: program.description ?? "",
    callToAction: program.callToAction ?? "",
    budget: minorToInput(program.budgetMinor, program.currency),
    currency: program.currency,
    startsOn: program.startsOn ?? "",
    endsOn: program.endsOn ?? "",
    ownerId: program.ownerId ?? "",
    utmCampaign: program.utmCampaign ?? "",
  };
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/** The body to send, or the errors the form can tell without asking the server. */
export function toBody(values: ProgramFormValues): { body: ProgramInput } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const currency = values.currency.trim().toUpperCase();
  if (values.name.trim() === "") errors.name = "Give the program a name";
  if (values.channel === "") errors.channel = "Choose the channel";
  const budget = parseMoney(values.budget, currency || "USD");
  if (!budget.ok) errors.budget = budget.message;
  if (Object.keys(errors).length > 0 || !budget.ok) return { errors };
  return {
    body: {
      name: values.name.trim(),
      channel: values.channel as ProgramInput["channel"],
      description: orNull(values.description),
      callToAction: orNull(values.callToAction),
      budgetMinor: budget.minor,
      currency,
      startsOn: orNull(values.startsOn),
      endsOn: orNull(values.endsOn),
      ownerId: orNull(values.ownerId),
      utmCampaign: orNull(values.utmCampaign),
    },
  };
}

// API field → form field: the budget is typed in major units but named budgetMinor on the wire.
const FIELD_OF: Record<string, ProgramField> = {
  name: "name",
  channel: "channel",
  description: "description",
  callToAction: "callToAction",
  budgetMinor: "budget",
  currency: "currency",
  startsOn: "startsOn",
  endsOn: "endsOn",
  ownerId: "ownerId",
  utmCampaign: "utmCampaign",
};

// API names inside a server message, as the form calls them.
const WORDS: [RegExp, string][] = [
  [/\bendsOn\b/g, "the end date"],
  [/\bstartsOn\b/g, "the start date"],
  [/\bbudgetMinor\b/g, "the budget"],
  [/\butmCampaign\b/g, "the UTM campaign"],
  [/\bownerId\b/g, "the owner"],
  [/\bcallToAction\b/g, "the call to action"],
];

function inFormWords(message: string): string {
  let text = message;
  for (const [pattern, words] of WORDS) text = text.replace(pattern, words);
  if (/too (small|big)|expected string to have|characters|must not be empty/i.test(text))
    return "This is too long or empty";
  if (/invalid (iso )?date|expected date|must be a date/i.test(text)) return "Enter a date";
  return sentence(text);
}

/**
 * Splits a failed save into messages under fields and whatever belongs to no field. A conflict
 * on a program can only be its UTM campaign key, the one unique value a program carries.
 */
export function fieldErrorsFrom(error: unknown): { fields: FieldErrors; rest: string | null } {
  if (error instanceof ApiError && error.code === "conflict" && /utm/i.test(error.message))
    return { fields: { utmCampaign: "Another program already uses this UTM campaign key" }, rest: null };
  return placeFieldErrors(error, FIELD_OF, (message, field, e) =>
    e.code === "unknown_reference" && field === "ownerId"
      ? "Choose a marketing user or an admin"
      : inFormWords(message),
  );
}
