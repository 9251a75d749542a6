import { z } from "zod";
import { DELIVERY_STATUSES, WEBHOOK_EVENTS, webhookUrlProblem } from "../../domain/webhooks.ts";

// The URL's shape is checked here (a 400 naming the field); a host written as an address by the
// use case (subscriptions.ts, which knows the tests' allow-list); where a name resolves to at
// every delivery, when the connection is made.
const WebhookUrl = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = webhookUrlProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => new URL(value).href);

const Events = z
  .array(z.enum(WEBHOOK_EVENTS))
  .min(1, "Choose at least one event")
  .transform((events) => [...new Set(events)]);

export const CreateWebhookSchema = z.strictObject({
  url: WebhookUrl,
  events: Events,
  description: z.string().trim().max(500).nullable().optional(),
  active: z.boolean().optional(),
});
export type CreateWebhookInput = z.infer<typeof CreateWebhookSchema>;

export const UpdateWebhookSchema = z.strictObject({
  url: WebhookUrl.optional(),
  events: Events.optional(),
  description: z.string().trim().max(500).nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookSchema>;

export const DeliveryFilterSchema = z.object({
  status: z.enum(DELIVERY_STATUSES).optional(),
  subscriptionId: z.uuid().optional(),
});
export type DeliveryFilter = z.infer<typeof DeliveryFilterSchema>;
