// Pages for strangers (the public email and link endpoints): built from fixed text and escaped
// values, with headers that let them load nothing and be framed by no one.
import type { Context } from "hono";
import { escapeHtml } from "../domain/merge.ts";

export const PAGE_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex",
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy":
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
};

export function page(title: string, paragraphs: string[], form?: { button: string }): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  const action = form
    ? `\n<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(form.button)}</button></form>`
    : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}button{font:inherit;padding:.5rem 1rem;cursor:pointer}</style>
</head><body>
<h1>${escapeHtml(title)}</h1>
${body}${action}
</body></html>
`;
}

export const sendPage = (c: Context, html: string, status: 200 | 400 | 404) =>
  c.body(html, status, PAGE_HEADERS);
