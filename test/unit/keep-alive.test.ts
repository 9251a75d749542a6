// A load balancer keeps idle connections to Baton for up to 60 s and reuses them; Baton must not
// close them first, or the request sent on a connection the server is closing fails (a 502 from
// the balancer).
import assert from "node:assert/strict";
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { KEEP_ALIVE_MS, listen } from "../../src/cli/http-server.ts";

test("an idle keep-alive connection is still open after 6 s (longer than Node's 5 s default)", async () => {
  const server = listen(() => new Response("ok"), 0, "127.0.0.1");
  await once(server, "listening");
  let connections = 0;
  server.on("connection", () => connections++);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = () =>
    new Promise<number>((resolve, reject) => {
      const { port } = server.address() as AddressInfo;
      http
        .get({ host: "127.0.0.1", port, path: "/", agent }, (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        })
        .on("error", reject);
    });
  try {
    assert.equal(await get(), 200);
    await new Promise((r) => setTimeout(r, 6_000));
    assert.equal(await get(), 200);
    assert.equal(connections, 1, "the second request reused the first connection");
    assert.ok(KEEP_ALIVE_MS > 60_000, "longer than a balancer's 60 s");
  } finally {
    agent.destroy();
    server.close();
  }
});
