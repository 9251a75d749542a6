// The audit log's closed vocabulary (issue 12, item 7): what may be recorded and how the actor
// reached Baton. A new kind of event is added here first, so the API, the CLI and the web app's
// filter all list the same actions.

export const AUDIT_VIAS = ["session", "api_key", "cli", "system"] as const;
export type AuditVia = (typeof AUDIT_VIAS)[number];

export const AUDIT_ACTIONS = [
  "user.created",
  "user.invited",
  "user.invitation_resent",
  "user.changed",
  "user.role_changed",
  "user.deactivated",
  "user.reactivated",
  "apikey.created",
  "apikey.revoked",
  "contact.deleted",
  "contact.erased",
  "export.downloaded",
  "settings.changed",
  "suppression.added",
  "suppression.removed",
  "webhook.created",
  "webhook.changed",
  "webhook.deleted",
  "webhook.secret_rotated",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The settings areas a `settings.changed` event names (details.area). */
export const SETTINGS_AREAS = ["scoring", "handoff", "email", "attribution", "discount_policy"] as const;
export type SettingsArea = (typeof SETTINGS_AREAS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "user.created": "User created",
  "user.invited": "User invited",
  "user.invitation_resent": "Invitation sent again",
  "user.changed": "User changed",
  "user.role_changed": "Role changed",
  "user.deactivated": "User deactivated",
  "user.reactivated": "User reactivated",
  "apikey.created": "API key created",
  "apikey.revoked": "API key revoked",
  "contact.deleted": "Contact deleted",
  "contact.erased": "Contact erased",
  "export.downloaded": "Export downloaded",
  "settings.changed": "Settings changed",
  "suppression.added": "Address suppressed",
  "suppression.removed": "Suppression removed",
  "webhook.created": "Webhook added",
  "webhook.changed": "Webhook changed",
  "webhook.deleted": "Webhook deleted",
  "webhook.secret_rotated": "Webhook secret rotated",
};

/**
 * What changed between two flat settings objects, key by key, leaving out the keys named secret
 * (their change is reported as `"changed"`, never their value). Values are kept as they are.
 */
export function settingsDiff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  secretKeys: readonly string[] = [],
): Record<string, { before: unknown; after: unknown } | "changed"> {
  const out: Record<string, { before: unknown; after: unknown } | "changed"> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const key of keys) {
    const a = before?.[key] ?? null;
    const b = after[key] ?? null;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    out[key] = secretKeys.includes(key) ? "changed" : { before: a, after: b };
  }
  return out;
}
