// Cooling with time: no touchpoint marks the moment a contact stops being hot or warm, but the
// instant is stored (`hot_until`, `warm_until`), so a sweep every minute finds the contacts whose
// instant passed within a look-back window — two index ranges per workspace — and moves their
// tier enrolments. Idempotent: an entry already handled (an enrolment at or after the instant the
// contact entered the tier) is not repeated, so overlapping windows and a catch-up after downtime
// are safe.
import { sql } from "drizzle-orm";
import { cooledInto } from "../../domain/playbooks.ts";
import {
  type CoolingCursor,
  cooledContactPage,
  enrolInTiers,
  exitOtherTiers,
  lockScores,
} from "../../store/queries/enrolments.ts";
import { inTransaction } from "../../store/transaction.ts";
import type { Deps } from "../context.ts";

const PAGE = 1000;

export interface SweepResult {
  workspaces: number;
  contacts: number;
  exited: number;
  enrolled: number;
}

export async function sweepCooling(deps: Deps, input: { lookbackMinutes: number }): Promise<SweepResult> {
  const now = deps.now();
  const from = new Date(now.getTime() - input.lookbackMinutes * 60_000);
  // Only workspaces with an active tier playbook have anything to do (a deactivated playbook
  // ended its enrolments when it was deactivated).
  const workspaces = await deps.db.execute<{ workspace_id: string }>(sql`
    select distinct workspace_id from playbooks where active and tier is not null`);
  const result: SweepResult = { workspaces: workspaces.rows.length, contacts: 0, exited: 0, enrolled: 0 };
  for (const { workspace_id: ws } of workspaces.rows) {
    // Those that stopped being hot, then those that stopped being warm (a contact in both ranges
    // is seen twice; the second look changes nothing).
    for (const column of ["hot_until", "warm_until"] as const) {
      let after: CoolingCursor | null = null;
      do {
        const page = await cooledContactPage(deps.db, ws, column, { from, now }, { after, limit: PAGE });
        if (page.ids.length > 0) await moveTiers(deps, ws, page.ids, now, result);
        after = page.next;
      } while (after);
    }
  }
  return result;
}

async function moveTiers(deps: Deps, ws: string, ids: string[], now: Date, result: SweepResult) {
  await inTransaction(deps.db, async (tx) => {
    // Re-read under the touchpoint path's lock: a touch that warmed the contact meanwhile wins.
    const moves = (await lockScores(tx, ws, ids)).flatMap((s) => {
      const into = cooledInto(
        { hotUntil: s.hot_until?.getTime() ?? null, warmUntil: s.warm_until?.getTime() ?? null },
        now.getTime(),
      );
      return into
        ? [{ contact_id: s.contact_id, tier: into.tier, since: new Date(into.since).toISOString() }]
        : [];
    });
    result.exited += await exitOtherTiers(tx, ws, moves, now);
    result.enrolled += await enrolInTiers(tx, ws, moves, "cooling", now);
    result.contacts += moves.length;
  });
}
