import { z } from "zod";

// Battlecard texts are written by marketing for the sales team: a few paragraphs at most.
const longText = z.string().trim().max(5000).nullable().optional();

export const CompetitorFieldsSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  // Only http(s): the web app renders the website as a link, so `javascript:` must never get in.
  website: z.httpUrl("must be an http:// or https:// address").max(2000).nullable().optional(),
  positioning: longText,
  strengths: longText,
  weaknesses: longText,
});
export const UpdateCompetitorSchema = CompetitorFieldsSchema.partial();

export const ObjectionTypeSchema = z.strictObject({
  label: z.string().trim().min(1).max(200),
});

export const DealCompetitorsSchema = z.strictObject({
  competitorIds: z.array(z.uuid()).max(100),
});

const objectionText = z.string().trim().max(2000).nullable().optional();

export const CreateObjectionSchema = z
  .strictObject({
    objectionTypeId: z.uuid().nullable().optional(),
    text: objectionText,
    overcome: z.boolean().optional(),
  })
  .refine((o) => Boolean(o.objectionTypeId) || Boolean(o.text), {
    message: "An objection needs a type from the list (objectionTypeId), a text, or both.",
  });

export const UpdateObjectionSchema = z
  .strictObject({
    text: objectionText,
    overcome: z.boolean().optional(),
  })
  .refine((o) => o.text !== undefined || o.overcome !== undefined, {
    message: "Send text, overcome or both.",
  });

export type CompetitorInput = z.infer<typeof CompetitorFieldsSchema>;
export type UpdateCompetitorInput = z.infer<typeof UpdateCompetitorSchema>;
export type ObjectionTypeInput = z.infer<typeof ObjectionTypeSchema>;
export type DealCompetitorsInput = z.infer<typeof DealCompetitorsSchema>;
export type CreateObjectionInput = z.infer<typeof CreateObjectionSchema>;
export type UpdateObjectionInput = z.infer<typeof UpdateObjectionSchema>;
