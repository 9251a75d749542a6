// Input schemas of the email use cases: templates, settings, consent, suppressions, newsletters.
import { z } from "zod";
import { TEMPERATURES } from "../../domain/catalogue.ts";
import { fromNameProblems, type TemplateProblem, templateProblems } from "../../domain/merge.ts";
import { STAGES } from "../../domain/stages.ts";
import { InstantSchema } from "../time-schemas.ts";

export const EMAIL_KINDS = ["marketing", "transactional"] as const;
export const SUPPRESSION_REASONS = ["hard_bounce", "unsubscribe", "complaint", "manual"] as const;

// An address as SMTP takes it: no spaces, quotes, angle brackets or commas (header injection),
// one @; "localhost" domains are allowed for the offline demo sender.
export const AddressSchema = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+$/, "must be an email address such as news@example.com");

const addIssues = (ctx: z.RefinementCtx, problems: TemplateProblem[]) => {
  for (const p of problems) ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
};

const templateFields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(EMAIL_KINDS),
  subject: z.string().min(1).max(300),
  body: z.string().min(1).max(100_000),
};

export const TemplateFieldsSchema = z
  .strictObject(templateFields)
  .superRefine((t, ctx) => addIssues(ctx, templateProblems(t)));
export const UpdateTemplateSchema = z
  .strictObject(templateFields)
  .partial()
  .superRefine((t, ctx) =>
    addIssues(
      ctx,
      templateProblems({ subject: t.subject ?? "x", body: t.body ?? "x" }).filter(
        (p) =>
          (p.path === "subject" && t.subject !== undefined) || (p.path === "body" && t.body !== undefined),
      ),
    ),
  );
export type TemplateInput = z.infer<typeof TemplateFieldsSchema>;
export type UpdateTemplateInput = z.infer<typeof UpdateTemplateSchema>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 09:00");
export const SendWindowSchema = z
  .strictObject({
    timeZone: z.string().refine((tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "must be an IANA time zone such as Europe/Berlin"),
    days: z
      .array(z.number().int().min(1).max(7))
      .max(7)
      .refine((d) => new Set(d).size === d.length, "must not repeat a day"),
    start: hhmm,
    end: hhmm,
  })
  .refine((w) => w.start < w.end, { message: "must end after it starts", path: ["end"] });

export const SmtpSchema = z.strictObject({
  host: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .regex(/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/, "must be a host name or an IP address"),
  port: z.number().int().min(1).max(65535),
  /** tls: implicit TLS (465); starttls: STARTTLS required (587); none: plain (loopback, tests). */
  security: z.enum(["tls", "starttls", "none"]),
  user: z.string().max(500).nullable().optional(),
  /** Write-only. Omitted: keep the stored password; null: remove it. */
  password: z.string().max(500).nullable().optional(),
});

export const EmailSettingsSchema = z.strictObject({
  /** null: no SMTP server; messages go to the local outbox only. */
  smtp: SmtpSchema.nullable(),
  fromName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .superRefine((name, ctx) => {
      for (const p of fromNameProblems(name)) ctx.addIssue({ code: "custom", message: p.message });
    }),
  fromAddress: AddressSchema,
  sendWindow: SendWindowSchema,
  ratePerMinute: z.number().int().min(1).max(100_000),
});
export type EmailSettingsInput = z.infer<typeof EmailSettingsSchema>;

export const ConsentInputSchema = z.strictObject({
  purpose: z.enum(["marketing"]),
  granted: z.boolean(),
  /** Where it was given or withdrawn: "web form", "trade show", "phone call" … */
  source: z.string().trim().min(1).max(200),
  /** The words the contact agreed to. */
  text: z.string().trim().max(5000).nullable().optional(),
  occurredAt: InstantSchema.optional(),
});
export type ConsentInput = z.infer<typeof ConsentInputSchema>;

export const SuppressionInputSchema = z.strictObject({
  email: AddressSchema,
  reason: z.enum(SUPPRESSION_REASONS).default("manual"),
  detail: z.string().trim().max(1000).nullable().optional(),
});
export type SuppressionInput = z.infer<typeof SuppressionInputSchema>;

export const BroadcastFilterSchema = z.strictObject({
  temperature: z.enum(TEMPERATURES).optional(),
  stage: z.enum(STAGES).optional(),
});

export const BroadcastInputSchema = z.strictObject({
  templateId: z.uuid(),
  filter: BroadcastFilterSchema.default({}),
});
export type BroadcastInput = z.infer<typeof BroadcastInputSchema>;
