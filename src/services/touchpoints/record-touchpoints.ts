// Records a batch of touchpoints and updates each touched contact's temperature and stage in the
// same transaction. Per-item problems (unknown contact or program, a date in the future) reject
// that item only; everything else in the batch is written. A repeated externalId is a duplicate:
// reported with the first touchpoint's id and never counted twice.
import { uuidv7 } from "uuidv7";
import {
  applyNewTouches,
  type ContactActivityChange,
  firstInbound,
  type NewTouch,
} from "../../domain/contact-activity.ts";
import {
  type EngagementState,
  engagementIfExact,
  engagementOfTouches,
  temperatureFromStored,
  temperatureOf,
  weightOf,
} from "../../domain/temperature.ts";
import { defaultSideOf } from "../../domain/touchpoint-kinds.ts";
import type { Tx } from "../../store/db.ts";
import { noteArrivals, settleBackfilledNotes } from "../../store/queries/arrivals.ts";
import {
  type ContactScoreUpdate,
  ensureContactsByEmail,
  existingIds,
  insertTouchpoints,
  type LockedContact,
  lockContacts,
  type TouchpointRow,
  touchpointsByExternalId,
  writeContactScores,
} from "../../store/queries/ingest.ts";
import { invalidateReachRollup } from "../../store/queries/reports/reach-rollup.ts";
import { loadScoringSettings } from "../../store/queries/scoring.ts";
import { summedEngagements } from "../../store/queries/temperature-sql.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { applyInboundResponses, type InboundResponse, recordCreations } from "../lifecycle/touch-stages.ts";
import { afterTouch, type TouchedContact } from "./after-touch.ts";
import { withCampaignPrograms } from "./campaign-programs.ts";
import { FUTURE_TOLERANCE_MS, type TouchpointInput, type TouchpointItemResult } from "./touchpoint-input.ts";

type Pending = { index: number; input: TouchpointInput; contactId?: string };
type Touch = NewTouch & { id: string };

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export async function recordTouchpoints(
  deps: Deps,
  actor: Actor,
  inputs: TouchpointInput[],
): Promise<TouchpointItemResult[]> {
  authorize(actor, STAFF, "record touchpoints");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) =>
    recordTouchpointsIn(
      tx,
      actor.workspaceId,
      await withCampaignPrograms(tx, actor.workspaceId, inputs),
      now,
    ),
  );
}

/** The same, inside a transaction a caller already holds (e.g. completing a task logs its touch). */
export async function recordTouchpointsIn(
  tx: Tx,
  workspaceId: string,
  inputs: TouchpointInput[],
  now: Date,
): Promise<TouchpointItemResult[]> {
  const results: TouchpointItemResult[] = new Array(inputs.length);
  const fail = (index: number, code: "unknown_reference" | "validation_failed", message: string) => {
    results[index] = { index, status: "error", error: { code, message } };
  };

  const settings = await loadScoringSettings(tx, workspaceId, "share");
  // One after another: a transaction is one connection.
  const programs = await existingIds(tx, "programs", workspaceId, unique(inputs.map((i) => i.programId)));
  const users = await existingIds(tx, "users", workspaceId, unique(inputs.map((i) => i.userId)));
  const contactsById = await existingIds(tx, "contacts", workspaceId, unique(inputs.map((i) => i.contactId)));
  let pending: Pending[] = [];
  for (const [index, input] of inputs.entries()) {
    if (input.occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
      fail(
        index,
        "validation_failed",
        `occurredAt ${input.occurredAt.toISOString()} is more than 5 minutes in the future.`,
      );
    } else if (input.programId && !programs.has(input.programId)) {
      fail(index, "unknown_reference", `Program ${input.programId} was not found.`);
    } else if (input.userId && !users.has(input.userId)) {
      fail(index, "unknown_reference", `User ${input.userId} was not found.`);
    } else if (input.contactId && !contactsById.has(input.contactId)) {
      fail(index, "unknown_reference", `Contact ${input.contactId} was not found.`);
    } else {
      pending.push({ index, input, contactId: input.contactId });
    }
  }

  // Contacts named by email: create the new ones (as prospects), then resolve every email.
  // A contact first seen through a backfilled touchpoint existed from that touch on, so the
  // stage history never shows it becoming a lead before it was created.
  const firstSeen = new Map<string, number>();
  for (const p of pending) {
    if (p.contactId) continue;
    const email = p.input.email!.toLowerCase();
    firstSeen.set(email, Math.min(firstSeen.get(email) ?? now.getTime(), p.input.occurredAt.getTime()));
  }
  const { byEmail, created } = await ensureContactsByEmail(
    tx,
    workspaceId,
    [...firstSeen].map(([email, at]) => ({ id: uuidv7(), email, created_at: new Date(at).toISOString() })),
    now,
  );
  for (const p of pending) p.contactId ??= byEmail.get(p.input.email!.toLowerCase());
  pending = pending.filter((p) => p.contactId);

  const locked = await lockContacts(tx, workspaceId, unique(pending.map((p) => p.contactId)));
  // A contact deleted since it was looked up is an unknown reference like any other.
  const lockedIds = new Set(locked.map((c) => c.id));
  for (const p of pending) {
    if (!lockedIds.has(p.contactId!))
      fail(p.index, "unknown_reference", `Contact ${p.contactId} was not found.`);
  }
  pending = pending.filter((p) => lockedIds.has(p.contactId!));
  const rows: TouchpointRow[] = pending.map((p) => ({
    id: uuidv7(),
    contact_id: p.contactId!,
    kind: p.input.kind,
    side: p.input.side ?? defaultSideOf(p.input.kind),
    program_id: p.input.programId ?? null,
    user_id: p.input.userId ?? null,
    occurred_at: p.input.occurredAt.toISOString(),
    properties: p.input.properties ?? {},
    external_id: p.input.externalId ?? null,
  }));
  const inserted = await insertTouchpoints(tx, workspaceId, rows);
  const duplicates = await touchpointsByExternalId(
    tx,
    workspaceId,
    unique(rows.filter((r) => !inserted.has(r.id)).map((r) => r.external_id)),
  );

  const newTouches = new Map<string, Touch[]>();
  pending.forEach((p, i) => {
    const row = rows[i]!;
    const isNew = inserted.has(row.id);
    const first = isNew ? { id: row.id, contactId: row.contact_id } : duplicates.get(row.external_id!)!;
    results[p.index] = {
      index: p.index,
      status: isNew ? "created" : "duplicate",
      touchpointId: first.id,
      contactId: first.contactId,
      contactCreated: created.has(row.contact_id),
    };
    if (isNew) {
      const list = newTouches.get(row.contact_id) ?? [];
      list.push({ id: row.id, kind: p.input.kind, at: p.input.occurredAt.getTime() });
      newTouches.set(row.contact_id, list);
    }
  });

  const existing: ContactScoreUpdate[] = [];
  const fresh: ContactScoreUpdate[] = [];
  const responses: InboundResponse[] = [];
  const changes: {
    c: LockedContact;
    before: EngagementState;
    change: ContactActivityChange;
    touches: Touch[];
  }[] = [];
  const at = now.getTime();
  for (const c of locked) {
    const touches = newTouches.get(c.id);
    if (!touches) continue;
    const before = { e0: Number(c.score_e0), t0: c.score_t0?.getTime() ?? null };
    const change = applyNewTouches(
      {
        stage: c.stage,
        e0: Number(c.score_e0),
        t0: c.score_t0?.getTime() ?? null,
        touchCount: Number(c.touch_count),
        firstTouchAt: c.first_touch_at?.getTime() ?? null,
      },
      touches,
      settings,
    );
    changes.push({ c, before, change, touches });
    (c.has_score ? existing : fresh).push({
      id: c.id,
      score_e0: change.score.e0,
      score_t0: iso(change.score.t0),
      warm_until: iso(change.score.warmUntil),
      hot_until: iso(change.score.hotUntil),
      touch_count: change.touchCount,
      first_touch_at: iso(change.firstTouchAt),
    });
    const inbound = firstInbound(touches);
    if (inbound) {
      responses.push({ contactId: c.id, stage: c.stage, touchpointId: inbound.id, at: new Date(inbound.at) });
    }
  }
  // What follows (hand-off, tier playbooks) reads the temperatures at now as every read does: a
  // contact holding a touch dated ahead of now is summed from its touchpoints up to now.
  const summed = await summedEngagements(
    tx,
    workspaceId,
    changes
      .filter((x) => engagementIfExact(x.change.score, at, settings.halfLifeMs) === null)
      .map((x) => x.c.id),
    now,
    settings,
  );
  const touched: TouchedContact[] = changes.map(({ c, before, change, touches }) => {
    const after = summed.get(c.id);
    const weighted = touches.map((t) => ({ weight: weightOf(t.kind, settings), at: t.at }));
    const engagementBefore =
      engagementIfExact(before, at, settings.halfLifeMs) ??
      after! - engagementOfTouches(weighted, at, settings.halfLifeMs);
    return {
      id: c.id,
      stageBefore: c.stage,
      stageAfter: change.stageChange?.to ?? c.stage,
      temperatureBefore: temperatureOf(engagementBefore, settings),
      temperatureAfter:
        after === undefined ? temperatureFromStored(change.score, at) : temperatureOf(after, settings),
      hotUntil: change.score.hotUntil,
      warmUntil: change.score.warmUntil,
      kinds: touches.map((t) => t.kind),
      firstTouch: Number(c.touch_count) === 0,
      lastTouchpointId: touches.at(-1)!.id,
      row: c.row,
    };
  });
  await writeContactScores(tx, workspaceId, existing, fresh, settings);
  // A contact holding a touch ahead is noted with E now, for reads until that touch arrives and
  // for the arrivals job, which sets in motion what the touch does once it counts.
  const settledAt = now.toISOString();
  await noteArrivals(
    tx,
    workspaceId,
    [...summed].map(([id, e]) => ({ contact_id: id, e_settled: e, settled_at: settledAt })),
  );
  await settleBackfilledNotes(
    tx,
    workspaceId,
    changes.map((x) => x.c.id),
    settings,
  );
  // New contacts start as prospects, created by their first touch; then the automatic rule.
  await recordCreations(
    tx,
    workspaceId,
    [...created.entries()].map(([id, createdAt]) => ({
      contactId: id,
      stage: "prospect",
      at: new Date(createdAt),
      cause: "touchpoint",
      userId: null,
      reason: "created by a touchpoint",
    })),
    now,
  );
  await applyInboundResponses(tx, workspaceId, responses, now);
  await afterTouch(tx, workspaceId, touched, now);
  // Last, so that a backfill holds the rollup's row for as short a time as it can.
  const firstReach = rows
    .filter((r) => r.program_id !== null && inserted.has(r.id))
    .reduce<string | null>((min, r) => (min === null || r.occurred_at < min ? r.occurred_at : min), null);
  if (firstReach) await invalidateReachRollup(tx, workspaceId, firstReach.slice(0, 10), now);
  return results;
}

function unique(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === "string"))];
}
