import { z } from "@hono/zod-openapi";
import { CompanyFieldsSchema, UpdateCompanySchema } from "../../services/companies/company-schemas.ts";
import * as companies from "../../services/companies/company-use-cases.ts";
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
