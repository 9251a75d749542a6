import { z } from "zod";
import { TASK_KINDS } from "../../domain/tasks.ts";
import { InstantSchema } from "../time-schemas.ts";

export const CreateTaskSchema = z.strictObject({
  contactId: z.uuid(),
  dealId: z.uuid().nullable().optional(),
  ownerId: z.uuid().optional(),
  kind: z.enum(TASK_KINDS),
  title: z.string().trim().min(1).max(300),
  dueAt: InstantSchema,
});

export const CompleteTaskSchema = z.strictObject({
  outcome: z.string().trim().max(2000).nullable().optional(),
  /** When the call or meeting happened; default now. */
  occurredAt: InstantSchema.optional(),
});

export type CreateTaskInput = z.infer<typeof CreateTaskSchema>;
export type CompleteTaskInput = z.infer<typeof CompleteTaskSchema>;
