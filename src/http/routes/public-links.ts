// The public short link of a program's tracked link, outside /api/v1 and authentication. It
// redirects only to the stored target (with its UTM parameters): no part of the request — query,
// path, headers — can choose where it goes. `?c=` may carry a signed contact token; a bad one is
// counted as an anonymous click, never shown to the visitor as an error.
import { Hono } from "hono";
import { followLink } from "../../services/programs/follow-link.ts";
import type { AppEnv } from "../env.ts";
import { page, sendPage } from "../public-page.ts";

export const publicLinkRoutes = new Hono<AppEnv>();

publicLinkRoutes.get("/l/:code", async (c) => {
  const url = await followLink(c.get("deps"), { code: c.req.param("code"), contactToken: c.req.query("c") });
  if (!url) return sendPage(c, page("Link not found", ["This link is not valid."]), 404);
  // no-store: every click comes back here to be counted.
  c.header("Cache-Control", "no-store");
  c.header("X-Robots-Tag", "noindex");
  return c.redirect(url, 302);
});
