// Send throughput to a loopback SMTP server (its own process): N queued messages through
// sendDueEmails — per message a claim transaction, the SMTP transaction, a mark transaction with
// the email_sent touchpoint — against a same-run baseline of raw nodemailer sends of the same
// messages over the same pooled transport, without Baton's transactions.
import { type ChildProcess, fork } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { loadSendSettings, setEmailSettings } from "../src/services/email/email-settings.ts";
import { parseFrom, unsubscribeHeaders } from "../src/services/email/message-headers.ts";
import { queueEmails } from "../src/services/email/queue-email.ts";
import { sendDueEmails } from "../src/services/email/send-due-emails.ts";
import { closeMailers, transportFor } from "../src/services/email/smtp-transport.ts";
import { createTemplate } from "../src/services/email/templates.ts";
import { inTransaction } from "../src/store/transaction.ts";
import { type BenchEnv, fmt, timed } from "./support.ts";

const N = 2_000;
const CONCURRENCY = [1, 4];

interface Sink {
  port: number;
  count(): Promise<number>;
  close(): Promise<void>;
}

async function startSink(): Promise<Sink> {
  const child: ChildProcess = fork(path.join(import.meta.dirname, "smtp-sink.ts"), [], { stdio: "inherit" });
  const next = <T>() => new Promise<T>((resolve) => child.once("message", (m) => resolve(m as T)));
  const { port } = await next<{ port: number }>();
  return {
    port,
    async count() {
      const reply = next<{ count: number }>();
      child.send("count");
      return (await reply).count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.send("close");
      }),
  };
}

export async function benchEmail(env: BenchEnv) {
  const ws = env.workspaceId;
  const admin = (
    await env.database.pool.query<{ id: string }>("select id from users where workspace_id = $1", [ws])
  ).rows[0]!.id;
  const actor = { workspaceId: ws, userId: admin, role: "admin" as const };
  const sink = await startSink();
  const lines: string[] = [];
  try {
    const SETTINGS = {
      smtp: { host: "127.0.0.1", port: sink.port, security: "none" as const },
      fromName: "Bench News",
      fromAddress: "news@bench.example",
      sendWindow: { timeZone: "UTC", days: [1, 2, 3, 4, 5, 6, 7], start: "00:00", end: "23:59" },
      ratePerMinute: 100_000,
    };
    await setEmailSettings(env.deps, actor, SETTINGS);
    const template = await createTemplate(env.deps, actor, {
      name: "Bench newsletter",
      kind: "marketing",
      subject: "News for {{firstName}}",
      body: "Hi {{firstName}} {{lastName}},\n\nThis month: https://bench.example/news and https://bench.example/pricing\n\nThe team\n\n{{unsubscribeUrl}}",
    });
    // N contacts with marketing consent, written in SQL.
    await env.database.db.execute(sql`
      with c as (
        insert into contacts (workspace_id, id, email, first_name, last_name, stage, created_at, updated_at)
        select ${ws}, uuidv7(), 'c' || g || '@bench.example', 'First' || g, 'Last' || g, 'lead', now(), now()
        from generate_series(1, ${N}) g returning id)
      insert into consents (workspace_id, id, contact_id, purpose, granted, source, occurred_at)
      select ${ws}, uuidv7(), id, 'marketing', true, 'bench', now() from c`);
    const contactIds = (
      await env.database.pool.query<{ id: string }>(
        "select id from contacts where workspace_id = $1 order by id",
        [ws],
      )
    ).rows.map((r) => r.id);

    // Each run sends N fresh rows (one more message per contact), so no run re-uses another's touchpoints.
    const queueAll = () =>
      timed(async () => {
        for (let i = 0; i < contactIds.length; i += 500) {
          const enrolmentId = uuidv7();
          await inTransaction(env.deps.db, (tx) =>
            queueEmails(
              tx,
              {
                workspaceId: ws,
                templateId: template.id,
                contactIds: contactIds.slice(i, i + 500),
                enrolmentId,
                stepId: enrolmentId,
                publicUrl: env.deps.publicUrl,
              },
              env.deps.now(),
            ),
          );
        }
      });

    const settings = await loadSendSettings(env.deps.db, ws);
    const transport = transportFor(settings.smtp!);
    // Warm-up: open the pooled connections and the code paths.
    await queueAll();
    await sendDueEmails(env.deps, { workspaceId: ws, limit: N, concurrency: 4 });

    const queued = await queueAll();
    lines.push(
      `Queueing ${fmt(N)} messages (render, guards, insert with links; pages of 500, one transaction each): ${fmt(queued.ms)} ms → ${fmt((N / queued.ms) * 1000)} messages/s.`,
    );
    const rows: Record<string, unknown>[] = [];
    const results: string[] = [];
    for (const c of CONCURRENCY) {
      if (c !== CONCURRENCY[0]) await queueAll();
      // The baseline sends exactly what Baton is about to send.
      const batch = await env.database.pool.query(
        "select * from outbox where workspace_id = $1 and status = 'queued' order by created_at, id",
        [ws],
      );
      rows.splice(0, rows.length, ...batch.rows);
      const before = await sink.count();
      const baton = await timed(() => sendDueEmails(env.deps, { workspaceId: ws, limit: N, concurrency: c }));
      const arrivedBaton = (await sink.count()) - before;
      if (baton.result.sent !== N || arrivedBaton !== N)
        throw new Error(`Baton sent ${baton.result.sent}, ${arrivedBaton} arrived; expected ${N}`);
      const raw = await timed(async () => {
        let next = 0;
        const worker = async () => {
          while (next < rows.length) {
            const r = rows[next++]!;
            const from = parseFrom(r.from_address as string);
            await transport.sendMail({
              from,
              to: r.to_address as string,
              subject: r.subject as string,
              text: r.text_body as string,
              html: r.html_body as string,
              messageId: r.message_id as string,
              headers: unsubscribeHeaders("https://bench.example/u/token"),
              envelope: { from: from.address, to: [r.to_address as string] },
            });
          }
        };
        await Promise.all(Array.from({ length: c }, worker));
      });
      const arrivedRaw = (await sink.count()) - before - arrivedBaton;
      if (arrivedRaw !== N) throw new Error(`baseline: ${arrivedRaw} arrived; expected ${N}`);
      const batonRate = (N / baton.ms) * 1000;
      const rawRate = (N / raw.ms) * 1000;
      results.push(
        `${c} worker${c > 1 ? "s" : ""}: Baton ${fmt(baton.ms / 1000, 2)} s → **${fmt(batonRate)} messages/s**; baseline ${fmt(raw.ms / 1000, 2)} s → ${fmt(rawRate)} messages/s (Baton at ${fmt((batonRate / rawRate) * 100)} % of the baseline).`,
      );
    }
    lines.push(
      `Sending ${fmt(N)} queued messages to a loopback smtp-server in its own process, one recipient per SMTP transaction over pooled connections (up to 4). Baton = sendDueEmails: per message a claim transaction, the SMTP transaction, a mark transaction with the email_sent touchpoint. Baseline = raw nodemailer sendMail of the same rows over the same transport, no database.`,
      ...results,
    );
    // The database side alone: the same path with no SMTP server (local outbox).
    await queueAll();
    await setEmailSettings(env.deps, actor, { ...SETTINGS, smtp: null });
    const local = await timed(() => sendDueEmails(env.deps, { workspaceId: ws, limit: N, concurrency: 4 }));
    if (local.result.local !== N) throw new Error(`local: ${local.result.local} of ${N}`);
    lines.push(
      `The database side alone (no SMTP server: claim and mark only, 4 workers): ${fmt(local.ms / 1000, 2)} s → ${fmt((N / local.ms) * 1000)} messages/s.`,
    );
    lines.push(
      `Load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(", ")}.`,
    );
  } finally {
    closeMailers();
    await sink.close();
  }
  return { name: "Email send throughput", lines };
}
