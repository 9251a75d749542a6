// Why the database is out of reach right now, when Baton knows more than "for a moment": its
// embedded server stopped (a full disk) and is being started again. Written by the embedded
// server's supervisor, read by the edge for its 503s. One process runs at most one embedded
// server, so a module-level value is the honest shape of this fact.
let current: string | null = null;

/**
 * The store's log: PostgreSQL's chatter is a detail, shown when debugging; a notice — a server
 * stopped or left running — is always shown.
 */
export type StoreLog = (message: string, level?: "detail" | "notice") => void;

export function setOutage(why: string | null): void {
  current = why;
}

export function currentOutage(): string | null {
  return current;
}
