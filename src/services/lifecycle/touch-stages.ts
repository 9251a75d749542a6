// The set-based form of the stage service, for paths that create or move many contacts at once
// (a touchpoint batch, the demo, imports): the same lifecycle table, checked row by row, written
// in a couple of statements whatever the batch size.
import { uuidv7 } from "uuidv7";
import { planTransition, type StageCause } from "../../domain/lifecycle.ts";
import type { Stage } from "../../domain/stages.ts";
import { stageMoveEvents } from "../../domain/webhooks.ts";
import type { Executor } from "../../store/db.ts";
import {
  keepCreationFirst,
  moveLeadTransitionsEarlier,
  writeStageHistory,
} from "../../store/queries/stage-history.ts";
import { enqueueWebhookEvents } from "../webhooks/enqueue.ts";

/** A contact just inserted (as a prospect, the column's default) and the stage it starts in. */
export interface CreatedContact {
  contactId: string;
  stage: Stage;
  at: Date;
  cause: Extract<StageCause, "user" | "touchpoint">;
  causeId?: string | null;
  userId: string | null;
  reason: string;
}

/** A contact whose new touchpoints hold an inbound response, and the earliest such response. */
export interface InboundResponse {
  contactId: string;
  /** The contact's stage when the batch locked it. */
  stage: Stage;
  touchpointId: string;
  at: Date;
}

/**
 * Records contacts' creation: a history row from nothing to their first stage, and the stage
 * itself when it is not the default. Nothing else is set in motion — a contact created in a
 * later stage (an import of customers) arrives there, it does not travel there.
 */
export async function recordCreations(
  ex: Executor,
  workspaceId: string,
  created: readonly CreatedContact[],
  now: Date,
): Promise<void> {
  await writeStageHistory(
    ex,
    workspaceId,
    created.map((c) => ({
      id: uuidv7(),
      contact_id: c.contactId,
      from_stage: null,
      to_stage: c.stage,
      changed_at: c.at.toISOString(),
      reason: c.reason,
      cause: c.cause,
      cause_id: c.causeId ?? null,
      user_id: c.userId,
    })),
    now,
  );
  await enqueueWebhookEvents(
    ex,
    workspaceId,
    created.map((c) => ({
      type: "contact.created" as const,
      occurredAt: c.at,
      data: { contactId: c.contactId, cause: c.cause, causeId: c.causeId ?? null, userId: c.userId },
    })),
    now,
  );
}

/**
 * The automatic rule, for a batch: a prospect becomes a lead at its earliest inbound response; a
 * contact that is already past it and receives an older response (a backfill) has its lead
 * transition moved back to that instant instead — never a second one; and a creation row later
 * than the lead time moves back to it. Returns the contacts that became leads now.
 */
export async function applyInboundResponses(
  ex: Executor,
  workspaceId: string,
  responses: readonly InboundResponse[],
  now: Date,
): Promise<Set<string>> {
  const becameLeads = responses.filter((r) => planTransition(r.stage, "lead", "touchpoint").ok);
  await writeStageHistory(
    ex,
    workspaceId,
    becameLeads.map((r) => ({
      id: uuidv7(),
      contact_id: r.contactId,
      from_stage: r.stage,
      to_stage: "lead",
      changed_at: r.at.toISOString(),
      reason: "first inbound response",
      cause: "touchpoint",
      cause_id: r.touchpointId,
      user_id: null,
    })),
    now,
  );
  await enqueueWebhookEvents(
    ex,
    workspaceId,
    becameLeads.flatMap((r) =>
      stageMoveEvents({
        contactId: r.contactId,
        from: r.stage,
        to: "lead",
        cause: "touchpoint",
        causeId: r.touchpointId,
        reason: "first inbound response",
        userId: null,
        at: r.at,
      }),
    ),
    now,
  );
  const earlier = responses.filter((r) => r.stage !== "prospect");
  await moveLeadTransitionsEarlier(
    ex,
    workspaceId,
    earlier.map((r) => ({ contact_id: r.contactId, at: r.at.toISOString(), touchpoint_id: r.touchpointId })),
  );
  await keepCreationFirst(
    ex,
    workspaceId,
    responses.map((r) => r.contactId),
  );
  return new Set(becameLeads.map((r) => r.contactId));
}
