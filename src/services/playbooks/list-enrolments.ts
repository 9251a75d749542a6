// Enrolments on view, newest first (by contact, playbook or status): each with its next step and,
// when the baton holds it, whether it is paused and why.
import { and, asc, desc, eq, lt, type SQL } from "drizzle-orm";
import { nextLiveStep } from "../../domain/playbooks.ts";
import { contacts, enrolments, playbookSteps, playbooks } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { decodeCursor, encodeCursor } from "../pagination.ts";
import { pausesOf } from "./enrolment-pause.ts";
import type { EnrolmentFilter } from "./playbook-schemas.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isIdCursor = (v: unknown): v is { id: string } =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as { id?: unknown }).id === "string" &&
  UUID.test((v as { id: string }).id);

const nameOf = (c: { email: string; firstName: string | null; lastName: string | null }) =>
  [c.firstName, c.lastName].filter(Boolean).join(" ") || c.email;

/** Newest first, keyset on the (time-ordered) id. */
export async function listEnrolments(deps: Deps, actor: Actor, filter: EnrolmentFilter & { id?: string }) {
  authorize(actor, STAFF, "read enrolments");
  const ws = actor.workspaceId;
  const after = decodeCursor(filter.cursor, isIdCursor);
  const conditions: (SQL | undefined)[] = [
    eq(enrolments.workspaceId, ws),
    filter.contactId ? eq(enrolments.contactId, filter.contactId) : undefined,
    filter.playbookId ? eq(enrolments.playbookId, filter.playbookId) : undefined,
    filter.status ? eq(enrolments.status, filter.status) : undefined,
    filter.id ? eq(enrolments.id, filter.id) : undefined,
    after ? lt(enrolments.id, after.id) : undefined,
  ];
  const rows = await deps.db
    .select({
      e: enrolments,
      playbookName: playbooks.name,
      playbookTier: playbooks.tier,
      email: contacts.email,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      stage: contacts.stage,
    })
    .from(enrolments)
    .innerJoin(
      playbooks,
      and(eq(playbooks.workspaceId, enrolments.workspaceId), eq(playbooks.id, enrolments.playbookId)),
    )
    .innerJoin(
      contacts,
      and(eq(contacts.workspaceId, enrolments.workspaceId), eq(contacts.id, enrolments.contactId)),
    )
    .where(and(...conditions))
    .orderBy(desc(enrolments.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const steps = await stepsOf(deps, ws, [...new Set(page.map((r) => r.e.playbookId))]);
  const nextOf = (r: (typeof page)[number]) =>
    r.e.status === "active" ? nextLiveStep(steps.get(r.e.playbookId) ?? [], r.e.nextPosition) : null;
  const pauses = await pausesOf(
    deps.db,
    ws,
    page.map((r) => ({ id: r.e.id, contactId: r.e.contactId, stage: r.stage, next: nextOf(r) ?? null })),
  );
  return {
    data: page.map((r) => {
      const next = nextOf(r);
      return {
        id: r.e.id,
        playbookId: r.e.playbookId,
        playbookName: r.playbookName,
        playbookTier: r.playbookTier,
        contactId: r.e.contactId,
        contactName: nameOf(r),
        contactEmail: r.email,
        contactStage: r.stage,
        status: r.e.status,
        nextStep: next
          ? {
              id: next.id,
              position: next.position,
              side: next.side,
              channel: next.channel,
              taskTitle: next.taskTitle,
            }
          : null,
        nextRunAt: r.e.nextRunAt?.toISOString() ?? null,
        enrolledAt: r.e.enrolledAt.toISOString(),
        enrolledBy: r.e.enrolledBy,
        endedAt: r.e.endedAt?.toISOString() ?? null,
        exitReason: r.e.exitReason,
        paused: pauses.get(r.e.id) ?? null,
      };
    }),
    nextCursor: rows.length > filter.limit ? encodeCursor({ id: page.at(-1)!.e.id }) : null,
  };
}
export type EnrolmentView = Awaited<ReturnType<typeof listEnrolments>>["data"][number];

async function stepsOf(deps: Deps, ws: string, playbookIds: string[]) {
  const map = new Map<string, (typeof playbookSteps.$inferSelect)[]>();
  for (const id of playbookIds) {
    map.set(
      id,
      await deps.db
        .select()
        .from(playbookSteps)
        .where(
          and(
            eq(playbookSteps.workspaceId, ws),
            eq(playbookSteps.playbookId, id),
            eq(playbookSteps.retired, false),
          ),
        )
        .orderBy(asc(playbookSteps.position)),
    );
  }
  return map;
}
