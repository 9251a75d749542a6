// The one way into the audit log. Called inside the transaction of the change it records, by the
// use case that makes the change, so an event exists exactly when its change committed.
import { type AuditAction, type AuditVia, type SettingsArea, settingsDiff } from "../../domain/audit.ts";
import type { Executor } from "../../store/db.ts";
import { auditEvents } from "../../store/schema/index.ts";
import type { Actor } from "../context.ts";

/** Who acted when no signed-in user did: an operator at the command line, or Baton itself. */
export interface NoUser {
  workspaceId: string;
  via: "cli" | "system";
}

export interface AuditEntry {
  action: AuditAction;
  targetType: string;
  targetId?: string | null;
  /** One line in words for the log's table. No secrets, and no personal data of contacts. */
  summary: string;
  details?: Record<string, unknown>;
}

export async function recordAudit(
  ex: Executor,
  who: Actor | NoUser,
  entry: AuditEntry,
  at: Date,
): Promise<void> {
  const userId = "userId" in who ? who.userId : null;
  const via: AuditVia = who.via ?? "session";
  await ex.insert(auditEvents).values({
    workspaceId: who.workspaceId,
    at,
    actorUserId: userId,
    actorVia: via,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    summary: entry.summary,
    details: entry.details ?? {},
  });
}

const AREA_WORDS: Record<SettingsArea, string> = {
  scoring: "scoring settings",
  handoff: "hand-off settings",
  email: "email settings",
  attribution: "attribution settings",
  discount_policy: "discount policy",
};

/**
 * A settings save, as the keys it changed with their values before and after. Callers pass the
 * settings as the API shows them, so secrets are already left out (the SMTP password appears
 * only as `passwordSet`). A save that changed nothing is not recorded.
 */
export async function recordSettingsChange(
  ex: Executor,
  actor: Actor,
  change: { area: SettingsArea; before: object | null; after: object },
  at: Date,
): Promise<void> {
  const { updatedAt: _b, updatedBy: _v, ...before } = (change.before ?? {}) as Record<string, unknown>;
  const { updatedAt: _a, updatedBy: _u, ...after } = change.after as Record<string, unknown>;
  const changes = settingsDiff(change.before ? before : null, after);
  const keys = Object.keys(changes);
  if (keys.length === 0) return;
  await recordAudit(
    ex,
    actor,
    {
      action: "settings.changed",
      targetType: "settings",
      targetId: change.area,
      summary: `Changed the ${AREA_WORDS[change.area]}: ${keys.join(", ")}`,
      details: { area: change.area, changes },
    },
    at,
  );
}
