// Editing pipelines and loss reasons: admins only, stages validated, and no edit may strand or
// silently re-close a deal.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DEFAULT_PIPELINE_STAGES, type PipelineStage } from "../../src/domain/pipeline.ts";
import { type Caller, setupApi, type TestApi } from "../support/api.ts";

let api: TestApi;
let asRep: Caller;
let asMarketing: Caller;
let contactId: string;
before(async () => {
  api = await setupApi();
  asRep = api.callerFor((await api.userWithKey("sales")).key);
  asMarketing = api.callerFor((await api.userWithKey("marketing")).key);
  contactId = (await api.call("POST", "/api/v1/contacts", { email: `buyer-${api.slug}@example.com` })).body
    .id;
});
after(() => api.close());

const DEFAULTS = (): PipelineStage[] => DEFAULT_PIPELINE_STAGES.map((s) => ({ ...s }));
const pipelines = async () => {
  const res = await api.call("GET", "/api/v1/pipelines");
  assert.equal(res.status, 200);
  return res.body as {
    data: { id: string; name: string; isDefault: boolean; stages: PipelineStage[] }[];
    lossReasons: { id: string; label: string }[];
  };
};
const pipelineNamed = async (name: string) => (await pipelines()).data.find((p) => p.name === name);
let counter = 0;
const newPipeline = async (stages = DEFAULTS()) => {
  const res = await api.call("POST", "/api/v1/pipelines", { name: `Pipeline ${++counter}`, stages });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as { id: string; name: string; stages: PipelineStage[] };
};
const dealIn = async (pipelineId: string, stage: string) => {
  const res = await asRep("POST", "/api/v1/deals", {
    name: `Deal ${++counter}`,
    contactId,
    pipelineId,
    stage,
    amountMinor: 1000,
    currency: "EUR",
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id as string;
};

describe("creating pipelines", () => {
  test("an admin creates a pipeline beside the default one", async () => {
    const res = await api.call("POST", "/api/v1/pipelines", { name: "Partner sales", stages: DEFAULTS() });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.name, "Partner sales");
    assert.equal(res.body.isDefault, false);
    assert.deepEqual(res.body.stages, DEFAULTS());
    const all = await pipelines();
    assert.deepEqual(
      all.data.map((p) => [p.name, p.isDefault]),
      [
        ["Direct sales", true],
        ["Partner sales", false],
      ],
    );
    // Deals can be opened in it.
    await dealIn(res.body.id, "qualify");
  });

  test("pipeline names are unique regardless of case", async () => {
    const before = (await pipelines()).data.length;
    for (const name of ["partner SALES", "  Partner sales ", "direct sales"]) {
      const res = await api.call("POST", "/api/v1/pipelines", { name, stages: DEFAULTS() });
      assert.equal(res.status, 409, name);
      assert.match(res.body.error.message, /already exists/);
    }
    assert.equal((await pipelines()).data.length, before);
  });

  test("only admins create pipelines", async () => {
    const before = (await pipelines()).data.length;
    for (const caller of [asRep, asMarketing]) {
      const res = await caller("POST", "/api/v1/pipelines", { name: "Rogue", stages: DEFAULTS() });
      assert.equal(res.status, 403);
    }
    assert.equal((await pipelines()).data.length, before);
  });

  test("bad stages are refused with 400 and nothing is written", async () => {
    const before = (await pipelines()).data.length;
    const first = (change: Partial<PipelineStage> | Record<string, unknown>) => [
      { ...DEFAULTS()[0]!, ...change },
      ...DEFAULTS().slice(1),
    ];
    const cases: [string, unknown][] = [
      ["uppercase key", first({ key: "Qualify" })],
      ["key with a space", first({ key: "first call" })],
      ["empty key", first({ key: "" })],
      ["key of 51 characters", first({ key: "a".repeat(51) })],
      ["empty name", first({ name: "   " })],
      ["name of 101 characters", first({ name: "n".repeat(101) })],
      ["unknown outcome", first({ outcome: "maybe" })],
      ["probability above 100", first({ probability: 101 })],
      ["negative probability", first({ probability: -1 })],
      ["fractional probability", first({ probability: 12.5 })],
      ["unknown field", first({ colour: "red" })],
      ["duplicate key", [...DEFAULTS(), { key: "qualify", name: "Again", outcome: "open", probability: 5 }]],
      ["two won stages", [...DEFAULTS(), { key: "won2", name: "Won too", outcome: "won", probability: 100 }]],
      ["no lost stage", DEFAULTS().filter((s) => s.outcome !== "lost")],
      ["no open stage", DEFAULTS().filter((s) => s.outcome !== "open")],
      ["no stages", []],
      ["not a list", "qualify,won,lost"],
    ];
    for (const [label, stages] of cases) {
      const res = await api.call("POST", "/api/v1/pipelines", { name: `Bad ${label}`, stages });
      assert.equal(res.status, 400, `${label}: ${JSON.stringify(res.body)}`);
    }
    const twoWon = await api.call("POST", "/api/v1/pipelines", {
      name: "Bad",
      stages: [...DEFAULTS(), { key: "won2", name: "Won too", outcome: "won", probability: 100 }],
    });
    assert.match(twoWon.body.error.message, /exactly one won stage/);
    assert.equal((await api.call("POST", "/api/v1/pipelines", { name: "", stages: DEFAULTS() })).status, 400);
    assert.equal((await pipelines()).data.length, before);
  });
});

describe("editing a pipeline's stages", () => {
  test("rename, reorder and add stages; deals keep their stage", async () => {
    const p = await newPipeline();
    const dealId = await dealIn(p.id, "present");
    const stages = DEFAULTS();
    stages[2] = { ...stages[2]!, name: "Demo", probability: 40 };
    [stages[0], stages[1]] = [stages[1]!, stages[0]!];
    stages.splice(3, 0, { key: "trial", name: "Trial", outcome: "open", probability: 45 });
    const res = await api.call("PATCH", `/api/v1/pipelines/${p.id}`, { name: "Renamed", stages });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.name, "Renamed");
    assert.deepEqual(res.body.stages, stages);
    assert.deepEqual((await pipelineNamed("Renamed"))?.stages, stages);
    assert.equal((await api.call("GET", `/api/v1/deals/${dealId}`)).body.stage, "present");
    const board = (await asRep("GET", `/api/v1/pipelines/board?pipelineId=${p.id}`)).body;
    assert.deepEqual(
      board.stages.map((s: { key: string; name: string; count: number }) => [s.key, s.name, s.count]),
      stages.map((s) => [s.key, s.name, s.key === "present" ? 1 : 0]),
    );
  });

  test("a name alone can be changed, and its own name in another case is not a clash", async () => {
    const p = await newPipeline();
    const res = await api.call("PATCH", `/api/v1/pipelines/${p.id}`, { name: p.name.toUpperCase() });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.stages, DEFAULTS());
    const clash = await api.call("PATCH", `/api/v1/pipelines/${p.id}`, { name: "direct SALES" });
    assert.equal(clash.status, 409);
    assert.equal((await pipelineNamed(p.name.toUpperCase()))?.id, p.id);
  });

  test("removing or re-keying a stage that holds deals is refused, naming the stage and the count", async () => {
    const p = await newPipeline();
    await dealIn(p.id, "present");
    await dealIn(p.id, "present");
    const withoutPresent = DEFAULTS().filter((s) => s.key !== "present");
    const removed = await api.call("PATCH", `/api/v1/pipelines/${p.id}`, {
      name: "Should not stick",
      stages: withoutPresent,
    });
    assert.equal(removed.status, 409);
    assert.match(removed.body.error.message, /"Present" \(present\) still holds 2 deals/);
    assert.deepEqual(removed.body.error.details.stages, [{ key: "present", name: "Present", deals: 2 }]);

    const rekeyed = DEFAULTS().map((s) => (s.key === "present" ? { ...s, key: "demo" } : s));
    const res = await api.call("PATCH", `/api/v1/pipelines/${p.id}`, { stages: rekeyed });
    assert.equal(res.status, 409);
    assert.match(res.body.error.message, /Present.*2 deals/);

    const after = (await pipelines()).data.find((x) => x.id === p.id)!;
    assert.equal(after.name, p.name);
    assert.deepEqual(after.stages, DEFAULTS());

    // An empty stage can go.
    const ok = await api.call("PATCH", `/api/v1/pipelines/${p.id}`, {
      stages: DEFAULTS().filter((s) => s.key !== "objections"),
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.stages.length, DEFAULTS().length - 1);
  });

  test("changing the outcome of a stage that holds deals is refused; of an empty one it is allowed", async () => {
    const p = await newPipeline();
    await dealIn(p.id, "contract");
    // "contract" becomes the won stage and "won" an open one: the contract deal would be closed.
    const swapped = DEFAULTS().map((s) =>
      s.key === "contract"
        ? { ...s, outcome: "won" as const }
        : s.key === "won"
          ? { ...s, outcome: "open" as const }
          : s,
    );
    const res = await api.call("PATCH", `/api/v1/pipelines/${p.id}`, { stages: swapped });
    assert.equal(res.status, 409);
    assert.match(
      res.body.error.message,
      /"Contract" \(contract\) holds 1 deal: changing its outcome from open to won/,
    );
    assert.deepEqual((await pipelines()).data.find((x) => x.id === p.id)!.stages, DEFAULTS());

    const empty = await newPipeline();
    const swappedEmpty = await api.call("PATCH", `/api/v1/pipelines/${empty.id}`, { stages: swapped });
    assert.equal(swappedEmpty.status, 200);
  });

  test("bad edits are refused and change nothing", async () => {
    const p = await newPipeline();
    const cases: [unknown, number][] = [
      [{}, 400],
      [{ stages: DEFAULTS().filter((s) => s.outcome !== "won") }, 400],
      [{ stages: DEFAULTS().map((s) => ({ ...s, probability: 150 })) }, 400],
      [{ name: "x", isDefault: true }, 400],
    ];
    for (const [body, status] of cases) {
      const res = await api.call("PATCH", `/api/v1/pipelines/${p.id}`, body);
      assert.equal(res.status, status, JSON.stringify(body));
    }
    assert.equal(
      (await api.call("PATCH", "/api/v1/pipelines/01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10", { name: "y" }))
        .status,
      404,
    );
    assert.equal((await asRep("PATCH", `/api/v1/pipelines/${p.id}`, { name: "Mine now" })).status, 403);
    const after = (await pipelines()).data.find((x) => x.id === p.id)!;
    assert.equal(after.name, p.name);
    assert.deepEqual(after.stages, DEFAULTS());
  });
});

describe("loss reasons", () => {
  const labels = async () => (await pipelines()).lossReasons.map((r) => r.label);

  test("an admin adds a loss reason; duplicates in any case are refused", async () => {
    const res = await api.call("POST", "/api/v1/loss-reasons", { label: "  Went dark " });
    assert.equal(res.status, 201);
    assert.equal(res.body.label, "Went dark");
    assert.ok((await labels()).includes("Went dark"));
    assert.equal((await api.call("POST", "/api/v1/loss-reasons", { label: "went DARK" })).status, 409);
    assert.equal((await api.call("POST", "/api/v1/loss-reasons", { label: "" })).status, 400);
    assert.equal((await api.call("POST", "/api/v1/loss-reasons", { label: "x".repeat(101) })).status, 400);
    assert.equal((await asRep("POST", "/api/v1/loss-reasons", { label: "Rep reason" })).status, 403);
    assert.equal((await labels()).filter((l) => l.toLowerCase() === "went dark").length, 1);
    assert.ok(!(await labels()).includes("Rep reason"));
  });

  test("an unused loss reason is deleted", async () => {
    const { id } = (await api.call("POST", "/api/v1/loss-reasons", { label: "Short-lived" })).body;
    assert.equal((await asRep("DELETE", `/api/v1/loss-reasons/${id}`)).status, 403);
    assert.ok((await labels()).includes("Short-lived"));
    assert.equal((await api.call("DELETE", `/api/v1/loss-reasons/${id}`)).status, 204);
    assert.ok(!(await labels()).includes("Short-lived"));
    assert.equal((await api.call("DELETE", `/api/v1/loss-reasons/${id}`)).status, 404);
  });

  test("a loss reason deals use cannot be deleted", async () => {
    const { id } = (await api.call("POST", "/api/v1/loss-reasons", { label: "Reorg" })).body;
    const p = await newPipeline();
    for (let i = 0; i < 2; i++) {
      const dealId = await dealIn(p.id, "qualify");
      const lost = await asRep("POST", `/api/v1/deals/${dealId}/move`, { stage: "lost", lossReasonId: id });
      assert.equal(lost.status, 200, JSON.stringify(lost.body));
    }
    const res = await api.call("DELETE", `/api/v1/loss-reasons/${id}`);
    assert.equal(res.status, 409);
    assert.equal(
      res.body.error.message,
      '"Reorg" is the loss reason of 2 deals; it cannot be deleted while they keep it.',
    );
    assert.ok((await labels()).includes("Reorg"));
  });

  test("the last loss reason stays: losing a deal needs one", async () => {
    const other = await setupApi();
    try {
      const reasons = (await other.call("GET", "/api/v1/pipelines")).body.lossReasons as { id: string }[];
      assert.ok(reasons.length > 1);
      for (const r of reasons.slice(1)) {
        assert.equal((await other.call("DELETE", `/api/v1/loss-reasons/${r.id}`)).status, 204);
      }
      const last = await other.call("DELETE", `/api/v1/loss-reasons/${reasons[0]!.id}`);
      assert.equal(last.status, 409);
      assert.match(last.body.error.message, /at least one loss reason/);
      assert.equal((await other.call("GET", "/api/v1/pipelines")).body.lossReasons.length, 1);
    } finally {
      await other.close();
    }
  });
});

test("the editing routes are in the OpenAPI document", async () => {
  const doc = (await api.call("GET", "/api/openapi.json")).body;
  assert.ok(doc.paths["/api/v1/pipelines"].post);
  assert.ok(doc.paths["/api/v1/pipelines/{id}"].patch);
  assert.ok(doc.paths["/api/v1/loss-reasons"].post);
  assert.ok(doc.paths["/api/v1/loss-reasons/{id}"].delete);
  assert.ok(doc.paths["/api/v1/contacts/{id}/tasks"].get);
  assert.deepEqual(doc.components.schemas.PipelineStage.properties.outcome.enum, ["open", "won", "lost"]);
});
