import { z } from "zod";
import { PropertiesSchema } from "../contacts/contact-schemas.ts";

const optionalText = (max = 200) => z.string().trim().max(max).nullable().optional();

export const CompanyFieldsSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
      "must be a domain name like example.com",
    )
    .nullable()
    .optional(),
  industry: optionalText(),
  size: optionalText(50),
  country: optionalText(100),
  properties: PropertiesSchema.optional(),
});
export const UpdateCompanySchema = CompanyFieldsSchema.partial();
export type CompanyInput = z.infer<typeof CompanyFieldsSchema>;
export type UpdateCompanyInput = z.infer<typeof UpdateCompanySchema>;
