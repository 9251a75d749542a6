import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { CreateLinkSchema } from "../../services/programs/link-schemas.ts";
import {
  archiveProgramLink,
  createProgramLink,
  listProgramLinks,
  personalLinkUrl,
} from "../../services/programs/program-links.ts";
import type { AppEnv } from "../env.ts";
import { errorResponses, IdParam, json, jsonBody, notFoundResponse, PageQuery } from "../schemas.ts";

const tags = ["Programs"];
export const programLinkRoutes = new OpenAPIHono<AppEnv>();

const uuidParam = (name: string) =>
  z.uuid().openapi({ param: { name, in: "path" }, example: "01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10" });
const LinkParams = IdParam.extend({ linkId: uuidParam("linkId") });

const ProgramLinkSchema = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    code: z.string().openapi({ description: "The short code: the link is served at `/l/{code}`" }),
    label: z.string().nullable(),
    targetUrl: z.string().openapi({ description: "Where the link goes, without its UTM parameters" }),
    utmSource: z.string(),
    utmMedium: z.string().nullable(),
    utmCampaign: z.string().nullable(),
    utmContent: z.string().nullable(),
    utmTerm: z.string().nullable(),
    trackedUrl: z
      .string()
      .openapi({ description: "The target with the UTM parameters appended (its own query kept)" }),
    shortUrl: z.string().openapi({ description: "Baton's short redirect to `trackedUrl`" }),
    archived: z.boolean(),
    archivedAt: z.string().nullable(),
    createdAt: z.string(),
    clicks: z.object({
      known: z.number().int().openapi({
        description:
          "Clicks by contacts named by a personalised link's token: `link_click` touchpoints (at most one per contact, link and UTC day)",
      }),
      knownContacts: z.number().int().openapi({ description: "Distinct contacts among the known clicks" }),
      anonymous: z.number().int().openapi({ description: "Every click without a valid contact token" }),
    }),
  })
  .openapi("ProgramLink");

const LinkBody = CreateLinkSchema.openapi("ProgramLinkInput", {
  description: [
    "`targetUrl` must be an absolute http(s) URL without a user name, password or `utm_*` parameters of its own.",
    "`utmCampaign` defaults to the program's `utmCampaign` key (send null for none): touchpoints whose",
    "`properties.utm_campaign` equals that key are attributed to the program.",
  ].join(" "),
});

programLinkRoutes.openapi(
  createRoute({
    method: "get",
    path: "/programs/{id}/links",
    tags,
    summary: "A program's tracked links, newest first, with their click counts",
    description: "Archived links are included (`archived: true`): they keep redirecting.",
    request: { params: IdParam, query: PageQuery },
    responses: {
      200: json(
        z.object({ data: z.array(ProgramLinkSchema), nextCursor: z.string().nullable() }),
        "A page of links",
      ),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) =>
    c.json(
      await listProgramLinks(c.get("deps"), c.get("identity"), c.req.valid("param").id, c.req.valid("query")),
      200,
    ),
);

programLinkRoutes.openapi(
  createRoute({
    method: "post",
    path: "/programs/{id}/links",
    tags,
    summary: "Mint a tracked link for a program (admins and marketing)",
    description:
      "Draws a short code unique across the installation. The short URL redirects to `trackedUrl` and counts each click.",
    request: { params: IdParam, body: jsonBody(LinkBody) },
    responses: { 201: json(ProgramLinkSchema, "The link"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) =>
    c.json(
      await createProgramLink(c.get("deps"), c.get("identity"), c.req.valid("param").id, c.req.valid("json")),
      201,
    ),
);

programLinkRoutes.openapi(
  createRoute({
    method: "post",
    path: "/programs/{id}/links/{linkId}/archive",
    operationId: "archiveProgramLink",
    tags,
    summary: "Archive a tracked link (admins and marketing)",
    description: "The link leaves the list's default view; its short URL keeps redirecting and counting.",
    request: { params: LinkParams },
    responses: { 200: json(ProgramLinkSchema, "The archived link"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) => {
    const { id, linkId } = c.req.valid("param");
    return c.json(await archiveProgramLink(c.get("deps"), c.get("identity"), id, linkId), 200);
  },
);

programLinkRoutes.openapi(
  createRoute({
    method: "get",
    path: "/programs/{id}/links/{linkId}/personal-url",
    operationId: "getPersonalLinkUrl",
    tags,
    summary: "The link's short URL personalised for one contact",
    description: [
      "`/l/{code}?c={token}`, where the token is signed with the workspace's key and names the contact",
      "and this link. A click on it records a `link_click` touchpoint for the contact, attributed to the",
      "program (a prospect's click makes it a lead). Computed, not stored: the same contact always gets the same URL.",
    ].join(" "),
    request: {
      params: LinkParams,
      query: z.object({ contactId: z.uuid().openapi({ description: "The contact to personalise for" }) }),
    },
    responses: {
      200: json(
        z.object({ linkId: z.uuid(), contactId: z.uuid(), url: z.string() }).openapi("PersonalLinkUrl"),
        "The personalised short URL",
      ),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) => {
    const { id, linkId } = c.req.valid("param");
    const { contactId } = c.req.valid("query");
    return c.json(
      await personalLinkUrl(c.get("deps"), c.get("identity"), { programId: id, linkId, contactId }),
      200,
    );
  },
);
