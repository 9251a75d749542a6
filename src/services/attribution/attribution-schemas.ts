import { z } from "zod";

export const AttributionSettingsSchema = z.strictObject({
  // From an hour to ten years: past that, time decay is linear or last touch by another name.
  halfLifeDays: z
    .number()
    .finite()
    .min(1 / 24)
    .max(3650),
  buyingGroup: z.boolean(),
});
export type AttributionSettingsInput = z.infer<typeof AttributionSettingsSchema>;
