import type { AuditVia } from "../domain/audit.ts";
import type { Role } from "../domain/catalogue.ts";
import { AppError } from "../domain/errors.ts";
import type { Db } from "../store/db.ts";
import type { WebhookTransport } from "./webhooks/safe-fetch.ts";

/** Who is acting: resolved from a session cookie or an API key before any use case runs. */
export interface Actor {
  workspaceId: string;
  userId: string;
  role: Role;
  /** For partner users only: the organisation whose contacts and deals they may see. */
  partnerId?: string | null;
  /** How they came in, for the audit log: a web session (the default), an API key or the CLI. */
  via?: AuditVia;
}

/**
 * What every use case receives: the database, a clock (so tests can pin time) and the settings
 * use cases need. Only the CLI reads the configuration (config.ts); it hands the settings in here.
 */
export interface Deps {
  db: Db;
  now: () => Date;
  /** Where recipients reach this Baton (BATON_PUBLIC_URL, no trailing slash): email links start with it. */
  publicUrl: string;
  /** How webhook deliveries reach the network; only tests set it (a loopback receiver, short limits). */
  webhooks?: WebhookTransport;
}

export const STAFF: readonly Role[] = ["admin", "marketing", "sales"];
export const SETTINGS_EDITORS: readonly Role[] = ["admin", "marketing"];

export function authorize(actor: Actor, allowed: readonly Role[], action: string): void {
  if (!allowed.includes(actor.role)) {
    throw new AppError("forbidden", `Your role (${actor.role}) may not ${action}.`);
  }
}
