import { z } from "zod";
import { SIDES, TOUCHPOINT_KIND_NAMES } from "../../domain/touchpoint-kinds.ts";
import { PropertiesSchema } from "../contacts/contact-schemas.ts";
import { InstantSchema } from "../time-schemas.ts";

export const MAX_BATCH = 1000;

export const TouchpointInputSchema = z
  .strictObject({
    contactId: z.uuid().optional(),
    email: z.email().max(320).optional(),
    kind: z.enum(TOUCHPOINT_KIND_NAMES),
    side: z.enum(SIDES).optional(),
    programId: z.uuid().nullable().optional(),
    userId: z.uuid().nullable().optional(),
    occurredAt: InstantSchema,
    properties: PropertiesSchema.optional(),
    externalId: z.string().min(1).max(200).nullable().optional(),
  })
  .refine((t) => (t.contactId === undefined) !== (t.email === undefined), {
    message: "name the contact by exactly one of contactId or email",
    path: ["contactId"],
  });

export const TouchpointBatchSchema = z.strictObject({
  items: z
    .array(TouchpointInputSchema)
    .min(1)
    .max(MAX_BATCH, `a batch holds at most ${MAX_BATCH} touchpoints`),
});
