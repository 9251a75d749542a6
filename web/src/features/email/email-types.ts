// Shapes of the email API as the web app uses them.

export type OutboxStatus = "queued" | "sending" | "sent" | "failed" | "skipped";
export type EmailKind = "marketing" | "transactional";

export interface OutboxMessage {
  id: string;
  contactId: string;
  contactName: string | null;
  enrolmentId: string | null;
  stepId: string | null;
  broadcastId: string | null;
  templateId: string | null;
  /** A message's kind: a template's, or "sales" for a one-to-one sequence's mail. */
  kind: EmailKind | "sales";
  from: string;
  to: string;
  subject: string;
  messageId: string;
  status: OutboxStatus;
  reason: string | null;
  attempts: number;
  local: boolean;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxMessageDetail extends OutboxMessage {
  textBody: string;
  /** Tracking removed; shown only inside a sandboxed frame. */
  htmlBody: string;
  links: string[];
}

export interface EmailTemplate {
  id: string;
  name: string;
  kind: EmailKind;
  subject: string;
  body: string;
  fields: string[];
  createdAt: string;
  updatedAt: string;
}

export interface TemplateInput {
  name: string;
  kind: EmailKind;
  subject: string;
  body: string;
}

export interface SendWindow {
  timeZone: string;
  days: number[];
  start: string;
  end: string;
}

export interface EmailSettings {
  smtp: {
    host: string;
    port: number;
    security: "tls" | "starttls" | "none";
    user: string | null;
    passwordSet: boolean;
  } | null;
  fromName: string;
  fromAddress: string;
  sendWindow: SendWindow;
  ratePerMinute: number;
  updatedAt: string | null;
}

export interface EmailSettingsInput {
  smtp: {
    host: string;
    port: number;
    security: "tls" | "starttls" | "none";
    user: string | null;
    /** Omitted: keep the stored password; null: remove it. */
    password?: string | null;
  } | null;
  fromName: string;
  fromAddress: string;
  sendWindow: SendWindow;
  ratePerMinute: number;
}

export interface Suppression {
  email: string;
  reason: "hard_bounce" | "unsubscribe" | "complaint" | "manual";
  detail: string | null;
  createdAt: string;
}

export interface Newsletter {
  id: string;
  templateId: string;
  templateName: string | null;
  filter: { temperature?: string; stage?: string };
  createdAt: string;
  completedAt: string | null;
  counts: { queued: number; skipped: Record<string, number> } | null;
}
