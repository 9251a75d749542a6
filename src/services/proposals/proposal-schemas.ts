import { z } from "zod";
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from "../../domain/proposals.ts";
import { DaySchema } from "../time-schemas.ts";

export const CreateProposalSchema = z.strictObject({
  kind: z.enum(PROPOSAL_KINDS),
  /** Defaults to the deal's name. */
  title: z.string().trim().min(1).max(200).optional(),
  /** The last day the prospect may accept, in the workspace's time zone; defaults to 30 days out. */
  validUntil: DaySchema.optional(),
  terms: z.string().trim().max(5000).optional(),
});

export const AcceptProposalSchema = z.strictObject({
  /** The name the prospect types as their signature. */
  name: z.string().trim().min(2).max(200),
});

export const DeclineProposalSchema = z.strictObject({
  reason: z.string().trim().max(2000).optional(),
});

export type CreateProposalInput = z.infer<typeof CreateProposalSchema>;

export const ProposalListQuerySchema = z.object({
  status: z.enum([...PROPOSAL_STATUSES, "expired"]).optional(),
  /** Only the proposals of deals the reader owns. */
  mine: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export type ProposalListQuery = z.infer<typeof ProposalListQuerySchema>;
