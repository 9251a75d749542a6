// A proposal's PDF as an answer: the same headers for the staff's download and the prospect's link.
import type { Context } from "hono";

export function pdfResponse(
  c: Context,
  file: { filename: string; pdf: Buffer },
  disposition: "attachment" | "inline",
) {
  return c.body(new Uint8Array(file.pdf), 200, {
    "Content-Type": "application/pdf",
    // The name is the label ("Proposal-12.pdf"): never text a user typed.
    "Content-Disposition": `${disposition}; filename="${file.filename}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Robots-Tag": "noindex",
  });
}
