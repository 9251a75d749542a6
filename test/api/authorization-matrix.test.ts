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
import { referenceCases } from "../authz/references.ts";
import { REQUESTS } from "../authz/requests.ts";

// The authorization matrix: every API operation × actor (four roles, a revoked key, no key) ×
// ownership (own record, another rep's, another partner organisation's, another workspace's),
// each cell checked against the policy table (test/authz/policy.ts). A refused write must leave
// both workspaces' data exactly as it was. Figures go to stderr at the end.
let world: World;
let tables: string[];
const figures = { cells: 0, refused: 0, refusedWrites: 0, references: 0, filters: 0 };

before(async () => {
  world = await buildWorld();
  tables = await workspaceTables(world.A.api.deps.db);
});
after(async () => {
  console.error(
    `authorization matrix: ${figures.cells} cells, ${figures.refused} refused, ${figures.refusedWrites} refused writes checked unchanged, ${figures.references} foreign references refused, ${figures.filters} foreign list filters`,
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

/**
 * The fingerprint of both workspaces as the last refused write left them, if nothing has run
 * since: the next refused write of the same operation starts from it instead of taking another.
 */
let lastFingerprint: Map<string, string> | undefined;

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
  const before = watch
    ? (lastFingerprint ?? (await fingerprint(world.A.api.deps.db, tables, ids)))
    : undefined;
  lastFingerprint = undefined;
  const answer = await send(world.A.api.app, method, url, keyOf(world, actor), body, spec.headers);
  figures.cells++;
  if (expected !== "allow") figures.refused++;
  const problem = judge(expected, answer, spec.okAlso ?? []);
  if (before) {
    figures.refusedWrites++;
    const after = await fingerprint(world.A.api.deps.db, tables, ids);
    const changed = changedTables(before, after);
    if (changed.length > 0) return `refused write changed ${changed.join(", ")} (answer ${answer.status})`;
    lastFingerprint = after;
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
      // a refused write's before-and-after fingerprint sees only itself; the refused ones
      // first, each starting from the fingerprint the one before it left.
      lastFingerprint = undefined;
      const refusedFirst = [...cells].sort(
        (a, b) =>
          Number(expectation(policy, a[0], a[1]) === "allow") -
          Number(expectation(policy, b[0], b[1]) === "allow"),
      );
      const results = op.startsWith("GET ")
        ? await Promise.all(cells.map(check))
        : await refusedFirst.reduce<Promise<(string | null)[]>>(
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

describe("bodies that name a record the actor may not see", () => {
  test("are refused with a 4xx (never a server error, never a success) and change nothing", async () => {
    const ids = [world.A.api.workspaceId, world.B.api.workspaceId];
    const db = world.A.api.deps.db;
    const failures: string[] = [];
    for (const c of referenceCases()) {
      const role = c.actor as Role;
      const own = world.records.get(holderOf(role, "own"))!;
      const before = await fingerprint(db, tables, ids);
      const answer = await send(
        world.A.api.app,
        c.method,
        c.path(own),
        keyOf(world, c.actor),
        c.body(own, world.records.get("B")!, world),
      );
      const changed = changedTables(before, await fingerprint(db, tables, ids));
      figures.references++;
      console.error(`REF ${c.actor} ${c.name}: ${answer.status} ${answer.text.slice(0, 140)}`);
      const refused = c.refusedItems
        ? answer.status === 200 &&
          JSON.parse(answer.text).created === 0 &&
          JSON.parse(answer.text).errors === 1
        : answer.status >= 400 && answer.status < 500;
      if (!refused || changed.length > 0) {
        failures.push(
          `${c.actor}: ${c.name}: ${answer.status}${changed.length ? ` changed ${changed.join(", ")}` : ""} ${answer.text.slice(0, 160)}`,
        );
      }
    }
    assert.deepEqual(failures, []);
  });
});

describe("list filters that name a record the actor may not see", () => {
  test("find nothing of it: no server error, and no other record of it in the answer", async () => {
    const document = (await (await world.A.api.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
    };
    const FILTERS: Record<string, keyof Records | "user"> = {
      ownerId: "user",
      programId: "program",
      companyId: "company",
      pipelineId: "pipeline",
      contactId: "contact",
      dealId: "deal",
      playbookId: "playbook",
      broadcastId: "broadcast",
    };
    const scoped = ["contact", "deal", "proposal", "objection", "approval", "priceBook"] as const;
    const failures: string[] = [];
    for (const [path, ops] of Object.entries(document.paths)) {
      const op = `GET ${path}`;
      if (!ops.get || !POLICY[op] || POLICY[op]!.record) continue;
      const filters = (ops.get.parameters ?? []).filter((p) => p.in === "query" && FILTERS[p.name]);
      for (const actor of ["admin", "partner"] as const) {
        if (expectation(POLICY[op]!, actor, "own") !== "allow") continue;
        const others: Records[] =
          actor === "admin"
            ? [world.records.get("B")!]
            : [world.records.get("rep2")!, world.records.get("p2")!];
        const userOf = (r: Records) =>
          r === world.records.get("B")
            ? world.B.rep1.userId
            : r === world.records.get("p2")
              ? world.A.p2!.userId
              : world.A.rep2.userId;
        for (const filter of filters) {
          for (const other of others) {
            const kind = FILTERS[filter.name]!;
            const value = kind === "user" ? userOf(other) : other[kind];
            const answer = await send(
              world.A.api.app,
              "GET",
              `${path}?${filter.name}=${value}`,
              keyOf(world, actor),
              undefined,
            );
            figures.filters++;
            if (answer.status >= 500) failures.push(`${actor} ${op}?${filter.name}: ${answer.status}`);
            if (answer.status >= 300) continue;
            const hidden =
              actor === "admin"
                ? Object.values(other)
                : scoped.map((k) => other[k]).filter((id) => id !== value);
            for (const id of hidden) {
              if (id !== value && answer.text.includes(id))
                failures.push(`${actor} ${op}?${filter.name}: shows ${id}`);
            }
          }
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});

describe("registering a contact another organisation (or the staff) already has", () => {
  // Fixed in issue 12: the partner gets 202 "under review", never whose the contact is.
  test("does not tell the partner that the address is known, nor whose it is", async () => {
    const staffContact = world.records.get("rep1")!.contact;
    const email = (
      await send(world.A.api.app, "GET", `/api/v1/contacts/${staffContact}`, keyOf(world, "admin"), undefined)
    ).text.match(/"email":"([^"]+)"/)![1]!;
    const answer = await send(world.A.api.app, "POST", "/api/v1/contacts", keyOf(world, "partner"), {
      email,
    });
    assert.ok(!answer.text.includes(staffContact), `the answer names the staff's contact: ${answer.text}`);
    assert.notEqual(answer.status, 409, `a 409 confirms the address is known: ${answer.text}`);
  });
});
