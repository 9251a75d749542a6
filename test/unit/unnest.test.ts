import assert from "node:assert/strict";
import { test } from "node:test";
import { arrayLiteral } from "../../src/store/queries/unnest.ts";

test("an array literal quotes every element, escapes quotes and backslashes, and writes NULL bare", () => {
  assert.equal(arrayLiteral([]), "{}");
  assert.equal(arrayLiteral(["a", null, undefined, ""]), '{"a",NULL,NULL,""}');
  assert.equal(
    arrayLiteral(['say "hi"', "back\\slash", "NULL", "{a,b}"]),
    '{"say \\"hi\\"","back\\\\slash","NULL","{a,b}"}',
  );
  assert.equal(arrayLiteral([1.5, -0.1, 3, true]), '{"1.5","-0.1","3","true"}');
  // An object is its JSON (a jsonb[] element), escaped as a string.
  assert.equal(arrayLiteral([{ q: 'x"y' }]), '{"{\\"q\\":\\"x\\\\\\"y\\"}"}');
});
