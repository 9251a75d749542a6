// Touchpoints dated ahead (senders' clock skew, at most 5 minutes) count from their instant on,
// on every path (docs/ARCHITECTURE.md, Temperature). So what such a touch sets in motion — the
// hand-off rule, the tier playbooks — runs once its instant has passed, as if it had been
// recorded then: from the temperature just before the instant to the temperature now. The
// touchpoint path notes the contact; the worker runs this every few seconds.
import { temperatureFromStored, temperatureOf } from "../../domain/temperature.ts";
import { dueArrivals, noteArrivals, takeArrivals } from "../../store/queries/arrivals.ts";
import { lockContacts } from "../../store/queries/ingest.ts";
import { loadScoringSettings } from "../../store/queries/scoring.ts";
import { inTransaction } from "../../store/transaction.ts";
import type { Deps } from "../context.ts";
import { afterTouch, type TouchedContact } from "./after-touch.ts";

export async function runArrivals(deps: Deps, input: { limit: number }): Promise<{ contacts: number }> {
  const now = deps.now();
  const byWorkspace = new Map<string, string[]>();
  for (const r of await dueArrivals(deps.db, now, input.limit)) {
    byWorkspace.set(r.workspace_id, [...(byWorkspace.get(r.workspace_id) ?? []), r.contact_id]);
  }
  let contacts = 0;
  for (const [workspaceId, ids] of byWorkspace) {
    contacts += await inTransaction(deps.db, async (tx) => {
      // `share`, like ingest: a rescore does not interleave with the temperatures read here.
      const settings = await loadScoringSettings(tx, workspaceId, "share");
      const taken = await takeArrivals(tx, workspaceId, ids, now, settings);
      const at = now.getTime();
      // The rows the hand-off needs, as the ingest path hands them over (already locked above).
      const rows = new Map(
        (
          await lockContacts(
            tx,
            workspaceId,
            taken.map((r) => r.contact_id),
          )
        ).map((c) => [c.id, c.row]),
      );
      const touched: TouchedContact[] = taken.flatMap((r) => {
        const row = rows.get(r.contact_id);
        if (!r.touchpoint_id || !row) return [];
        const stored = {
          e0: 0,
          t0: r.t0?.getTime() ?? null,
          hotUntil: r.hot_until?.getTime() ?? null,
          warmUntil: r.warm_until?.getTime() ?? null,
        };
        return [
          {
            id: r.contact_id,
            stageBefore: r.stage,
            stageAfter: r.stage,
            temperatureBefore: temperatureOf(r.engagement_before, settings),
            temperatureAfter:
              r.engagement_now === null
                ? temperatureFromStored(stored, at)
                : temperatureOf(r.engagement_now, settings),
            hotUntil: stored.hotUntil,
            warmUntil: stored.warmUntil,
            kinds: [],
            firstTouch: false,
            lastTouchpointId: r.touchpoint_id,
            row,
          },
        ];
      });
      // Still holding a touch ahead: noted again, settled now.
      await noteArrivals(
        tx,
        workspaceId,
        taken.flatMap((r) =>
          r.engagement_now === null
            ? []
            : [{ contact_id: r.contact_id, e_settled: r.engagement_now, settled_at: now.toISOString() }],
        ),
      );
      await afterTouch(tx, workspaceId, touched, now);
      return taken.length;
    });
  }
  return { contacts };
}
