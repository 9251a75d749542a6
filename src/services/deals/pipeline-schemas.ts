import { z } from "zod";

export const StageInputSchema = z.strictObject({
  key: z
    .string()
    .max(50)
    .regex(/^[a-z0-9]+(?:[_-][a-z0-9]+)*$/, "must be a lowercase slug (a–z, 0–9, _ or -), e.g. demo_done"),
  name: z.string().trim().min(1).max(100),
  outcome: z.enum(["open", "won", "lost"]),
  probability: z.number().int("must be a whole percentage").min(0).max(100),
});

// How many of each outcome a pipeline needs is the domain's rule (pipelineProblems), checked after.
const StagesSchema = z.array(StageInputSchema).max(30);
const NameSchema = z.string().trim().min(1).max(100);

export const CreatePipelineSchema = z.strictObject({ name: NameSchema, stages: StagesSchema });

export const UpdatePipelineSchema = z
  .strictObject({
    name: NameSchema.optional(),
    /** The full ordered list: stages left out are removed, keys not seen before are added. */
    stages: StagesSchema.optional(),
  })
  .refine((v) => v.name !== undefined || v.stages !== undefined, "send a name, stages or both");

export const CreateLossReasonSchema = z.strictObject({ label: z.string().trim().min(1).max(100) });

export type StageInput = z.infer<typeof StageInputSchema>;
export type CreatePipelineInput = z.infer<typeof CreatePipelineSchema>;
export type UpdatePipelineInput = z.infer<typeof UpdatePipelineSchema>;
