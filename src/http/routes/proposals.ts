// Proposals and estimates for staff and partner users: made from a deal, downloaded as PDF, sent
// (as a public link the prospect opens), withdrawn. The prospect's side is public-proposals.ts.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { createProposal } from "../../services/proposals/create-proposal.ts";
import { CreateProposalSchema, ProposalListQuerySchema } from "../../services/proposals/proposal-schemas.ts";
import {
  getProposal,
  listDealProposals,
  listProposals,
  proposalPdf,
} from "../../services/proposals/read-proposals.ts";
import { sendProposal, withdrawProposal } from "../../services/proposals/send-proposal.ts";
import type { AppEnv } from "../env.ts";
import { pdfResponse } from "../pdf-response.ts";
import {
  conflictResponse,
  errorResponses,
  IdParam,
  json,
  jsonBody,
  notFoundResponse,
  pageOf,
} from "../schemas.ts";
import { ProposalSchema } from "./proposal-schemas-openapi.ts";

const tags = ["Proposals"];
export const proposalRoutes = new OpenAPIHono<AppEnv>();

proposalRoutes.openapi(
  createRoute({
    method: "get",
    path: "/deals/{id}/proposals",
    operationId: "listDealProposals",
    tags,
    summary: "A deal's proposals and estimates, newest first",
    request: { params: IdParam },
    responses: {
      200: json(z.object({ data: z.array(ProposalSchema) }), "The deal's proposals"),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) =>
    c.json(await listDealProposals(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

proposalRoutes.openapi(
  createRoute({
    method: "post",
    path: "/deals/{id}/proposals",
    operationId: "createProposal",
    tags,
    summary: "Make a proposal or estimate (a draft) from the deal's line items",
    description:
      "Copies the deal's line items as they are now: the draft, and the offer once sent, keep these lines whatever the deal's lines become. `validUntil` is the last day the prospect may accept, in the workspace's time zone (default: 30 days from today). Admin, sales and partner users, on deals they may see.",
    request: { params: IdParam, body: jsonBody(CreateProposalSchema.openapi("ProposalInput")) },
    responses: {
      201: json(ProposalSchema, "The draft"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) =>
    c.json(
      await createProposal(c.get("deps"), c.get("identity"), {
        dealId: c.req.valid("param").id,
        proposal: c.req.valid("json"),
      }),
      201,
    ),
);

proposalRoutes.openapi(
  createRoute({
    method: "get",
    path: "/proposals",
    operationId: "listProposals",
    tags,
    summary: "Proposals and estimates across the deals the reader may see, newest first",
    description:
      "`status=sent` lists the offers still open to accept; `expired` the sent ones past their last day (in the workspace's time zone). `mine=true` keeps the deals the reader owns.",
    request: { query: ProposalListQuerySchema },
    responses: {
      200: json(pageOf(ProposalSchema, "ProposalPage"), "A page of proposals"),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await listProposals(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

proposalRoutes.openapi(
  createRoute({
    method: "get",
    path: "/proposals/{id}",
    operationId: "getProposal",
    tags,
    summary: "One proposal, with what the prospect did with it and its public link once sent",
    request: { params: IdParam },
    responses: { 200: json(ProposalSchema, "The proposal"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) => c.json(await getProposal(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

proposalRoutes.openapi(
  createRoute({
    method: "get",
    path: "/proposals/{id}/pdf",
    operationId: "getProposalPdf",
    tags,
    summary: "The proposal as a PDF (a draft is marked as one)",
    request: { params: IdParam },
    responses: {
      200: {
        description: "The document",
        content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
      },
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) => {
    const file = await proposalPdf(c.get("deps"), c.get("identity"), c.req.valid("param").id);
    return pdfResponse(c, file, "attachment");
  },
);

proposalRoutes.openapi(
  createRoute({
    method: "post",
    path: "/proposals/{id}/send",
    operationId: "sendProposal",
    tags,
    summary: "Send a draft: its public link starts working",
    description:
      "Refused (409) when the offer's lines are outside the price policy and no approval covers exactly those lines, as for winning the deal. Sending withdraws the deal's other sent offers. Baton does not email the link: the answer's `publicUrl` is for the rep to send.",
    request: { params: IdParam },
    responses: {
      200: json(ProposalSchema, "The sent proposal"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) => c.json(await sendProposal(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

proposalRoutes.openapi(
  createRoute({
    method: "post",
    path: "/proposals/{id}/withdraw",
    operationId: "withdrawProposal",
    tags,
    summary: "Withdraw a draft or a sent offer: its public link stops working at once",
    request: { params: IdParam },
    responses: {
      200: json(ProposalSchema, "The withdrawn proposal"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) => c.json(await withdrawProposal(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);
