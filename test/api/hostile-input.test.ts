// Every API operation, every body field and query parameter, one hostile value at a time: no
// answer is a 5xx. The quick corpus runs in `npm test`; BATON_PROOF=1 (npm run proof) sends the
// full one, as an admin and as a partner.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";
import { FULL_CORPUS, QUICK_CORPUS, runCorpus } from "../support/hostile.ts";

const proof = process.env.BATON_PROOF === "1";
let api: TestApi;
before(async () => {
  api = await setupApi();
});
after(() => api.close());

// Logging out ends nothing for an API key, and login attempts are the rate-limit suite's.
const skip = (op: { path: string }) => op.path.startsWith("/api/v1/auth/log");

test(`the ${proof ? "full" : "quick"} hostile corpus gets no 5xx from any operation`, async () => {
  const doc = (await api.call("GET", "/api/openapi.json")).body;
  const callers = proof ? [api.call, api.callerFor((await api.userWithKey("partner")).key)] : [api.call];
  const corpus = proof ? FULL_CORPUS : QUICK_CORPUS;
  let requests = 0;
  const statuses = new Map<number, number>();
  const errors = [];
  for (const call of callers) {
    const run = await runCorpus(doc, call, corpus, { skip });
    requests += run.requests;
    for (const [s, n] of run.statuses) statuses.set(s, (statuses.get(s) ?? 0) + n);
    errors.push(...run.serverErrors);
  }
  console.log(
    `hostile corpus: ${requests} requests, ${corpus.length} payloads; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
  );
  assert.ok(requests > 1000, `only ${requests} requests: the document was not walked`);
  assert.deepEqual(errors, []);
});

test("no open redirect: hostile targets are refused, and a link only ever goes to its stored target", async () => {
  const program = await api.call("POST", "/api/v1/programs", {
    name: "Spring",
    channel: "email",
    currency: "USD",
  });
  for (const targetUrl of [
    "javascript:alert(1)",
    "//evil.example/",
    "data:text/html,<script>alert(1)</script>",
    "https://user:pw@evil.example/",
    "/relative/path",
  ]) {
    const res = await api.call("POST", `/api/v1/programs/${program.body.id}/links`, {
      targetUrl,
      utmSource: "newsletter",
    });
    assert.equal(res.status, 400, `${targetUrl}: ${res.status}`);
    assert.match(res.body.error.message, /^targetUrl:/, targetUrl);
  }
  const link = await api.call("POST", `/api/v1/programs/${program.body.id}/links`, {
    targetUrl: "https://shop.example.com/spring",
    utmSource: "newsletter",
  });
  assert.equal(link.status, 201, JSON.stringify(link.body));
  const code = link.body.code as string;
  for (const tail of [
    "",
    "?url=https://evil.example",
    "?next=//evil.example&redirect=https://evil.example",
    "?c=forged.token",
    "/..%2f..%2fevil.example",
  ]) {
    const res = await api.app.request(`/l/${code}${tail}`);
    const location = res.headers.get("Location") ?? "";
    if (res.status >= 300 && res.status < 400)
      assert.ok(location.startsWith("https://shop.example.com/spring"), `${tail}: ${location}`);
    else assert.ok(res.status < 500 && location === "", `${tail}: ${res.status} ${location}`);
  }
});
