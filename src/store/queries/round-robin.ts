// The round-robin turn of a workspace's hand-offs: a PostgreSQL sequence of its own, created with
// the workspace (migration 0012 made them for the workspaces before it). nextval takes no lock that
// lasts until commit, so batches that hand over leads at the same time never wait for each other —
// a cursor column on handoff_settings had to be locked `for update` and serialized them all. A
// turn taken by a transaction that rolls back is not given back: one sales user misses one turn,
// which round-robin can afford.
import { sql } from "drizzle-orm";
import type { Executor } from "../db.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The sequence's name: derived from the workspace id, which is checked to be a UUID. */
export function roundRobinSequence(workspaceId: string): string {
  const id = workspaceId.toLowerCase();
  if (!UUID.test(id)) throw new Error(`not a workspace id: ${workspaceId}`);
  return `handoff_round_robin_${id.replaceAll("-", "")}`;
}

/** Part of creating a workspace; the first turn is 0. */
export async function createRoundRobin(ex: Executor, workspaceId: string): Promise<void> {
  await ex.execute(
    sql.raw(`create sequence if not exists ${roundRobinSequence(workspaceId)} minvalue 0 start 0`),
  );
}

/** Part of removing a workspace (its tables cascade; a sequence does not). */
export async function dropRoundRobin(ex: Executor, workspaceId: string): Promise<void> {
  await ex.execute(sql.raw(`drop sequence if exists ${roundRobinSequence(workspaceId)}`));
}

/** The next round-robin turn: 0, 1, 2, … (a rolled-back turn is skipped). */
export async function takeRoundRobinTurn(ex: Executor, workspaceId: string): Promise<number> {
  const result = await ex.execute<{ turn: number }>(
    sql`select nextval(${roundRobinSequence(workspaceId)}::regclass) as turn`,
  );
  return Number(result.rows[0]!.turn);
}
