import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { planTransition, STAGE_CAUSES } from "./lifecycle.ts";
import { STAGES, type Stage } from "./stages.ts";

const allowed = (from: Stage | null, to: Stage, cause: (typeof STAGE_CAUSES)[number]) =>
  planTransition(from, to, cause).ok;
const effects = (from: Stage, to: Stage) => {
  const plan = planTransition(from, to, "user");
  assert.ok(plan.ok, `${from} → ${to}`);
  return plan.effects;
};

describe("the lifecycle table", () => {
  test("a contact may be created in any stage, and never moves to the stage it is in", () => {
    for (const s of STAGES) {
      assert.ok(allowed(null, s, "user"));
      for (const cause of STAGE_CAUSES) assert.equal(allowed(s, s, cause), false);
    }
  });

  test("a touchpoint moves only a prospect to lead", () => {
    for (const from of STAGES)
      for (const to of STAGES)
        assert.equal(allowed(from, to, "touchpoint"), from === "prospect" && to === "lead");
  });

  test("a deal makes a contact sales-owned or a customer, from every stage that can get there", () => {
    for (const from of ["prospect", "lead", "sales_ready", "recycled", "disqualified"] as const)
      assert.ok(allowed(from, "in_sales", "deal"), from);
    for (const from of ["prospect", "lead", "sales_ready", "in_sales", "recycled", "disqualified"] as const)
      assert.ok(allowed(from, "customer", "deal"), from);
    assert.equal(allowed("in_sales", "recycled", "deal"), false);
    assert.equal(allowed("customer", "in_sales", "deal"), false, "a customer's new deal keeps it a customer");
  });

  test("a hand-off passes the baton, and is accepted or recycled", () => {
    for (const from of ["prospect", "lead", "recycled"] as const)
      assert.ok(allowed(from, "sales_ready", "handoff"));
    assert.ok(allowed("sales_ready", "in_sales", "handoff"));
    assert.ok(allowed("sales_ready", "recycled", "handoff"));
    assert.equal(allowed("in_sales", "recycled", "handoff"), false, "after acceptance, a user recycles");
    assert.equal(allowed("sales_ready", "customer", "handoff"), false);
  });

  test("a customer goes back only to marketing; a sales-owned contact never skips back to prospect", () => {
    assert.deepEqual(
      STAGES.filter((to) => allowed("customer", to, "user")),
      ["recycled"],
    );
    assert.equal(allowed("in_sales", "lead", "user"), false);
    assert.equal(allowed("in_sales", "prospect", "user"), false);
    assert.match(
      (planTransition("customer", "lead", "user") as { reason: string }).reason,
      /a customer cannot become a lead/,
    );
  });

  test("what each transition sets in motion", () => {
    assert.deepEqual(effects("lead", "sales_ready"), {
      passBaton: true,
      handOverAccepted: false,
      settleHandoff: null,
      closeFirstTask: false,
      endEnrolments: false,
      clearOwner: false,
      startCooldown: false,
    });
    // Straight to sales from marketing: the hand-off, accepted at once.
    assert.equal(effects("lead", "in_sales").handOverAccepted, true);
    assert.equal(effects("sales_ready", "in_sales").handOverAccepted, false);
    assert.equal(effects("sales_ready", "in_sales").settleHandoff, "accepted");
    assert.equal(effects("sales_ready", "customer").settleHandoff, "accepted");
    for (const back of ["lead", "recycled", "disqualified"] as const) {
      assert.equal(effects("sales_ready", back).settleHandoff, "recycled", back);
      assert.equal(effects("sales_ready", back).closeFirstTask, true, back);
    }
    assert.deepEqual(
      STAGES.filter(
        (to) => to !== "in_sales" && allowed("in_sales", to, "user") && effects("in_sales", to).endEnrolments,
      ),
      ["customer", "disqualified"],
    );
    assert.equal(effects("in_sales", "recycled").startCooldown, true);
    assert.equal(effects("in_sales", "recycled").clearOwner, true);
    assert.equal(effects("in_sales", "customer").clearOwner, false, "a customer keeps its account owner");
    assert.equal(effects("in_sales", "customer").closeFirstTask, true);
  });
});
