import { z } from "zod";
import { STAGES } from "../../domain/stages.ts";

const text = (max = 200) => z.string().trim().max(max);
const optionalText = (max = 200) => text(max).nullable().optional();

// Custom properties: flat JSON values, no nesting beyond one level of arrays.
const propertyValue = z.union([
  z.string().max(2000),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string().max(500)),
]);
export const PropertiesSchema = z.record(z.string().min(1).max(100), propertyValue);

export const ContactFieldsSchema = z.strictObject({
  email: z.email().max(320),
  firstName: optionalText(),
  lastName: optionalText(),
  title: optionalText(),
  phone: optionalText(50),
  companyId: z.uuid().nullable().optional(),
  occupation: optionalText(),
  industry: optionalText(),
  companySize: optionalText(50),
  incomeBand: optionalText(50),
  education: optionalText(),
  country: optionalText(100),
  properties: PropertiesSchema.optional(),
  ownerId: z.uuid().nullable().optional(),
  stage: z.enum(STAGES).optional(),
});

export const CreateContactSchema = ContactFieldsSchema;
export const UpdateContactSchema = ContactFieldsSchema.partial().extend({
  /** Why the stage changed; kept in the stage history. */
  stageReason: text(500).optional(),
});

export type CreateContactInput = z.infer<typeof CreateContactSchema>;
export type UpdateContactInput = z.infer<typeof UpdateContactSchema>;

/** The most contacts one bulk assignment takes: one transaction, one lock per contact. */
export const BULK_ASSIGN_LIMIT = 500;

export const BulkAssignSchema = z.strictObject({
  ids: z
    .array(z.uuid())
    .min(1, "Name at least one contact.")
    .max(
      BULK_ASSIGN_LIMIT,
      `At most ${BULK_ASSIGN_LIMIT} contacts can be assigned at once; assign the rest in another call.`,
    ),
  /** The new owner; null leaves the contacts unassigned. */
  ownerId: z.uuid().nullable(),
});

export type BulkAssignInput = z.infer<typeof BulkAssignSchema>;
