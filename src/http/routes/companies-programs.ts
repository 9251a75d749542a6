import { z } from "@hono/zod-openapi";
import { CHANNELS } from "../../domain/catalogue.ts";
import { CompanyFieldsSchema, UpdateCompanySchema } from "../../services/companies/company-schemas.ts";
import * as companies from "../../services/companies/company-use-cases.ts";
import { ProgramFieldsSchema, UpdateProgramSchema } from "../../services/programs/program-schemas.ts";
import * as programs from "../../services/programs/program-use-cases.ts";
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

const ProgramSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    channel: z.enum(CHANNELS),
    description: z.string().nullable(),
    costMinor: z.number().int().openapi({ description: "Cost in minor units (cents) of `currency`" }),
    budgetMinor: z.number().int().nullable(),
    currency: z.string(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    callToAction: z.string().nullable(),
    utmCampaign: z
      .string()
      .nullable()
      .openapi({ description: "utm_campaign value of its tracked links; unique" }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Program");

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

export const programRoutes = recordRoutes({
  path: "/programs",
  noun: "program",
  tag: "Programs",
  view: ProgramSchema,
  createBody: ProgramFieldsSchema.openapi("ProgramInput"),
  updateBody: UpdateProgramSchema.openapi("ProgramUpdate"),
  useCases: {
    create: programs.createProgram,
    get: programs.getProgram,
    update: programs.updateProgram,
    remove: programs.deleteProgram,
    list: programs.listPrograms,
  },
});
