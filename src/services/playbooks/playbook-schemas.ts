// Input schemas of the playbook and enrolment use cases.
import { z } from "zod";
import { TEMPERATURES } from "../../domain/catalogue.ts";
import {
  ENROLMENT_STATUSES,
  MAX_DELAY_MINUTES,
  MAX_STEPS,
  STEP_CHANNELS,
  STEP_SIDES,
} from "../../domain/playbooks.ts";

export const StepInputSchema = z.strictObject({
  /** An existing step of this playbook (kept, updated in place); omitted for a new step. */
  id: z.uuid().optional(),
  side: z.enum(STEP_SIDES),
  channel: z.enum(STEP_CHANNELS),
  /** Wait after the previous step (or the enrolment), in minutes: 0 to a year. */
  delayMinutes: z.number().int().min(0).max(MAX_DELAY_MINUTES),
  templateId: z.uuid().nullable().optional(),
  taskTitle: z.string().trim().max(300).nullable().optional(),
});

export const PlaybookInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** The temperature tier the playbook serves; null for a one-to-one sequence enrolled by hand. */
  tier: z.enum(TEMPERATURES).nullable(),
  side: z.enum(STEP_SIDES),
  active: z.boolean().default(true),
  /** The full ordered list. On a replace, steps left out are retired, steps without an id added. */
  steps: z.array(StepInputSchema).max(MAX_STEPS),
});

export type StepInput = z.infer<typeof StepInputSchema>;
export type PlaybookInput = z.infer<typeof PlaybookInputSchema>;

export const EnrolInputSchema = z.strictObject({
  contactId: z.uuid(),
  /** Runs a sales sequence for a contact marketing still owns; the reason is logged. */
  override: z.strictObject({ reason: z.string().trim().min(3).max(500) }).optional(),
});
export type EnrolInput = z.infer<typeof EnrolInputSchema>;

export const EnrolmentFilterSchema = z.object({
  contactId: z.uuid().optional(),
  playbookId: z.uuid().optional(),
  status: z.enum(ENROLMENT_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type EnrolmentFilter = z.infer<typeof EnrolmentFilterSchema>;
