// A refused save split into messages under the form's fields and whatever belongs to none. The
// server names the field in `details.field` (its own rules) or in a validation issue's path.

import { ApiError } from "../../api/client.ts";

export function fieldErrorsFrom<F extends string>(
  error: unknown,
  fields: Record<string, F>,
  words: Partial<Record<F, (message: string) => string>> = {},
): { fields: Partial<Record<F, string>>; rest: string | null } {
  if (!(error instanceof ApiError))
    return { fields: {}, rest: error instanceof Error ? error.message : null };
  const found: Partial<Record<F, string>> = {};
  const details = (error.details ?? {}) as { issues?: { path?: string; message?: string }[]; field?: string };
  const place = (apiField: string | undefined, message: string) => {
    const field = apiField ? fields[apiField.split(".")[0]!] : undefined;
    if (field && !found[field]) found[field] = words[field]?.(message) ?? sentence(message);
  };
  if (typeof details.field === "string") place(details.field, error.message);
  for (const issue of details.issues ?? []) place(issue.path, issue.message ?? "Check this value");
  return { fields: found, rest: Object.keys(found).length > 0 ? null : error.message };
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
