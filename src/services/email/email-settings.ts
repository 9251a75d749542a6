// How a workspace sends: its SMTP server (none → the local outbox), sender, sending window and
// rate limit. Admins only. The SMTP password is write-only: answers say whether one is set.
import { eq } from "drizzle-orm";
import type { BusinessHours } from "../../domain/handoff.ts";
import type { Executor } from "../../store/db.ts";
import { emailSettings } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordSettingsChange } from "../audit/record-audit.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import type { EmailSettingsInput } from "./email-schemas.ts";

export const DEFAULT_EMAIL_SETTINGS = {
  fromName: "Baton",
  fromAddress: "no-reply@localhost",
  sendWindow: { timeZone: "UTC", days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" } as BusinessHours,
  ratePerMinute: 60,
};

/** Everything the sender needs, password included; never returned by the API. */
export interface SendSettings {
  smtp: {
    host: string;
    port: number;
    security: "tls" | "starttls" | "none";
    user: string | null;
    password: string | null;
  } | null;
  fromName: string;
  fromAddress: string;
  sendWindow: BusinessHours;
  ratePerMinute: number;
  updatedAt: Date | null;
}

export async function loadSendSettings(
  ex: Executor,
  workspaceId: string,
  lock?: "share" | "update",
): Promise<SendSettings> {
  const query = ex.select().from(emailSettings).where(eq(emailSettings.workspaceId, workspaceId));
  const [row] = await (lock === "update"
    ? query.for("update")
    : lock === "share"
      ? query.for("share")
      : query);
  if (!row) return { smtp: null, ...DEFAULT_EMAIL_SETTINGS, updatedAt: null };
  return {
    smtp:
      row.smtpHost && row.smtpPort && row.smtpSecurity
        ? {
            host: row.smtpHost,
            port: row.smtpPort,
            security: row.smtpSecurity,
            user: row.smtpUser,
            password: row.smtpPassword,
          }
        : null,
    fromName: row.fromName,
    fromAddress: row.fromAddress,
    sendWindow: row.sendWindow,
    ratePerMinute: row.ratePerMinute,
    updatedAt: row.updatedAt,
  };
}

function present(s: SendSettings) {
  return {
    smtp: s.smtp
      ? {
          host: s.smtp.host,
          port: s.smtp.port,
          security: s.smtp.security,
          user: s.smtp.user,
          passwordSet: s.smtp.password !== null && s.smtp.password !== "",
        }
      : null,
    fromName: s.fromName,
    fromAddress: s.fromAddress,
    sendWindow: s.sendWindow,
    ratePerMinute: s.ratePerMinute,
    /** Null while the workspace runs on the defaults. */
    updatedAt: s.updatedAt?.toISOString() ?? null,
  };
}
export type EmailSettingsView = ReturnType<typeof present>;

const EMAIL_ADMINS = ["admin"] as const;

export async function getEmailSettings(deps: Deps, actor: Actor): Promise<EmailSettingsView> {
  authorize(actor, EMAIL_ADMINS, "read the email settings");
  return present(await loadSendSettings(deps.db, actor.workspaceId));
}

export async function setEmailSettings(
  deps: Deps,
  actor: Actor,
  input: EmailSettingsInput,
): Promise<EmailSettingsView> {
  authorize(actor, EMAIL_ADMINS, "change the email settings");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const current = await loadSendSettings(tx, actor.workspaceId, "update");
    const smtp = input.smtp;
    // An omitted password keeps the stored one; null removes it.
    const password = smtp
      ? smtp.password === undefined
        ? (current.smtp?.password ?? null)
        : smtp.password || null
      : null;
    const values = {
      smtpHost: smtp?.host ?? null,
      smtpPort: smtp?.port ?? null,
      smtpSecurity: smtp?.security ?? null,
      smtpUser: smtp?.user || null,
      smtpPassword: password,
      fromName: input.fromName,
      fromAddress: input.fromAddress,
      sendWindow: input.sendWindow,
      ratePerMinute: input.ratePerMinute,
      updatedAt: now,
    };
    await tx
      .insert(emailSettings)
      .values({ workspaceId: actor.workspaceId, ...values })
      .onConflictDoUpdate({ target: emailSettings.workspaceId, set: values });
    const after = present(await loadSendSettings(tx, actor.workspaceId));
    // present() shows the SMTP password only as passwordSet: its value is never logged.
    const replaced = password !== null && password !== (current.smtp?.password ?? null);
    await recordSettingsChange(
      tx,
      actor,
      {
        area: "email",
        before: { ...present(current), smtpPasswordReplaced: false },
        after: { ...after, smtpPasswordReplaced: replaced },
      },
      now,
    );
    return after;
  });
}
