// Turns a journey into what the loader writes: touches attributed to programs, moved into the
// contact's working hours, trimmed to the planned temperature, and given readable properties.
import type { Channel } from "../domain/catalogue.ts";
import type { TouchpointKind } from "../domain/touchpoint-kinds.ts";
import type { DemoDeal, DemoProperties, DemoStageChange } from "./demo-types.ts";
import { type ProgramSpec, programFor } from "./programs.ts";
import type { Rng } from "./random.ts";
import type { Journey, JourneyContext, Step } from "./steps.ts";
import { engagementAt, MINUTE, workingHours } from "./timeline.ts";
import { webinarTitle } from "./touch-templates.ts";

export interface FinishedJourney {
  steps: (Step & { programKey: string | null; properties: DemoProperties })[];
  changes: DemoStageChange[];
  deal?: DemoDeal;
  createdAt: number;
}

export function finalizeJourney(ctx: JourneyContext, journey: Journey, country: string): FinishedJourney {
  const { rng, now } = ctx;
  const at = (ms: number) => Math.round(workingHours(ms, country, now));
  const attributed = journey.steps.map((s) => ({
    ...s,
    programKey:
      s.programKey === undefined ? programFor(ctx.programs, s.kind, s.at, rng, channelsOf(s)) : s.programKey,
  }));
  const moved = attributed.map((s) => ({ ...s, at: at(s.at) }));
  const kept = keepTemperature(moved, journey.temperature, now).sort((a, b) => a.at - b.at);
  const steps = kept.map((s) => ({ ...s, properties: withDefaults(s, ctx.programs, rng) }));
  const changes = journey.changes.map((c) => ({ ...c, at: at(c.at) }));
  const firstEvent = Math.min(...steps.map((s) => s.at), ...changes.map((c) => c.at));
  // The contact exists a little before its first touch (or since the list it came from was imported).
  const createdAt = Math.min(
    journey.importedAt === undefined ? Number.POSITIVE_INFINITY : at(journey.importedAt),
    Number.isFinite(firstEvent) ? firstEvent - rng.int(2, 30) * MINUTE : now - rng.int(1, 200) * 86_400_000,
  );
  const deal = journey.deal && {
    ...journey.deal,
    closedAt: journey.deal.closedAt === null ? null : at(journey.deal.closedAt),
  };
  return { steps, changes, createdAt, ...(deal ? { deal } : {}) };
}

// A form says which campaign brought the visitor; everything else comes from the site or the ads.
const FORM_CHANNELS: Record<string, readonly Channel[]> = {
  "ROI estimate": ["direct_mail", "website"],
  "Webinar registration": ["content"],
  "Data health check": ["viral"],
  "Extended trial (podcast offer)": ["brand"],
};

function channelsOf(step: Step): readonly Channel[] | undefined {
  if (step.kind !== "form_submit") return undefined;
  const form = String(step.properties?.form ?? "");
  return FORM_CHANNELS[form] ?? ["website", "advertising", "social_media"];
}

/**
 * Drops optional nurture (the strongest contribution first) while the contact would be warmer
 * at `now` than its journey was laid out for: a newsletter click the day before a planned-cold
 * contact is checked must not make it warm.
 */
function keepTemperature<T extends Step>(steps: T[], temperature: "cold" | "warm" | "hot", now: number): T[] {
  const ceiling = temperature === "cold" ? 7.5 : temperature === "warm" ? 28 : Number.POSITIVE_INFINITY;
  let kept = steps;
  while (engagementAt(kept, now) >= ceiling) {
    let victim: T | undefined;
    let largest = 0;
    for (const s of kept) {
      const contribution = s.optional ? engagementAt([s], now) : 0;
      if (contribution > largest) [victim, largest] = [s, contribution];
    }
    if (!victim) break;
    kept = kept.filter((s) => s !== victim);
  }
  return kept;
}

const PAGES_BY_PROGRAM: Record<string, string> = {
  "search-earlier": "/lp/data-platform",
  "search-latest": "/lp/data-platform",
  "direct-mail": "/roi-kit",
  "pr-series-b": "/press/series-b",
  podcast: "/podcast",
  "health-check": "/tools/data-health-check",
};

const EVENTS_BY_PROGRAM: Record<string, string> = {
  reseller: "Brightpath workshop: a data platform in a day",
  meetups: "Data Drinks meetup",
};

/** Properties a reader of the timeline expects, where the journey did not set them. */
function withDefaults(
  step: Step & { programKey: string | null },
  programs: readonly ProgramSpec[],
  rng: Rng,
): DemoProperties {
  const program = programs.find((p) => p.program.key === step.programKey)?.program;
  const given = step.properties ?? {};
  const defaults: Partial<Record<TouchpointKind, () => DemoProperties>> = {
    page_view: () => ({ page: (step.programKey && PAGES_BY_PROGRAM[step.programKey]) || "/product" }),
    ad_click: () => ({ keyword: rng.pick(["data platform", "etl tool", "data warehouse pipeline"]) }),
    form_submit: () => ({ form: "Contact us" }),
    content_download: () => ({
      asset: rng.pick(["State of Data report", "Data contracts playbook", "Data quality checklist"]),
    }),
    email_open: () => ({ subject: emailSubject(step.programKey) }),
    email_click: () => ({ subject: emailSubject(step.programKey), link: "/pricing" }),
    email_reply: () => ({ subject: `Re: ${emailSubject(step.programKey)}` }),
    event_attended: () => ({
      event: EVENTS_BY_PROGRAM[step.programKey ?? ""] ?? program?.name ?? "Data Drinks meetup",
    }),
    webinar: () => ({ title: webinarTitle(rng) }),
    social_engagement: () => ({
      action: rng.pick(["Commented on a post", "Shared a post", "Asked a question in #help"]),
    }),
    support_request: () => ({ topic: rng.pick(["Connecting to Snowflake", "Trial limits", "SSO setup"]) }),
    survey_response: () => ({ survey: "Customer survey", score: rng.int(6, 10) }),
  };
  const filled = Object.keys(given).length > 0 ? given : (defaults[step.kind]?.() ?? {});
  // Tracked links carry the campaign key, as a real UTM-tagged visit would.
  const tracked =
    program && program.channel !== "website" && ["ad_click", "page_view", "form_submit"].includes(step.kind);
  return tracked ? { ...filled, utmCampaign: program.utmCampaign } : { ...filled };
}

function emailSubject(programKey: string | null): string {
  if (programKey === "nurture-course") return "Lesson 2 of 5: data quality in practice";
  if (programKey === "newsletter") return "Northwind Notes: this month in data";
  return "Your Northwind trial";
}
