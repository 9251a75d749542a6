// The plan and program forms' reading of the server's refusals (one shared placing, each form's
// own words): a validation issue under the field its path names, a rule's refusal under the
// field it names, a conflict under the one value it can be about, the rest above the form.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ApiError } from "../../web/src/api/client.ts";
import { fieldErrorsFrom as planErrors } from "../../web/src/features/plans/plan-form.ts";
import { fieldErrorsFrom as programErrors } from "../../web/src/features/programs/program-form.ts";

const invalid = (...issues: { path: string; message: string }[]) =>
  new ApiError(400, "validation_failed", `${issues[0]!.path}: ${issues[0]!.message}`, { issues });

test("a plan's issues land under its fields, in the form's words; the first per field wins", () => {
  assert.deepEqual(
    planErrors(
      invalid(
        { path: "leadsTarget", message: "must be at least 0" },
        { path: "plannedSpendMinor", message: "must be at most 1000000000" },
        { path: "leadsTarget", message: "expected int" },
      ),
    ),
    { fields: { leads: "A target cannot be negative", spend: "That target is too large" }, rest: null },
  );
});

test("a plan's conflict is under the scope; a program gone under the program; the rest above", () => {
  const taken = new ApiError(409, "conflict", "There is already a plan for this month and scope.", null);
  assert.deepEqual(planErrors(taken), {
    fields: { scope: "There is already a plan for this month and scope." },
    rest: null,
  });
  const gone = new ApiError(422, "unknown_reference", "Program x was not found.", { field: "programId" });
  assert.deepEqual(planErrors(gone).fields, { programId: "That program no longer exists" });
  const other = new ApiError(403, "forbidden", "Your role (sales) may not change plans.", null);
  assert.deepEqual(planErrors(other), { fields: {}, rest: "Your role (sales) may not change plans." });
  assert.deepEqual(planErrors(new Error("offline")), { fields: {}, rest: "offline" });
});

test("a program's issues and rules land under its fields, API names in the form's words", () => {
  assert.deepEqual(
    programErrors(invalid({ path: "name", message: "Too big: expected string to have <=200 characters" })),
    {
      fields: { name: "This is too long or empty" },
      rest: null,
    },
  );
  const dates = new ApiError(400, "validation_failed", "endsOn must not be before startsOn", {
    field: "endsOn",
  });
  assert.deepEqual(programErrors(dates).fields, { endsOn: "The end date must not be before the start date" });
  const owner = new ApiError(422, "unknown_reference", "No marketing user or admin x.", { field: "ownerId" });
  assert.deepEqual(programErrors(owner).fields, { ownerId: "Choose a marketing user or an admin" });
  const left = "Dana is deactivated and cannot take on new work: choose an active user.";
  assert.deepEqual(programErrors(new ApiError(400, "validation_failed", left, { field: "ownerId" })).fields, {
    ownerId: left,
  });
});

test("a program's UTM conflict is under the UTM campaign; another conflict is placed as usual", () => {
  const utm = new ApiError(409, "conflict", "Another program already uses the utm_campaign spring.", null);
  assert.deepEqual(programErrors(utm), {
    fields: { utmCampaign: "Another program already uses this UTM campaign key" },
    rest: null,
  });
  const other = new ApiError(409, "conflict", "The program changed meanwhile.", null);
  assert.deepEqual(programErrors(other), { fields: {}, rest: "The program changed meanwhile." });
});
