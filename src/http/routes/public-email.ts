// The public email endpoints, outside /api/v1 and outside authentication: unsubscribe (RFC 8058
// one-click), the open pixel and the click redirect. Whoever calls them is a stranger: the signed
// token is all that counts, every page is built from fixed text and escaped values, and a click
// only ever redirects to the URL stored for the message.

import type { Context } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { recordClick, recordOpen } from "../../services/email/track-engagement.ts";
import { readUnsubscribeLink, unsubscribe } from "../../services/email/unsubscribe.ts";
import type { AppEnv } from "../env.ts";
import { page, sendPage as send } from "../public-page.ts";

export const publicEmailRoutes = new Hono<AppEnv>();

// A 1×1 transparent GIF.
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

const invalidLink = (c: Context) =>
  send(
    c,
    page("This link is not valid", [
      "The unsubscribe link is incomplete or was changed. Use the link from the email exactly as it arrived.",
    ]),
    400,
  );

const unsubscribedPage = (maskedEmail: string, workspaceName: string) =>
  page("You are unsubscribed", [`${maskedEmail} will get no more marketing email from ${workspaceName}.`]);

publicEmailRoutes.use("/u/*", bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.text("Too large", 413) }));

// A GET never unsubscribes: mail scanners fetch links. It shows the address and a button.
publicEmailRoutes.get("/u/:token", async (c) => {
  const link = await readUnsubscribeLink(c.get("deps"), c.req.param("token"));
  if (link.status === "invalid") return invalidLink(c);
  if (link.already) return send(c, unsubscribedPage(link.maskedEmail, link.workspaceName), 200);
  return send(
    c,
    page("Unsubscribe?", [`Stop marketing email from ${link.workspaceName} to ${link.maskedEmail}?`], {
      button: "Unsubscribe",
    }),
    200,
  );
});

// RFC 8058 one-click: the mail client POSTs "List-Unsubscribe=One-Click" without cookies; the
// form above posts the same. The body is not needed: the token says who.
publicEmailRoutes.post("/u/:token", async (c) => {
  const result = await unsubscribe(c.get("deps"), c.req.param("token"));
  if (result.status === "invalid") return invalidLink(c);
  return send(c, unsubscribedPage(result.maskedEmail, result.workspaceName), 200);
});

publicEmailRoutes.get("/t/o/:token", async (c) => {
  const ok = await recordOpen(c.get("deps"), c.req.param("token"));
  if (!ok) return c.body(null, 404, { "Cache-Control": "no-store" });
  return c.body(PIXEL, 200, {
    "Content-Type": "image/gif",
    "Content-Length": String(PIXEL.length),
    "Cache-Control": "no-store, max-age=0",
  });
});

publicEmailRoutes.get("/t/c/:token", async (c) => {
  const url = await recordClick(c.get("deps"), c.req.param("token"));
  if (!url) return send(c, page("Link not found", ["This link is not valid."]), 404);
  return c.redirect(url, 302);
});
