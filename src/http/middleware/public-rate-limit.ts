import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { PUBLIC_ACTIONS_PER_TOKEN, PUBLIC_REQUESTS_PER_ADDRESS } from "../../domain/rate-limits.ts";
import { takeHit } from "../../services/limits/rate-limit.ts";
import { clientAddress } from "../client-address.ts";
import type { AppEnv } from "../env.ts";

/**
 * Rate limits for the endpoints anyone may call (signed links, tracking, invitations): every
 * request counts against the caller's address and, where the link is in the path (`linkInPath`),
 * every action (a POST) also against the link itself, stored as a hash (a link is a capability;
 * the counters must not hold one).
 */
export function publicRateLimit(options: { linkInPath: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const deps = c.get("deps");
    const now = deps.now();
    const address = clientAddress(c, c.get("trustedProxies"));
    if (address) await takeHit(deps.db, PUBLIC_REQUESTS_PER_ADDRESS, address, now);
    if (options.linkInPath && c.req.method === "POST") {
      const link = createHash("sha256").update(c.req.path).digest("base64url");
      await takeHit(deps.db, PUBLIC_ACTIONS_PER_TOKEN, link, now);
    }
    return next();
  };
}
