// A refused scoring save, placed where the person looks: each threshold's and each weight's own
// message under its input, in words ("Must be greater than the warm threshold"), never a path.
import { ApiError } from "../../api/client.ts";

export interface ScoringErrors {
  /** By field: halfLifeHours, warmThreshold, hotThreshold. */
  fields: Partial<Record<"halfLifeHours" | "warmThreshold" | "hotThreshold", string>>;
  /** By touchpoint kind. */
  weights: Record<string, string>;
  /** What belongs to no input (e.g. a conflict), else null. */
  rest: string | null;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function inWords(message: string): string {
  if (/hotThreshold must be greater than warmThreshold/.test(message))
    return "Must be greater than the warm threshold";
  return sentence(message);
}

export function scoringErrors(error: unknown): ScoringErrors {
  const found: ScoringErrors = { fields: {}, weights: {}, rest: null };
  if (!error) return found;
  if (!(error instanceof ApiError))
    return { ...found, rest: error instanceof Error ? error.message : String(error) };
  const issues = ((error.details ?? {}) as { issues?: { path?: string; message?: string }[] }).issues ?? [];
  for (const issue of issues) {
    const [head, kind] = (issue.path ?? "").split(".");
    const message = inWords(issue.message ?? "Check this value");
    if (head === "weights" && kind) found.weights[kind] ??= message;
    else if (head === "halfLifeHours" || head === "warmThreshold" || head === "hotThreshold")
      found.fields[head] ??= message;
  }
  const placed = Object.keys(found.fields).length + Object.keys(found.weights).length;
  return { ...found, rest: placed > 0 ? null : error.message };
}
