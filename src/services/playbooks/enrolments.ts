// Enrolments by hand: read one's events,
// enrol a contact in a one-to-one sequence (the sales guard asks for a logged reason), exit one.
import { and, asc, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { AppError, notFound } from "../../domain/errors.ts";
import { endsAllEnrolments, nextLiveStep, salesBlocked, stepDueAt } from "../../domain/playbooks.ts";
import { pgErrorCode } from "../../store/pg-errors.ts";
import {
  contacts,
  enrolmentEvents,
  enrolments,
  guardOverrides,
  playbookSteps,
} from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { visibleContacts } from "../contacts/contact-access.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { type EnrolmentView, listEnrolments } from "./list-enrolments.ts";
import type { EnrolInput } from "./playbook-schemas.ts";
import { loadPlaybook } from "./read-playbooks.ts";

const STAGE_PHRASES: Partial<Record<string, string>> = {
  prospect: "a prospect",
  lead: "a lead",
  recycled: "recycled (handed back by sales)",
};

async function loadEnrolment(deps: Deps, ws: string, id: string) {
  const [row] = await deps.db
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.workspaceId, ws), eq(enrolments.id, id)));
  if (!row) throw notFound("Enrolment", id);
  return row;
}

/** What happened, oldest first, with each step's channel and text as it is now. */
export async function enrolmentEventList(deps: Deps, actor: Actor, enrolmentId: string) {
  authorize(actor, STAFF, "read enrolments");
  const ws = actor.workspaceId;
  await loadEnrolment(deps, ws, enrolmentId);
  const rows = await deps.db
    .select({ ev: enrolmentEvents, channel: playbookSteps.channel, taskTitle: playbookSteps.taskTitle })
    .from(enrolmentEvents)
    .leftJoin(
      playbookSteps,
      and(
        eq(playbookSteps.workspaceId, enrolmentEvents.workspaceId),
        eq(playbookSteps.id, enrolmentEvents.stepId),
      ),
    )
    .where(and(eq(enrolmentEvents.workspaceId, ws), eq(enrolmentEvents.enrolmentId, enrolmentId)))
    .orderBy(asc(enrolmentEvents.at), asc(enrolmentEvents.id));
  return rows.map((r) => ({
    id: r.ev.id,
    kind: r.ev.kind,
    stepId: r.ev.stepId,
    stepChannel: r.channel,
    stepTitle: r.taskTitle,
    detail: r.ev.detail,
    at: r.ev.at.toISOString(),
  }));
}

/**
 * Enrols a contact in a one-to-one sequence by hand. A sales sequence for a contact marketing
 * still owns (prospect, lead, recycled) is refused unless the user overrides with a reason; the
 * override is recorded and lets the sequence's sales steps run for this enrolment.
 */
export async function enrolInSequence(
  deps: Deps,
  actor: Actor,
  input: { sequenceId: string; enrol: EnrolInput },
): Promise<EnrolmentView> {
  authorize(actor, STAFF, "enrol contacts in sequences");
  const ws = actor.workspaceId;
  const { contactId, override } = input.enrol;
  const id = await conflictOnDuplicate(() =>
    inTransaction(deps.db, async (tx) => {
      const sequence = await loadPlaybook(tx, ws, input.sequenceId);
      if (sequence.tier !== null) {
        throw new AppError(
          "conflict",
          "This is a tier playbook: contacts enter it by reaching its temperature, not by hand.",
        );
      }
      if (!sequence.active) throw new AppError("conflict", "This sequence is inactive.");
      const [contact] = await tx
        .select({ stage: contacts.stage })
        .from(contacts)
        .where(and(visibleContacts(actor), eq(contacts.id, contactId)))
        .for("no key update");
      if (!contact) throw new AppError("unknown_reference", `Contact ${contactId} was not found.`);
      if (endsAllEnrolments(contact.stage)) {
        throw new AppError(
          "conflict",
          `The contact is ${contact.stage === "customer" ? "a customer" : "disqualified"}.`,
        );
      }
      const guarded = sequence.side === "sales" && salesBlocked(contact.stage);
      if (guarded && !override) {
        throw new AppError(
          "conflict",
          `The contact is ${STAGE_PHRASES[contact.stage] ?? contact.stage}: marketing has not made it ready for sales. Give a reason to override.`,
          { guard: "not_ready_for_sales", stage: contact.stage },
        );
      }
      const [active] = await tx
        .select({ id: enrolments.id })
        .from(enrolments)
        .where(
          and(
            eq(enrolments.workspaceId, ws),
            eq(enrolments.playbookId, sequence.id),
            eq(enrolments.contactId, contactId),
            eq(enrolments.status, "active"),
          ),
        );
      if (active)
        throw new AppError("conflict", "The contact is already in this sequence.", {
          enrolmentId: active.id,
        });
      const steps = await tx
        .select()
        .from(playbookSteps)
        .where(
          and(
            eq(playbookSteps.workspaceId, ws),
            eq(playbookSteps.playbookId, sequence.id),
            eq(playbookSteps.retired, false),
          ),
        );
      const first = nextLiveStep(steps, 0);
      if (!first) throw new AppError("conflict", "This sequence has no steps.");
      const now = deps.now();
      const enrolmentId = uuidv7();
      await tx.insert(enrolments).values({
        workspaceId: ws,
        id: enrolmentId,
        playbookId: sequence.id,
        contactId,
        status: "active",
        nextPosition: first.position,
        nextRunAt: new Date(stepDueAt(now.getTime(), first.delayMinutes)),
        enrolledAt: now,
        enrolledBy: actor.userId,
      });
      const event = (kind: string, detail: Record<string, unknown>) => ({
        workspaceId: ws,
        enrolmentId,
        stepId: null,
        kind,
        detail,
        at: now,
      });
      await tx.insert(enrolmentEvents).values(event("enrolled", { via: "manual", userId: actor.userId }));
      if (guarded && override) {
        await tx.insert(guardOverrides).values({
          workspaceId: ws,
          contactId,
          enrolmentId,
          userId: actor.userId,
          reason: override.reason,
          createdAt: now,
        });
        await tx.insert(enrolmentEvents).values(
          event("guard_overridden", {
            userId: actor.userId,
            reason: override.reason,
            stage: contact.stage,
          }),
        );
      }
      return enrolmentId;
    }),
  );
  return (await listEnrolments(deps, actor, { id, limit: 1 })).data[0]!;
}

/** Two enrolments racing for the same contact: the loser hears what a second try would say. */
async function conflictOnDuplicate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const code = pgErrorCode(err);
    if (code === "23505") throw new AppError("conflict", "The contact is already in this sequence.");
    throw err;
  }
}

/** Takes a contact out of a playbook by hand. */
export async function exitEnrolment(deps: Deps, actor: Actor, id: string): Promise<EnrolmentView> {
  authorize(actor, STAFF, "end enrolments");
  const ws = actor.workspaceId;
  const row = await inTransaction(deps.db, async (tx) => {
    const [e] = await tx
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.workspaceId, ws), eq(enrolments.id, id)))
      .for("update");
    if (!e) throw notFound("Enrolment", id);
    if (e.status !== "active")
      throw new AppError(
        "conflict",
        `This enrolment has already ${e.status === "completed" ? "completed" : "ended"}.`,
      );
    const now = deps.now();
    await tx
      .update(enrolments)
      .set({ status: "exited", exitReason: "removed", endedAt: now, nextRunAt: null })
      .where(and(eq(enrolments.workspaceId, ws), eq(enrolments.id, id)));
    await tx.insert(enrolmentEvents).values({
      workspaceId: ws,
      enrolmentId: id,
      stepId: null,
      kind: "exited",
      detail: { reason: "removed", userId: actor.userId },
      at: now,
    });
    return e;
  });
  return (await listEnrolments(deps, actor, { id: row.id, limit: 1 })).data[0]!;
}
