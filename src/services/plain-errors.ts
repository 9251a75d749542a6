// Validation messages in plain words (issue 11, item 8): what a person filling a form can act on —
// "must be at most 1,000,000", "is required", "must be one of: warm, hot" — instead of the schema
// library's "Too big: expected int to be <=9007199254740991". A schema's own message still wins;
// this only replaces the library's defaults. Installed once, by whoever parses input (the HTTP app
// and the command line), through `installPlainValidationMessages`.
import { z } from "zod";
import type { $ZodRawIssue } from "zod/v4/core";

const number = (n: number | bigint) => Number(n).toLocaleString("en-US");

/** A limit no form states (the largest safe integer, a date's internal range) is "too large". */
const unstated = (n: number | bigint) => Math.abs(Number(n)) >= Number.MAX_SAFE_INTEGER;

const TYPE_WORDS: Record<string, string> = {
  number: "a number",
  int: "a whole number",
  bigint: "a whole number",
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  date: "a date",
};

const FORMAT_WORDS: Record<string, string> = {
  uuid: "an id (a UUID)",
  guid: "an id (a UUID)",
  email: "an email address",
  url: "a web address",
  datetime: "a date and time such as 2027-03-01T09:00:00Z",
  date: "a date such as 2027-03-01",
  time: "a time such as 09:00",
  regex: "in the expected form",
};

type Issue = $ZodRawIssue;

export function plainMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required";
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case "too_big": {
      if (issue.origin === "string") return `must be at most ${number(issue.maximum)} characters`;
      if (issue.origin === "array" || issue.origin === "set")
        return `must hold at most ${number(issue.maximum)} items`;
      if (unstated(issue.maximum)) return "is too large";
      return issue.inclusive === false
        ? `must be less than ${number(issue.maximum)}`
        : `must be at most ${number(issue.maximum)}`;
    }
    case "too_small": {
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1
          ? "must not be empty"
          : `must be at least ${number(issue.minimum)} characters`;
      if (issue.origin === "array" || issue.origin === "set")
        return `must hold at least ${number(issue.minimum)} item${Number(issue.minimum) === 1 ? "" : "s"}`;
      if (unstated(issue.minimum)) return "is too small";
      return issue.inclusive === false
        ? `must be more than ${number(issue.minimum)}`
        : `must be at least ${number(issue.minimum)}`;
    }
    case "invalid_value":
      return issue.values.length === 1
        ? `must be ${String(issue.values[0])}`
        : `must be one of: ${issue.values.map(String).join(", ")}`;
    case "invalid_format":
      return `must be ${FORMAT_WORDS[issue.format] ?? `a valid ${issue.format}`}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}`;
    case "not_multiple_of":
      return `must be a multiple of ${number(Number(issue.divisor))}`;
    default:
      return undefined;
  }
}

let installed = false;

/** Makes the plain messages the defaults of every schema in this process (idempotent). */
export function installPlainValidationMessages(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: plainMessage });
}
