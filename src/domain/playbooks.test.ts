import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  callStepIsFirstContact,
  cooledInto,
  exitsForTouches,
  MAX_DELAY_MINUTES,
  mayEditPlaybook,
  nextLiveStep,
  pauseOf,
  rateLimitVerdict,
  type StepRule,
  stepDueAt,
  stepProblems,
  stepVerdict,
  tierEntered,
} from "./playbooks.ts";

const NOW = Date.parse("2026-09-10T12:00:00Z");
const MIN = 60_000;
const email: StepRule = {
  side: "marketing",
  channel: "email",
  delayMinutes: 0,
  templateId: "t1",
  taskTitle: null,
};

describe("a step's channel fits its side", () => {
  test("calls, meetings, presentations and proposals are sales work", () => {
    for (const channel of ["call_task", "meeting_task", "presentation_task", "proposal_task"] as const) {
      assert.deepEqual(
        stepProblems([{ ...email, channel, templateId: null, taskTitle: "Call", side: "sales" }]),
        [],
      );
      assert.match(
        stepProblems([{ ...email, channel, templateId: null, taskTitle: "Call", side: "marketing" }])[0]!
          .message,
        /sales work, not marketing/,
      );
    }
  });
  test("direct mail and ad audiences are marketing work", () => {
    const mail = {
      ...email,
      channel: "direct_mail_task" as const,
      templateId: null,
      taskTitle: "Send the brochure",
    };
    assert.deepEqual(stepProblems([mail]), []);
    assert.equal(stepProblems([{ ...mail, side: "sales" }]).length, 1);
    const ads = { ...email, channel: "ad_audience_export" as const, templateId: null };
    assert.deepEqual(stepProblems([ads]), []);
    assert.equal(stepProblems([{ ...ads, side: "sales" }]).length, 1);
  });
  test("email is either side's", () => {
    assert.deepEqual(stepProblems([email, { ...email, side: "sales" }]), []);
  });
});

describe("step contents", () => {
  test("an email step needs a template; other steps have none", () => {
    assert.match(stepProblems([{ ...email, templateId: null }])[0]!.message, /needs a template/);
    assert.match(
      stepProblems([{ ...email, channel: "ad_audience_export", templateId: "t1" }])[0]!.message,
      /only email steps/,
    );
  });
  test("a task step needs its text", () => {
    const call = { ...email, side: "sales" as const, channel: "call_task" as const, templateId: null };
    assert.match(stepProblems([{ ...call, taskTitle: "  " }])[0]!.message, /task's text/);
    assert.deepEqual(stepProblems([{ ...call, taskTitle: "Call" }]), []);
  });
  test("delays run from 0 to a year, in whole minutes", () => {
    assert.deepEqual(stepProblems([{ ...email, delayMinutes: 0 }]), []);
    assert.deepEqual(stepProblems([{ ...email, delayMinutes: MAX_DELAY_MINUTES }]), []);
    assert.equal(stepProblems([{ ...email, delayMinutes: MAX_DELAY_MINUTES + 1 }]).length, 1);
    assert.equal(stepProblems([{ ...email, delayMinutes: -1 }]).length, 1);
    assert.equal(stepProblems([{ ...email, delayMinutes: 1.5 }]).length, 1);
  });
  test("problems name the step by its index", () => {
    assert.deepEqual(
      stepProblems([email, { ...email, templateId: null }]).map((p) => p.index),
      [1],
    );
  });
});

describe("who edits playbooks", () => {
  test("admins and marketing edit every playbook", () => {
    for (const role of ["admin", "marketing"]) {
      assert.ok(mayEditPlaybook(role, { tier: "hot", side: "sales" }));
      assert.ok(mayEditPlaybook(role, { tier: null, side: "sales" }));
    }
  });
  test("sales edits one-to-one sales sequences only", () => {
    assert.ok(mayEditPlaybook("sales", { tier: null, side: "sales" }));
    assert.ok(!mayEditPlaybook("sales", { tier: "hot", side: "sales" }));
    assert.ok(!mayEditPlaybook("sales", { tier: null, side: "marketing" }));
    assert.ok(!mayEditPlaybook("partner", { tier: null, side: "sales" }));
  });
});

describe("step schedule", () => {
  test("a step is due its delay after the previous one", () => {
    assert.equal(stepDueAt(NOW, 0), NOW);
    assert.equal(stepDueAt(NOW, 90), NOW + 90 * MIN);
  });
  test("the next live step skips retired steps and earlier positions", () => {
    const steps = [
      { id: "a", position: 0, retired: false },
      { id: "b", position: 1, retired: true },
      { id: "c", position: 3, retired: false },
      { id: "d", position: 2, retired: false },
    ];
    assert.equal(nextLiveStep(steps, 0)!.id, "a");
    assert.equal(nextLiveStep(steps, 1)!.id, "d");
    assert.equal(nextLiveStep(steps, 3)!.id, "c");
    assert.equal(nextLiveStep(steps, 4), null);
  });
});

describe("the two guards at step time", () => {
  test("marketing steps are skipped once sales owns the contact, and run before", () => {
    for (const stage of ["sales_ready", "in_sales"] as const) {
      const v = stepVerdict({ side: "marketing", stage, transactional: false, overridden: false });
      assert.equal(v.run, false);
      assert.equal(!v.run && v.outcome, "skipped");
    }
    assert.ok(stepVerdict({ side: "marketing", stage: "lead", transactional: false, overridden: false }).run);
  });
  test("transactional mail always goes", () => {
    assert.ok(
      stepVerdict({ side: "marketing", stage: "in_sales", transactional: true, overridden: false }).run,
    );
  });
  test("sales steps are blocked for leads not yet ready, unless overridden", () => {
    for (const stage of ["lead", "recycled"] as const) {
      const v = stepVerdict({ side: "sales", stage, transactional: false, overridden: false });
      assert.equal(!v.run && v.outcome, "blocked");
      assert.ok(stepVerdict({ side: "sales", stage, transactional: false, overridden: true }).run);
    }
    assert.ok(
      stepVerdict({ side: "sales", stage: "sales_ready", transactional: false, overridden: false }).run,
    );
  });
});

describe("exits from touchpoints", () => {
  test("a reply ends every sequence; it wins over a meeting in the same batch", () => {
    assert.deepEqual(exitsForTouches(["email_open", "email_reply", "meeting"]), {
      all: "replied",
      marketing: null,
    });
  });
  test("a booked meeting ends every sequence", () => {
    assert.deepEqual(exitsForTouches(["meeting"]), { all: "meeting_booked", marketing: null });
  });
  test("an unsubscribe ends marketing only", () => {
    assert.deepEqual(exitsForTouches(["unsubscribe"]), { all: null, marketing: "unsubscribed" });
  });
  test("other touches end nothing", () => {
    assert.deepEqual(exitsForTouches(["page_view", "email_click"]), { all: null, marketing: null });
  });
});

describe("entering a tier", () => {
  test("a temperature change enters the new tier", () => {
    assert.equal(tierEntered({ before: "cold", after: "warm", firstTouch: false, stage: "lead" }), "warm");
    assert.equal(tierEntered({ before: "hot", after: "warm", firstTouch: false, stage: "in_sales" }), "warm");
  });
  test("staying in the tier enters nothing, except on the first touch", () => {
    assert.equal(tierEntered({ before: "warm", after: "warm", firstTouch: false, stage: "lead" }), null);
    assert.equal(tierEntered({ before: "cold", after: "cold", firstTouch: true, stage: "prospect" }), "cold");
  });
  test("customers and disqualified contacts run no playbook", () => {
    assert.equal(tierEntered({ before: "warm", after: "hot", firstTouch: false, stage: "customer" }), null);
    assert.equal(
      tierEntered({ before: "warm", after: "hot", firstTouch: false, stage: "disqualified" }),
      null,
    );
  });
  test("cooling: warm since it stopped being hot, cold since it stopped being warm", () => {
    const h = NOW - 5 * MIN;
    const w = NOW + 60 * MIN;
    assert.deepEqual(cooledInto({ hotUntil: h, warmUntil: w }, NOW), { tier: "warm", since: h });
    assert.deepEqual(cooledInto({ hotUntil: h - MIN, warmUntil: h }, NOW), { tier: "cold", since: h });
    assert.equal(cooledInto({ hotUntil: NOW, warmUntil: w }, NOW), null, "hot until now is still hot");
    assert.equal(cooledInto({ hotUntil: null, warmUntil: w }, NOW), null, "warm but never hot");
    assert.equal(cooledInto({ hotUntil: null, warmUntil: null }, NOW), null, "never warm");
  });
});

describe("the per-minute send limit", () => {
  test("below the limit a message goes", () => {
    assert.deepEqual(
      rateLimitVerdict({ sentInWindow: 9, oldestInWindow: NOW - 30_000, limitPerMinute: 10, now: NOW }),
      {
        allowed: true,
      },
    );
  });
  test("at the limit it waits until the oldest leaves the window", () => {
    assert.deepEqual(
      rateLimitVerdict({ sentInWindow: 10, oldestInWindow: NOW - 45_000, limitPerMinute: 10, now: NOW }),
      { allowed: false, retryAt: NOW + 15_000 },
    );
  });
  test("it never retries sooner than a second from now", () => {
    assert.deepEqual(
      rateLimitVerdict({ sentInWindow: 10, oldestInWindow: NOW - 59_900, limitPerMinute: 10, now: NOW }),
      { allowed: false, retryAt: NOW + 1000 },
    );
  });
});

describe("the first call and paused enrolments", () => {
  test("the hand-off owns the first call: only a call step meets an open first-contact task", () => {
    assert.equal(callStepIsFirstContact("call_task", true), true);
    assert.equal(callStepIsFirstContact("call_task", false), false);
    assert.equal(callStepIsFirstContact("meeting_task", true), false);
    assert.equal(callStepIsFirstContact("email", true), false);
  });

  test("an enrolment the baton pauses says so, and why", () => {
    const marketing = pauseOf(
      stepVerdict({ side: "marketing", stage: "in_sales", transactional: false, overridden: false }),
      "in_sales",
    );
    assert.equal(marketing?.outcome, "skipped");
    assert.match(marketing!.why, /sales owns this contact/);
    const sales = pauseOf(
      stepVerdict({ side: "sales", stage: "lead", transactional: false, overridden: false }),
      "lead",
    );
    assert.equal(sales?.outcome, "blocked");
    assert.equal(
      pauseOf(stepVerdict({ side: "sales", stage: "lead", transactional: false, overridden: true }), "lead"),
      null,
    );
    assert.equal(
      pauseOf(
        stepVerdict({ side: "marketing", stage: "in_sales", transactional: true, overridden: false }),
        "in_sales",
      ),
      null,
    );
  });
});
