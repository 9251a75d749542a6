// Sends what is waiting, oldest first: queued rows and rows whose `sending` claim went stale (a
// worker died mid-send). Each row goes through sendOutboxMessage on its own, so a refusal or a
// retryable failure of one never stops the others. For tests, benchmarks and a periodic job; the
// job queue may instead call sendOutboxMessage per id.
import { sql } from "drizzle-orm";
import type { Deps } from "../context.ts";
import { RetryableSendError, STALE_CLAIM_MS, sendOutboxMessage } from "./send-outbox-message.ts";

export interface SendDueResult {
  sent: number;
  /** Of the sent: delivered to the local outbox only (no SMTP configured). */
  local: number;
  skipped: number;
  failed: number;
  /** Queued again after a temporary failure (4xx, timeout, server down). */
  retried: number;
  /** Claimed by another worker meanwhile. */
  busy: number;
}

export async function dueOutboxIds(
  deps: Deps,
  input: { workspaceId?: string; limit: number },
): Promise<{ workspaceId: string; id: string }[]> {
  const stale = new Date(deps.now().getTime() - STALE_CLAIM_MS).toISOString();
  const result = await deps.db.execute<{ workspace_id: string; id: string }>(sql`
    select workspace_id, id from outbox
    where (status = 'queued' or (status = 'sending' and claimed_at < ${stale}::timestamptz))
      ${input.workspaceId ? sql`and workspace_id = ${input.workspaceId}` : sql``}
    order by created_at, id
    limit ${input.limit}`);
  return result.rows.map((r) => ({ workspaceId: r.workspace_id, id: r.id }));
}

export async function sendDueEmails(
  deps: Deps,
  input: { workspaceId?: string; limit: number; concurrency?: number },
): Promise<SendDueResult> {
  const due = await dueOutboxIds(deps, input);
  const result: SendDueResult = { sent: 0, local: 0, skipped: 0, failed: 0, retried: 0, busy: 0 };
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const { workspaceId, id } = due[next++]!;
      try {
        const r = await sendOutboxMessage(deps, { workspaceId, outboxId: id });
        if (!r.attempted) result.busy++;
        else if (r.status === "sent") {
          result.sent++;
          if (r.local) result.local++;
        } else if (r.status === "skipped") result.skipped++;
        else if (r.status === "failed") result.failed++;
      } catch (err) {
        if (err instanceof RetryableSendError) result.retried++;
        else throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, input.concurrency ?? 1) }, worker));
  return result;
}
