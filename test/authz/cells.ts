// Running one cell of the matrix: a request as an actor against a holder's record, and the
// fingerprint of both workspaces' data that a refused write must leave exactly as it was.
import { sql } from "drizzle-orm";
import type { Db } from "../../src/store/db.ts";
import type { Records, World } from "./fixtures.ts";
import type { Actor } from "./policy.ts";

export interface Answer {
  status: number;
  text: string;
}

export function keyOf(world: World, actor: Actor): string | null {
  const A = world.A;
  switch (actor) {
    case "admin":
      return A.admin.key;
    case "marketing":
      return A.marketing.key;
    case "sales":
      return A.rep1.key;
    case "partner":
      return A.p1!.key;
    case "revoked":
      return world.revokedKey;
    case "anonymous":
      return null;
  }
}

/** `/api/v1/deals/{id}/move` with `{ id }` filled in; a missing parameter is a test bug. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
}

/** Anything that answers a Request in-process, as the Hono app does. */
interface InProcess {
  request(url: string, init: RequestInit): Response | Promise<Response>;
}

export async function send(
  app: InProcess,
  method: string,
  url: string,
  key: string | null,
  body: unknown,
  extra: Record<string, string> = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...extra };
  if (key) headers.Authorization = `Bearer ${key}`;
  const init: RequestInit = { method, headers };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const res = await app.request(url, init);
  return { status: res.status, text: await res.text() };
}

/** Defaults: `{id}` is the policy's record. */
export function defaultParams(r: Records, record: keyof Records | undefined): Record<string, string> {
  return record ? { id: r[record] } : {};
}

// Columns that a read or a sign-in touches by design (when a key was last used): not data.
const VOLATILE = ["last_used_at", "last_seen_at"];
// Sessions and idempotency records are the request machinery, not the workspace's data.
const SKIPPED = new Set(["sessions", "idempotency_keys"]);

/** Tables that carry workspace_id: every table of workspace data. */
export async function workspaceTables(db: Db): Promise<string[]> {
  const rows = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.columns
        where table_schema = 'public' and column_name = 'workspace_id' order by table_name`,
  );
  return rows.rows.map((r) => r.table_name).filter((t) => !SKIPPED.has(t));
}

/**
 * Row count and the sum of a 64-bit hash of every row, per table, of workspaces A and B (other test files write
 * other workspaces of the same database meanwhile). Equal fingerprints: nothing changed.
 */
export async function fingerprint(
  db: Db,
  tables: string[],
  workspaceIds: string[],
): Promise<Map<string, string>> {
  const strip = VOLATILE.map((c) => ` - '${c}'`).join("");
  const ids = workspaceIds.map((id) => `'${id}'`).join(",");
  const parts = tables.map(
    (t) =>
      `select '${t}' as t, count(*)::text || ':' || coalesce(sum(hashtextextended((to_jsonb(x)${strip})::text, 0)::numeric), 0)::text as f from "${t}" x where workspace_id in (${ids})`,
  );
  const rows = await db.execute<{ t: string; f: string }>(sql.raw(parts.join(" union all ")));
  return new Map(rows.rows.map((r) => [r.t, r.f]));
}

export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...before.keys()].filter((t) => before.get(t) !== after.get(t));
}
