import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEFAULT_PIPELINE_STAGES, type PipelineStage } from "./pipeline.ts";
import { actionProblem, contractStage, effectiveStatus, localDate, validityEnd } from "./proposals.ts";

describe("an offer's validity", () => {
  test("ends at the start of the next day where the seller works, DST included", () => {
    assert.equal(validityEnd("2026-12-15", "UTC").toISOString(), "2026-12-16T00:00:00.000Z");
    // New York is UTC−5 in winter, UTC−4 in summer.
    assert.equal(validityEnd("2026-12-15", "America/New_York").toISOString(), "2026-12-16T05:00:00.000Z");
    assert.equal(validityEnd("2026-07-01", "America/New_York").toISOString(), "2026-07-02T04:00:00.000Z");
    // Berlin springs forward on 29 March 2026: the day after still starts at local midnight (UTC+2).
    assert.equal(validityEnd("2026-03-29", "Europe/Berlin").toISOString(), "2026-03-29T22:00:00.000Z");
    // Month and year ends roll over.
    assert.equal(validityEnd("2026-12-31", "UTC").toISOString(), "2027-01-01T00:00:00.000Z");
  });

  test("a sent offer expires at that instant, not a millisecond before", () => {
    const offer = { status: "sent" as const, validUntil: "2026-12-15" };
    const tz = "Asia/Tokyo"; // UTC+9: the 15th ends at 15:00 UTC.
    assert.equal(effectiveStatus(offer, new Date("2026-12-15T14:59:59.999Z"), tz), "sent");
    assert.equal(effectiveStatus(offer, new Date("2026-12-15T15:00:00.000Z"), tz), "expired");
    // Only a sent offer expires: an accepted one stays accepted.
    assert.equal(
      effectiveStatus({ ...offer, status: "accepted" }, new Date("2027-06-01T00:00:00Z"), tz),
      "accepted",
    );
  });

  test("today is the seller's date, not UTC's", () => {
    assert.equal(localDate(new Date("2026-12-15T23:30:00Z"), "UTC"), "2026-12-15");
    assert.equal(localDate(new Date("2026-12-15T23:30:00Z"), "Asia/Tokyo"), "2026-12-16");
    assert.equal(localDate(new Date("2026-12-15T03:30:00Z"), "America/Los_Angeles"), "2026-12-14");
  });
});

describe("what each state allows", () => {
  test("only a draft is sent; only a live offer is accepted or declined; a closed one is not withdrawn", () => {
    assert.equal(actionProblem("send", "draft"), null);
    assert.equal(actionProblem("send", "sent"), "This offer is already sent.");
    assert.equal(actionProblem("accept", "sent"), null);
    assert.equal(actionProblem("accept", "expired"), "This offer has expired.");
    assert.equal(actionProblem("accept", "withdrawn"), "This offer was withdrawn.");
    assert.equal(actionProblem("decline", "accepted"), "This offer is already accepted.");
    assert.equal(actionProblem("accept", "draft"), "This offer has not been sent yet.");
    assert.equal(actionProblem("withdraw", "expired"), null);
    assert.equal(actionProblem("withdraw", "declined"), "This offer was declined.");
  });
});

describe("the stage an accepted offer moves its deal to", () => {
  const stages = DEFAULT_PIPELINE_STAGES;
  test("the contract stage, from any earlier open stage, never backwards", () => {
    assert.equal(contractStage(stages, "qualify"), "contract");
    assert.equal(contractStage(stages, "propose"), "contract");
    assert.equal(contractStage(stages, "contract"), null);
  });
  test("without a stage keyed contract, the last open stage", () => {
    const own: PipelineStage[] = [
      { key: "talk", name: "Talk", outcome: "open", probability: 20 },
      { key: "paper", name: "Paperwork", outcome: "open", probability: 70 },
      { key: "won", name: "Won", outcome: "won", probability: 100 },
      { key: "lost", name: "Lost", outcome: "lost", probability: 0 },
    ];
    assert.equal(contractStage(own, "talk"), "paper");
    assert.equal(contractStage(own, "paper"), null);
  });
});
