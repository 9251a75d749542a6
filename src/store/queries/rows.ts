// Raw `execute` results bypass Drizzle's column mapping, and Drizzle asks pg to leave timestamps
// as text; these convert them back at the edge of the store.
export function asDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(value as string);
}

export function asDateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : asDate(value);
}
