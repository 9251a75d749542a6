// Sends one outbox message. Three steps, so that no lock is held during the SMTP conversation and
// a crash can at worst repeat the one message in flight (with the same Message-ID):
//   1. claim, in a transaction: lock the row (SKIP LOCKED — another worker has it), check the
//      guards again (suppression, consent, stage; the world may have changed since queueing),
//      mark it `sending` with the attempt and the claim time, commit;
//   2. the SMTP transaction, one recipient, the row's fixed Message-ID;
//   3. mark, in a transaction: sent (+ an `email_sent` touchpoint), bounced (failed + a hard-bounce
//      suppression + an `email_bounce` touchpoint), refused (failed), or back to queued with the
//      error and a RetryableSendError for the job queue to retry later.
// A row left `sending` by a crash is claimable again once its claim is five minutes old.
import { and, eq, lt, or, sql } from "drizzle-orm";
import { sendBlocker } from "../../domain/email-guards.ts";
import type { Tx } from "../../store/db.ts";
import { sendStateOf } from "../../store/queries/email.ts";
import { outbox, suppressions } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import type { Deps } from "../context.ts";
import { recordTouchpointsIn } from "../touchpoints/record-touchpoints.ts";
import { loadSendSettings, type SendSettings } from "./email-settings.ts";
import { parseFrom, unsubscribeHeaders } from "./message-headers.ts";
import { unsubscribeUrl } from "./public-links.ts";
import type { OutboxStatus } from "./queue-email.ts";
import { classifySmtpError, type SmtpFailure, transportFor } from "./smtp-transport.ts";
import { signingKeyOf } from "./tokens.ts";

/** How long a `sending` claim protects a row; after that its worker is presumed dead. */
export const STALE_CLAIM_MS = 5 * 60_000;

/** The SMTP server could not take the message now; the row is queued again. Retry with backoff. */
export class RetryableSendError extends Error {
  readonly outboxId: string;
  readonly retryable = true;
  constructor(outboxId: string, message: string) {
    super(message);
    this.name = "RetryableSendError";
    this.outboxId = outboxId;
  }
}

export interface SendResult {
  outboxId: string;
  /** The row's status afterwards. `sending` or `queued` without an attempt: another worker has it. */
  status: OutboxStatus;
  reason: string | null;
  /** Whether this call claimed the row (and so decided its fate). */
  attempted: boolean;
  local: boolean;
}

type OutboxRow = typeof outbox.$inferSelect;

export async function sendOutboxMessage(
  deps: Deps,
  input: { workspaceId: string; outboxId: string },
): Promise<SendResult> {
  const ws = input.workspaceId;
  const where = and(eq(outbox.workspaceId, ws), eq(outbox.id, input.outboxId));
  const claim = await inTransaction(deps.db, async (tx) => {
    // The claim need not survive a PostgreSQL crash: lost, the row is simply queued again and
    // its message — then in flight at most — goes again, the duplicate the design already
    // allows. Not waiting for the WAL flush here saves one of the two flushes per message; the
    // mark below (after which a resend would be a real duplicate) waits for its flush, which
    // also makes this claim durable.
    await tx.execute(sql`set local synchronous_commit = off`);
    const now = deps.now();
    const [row] = await tx
      .select()
      .from(outbox)
      .where(
        and(
          where,
          or(
            eq(outbox.status, "queued"),
            and(eq(outbox.status, "sending"), lt(outbox.claimedAt, new Date(now.getTime() - STALE_CLAIM_MS))),
          ),
        ),
      )
      .for("update", { skipLocked: true });
    if (!row) {
      const [current] = await tx
        .select({ status: outbox.status, reason: outbox.reason, local: outbox.local })
        .from(outbox)
        .where(where);
      return { kind: "not_claimed" as const, current };
    }
    const state = await sendStateOf(tx, ws, row.contactId, row.toAddress);
    const blocker = state
      ? sendBlocker(row.kind, {
          stage: state.stage,
          marketingConsent: state.marketing_consent,
          suppression: state.suppression,
        })
      : "suppressed";
    if (blocker) {
      await tx.update(outbox).set({ status: "skipped", reason: blocker }).where(where);
      return { kind: "skipped" as const, reason: blocker };
    }
    const [claimed] = await tx
      .update(outbox)
      .set({ status: "sending", attempts: sql`${outbox.attempts} + 1`, claimedAt: now })
      .where(where)
      .returning();
    const settings = await loadSendSettings(tx, ws);
    const key = (await signingKeyOf(tx, ws))!;
    return { kind: "claimed" as const, row: claimed!, settings, key };
  });

  const answer = (status: OutboxStatus, reason: string | null, attempted: boolean, local = false) => ({
    outboxId: input.outboxId,
    status,
    reason,
    attempted,
    local,
  });
  if (claim.kind === "not_claimed") {
    if (!claim.current) return answer("skipped", "not_found", false);
    return answer(claim.current.status, claim.current.reason, false, claim.current.local);
  }
  if (claim.kind === "skipped") return answer("skipped", claim.reason, true);

  const { row, settings, key } = claim;
  if (!settings.smtp) {
    await markSent(deps, row, true);
    return answer("sent", null, true, true);
  }
  let failure: SmtpFailure | null = null;
  try {
    await deliver(settings, row, unsubscribeUrl(deps.publicUrl, key, ids(row)));
  } catch (err) {
    failure = classifySmtpError(err);
  }
  if (!failure) {
    await markSent(deps, row, false);
    return answer("sent", null, true);
  }
  if (failure.kind === "retry") {
    const reason = `will retry: ${failure.detail}`;
    await inTransaction(deps.db, (tx) =>
      tx
        .update(outbox)
        .set({ status: "queued", reason, claimedAt: null })
        .where(and(where, eq(outbox.status, "sending"))),
    );
    throw new RetryableSendError(row.id, `Message ${row.id} not sent (${failure.detail}); queued again.`);
  }
  const reason = failure.kind === "bounce" ? `bounced: ${failure.detail}` : `refused: ${failure.detail}`;
  await inTransaction(deps.db, async (tx) => {
    await tx.update(outbox).set({ status: "failed", reason }).where(where);
    if (failure.kind === "bounce") await recordBounce(tx, row, failure.detail, deps.now());
  });
  return answer("failed", reason, true);
}

const ids = (row: OutboxRow) => ({
  workspaceId: row.workspaceId,
  contactId: row.contactId,
  outboxId: row.id,
});

async function deliver(settings: SendSettings, row: OutboxRow, unsubscribe: string): Promise<void> {
  const from = parseFrom(row.fromAddress);
  await transportFor(settings.smtp!).sendMail({
    from,
    to: row.toAddress,
    subject: row.subject,
    text: row.textBody,
    html: row.htmlBody,
    messageId: row.messageId,
    headers: row.kind !== "transactional" ? unsubscribeHeaders(unsubscribe) : {},
    // Exactly one recipient per SMTP transaction: one refusal never holds up another message.
    envelope: { from: from.address, to: [row.toAddress] },
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}

async function markSent(deps: Deps, row: OutboxRow, local: boolean): Promise<void> {
  await inTransaction(deps.db, async (tx) => {
    const now = deps.now();
    await tx
      .update(outbox)
      .set({ status: "sent", sentAt: now, local, reason: null })
      .where(and(eq(outbox.workspaceId, row.workspaceId), eq(outbox.id, row.id)));
    await recordTouchpointsIn(
      tx,
      row.workspaceId,
      [
        {
          contactId: row.contactId,
          kind: "email_sent",
          occurredAt: now,
          properties: { outboxId: row.id, subject: row.subject, ...(local ? { local: true } : {}) },
          externalId: `email:${row.id}`,
        },
      ],
      now,
    );
  });
}

async function recordBounce(tx: Tx, row: OutboxRow, detail: string, now: Date): Promise<void> {
  const email = row.toAddress.toLowerCase();
  await tx
    .insert(suppressions)
    .values({ workspaceId: row.workspaceId, email, reason: "hard_bounce", detail, createdAt: now })
    .onConflictDoUpdate({
      target: [suppressions.workspaceId, suppressions.email],
      set: { reason: "hard_bounce", detail },
      setWhere: sql`${suppressions.reason} <> 'hard_bounce'`,
    });
  await recordTouchpointsIn(
    tx,
    row.workspaceId,
    [
      {
        contactId: row.contactId,
        kind: "email_bounce",
        occurredAt: now,
        properties: { outboxId: row.id, detail },
        externalId: `bounce:${row.id}`,
      },
    ],
    now,
  );
}
