// The contact form's values (text, as typed), the request body built from them, and the server's
// refusals placed under the field — or the custom property — they name, in the form's words.

import { ApiError } from "../../api/client.ts";
import type { Contact, ContactInput } from "./contacts-queries.ts";

export const TEXT_FIELDS = [
  "email",
  "firstName",
  "lastName",
  "title",
  "phone",
  "occupation",
  "industry",
  "companySize",
  "incomeBand",
  "education",
  "country",
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
export type ContactField = TextField | "companyId" | "ownerId" | "stage" | "properties";

export interface PropertyRow {
  key: string;
  value: string;
  /** The value as loaded, kept when its text is left alone (a number stays a number). */
  original?: unknown;
}

export type ContactFormValues = Record<TextField | "companyId" | "ownerId" | "stage", string> & {
  properties: PropertyRow[];
};

export interface FieldErrors extends Partial<Record<Exclude<ContactField, "properties">, string>> {
  /** Errors of the custom properties, by row. */
  propertyRows?: Record<number, string>;
}

export const FIELD_LABELS: Record<ContactField, string> = {
  email: "Email",
  firstName: "First name",
  lastName: "Last name",
  title: "Job title",
  phone: "Phone",
  companyId: "Company",
  occupation: "Occupation",
  industry: "Industry",
  companySize: "Company size",
  incomeBand: "Income band",
  education: "Education",
  country: "Country",
  ownerId: "Owner",
  stage: "Stage",
  properties: "Custom properties",
};

/** The longest text the API takes per field (contact-schemas.ts); the inputs stop there too. */
export const MAX_LENGTH: Record<TextField, number> = {
  email: 320,
  firstName: 200,
  lastName: 200,
  title: 200,
  phone: 50,
  occupation: 200,
  industry: 200,
  companySize: 50,
  incomeBand: 50,
  education: 200,
  country: 100,
};

export function emptyValues(): ContactFormValues {
  const values = Object.fromEntries(TEXT_FIELDS.map((f) => [f, ""])) as Record<TextField, string>;
  return { ...values, companyId: "", ownerId: "", stage: "prospect", properties: [] };
}

/** How a stored property value reads in a text box. */
export function propertyText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(", ");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

export function valuesOf(contact: Contact): ContactFormValues {
  const values = Object.fromEntries(TEXT_FIELDS.map((f) => [f, contact[f] ?? ""])) as Record<
    TextField,
    string
  >;
  return {
    ...values,
    companyId: contact.companyId ?? "",
    ownerId: contact.ownerId ?? "",
    stage: contact.stage,
    properties: Object.entries(contact.properties).map(([key, value]) => ({
      key,
      value: propertyText(value),
      original: value,
    })),
  };
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/**
 * The body to send, or the errors the form can tell without asking the server. Editing leaves the
 * stage out: it moves through the stage buttons of the contact page, which keep the reason.
 */
export function toBody(
  values: ContactFormValues,
  mode: "create" | "edit",
): { body: ContactInput } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (values.email.trim() === "") errors.email = "Enter the contact's email address";
  const propertyRows: Record<number, string> = {};
  const seen = new Set<string>();
  values.properties.forEach((row, i) => {
    const key = row.key.trim();
    if (key === "" && row.value.trim() !== "") propertyRows[i] = "Name the property";
    else if (seen.has(key)) propertyRows[i] = `"${key}" is already above`;
    seen.add(key);
  });
  if (Object.keys(propertyRows).length > 0) errors.propertyRows = propertyRows;
  if (Object.keys(errors).length > 0) return { errors };

  const properties: Record<string, unknown> = {};
  for (const row of values.properties) {
    const key = row.key.trim();
    if (key === "") continue;
    const unchanged = row.original !== undefined && propertyText(row.original) === row.value;
    properties[key] = unchanged ? row.original : row.value.trim();
  }
  const body: Record<string, unknown> = { email: values.email.trim(), properties };
  for (const field of TEXT_FIELDS) if (field !== "email") body[field] = orNull(values[field]);
  body.companyId = orNull(values.companyId);
  body.ownerId = orNull(values.ownerId);
  if (mode === "create") body.stage = values.stage || "prospect";
  return { body: body as ContactInput };
}

/** A zod message in the form's words: no API names, no type jargon. */
function inFormWords(message: string, field: ContactField | null): string {
  // "must be at most 2,000 characters" (the API's plain words) or zod's own "<=2000 characters".
  const max = /(?:at most|<=)\s*([\d,]+)\s*characters/.exec(message);
  if (max) return `At most ${Number(max[1]!.replaceAll(",", "")).toLocaleString("en-US")} characters`;
  if (field === "email" || /email/i.test(message)) return "Enter an email address like name@example.com";
  if (/invalid key/i.test(message)) return "A name of at most 100 characters";
  if (field === null && /invalid input/i.test(message)) return "Enter text, a number, yes/no or a list";
  if (/uuid|invalid option/i.test(message)) return "Choose one from the list";
  if (/expected (string|number|boolean)|must be (text|a number|true or false|a list)/i.test(message))
    return "Enter text, a number, yes/no or a list";
  return message.charAt(0).toUpperCase() + message.slice(1);
}

const FIELD_NAMES = new Set<string>([...TEXT_FIELDS, "companyId", "ownerId", "stage"]);

/**
 * Splits a failed save into messages under fields and whatever belongs to no field. A conflict on
 * a contact can only be its email, the one value unique in the workspace.
 */
export function fieldErrorsFrom(
  error: unknown,
  properties: PropertyRow[],
): { fields: FieldErrors; rest: string | null } {
  if (!(error instanceof ApiError))
    return { fields: {}, rest: error instanceof Error ? error.message : null };
  const fields: FieldErrors = {};
  const details = (error.details ?? {}) as { issues?: { path?: string; message?: string }[]; field?: string };
  if (error.code === "conflict") {
    fields.email = "Another contact already has this email address";
  } else if (error.code === "unknown_reference") {
    if (/^Company/.test(error.message)) fields.companyId = "This company no longer exists; choose another";
    else fields.ownerId = "This user no longer exists; choose another owner";
  } else if (details.field && FIELD_NAMES.has(details.field)) {
    // The server's own rule about one field (a deactivated owner), already in the form's words.
    fields[details.field as Exclude<ContactField, "properties">] = error.message;
  } else if (Array.isArray(details.issues)) {
    for (const issue of details.issues) {
      const [head, key] = String(issue.path ?? "").split(/\.(.*)/s);
      if (head === "properties") {
        // The key may itself hold dots; the row is found by the whole rest of the path.
        const row = properties.findIndex((p) => p.key.trim() === key);
        const at = row >= 0 ? row : Math.max(0, properties.length - 1);
        fields.propertyRows = { ...fields.propertyRows, [at]: inFormWords(issue.message ?? "", null) };
      } else if (head && FIELD_NAMES.has(head)) {
        const field = head as Exclude<ContactField, "properties">;
        fields[field] ??= inFormWords(issue.message ?? "Check this value", field);
      }
    }
  }
  const placed = Object.keys(fields).length > 0;
  return { fields, rest: placed ? null : error.message };
}
