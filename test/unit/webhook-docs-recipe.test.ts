// The verification recipe of docs/WEBHOOKS.md, taken from the document itself and run against
// signatures made the way deliveries are signed: if either side changes, this fails.
import assert from "node:assert/strict";
import { createHmac, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { newWebhookSecret, signatureHeader } from "../../src/services/webhooks/signature.ts";

type Verify = (secret: string, rawBody: string, header: string, now?: number) => boolean;

function documentedRecipe(): Verify {
  const doc = readFileSync(path.join(import.meta.dirname, "../../docs/WEBHOOKS.md"), "utf8");
  const start = doc.indexOf("export function verifyBatonSignature");
  const end = doc.indexOf("\n}\n", start);
  assert.ok(start > 0 && end > start, "docs/WEBHOOKS.md shows verifyBatonSignature");
  const source = doc.slice(start, end + 2).replace("export ", "");
  return new Function("createHmac", "timingSafeEqual", `${source}\nreturn verifyBatonSignature;`)(
    createHmac,
    timingSafeEqual,
  ) as Verify;
}

test("the documented recipe accepts a delivery's signature and refuses a changed body, another secret or an old timestamp", () => {
  const verify = documentedRecipe();
  const secret = newWebhookSecret();
  const body = JSON.stringify({ id: "e1", type: "deal.won", data: { amountMinor: 500_000, name: "Café ✓" } });
  const at = new Date("2026-12-02T08:00:00Z");
  const header = signatureHeader(secret, body, at);
  assert.equal(verify(secret, body, header, at.getTime()), true);
  assert.equal(verify(secret, body, header, at.getTime() + 299_000), true, "within five minutes");
  assert.equal(verify(secret, body, header, at.getTime() + 301_000), false, "more than five minutes later");
  assert.equal(verify(secret, body.replace("500000", "900000"), header, at.getTime()), false);
  assert.equal(verify(newWebhookSecret(), body, header, at.getTime()), false);
  assert.equal(verify(secret, body, "t=abc,v1=00", at.getTime()), false);
});
