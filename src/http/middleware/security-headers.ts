import type { MiddlewareHandler } from "hono";

// Headers every answer carries unless its route set its own (the public pages set stricter ones):
// no framing by other sites (clickjacking), no content sniffing, and for the web app a policy that
// runs only its own scripts, so stored text can never become code even if it reached the page.
const WEB_APP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine and the charts set style attributes and inject style tags.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (!headers.has("X-Frame-Options")) headers.set("X-Frame-Options", "DENY");
    if (!headers.has("X-Content-Type-Options")) headers.set("X-Content-Type-Options", "nosniff");
    if (!headers.has("Referrer-Policy")) headers.set("Referrer-Policy", "same-origin");
    if (!headers.has("Content-Security-Policy")) {
      // The API reference page runs its own inline set-up; it only needs not to be framed.
      const webApp =
        (headers.get("Content-Type") ?? "").startsWith("text/html") && !c.req.path.startsWith("/api/");
      headers.set("Content-Security-Policy", webApp ? WEB_APP_POLICY : "frame-ancestors 'none'");
    }
  };
}
