import { z } from "@hono/zod-openapi";
import { TEMPERATURES } from "../../domain/catalogue.ts";
import { STAGE_CAUSES } from "../../domain/lifecycle.ts";
import { STAGES } from "../../domain/stages.ts";
import { SIDES } from "../../domain/touchpoint-kinds.ts";
import { CONTACT_SORTS } from "../../services/contacts/contact-sort.ts";
import { Instant, PageQuery } from "../schemas.ts";

const nullableText = z.string().nullable();

export const ContactSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    firstName: nullableText,
    lastName: nullableText,
    title: nullableText,
    phone: nullableText,
    companyId: z.uuid().nullable(),
    companyName: nullableText,
    occupation: nullableText,
    industry: nullableText,
    companySize: nullableText,
    incomeBand: nullableText,
    education: nullableText,
    country: nullableText,
    properties: z.record(z.string(), z.unknown()),
    stage: z.enum(STAGES),
    ownerId: z.uuid().nullable(),
    ownerName: nullableText,
    sourceProgramId: z.uuid().nullable().openapi({
      description:
        "The program of its first inbound response: the program that made it a lead (null when no touch did)",
    }),
    sourceProgramName: nullableText,
    temperature: z.enum(TEMPERATURES),
    score: z.number().openapi({ description: "Engagement E at the read instant" }),
    warmUntil: z.string().nullable().openapi({ description: "When E falls below the warm threshold" }),
    hotUntil: z.string().nullable().openapi({ description: "When E falls below the hot threshold" }),
    lastTouchAt: z.string().nullable(),
    touchCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Contact");

const targetMarket = (field: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: `Contacts whose ${field} is exactly this, regardless of case` });

export const ContactFilterQuery = z.object({
  stage: z.enum(STAGES).optional(),
  ownerId: z.uuid().optional(),
  programId: z.uuid().optional().openapi({
    description: "The leads this program made: contacts whose first inbound response came from it",
  }),
  companyId: z.uuid().optional(),
  q: z.string().trim().min(1).max(200).optional().openapi({ description: "Text search in email and name" }),
  country: targetMarket("country"),
  industry: targetMarket("industry"),
  occupation: targetMarket("occupation"),
  companySize: targetMarket("company size"),
  incomeBand: targetMarket("income band"),
  education: targetMarket("education"),
  at: Instant.optional().openapi({ description: "Read temperatures as of this instant (default: now)" }),
  closed: z.enum(["include", "exclude"]).optional().openapi({
    description:
      "`exclude` leaves out customers and disqualified contacts, as the lead board does by default; `include` (the default) keeps them",
  }),
});

export const ContactListQuery = ContactFilterQuery.extend({
  temperature: z.enum(TEMPERATURES).optional(),
  sort: z.enum(CONTACT_SORTS).optional().openapi({
    description:
      "`newest` (newest contact first), `name` (A–Z by the name shown — first and last name, else the email — compared letter by letter without case), `last_touch` (most recently touched first, never-touched contacts last). Without it: by engagement for a `temperature` read now, else newest first.",
  }),
})
  .extend(PageQuery.shape)
  // A name-ordered cursor carries the name it stopped at (up to 400 characters, any script).
  .extend({
    cursor: z.string().max(4000).optional().openapi({ description: "nextCursor of the previous page" }),
  });

export const AtQuery = z.object({ at: Instant.optional() });

export const TimelineEntrySchema = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    contactName: z.string().openapi({ description: "The contact's name, or email without one" }),
    kind: z.string(),
    side: z.enum(SIDES),
    programId: z.uuid().nullable(),
    programName: z.string().nullable(),
    userId: z.uuid().nullable(),
    userName: z.string().nullable(),
    occurredAt: z.string(),
    properties: z.record(z.string(), z.unknown()),
    externalId: z.string().nullable(),
  })
  .openapi("TimelineEntry");

export const StageTransitionSchema = z
  .object({
    id: z.uuid(),
    from: z.enum(STAGES).nullable().openapi({ description: "null when the contact was created" }),
    to: z.enum(STAGES),
    at: z.string().openapi({
      description: "When it happened in the contact's life (a lead's is its first inbound response)",
    }),
    cause: z.enum(STAGE_CAUSES),
    causeId: z.uuid().nullable().openapi({ description: "The touchpoint, deal or hand-off that caused it" }),
    userId: z.uuid().nullable().openapi({ description: "Who made the change; null for an automatic rule" }),
    userName: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .openapi("StageTransition");

export const RegistrationUnderReviewSchema = z
  .object({ status: z.literal("under_review"), message: z.string() })
  .openapi("RegistrationUnderReview");

export const ScoreSchema = z
  .object({
    contactId: z.uuid(),
    at: z.string(),
    value: z.number(),
    temperature: z.enum(TEMPERATURES),
    warmUntil: z.string().nullable(),
    hotUntil: z.string().nullable(),
    contributions: z.array(
      z.object({
        touchpointId: z.uuid(),
        kind: z.string(),
        occurredAt: z.string(),
        weight: z.number(),
        contribution: z.number().openapi({ description: "weight · 2^(−(at − occurredAt)/H)" }),
      }),
    ),
    settings: z.object({ halfLifeHours: z.number(), warmThreshold: z.number(), hotThreshold: z.number() }),
  })
  .openapi("Score");
