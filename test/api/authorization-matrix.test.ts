import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Role } from "../../src/domain/catalogue.ts";
import {
  type Answer,
  changedTables,
  defaultParams,
  fillPath,
  fingerprint,
  keyOf,
  send,
  workspaceTables,
} from "../authz/cells.ts";
import { buildWorld, type Records, type World } from "../authz/fixtures.ts";
import {
  ACTORS,
  type Actor,
  expectation,
  holderOf,
  type Ownership,
  ownershipsOf,
  POLICY,
  PUBLIC_PAGES,
} from "../authz/policy.ts";
import { REQUESTS } from "../authz/requests.ts";

// The authorization matrix: every API operation × actor (four roles, a revoked key, no key) ×
// ownership (own record, another rep's, another partner organisation's, another workspace's),
// each cell checked against the policy table (test/authz/policy.ts). A refused write must leave
// both workspaces' data exactly as it was. Figures go to stderr at the end.
let world: World;
let tables: string[];
const figures = { cells: 0, refused: 0, refusedWrites: 0 };

before(async () => {
  world = await buildWorld();
  tables = await workspaceTables(world.A.api.deps.db);
});
after(async () => {
  console.error(
    `authorization matrix: ${figures.cells} cells, ${figures.refused} refused, ${figures.refusedWrites} refused writes checked unchanged`,
  );
  await world?.database.close();
});

async function documentOperations(): Promise<string[]> {
  const res = await world.A.api.app.request("/api/openapi.json");
  const doc = (await res.json()) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((m) => ["get", "post", "put", "patch", "delete"].includes(m))
      .map((m) => `${m.toUpperCase()} ${path}`),
  );
}

describe("the policy table", () => {
  test("declares every operation of the OpenAPI document, and no operation that is gone", async () => {
    const documented = await documentOperations();
    const undeclared = documented.filter((op) => !POLICY[op]);
    const stale = Object.keys(POLICY).filter((op) => !documented.includes(op));
    const noRequest = Object.keys(POLICY).filter((op) => !REQUESTS[op]);
    assert.deepEqual(
      undeclared,
      [],
      `operations without a declared policy (add them to test/authz/policy.ts)`,
    );
    assert.deepEqual(stale, [], `policies for operations that no longer exist`);
    assert.deepEqual(noRequest, [], `policies without a sample request in test/authz/requests.ts`);
  });
});

/** Is this answer what the cell expects? Returns a problem, or null. */
function judge(
  expected: ReturnType<typeof expectation>,
  answer: Answer,
  okAlso: readonly number[],
): string | null {
  if (answer.status >= 500) return `server error ${answer.status}`;
  if (expected === "allow") {
    if (answer.status < 300 || okAlso.includes(answer.status)) return null;
    return `expected to be allowed, got ${answer.status}`;
  }
  return answer.status === expected ? null : `expected ${expected}, got ${answer.status}`;
}

async function runCell(op: string, actor: Actor, ownership: Ownership): Promise<string | null> {
  const policy = POLICY[op]!;
  const spec = REQUESTS[op]!;
  const [method, path] = op.split(" ") as [string, string];
  const role: Role = actor === "revoked" || actor === "anonymous" ? "sales" : actor;
  const holder = holderOf(role, ownership);
  const expected = expectation(policy, actor, ownership);
  let r: Records = world.records.get(holder)!;
  const write = method !== "GET";
  // An allowed call that uses its record up gets a new one of the same holder.
  if (expected === "allow" && spec.fresh && holder !== "B") {
    const make: (h: typeof holder) => Promise<Partial<Records>> = world.A.factories[spec.fresh];
    r = { ...r, ...(await make(holder)) };
  }
  const params = spec.params ? spec.params(r) : defaultParams(r, policy.record);
  const query = spec.query ? `?${spec.query({ r, world, role: actor })}` : "";
  const body = spec.body ? spec.body({ r, world, role: actor }) : undefined;
  const url = fillPath(path, params) + query;
  const watch = write && expected !== "allow";
  const ids = [world.A.api.workspaceId, world.B.api.workspaceId];
  const before = watch ? await fingerprint(world.A.api.deps.db, tables, ids) : undefined;
  const answer = await send(world.A.api.app, method, url, keyOf(world, actor), body);
  figures.cells++;
  if (expected !== "allow") figures.refused++;
  const problem = judge(expected, answer, spec.okAlso ?? []);
  if (before) {
    figures.refusedWrites++;
    const changed = changedTables(before, await fingerprint(world.A.api.deps.db, tables, ids));
    if (changed.length > 0) return `refused write changed ${changed.join(", ")} (answer ${answer.status})`;
  }
  return problem ? `${problem}: ${answer.text.slice(0, 160)}` : null;
}

describe("every operation × actor × ownership answers as declared", () => {
  for (const op of Object.keys(POLICY)) {
    test(op, async () => {
      const policy = POLICY[op]!;
      const cells = ACTORS.flatMap((actor) =>
        (actor === "revoked" || actor === "anonymous" ? ["own" as const] : ownershipsOf(policy.record)).map(
          (ownership) => [actor, ownership] as const,
        ),
      );
      const check = async ([actor, ownership]: (typeof cells)[number]) => {
        const problem = await runCell(op, actor, ownership);
        return problem ? `${actor} × ${ownership}: ${problem}` : null;
      };
      // Reads change nothing: their cells run side by side. Writes run one at a time, so that
      // a refused write's before-and-after fingerprint sees only itself.
      const results = op.startsWith("GET ")
        ? await Promise.all(cells.map(check))
        : await cells.reduce<Promise<(string | null)[]>>(
            async (acc, cell) => [...(await acc), await check(cell)],
            Promise.resolve([]),
          );
      const failures = results.filter((f): f is string => f !== null);
      assert.deepEqual(failures, [], `${op}\n  ${failures.join("\n  ")}`);
    });
  }
});

describe("public pages outside the API", () => {
  test("answer a stranger with a forged token without asking for credentials, and without a server error", async () => {
    const failures: string[] = [];
    for (const page of PUBLIC_PAGES) {
      const [method, path] = page.split(" ") as [string, string];
      const url = fillPath(path, { token: "forged-token", code: "nosuchcode" });
      const form = method === "POST" ? "name=Visitor" : undefined;
      const res = await world.A.api.app.request(url, {
        method,
        ...(form ? { body: form, headers: { "Content-Type": "application/x-www-form-urlencoded" } } : {}),
      });
      if (res.status === 401 || res.status === 403 || res.status >= 500)
        failures.push(`${page}: ${res.status}`);
    }
    assert.deepEqual(failures, []);
  });
});

describe("lists and reports carry no record the actor may not see", () => {
  test("no answer names a record of another workspace; a partner's names no one else's contact, deal, proposal, approval or price book", async () => {
    const b = world.records.get("B")!;
    const foreign = Object.entries(b).filter(([kind]) => kind !== "seat" || true);
    const scoped = ["contact", "deal", "proposal", "objection", "approval", "priceBook"] as const;
    const othersOfPartner = (["admin", "marketing", "rep1", "rep2", "p2"] as const).flatMap((h) =>
      scoped.map((kind) => [`${h}'s ${kind}`, world.records.get(h)![kind]] as const),
    );
    const failures: string[] = [];
    for (const op of Object.keys(POLICY).filter((o) => o.startsWith("GET ") && !POLICY[o]!.record)) {
      const spec = REQUESTS[op]!;
      const path = op.slice(4);
      for (const actor of ["admin", "marketing", "sales", "partner"] as const) {
        if (expectation(POLICY[op]!, actor, "own") !== "allow") continue;
        const r = world.records.get(holderOf(actor, "own"))!;
        const query = spec.query ? `?${spec.query({ r, world, role: actor })}` : "";
        const params = spec.params ? spec.params(r) : {};
        const answer = await send(
          world.A.api.app,
          "GET",
          fillPath(path, params) + query,
          keyOf(world, actor),
          undefined,
        );
        for (const [kind, id] of foreign) {
          if (typeof id === "string" && answer.text.includes(id))
            failures.push(`${actor} ${op}: workspace B's ${kind}`);
        }
        if (actor !== "partner") continue;
        for (const [what, id] of othersOfPartner) {
          if (id !== r[what.split("'s ")[1] as keyof Records] && answer.text.includes(id)) {
            failures.push(`partner ${op}: ${what}`);
          }
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
