// The contact form's reading of the server's refusals: each lands under the field or the custom
// property it names, in the form's words — never an API path, a type name or a JSON dump. The
// issue shapes are the API's own answers (copied from POST /contacts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { ApiError } from "../../web/src/api/client.ts";
import { fieldErrorsFrom, type PropertyRow } from "../../web/src/features/contacts/contact-form.ts";

const invalid = (path: string, message: string) =>
  new ApiError(400, "validation_failed", `${path}: ${message}`, { issues: [{ path, message }] });
const rows: PropertyRow[] = [
  { key: "met_at", value: "Hannover" },
  { key: "a.b", value: "x".repeat(2001) },
];

test("a field's refusal is under that field, in words", () => {
  assert.deepEqual(fieldErrorsFrom(invalid("email", "must be an email address"), []), {
    fields: { email: "Enter an email address like name@example.com" },
    rest: null,
  });
  assert.deepEqual(fieldErrorsFrom(invalid("phone", "must be at most 50 characters"), []), {
    fields: { phone: "At most 50 characters" },
    rest: null,
  });
});

test("a custom property's refusal is under its row, found by its whole name (dots and all)", () => {
  const tooLong = fieldErrorsFrom(invalid("properties.a.b", "must be at most 2,000 characters"), rows);
  assert.deepEqual(tooLong.fields, { propertyRows: { 1: "At most 2,000 characters" } });
  const badKey = fieldErrorsFrom(invalid(`properties.${"k".repeat(101)}`, "Invalid key in record"), rows);
  assert.deepEqual(badKey.fields, { propertyRows: { 1: "A name of at most 100 characters" } });
  const nested = fieldErrorsFrom(invalid("properties.met_at", "Invalid input"), rows);
  assert.deepEqual(nested.fields, { propertyRows: { 0: "Enter text, a number, yes/no or a list" } });
});

test("a taken email is under Email; an unknown company or owner under its choice", () => {
  const taken = new ApiError(409, "conflict", "A contact with the email a@b.example already exists.", null);
  assert.deepEqual(fieldErrorsFrom(taken, []).fields, {
    email: "Another contact already has this email address",
  });
  const company = new ApiError(422, "unknown_reference", "Company 0193… was not found.", null);
  assert.deepEqual(fieldErrorsFrom(company, []).fields, {
    companyId: "This company no longer exists; choose another",
  });
  const owner = new ApiError(422, "unknown_reference", "User 0193… was not found.", null);
  assert.deepEqual(fieldErrorsFrom(owner, []).fields, {
    ownerId: "This user no longer exists; choose another owner",
  });
});

test("a deactivated owner is refused under Owner, in the server's words", () => {
  const message = "Dana is deactivated and cannot take on new work: choose an active user.";
  const refused = new ApiError(400, "validation_failed", message, { field: "ownerId" });
  assert.deepEqual(fieldErrorsFrom(refused, []), { fields: { ownerId: message }, rest: null });
});

test("what belongs to no field stays above the form, as the server said it", () => {
  const forbidden = new ApiError(403, "forbidden", "Your role (partner) may not update contacts.", null);
  assert.deepEqual(fieldErrorsFrom(forbidden, []), {
    fields: {},
    rest: "Your role (partner) may not update contacts.",
  });
});
