import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { AppError } from "../../domain/errors.ts";
import { resolveApiKey, resolveSession } from "../../services/auth/resolve-credentials.ts";
import type { AppEnv } from "../env.ts";

export const SESSION_COOKIE = "baton_session";
/** Cookie-authenticated writes must carry this header: a cross-site form cannot set it (CSRF). */
export const WEB_CLIENT_HEADER = "X-Baton-Client";

/** Refuses a cookie-authenticated write without the web client's header (a cross-site form). */
export function requireWebClient(c: Context): void {
  if (!c.req.header(WEB_CLIENT_HEADER)) {
    throw new AppError("forbidden", `Cookie-authenticated writes need the ${WEB_CLIENT_HEADER} header.`);
  }
}

export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const deps = c.get("deps");
    const authorization = c.req.header("Authorization");
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match)
        throw new AppError("unauthenticated", "The Authorization header must be 'Bearer <API key>'.");
      const identity = await resolveApiKey(deps, match[1]!);
      if (!identity) throw new AppError("unauthenticated", "The API key is not valid or has been revoked.");
      c.set("identity", identity);
      c.set("authVia", "api_key");
      return next();
    }
    const token = getCookie(c, SESSION_COOKIE);
    const identity = token ? await resolveSession(deps, token) : null;
    if (!identity) {
      throw new AppError(
        "unauthenticated",
        token
          ? "Your session has expired; log in again."
          : "Authentication required: send 'Authorization: Bearer <API key>'.",
      );
    }
    if (c.req.method !== "GET" && c.req.method !== "HEAD") requireWebClient(c);
    c.set("identity", identity);
    c.set("authVia", "session");
    return next();
  };
}
