// The SMTP side of sending: one pooled nodemailer transport per SMTP configuration (connections
// are reused, but every message is its own MAIL FROM / RCPT TO / DATA transaction with exactly
// one recipient), with timeouts on connecting, the greeting and the socket, and the sorting of
// SMTP failures into bounces, refusals and things worth retrying.
import nodemailer, { type Transporter } from "nodemailer";
import type { SendSettings } from "./email-settings.ts";

type Smtp = NonNullable<SendSettings["smtp"]>;

export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

const transports = new Map<string, Transporter>();

export function transportFor(smtp: Smtp): Transporter {
  const key = JSON.stringify(smtp);
  let transport = transports.get(key);
  if (!transport) {
    transport = nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.security === "tls",
      requireTLS: smtp.security === "starttls",
      ignoreTLS: smtp.security === "none",
      auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? "" } : undefined,
      pool: true,
      maxConnections: 4,
      maxMessages: 1000,
      // Idle connections close soon: a worker between batches holds no sockets.
      idleTimeout: 5_000,
      ...SMTP_TIMEOUTS,
      dnsTimeout: 10_000,
      disableFileAccess: true,
      disableUrlAccess: true,
    });
    transports.set(key, transport);
  }
  return transport;
}

/** Closes every pooled connection (tests, benchmarks, shutdown). */
export function closeMailers(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}

export type SmtpFailure =
  /** The server refused the recipient permanently (5xx at RCPT TO): a hard bounce. */
  | { kind: "bounce"; detail: string }
  /** The server refused this message permanently (5xx after DATA). */
  | { kind: "refused"; detail: string }
  /** A 4xx, a timeout, a refused or dropped connection, an authentication problem: try later. */
  | { kind: "retry"; detail: string };

export function classifySmtpError(err: unknown): SmtpFailure {
  const e = err as {
    responseCode?: number;
    command?: string;
    code?: string;
    response?: string;
    message?: string;
  };
  const detail = (e.response || e.message || String(err)).replace(/\s+/g, " ").slice(0, 300);
  const permanent = typeof e.responseCode === "number" && e.responseCode >= 500 && e.responseCode < 600;
  if (permanent && e.command === "RCPT TO") return { kind: "bounce", detail };
  if (permanent && e.code === "EMESSAGE" && e.command === "DATA") return { kind: "refused", detail };
  const unreachable = networkProblem(e.code, e.message ?? "");
  if (unreachable) return { kind: "retry", detail: unreachable };
  return { kind: "retry", detail: e.code ? `${e.code}: ${detail}` : detail };
}

/**
 * The server could not be reached or let go of the connection, in the words the outbox shows
 * ("connect ECONNREFUSED 10.0.0.5:587" tells a user nothing); null for an SMTP answer. nodemailer
 * puts its own code (ESOCKET, ECONNECTION, ETIMEDOUT, EDNS) on the error and keeps the system's
 * in the message.
 */
function networkProblem(code: string | undefined, message: string): string | null {
  const at = / (\S+:\d+)\s*$/.exec(message)?.[1];
  const by = at ? ` by ${at}` : "";
  if (/ECONNREFUSED/.test(message)) return `the SMTP server could not be reached: connection refused${by}`;
  if (code === "EDNS" || /ENOTFOUND|EAI_AGAIN/.test(message))
    return "the SMTP server could not be reached: its host name was not found";
  if (/EHOSTUNREACH|ENETUNREACH/.test(message))
    return `the SMTP server could not be reached: no route to it${at ? ` (${at})` : ""}`;
  if (code === "ETIMEDOUT") return "the SMTP server did not answer in time";
  if (code === "ECONNECTION" || /ECONNRESET|EPIPE|closed unexpectedly/i.test(message))
    return "the SMTP server closed the connection unexpectedly";
  return null;
}
