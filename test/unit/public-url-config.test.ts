import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConfig } from "../../src/config.ts";

test("the public URL defaults to localhost on the port, without a trailing slash", () => {
  assert.equal(parseConfig({}).publicUrl, "http://localhost:3000");
  assert.equal(parseConfig({ PORT: "8080" }).publicUrl, "http://localhost:8080");
  assert.equal(
    parseConfig({ BATON_PUBLIC_URL: "https://crm.example.com/" }).publicUrl,
    "https://crm.example.com",
  );
});

test("a public URL that is not http(s) is refused", () => {
  assert.throws(() => parseConfig({ BATON_PUBLIC_URL: "javascript:alert(1)" }), /BATON_PUBLIC_URL/);
  assert.throws(() => parseConfig({ BATON_PUBLIC_URL: "not a url" }), /BATON_PUBLIC_URL/);
});
