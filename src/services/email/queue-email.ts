// Queues an email: renders the template for each contact, decides at once whether it may go
// (suppression, consent, the baton guard) and writes one outbox row per contact — queued or
// skipped with the reason. Rows of a sequence step are unique per (enrolment, step, contact) and
// rows of a newsletter per (broadcast, contact): a retry finds the row it wrote and adds nothing.
// The Message-ID is fixed here, so every SMTP attempt of the row reuses it.
import { and, eq, inArray } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { type SkipReason, sendBlocker } from "../../domain/email-guards.ts";
import { AppError } from "../../domain/errors.ts";
import { bodyToSend, mergeValues, renderHtml, renderSubject, renderText } from "../../domain/merge.ts";
import type { Tx } from "../../store/db.ts";
import { type RecipientRow, recipientRows } from "../../store/queries/email.ts";
import { emailTemplates, outbox, outboxLinks } from "../../store/schema/index.ts";
import { loadSendSettings } from "./email-settings.ts";
import { formatFrom } from "./message-headers.ts";
import { clickUrl, openPixelUrl, unsubscribeUrl } from "./public-links.ts";
import { signingKeyOf } from "./tokens.ts";

export type OutboxStatus = (typeof outbox.$inferSelect)["status"];

export interface QueueEmailInput {
  workspaceId: string;
  contactId: string;
  templateId: string;
  /** A sequence step's message: both or neither. */
  enrolmentId?: string;
  stepId?: string;
  /** The step's side (see QueueEmailsInput.side). */
  side?: "marketing" | "sales";
  /** Where recipients reach Baton (Deps.publicUrl). */
  publicUrl: string;
}

export interface QueueEmailResult {
  outboxId: string;
  /** queued or skipped for a new row; an existing row (a retry) answers with its current status. */
  status: OutboxStatus;
  reason?: string;
  /** False when the row already existed. */
  created: boolean;
}

/** One contact, one template: the use case a sequence step calls inside its own transaction. */
export async function queueEmail(tx: Tx, input: QueueEmailInput, now: Date): Promise<QueueEmailResult> {
  if ((input.enrolmentId === undefined) !== (input.stepId === undefined)) {
    throw new AppError("validation_failed", "A sequence email names both its enrolment and its step.");
  }
  const results = await queueEmails(
    tx,
    {
      workspaceId: input.workspaceId,
      templateId: input.templateId,
      contactIds: [input.contactId],
      enrolmentId: input.enrolmentId,
      stepId: input.stepId,
      side: input.side,
      publicUrl: input.publicUrl,
    },
    now,
  );
  const result = results.get(input.contactId);
  if (!result) throw new AppError("unknown_reference", `Contact ${input.contactId} was not found.`);
  return result;
}

export interface QueueEmailsInput {
  workspaceId: string;
  templateId: string;
  contactIds: string[];
  enrolmentId?: string;
  stepId?: string;
  broadcastId?: string;
  /** The step's side: a sales step's marketing template is one-to-one sales mail. */
  side?: "marketing" | "sales";
  /** Where recipients reach Baton (Deps.publicUrl): the links in the message start with it. */
  publicUrl: string;
}

/** Many contacts, one template, a handful of statements; contacts that no longer exist are left out. */
export async function queueEmails(
  tx: Tx,
  input: QueueEmailsInput,
  now: Date,
): Promise<Map<string, QueueEmailResult>> {
  const ws = input.workspaceId;
  const [template] = await tx
    .select()
    .from(emailTemplates)
    .where(and(eq(emailTemplates.workspaceId, ws), eq(emailTemplates.id, input.templateId)));
  if (!template) throw new AppError("unknown_reference", `Email template ${input.templateId} was not found.`);
  const settings = await loadSendSettings(tx, ws);
  const key = await signingKeyOf(tx, ws);
  if (!key) throw new AppError("unknown_reference", `Workspace ${ws} was not found.`);
  const base = input.publicUrl;
  const from = formatFrom(settings.fromName, settings.fromAddress);
  const domain = settings.fromAddress.slice(settings.fromAddress.lastIndexOf("@") + 1);
  const body = bodyToSend(template.kind, template.body);
  const kind = template.kind === "marketing" && input.side === "sales" ? "sales" : template.kind;

  const recipients = await recipientRows(tx, ws, [...new Set(input.contactIds)]);
  const rows: (typeof outbox.$inferInsert)[] = [];
  const links: (typeof outboxLinks.$inferInsert)[] = [];
  for (const r of recipients) {
    const { row, rowLinks } = render(r);
    rows.push(row);
    links.push(...rowLinks);
  }

  function render(r: RecipientRow) {
    const id = uuidv7();
    const ids = { workspaceId: ws, contactId: r.id, outboxId: id };
    const values = mergeValues({
      firstName: r.first_name,
      lastName: r.last_name,
      email: r.email,
      company: r.company_name,
      title: r.title,
      unsubscribeUrl: unsubscribeUrl(base, key!, ids),
    });
    const subject = renderSubject(template!.subject, values);
    const html = renderHtml(body, values, {
      linkHref: (_url, position) => clickUrl(base, key!, ids, position),
      pixelUrl: openPixelUrl(base, key!, ids),
    });
    let reason: SkipReason | null = sendBlocker(kind, {
      stage: r.stage,
      marketingConsent: r.marketing_consent,
      suppression: r.suppression,
    });
    if (!reason && !subject.ok) reason = "unsafe_header";
    const row: typeof outbox.$inferInsert = {
      workspaceId: ws,
      id,
      contactId: r.id,
      enrolmentId: input.enrolmentId ?? null,
      stepId: input.stepId ?? null,
      broadcastId: input.broadcastId ?? null,
      templateId: template!.id,
      kind,
      fromAddress: from,
      toAddress: r.email,
      subject: subject.ok ? subject.value : template!.subject,
      textBody: renderText(body, values),
      htmlBody: html.html,
      messageId: `<${id}@${domain}>`,
      status: reason ? "skipped" : "queued",
      reason,
      createdAt: now,
    };
    const rowLinks = html.links.map((url, position) => ({ workspaceId: ws, outboxId: id, position, url }));
    return { row, rowLinks };
  }

  const results = new Map<string, QueueEmailResult>();
  if (rows.length === 0) return results;
  const inserted: { id: string; contactId: string; status: OutboxStatus; reason: string | null }[] = [];
  // Under PostgreSQL's 65 535 parameters per statement.
  for (let i = 0; i < rows.length; i += 1000) {
    inserted.push(
      ...(await tx
        .insert(outbox)
        .values(rows.slice(i, i + 1000))
        .onConflictDoNothing()
        .returning({
          id: outbox.id,
          contactId: outbox.contactId,
          status: outbox.status,
          reason: outbox.reason,
        })),
    );
  }
  const insertedIds = new Set(inserted.map((r) => r.id));
  const newLinks = links.filter((l) => insertedIds.has(l.outboxId));
  for (let i = 0; i < newLinks.length; i += 5000) {
    await tx.insert(outboxLinks).values(newLinks.slice(i, i + 5000));
  }
  for (const r of inserted) results.set(r.contactId, { outboxId: r.id, ...statusOf(r), created: true });

  // The rest already had their row (a retried step or newsletter): answer with it.
  const missing = rows.filter((r) => !insertedIds.has(r.id!)).map((r) => r.contactId);
  if (missing.length > 0 && (input.broadcastId || input.enrolmentId)) {
    const existing = await tx
      .select({ id: outbox.id, contactId: outbox.contactId, status: outbox.status, reason: outbox.reason })
      .from(outbox)
      .where(
        and(
          eq(outbox.workspaceId, ws),
          inArray(outbox.contactId, missing),
          input.broadcastId
            ? eq(outbox.broadcastId, input.broadcastId)
            : and(eq(outbox.enrolmentId, input.enrolmentId!), eq(outbox.stepId, input.stepId!)),
        ),
      );
    for (const r of existing) results.set(r.contactId, { outboxId: r.id, ...statusOf(r), created: false });
  }
  return results;
}

const statusOf = (r: { status: OutboxStatus; reason: string | null }) =>
  r.reason === null ? { status: r.status } : { status: r.status, reason: r.reason };
