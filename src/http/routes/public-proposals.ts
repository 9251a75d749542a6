// The prospect's side of a proposal, outside /api/v1 and outside authentication: the page, its
// PDF, accept and decline. Whoever calls these is a stranger: the signed token is all that counts;
// a forged, withdrawn or draft link gets the same "not available" page.
import type { Context } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { proposalFile } from "../../services/proposals/proposal-pdf.ts";
import { AcceptProposalSchema, DeclineProposalSchema } from "../../services/proposals/proposal-schemas.ts";
import {
  acceptProposal,
  declineProposal,
  openPublicProposal,
  type Response,
} from "../../services/proposals/public-proposal.ts";
import type { AppEnv } from "../env.ts";
import { pdfResponse } from "../pdf-response.ts";
import { type PageState, proposalPage } from "../proposal-page.ts";
import { PAGE_HEADERS, page, sendPage } from "../public-page.ts";

export const publicProposalRoutes = new Hono<AppEnv>();

const notAvailable = (c: Context) =>
  sendPage(
    c,
    page("This offer is not available", [
      "The link is incomplete, was changed, or the offer was withdrawn. Ask the person who sent it for a new link.",
    ]),
    404,
  );

publicProposalRoutes.use("/p/*", bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.text("Too large", 413) }));

publicProposalRoutes.get("/p/:token", async (c) => {
  const token = c.req.param("token");
  // A HEAD (link checkers) is answered by this handler too, but only a GET is someone reading.
  const found = await openPublicProposal(c.get("deps"), token, { countView: c.req.method === "GET" });
  if (found.status === "invalid") return notAvailable(c);
  return c.body(
    proposalPage(found.document, token, { closedBecause: found.closedBecause }),
    200,
    PAGE_HEADERS,
  );
});

publicProposalRoutes.get("/p/:token/pdf", async (c) => {
  const found = await openPublicProposal(c.get("deps"), c.req.param("token"), { countView: false });
  if (found.status === "invalid") return notAvailable(c);
  return pdfResponse(c, await proposalFile(found.document), "inline");
});

/** A form field as one string: a repeated or file field is not one of ours. */
async function field(c: Context, name: string): Promise<string> {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const value = (body as Record<string, unknown>)[name];
  return typeof value === "string" ? value : "";
}

function answer(c: Context, token: string, result: Response, state: Omit<PageState, "closedBecause">) {
  if (result.status === "invalid") return notAvailable(c);
  const closedBecause = result.status === "refused" ? result.message : null;
  const status = result.status === "refused" ? 409 : 200;
  return c.body(proposalPage(result.document, token, { ...state, closedBecause }), status, PAGE_HEADERS);
}

publicProposalRoutes.post("/p/:token/accept", async (c) => {
  const token = c.req.param("token");
  const parsed = AcceptProposalSchema.safeParse({ name: await field(c, "name") });
  if (!parsed.success) {
    const found = await openPublicProposal(c.get("deps"), token, { countView: false });
    if (found.status === "invalid") return notAvailable(c);
    const html = proposalPage(found.document, token, {
      closedBecause: found.closedBecause,
      fieldError: { field: "name", message: "Type your full name (2 to 200 characters) to accept." },
    });
    return c.body(html, 400, PAGE_HEADERS);
  }
  const result = await acceptProposal(c.get("deps"), token, parsed.data);
  return answer(c, token, result, {
    notice: result.status === "done" ? "Thank you: the offer is accepted." : undefined,
  });
});

publicProposalRoutes.post("/p/:token/decline", async (c) => {
  const token = c.req.param("token");
  const parsed = DeclineProposalSchema.safeParse({ reason: await field(c, "reason") });
  if (!parsed.success) {
    const found = await openPublicProposal(c.get("deps"), token, { countView: false });
    if (found.status === "invalid") return notAvailable(c);
    const html = proposalPage(found.document, token, {
      closedBecause: found.closedBecause,
      fieldError: { field: "reason", message: "Keep the reason under 2,000 characters." },
    });
    return c.body(html, 400, PAGE_HEADERS);
  }
  const result = await declineProposal(c.get("deps"), token, parsed.data);
  return answer(c, token, result, {
    notice:
      result.status === "done"
        ? "Thank you: the offer is declined, and the seller has been told."
        : undefined,
  });
});
