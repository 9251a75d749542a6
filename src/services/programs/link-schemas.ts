import { z } from "zod";
import { normaliseTargetUrl, targetUrlProblem } from "../../domain/tracked-links.ts";

// A UTM value: printable text, as short as analytics tools show it. It is percent-encoded when
// it joins the URL, so spaces and '&' are safe.
const utmValue = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} must not be empty`)
    .max(200, `${label} is longer than 200 characters`)
    .regex(/^[^\p{Cc}]*$/u, `${label} must not contain control characters`);

export const CreateLinkSchema = z.strictObject({
  targetUrl: z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = targetUrlProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform(normaliseTargetUrl),
  utmSource: utmValue("utm_source"),
  utmMedium: utmValue("utm_medium").nullable().optional(),
  /** Defaults to the program's own UTM campaign key, so that the clicks resolve to it. */
  utmCampaign: utmValue("utm_campaign").nullable().optional(),
  utmContent: utmValue("utm_content").nullable().optional(),
  utmTerm: utmValue("utm_term").nullable().optional(),
  label: z.string().trim().max(200).nullable().optional(),
});
export type CreateLinkInput = z.infer<typeof CreateLinkSchema>;
