// A refused save split into messages under the form's fields and whatever belongs to none. The
// server names the field in `details.field` (its own rules) or in a validation issue's path (its
// head: "items.0.price" belongs to "items"); `fields` maps its names to the form's.

import { ApiError } from "../api/client.ts";

export interface FieldErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  /** What belongs to no field, for above the form; null when every message found its field. */
  rest: string | null;
}

export function fieldErrorsFrom<F extends string>(
  error: unknown,
  fields: Record<string, F>,
  /** A message in the form's words; by default the server's, capitalised. */
  words: (message: string, field: F, error: ApiError) => string = sentence,
): FieldErrors<F> {
  if (!(error instanceof ApiError))
    return { fields: {}, rest: error instanceof Error ? error.message : null };
  const found: Partial<Record<F, string>> = {};
  const details = (error.details ?? {}) as { issues?: { path?: string; message?: string }[]; field?: string };
  const place = (apiField: string | undefined, message: string) => {
    const field = apiField ? fields[apiField.split(".")[0]!] : undefined;
    if (field && !found[field]) found[field] = words(message, field, error);
  };
  if (typeof details.field === "string") place(details.field, error.message);
  if (Array.isArray(details.issues))
    for (const issue of details.issues) place(issue.path, issue.message ?? "Check this value");
  return { fields: found, rest: Object.keys(found).length > 0 ? null : error.message };
}

export const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
