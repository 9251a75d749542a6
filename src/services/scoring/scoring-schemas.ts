import { z } from "zod";
import { TOUCHPOINT_KIND_NAMES } from "../../domain/touchpoint-kinds.ts";

const weight = z.number().finite().min(-1000).max(1000);

export const ScoringSettingsSchema = z
  .strictObject({
    halfLifeHours: z.number().finite().min(1).max(87_600),
    warmThreshold: z.number().finite().positive().max(1e6),
    hotThreshold: z.number().finite().positive().max(1e6),
    // Kinds left out keep their current weight.
    weights: z.partialRecord(z.enum(TOUCHPOINT_KIND_NAMES), weight),
  })
  .refine((s) => s.hotThreshold > s.warmThreshold, {
    message: "hotThreshold must be greater than warmThreshold",
    path: ["hotThreshold"],
  });

export type ScoringSettingsInput = z.infer<typeof ScoringSettingsSchema>;
