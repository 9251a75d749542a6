import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { installPlainValidationMessages } from "./plain-errors.ts";

installPlainValidationMessages();

const messages = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  assert.equal(result.success, false);
  return Object.fromEntries(result.error!.issues.map((i) => [i.path.join(".") || "(body)", i.message]));
};

test("the library's defaults read as plain words with plain limits", () => {
  const schema = z.strictObject({
    quantity: z.number().int().min(1),
    huge: z.number().int(),
    name: z.string().min(1).max(5),
    kind: z.enum(["warm", "hot"]),
    id: z.uuid(),
    email: z.email(),
    lines: z.array(z.number()).max(2),
    price: z.number().max(1_000_000),
    needed: z.string(),
  });
  assert.deepEqual(
    messages(schema, {
      quantity: 0,
      huge: 2 ** 60,
      name: "toolong",
      kind: "cold",
      id: "x",
      email: "nope",
      lines: [1, 2, 3],
      price: 1_000_001,
      extra: true,
    }),
    {
      quantity: "must be at least 1",
      huge: "is too large",
      name: "must be at most 5 characters",
      kind: "must be one of: warm, hot",
      id: "must be an id (a UUID)",
      email: "must be an email address",
      lines: "must hold at most 2 items",
      price: "must be at most 1,000,000",
      needed: "is required",
      "(body)": "unknown field: extra",
    },
  );
  assert.deepEqual(messages(z.object({ n: z.number(), s: z.string().min(1) }), { n: "1", s: "" }), {
    n: "must be a number",
    s: "must not be empty",
  });
});

test("a schema's own message still wins", () => {
  assert.deepEqual(messages(z.object({ n: z.number().int("must be whole hours").min(1) }), { n: 1.5 }), {
    n: "must be whole hours",
  });
});
