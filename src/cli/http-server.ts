// The HTTP server of `baton start`. An idle keep-alive connection stays open longer than a load
// balancer keeps its own idle connections to the server (60 s for nginx's upstream keepalive and
// for AWS load balancers, which ask for a longer timeout on the server). With Node's default of
// 5 s, the server may close a connection at the moment the balancer reuses it, and that request
// fails with a 502. (Node's own HTTP client reads the server's Keep-Alive hint and avoids this;
// balancers that ignore the hint do not.)
import type { Server } from "node:http";
import { serve } from "@hono/node-server";

export const KEEP_ALIVE_MS = 65_000;

export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
  hostname: string,
) {
  const server = serve({ fetch, port, hostname }) as Server;
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Node closes a connection whose next request's headers are late; keep that beyond the idle time.
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  return server;
}
