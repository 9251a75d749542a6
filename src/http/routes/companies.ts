import { createRoute, z } from "@hono/zod-openapi";
import { CompanyFieldsSchema, UpdateCompanySchema } from "../../services/companies/company-schemas.ts";
import { getCompanyTimeline } from "../../services/companies/company-timeline.ts";
import * as companies from "../../services/companies/company-use-cases.ts";
import { errorResponses, IdParam, json, notFoundResponse, PageQuery, pageOf } from "../schemas.ts";
import { TimelineEntrySchema } from "./contact-schemas.ts";
import { recordRoutes } from "./record-routes.ts";

const CompanySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    domain: z.string().nullable(),
    industry: z.string().nullable(),
    size: z.string().nullable(),
    country: z.string().nullable(),
    properties: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Company");

export const companyRoutes = recordRoutes({
  path: "/companies",
  noun: "company",
  tag: "Companies",
  view: CompanySchema,
  createBody: CompanyFieldsSchema.openapi("CompanyInput"),
  updateBody: UpdateCompanySchema.openapi("CompanyUpdate"),
  useCases: {
    create: companies.createCompany,
    get: companies.getCompany,
    update: companies.updateCompany,
    remove: companies.deleteCompany,
    list: companies.listCompanies,
  },
});

companyRoutes.openapi(
  createRoute({
    method: "get",
    path: "/companies/{id}/timeline",
    operationId: "getCompanyTimeline",
    tags: ["Companies"],
    summary: "The touchpoints of all the company's contacts, newest first",
    request: { params: IdParam, query: PageQuery },
    responses: {
      200: json(pageOf(TimelineEntrySchema, "CompanyTimelinePage"), "A page of the company's timeline"),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) =>
    c.json(
      await getCompanyTimeline(c.get("deps"), c.get("identity"), {
        companyId: c.req.valid("param").id,
        ...c.req.valid("query"),
      }),
      200,
    ),
);
