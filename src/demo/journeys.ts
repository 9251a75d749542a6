// Journeys of contacts marketing still owns: prospects who never answered and leads at every
// temperature, plus the pieces the sales journeys reuse (a first response, nurture, placement).
import type { Temperature } from "../domain/catalogue.ts";
import { SDR } from "./people.ts";
import { type Outcome, sourceAt } from "./programs.ts";
import { firstAt, type Journey, type JourneyContext, lastAt, type Step, shifted } from "./steps.ts";
import { ageForTemperature, DAY, engagementAt, HOUR, MINUTE, monthName } from "./timeline.ts";
import { acquisitionSteps, burst } from "./touch-templates.ts";

const NEWSLETTER_TOPICS = [
  "what we learned from 600 data teams",
  "data contracts, one year in",
  "the hidden cost of nightly batch jobs",
  "five dbt habits worth keeping",
  "our new Postgres connector",
  "a customer story from Granitefield Health",
  "testing pipelines like software",
  "what a data SLA should say",
  "warehouse spend: where it goes",
];

const newsletterSubject = (send: number) =>
  `Northwind Notes, ${monthName(send)}: ${NEWSLETTER_TOPICS[new Date(send).getUTCMonth() % NEWSLETTER_TOPICS.length]}`;

/** The monthly newsletter between two instants. Prospects open but never click (a click is a response). */
export function newsletter(ctx: JourneyContext, from: number, to: number, clickRate: number): Step[] {
  const { rng } = ctx;
  const openRate = rng.between(0.1, 0.45);
  const steps: Step[] = [];
  for (const send of ctx.newsletterSends) {
    if (send <= from || send > to) continue;
    const subject = newsletterSubject(send);
    steps.push({
      kind: "email_sent",
      at: send,
      programKey: "newsletter",
      properties: { subject },
      optional: true,
    });
    const openedAt = send + rng.between(0.3 * HOUR, 40 * HOUR);
    if (openedAt > to || !rng.chance(openRate)) continue;
    steps.push({
      kind: "email_open",
      at: openedAt,
      programKey: "newsletter",
      properties: { subject },
      optional: true,
    });
    if (rng.chance(clickRate) && openedAt + MINUTE <= to) {
      const properties = {
        subject,
        link: rng.pick(["/blog/data-contracts", "/customers", "/pricing", "/webinars"]),
      };
      steps.push({
        kind: "email_click",
        at: openedAt + MINUTE,
        programKey: "newsletter",
        properties,
        optional: true,
      });
    }
  }
  // A few leave the list: the last issue they received is the one they unsubscribed from.
  const sent = steps.filter((s) => s.kind === "email_sent");
  if (sent.length >= 2 && rng.chance(0.04)) {
    const last = sent[rng.int(1, sent.length - 1)]!;
    const unsubscribedAt = last.at + rng.between(0.5, 2) * HOUR;
    // An issue sent less than two hours ago may not have been answered yet: no instant after `to`.
    if (unsubscribedAt > to) return steps;
    const kept = steps.filter((s) => s.at <= last.at + 2 * HOUR);
    kept.push({
      kind: "unsubscribe",
      at: unsubscribedAt,
      programKey: "newsletter",
      properties: { list: "Monthly newsletter" },
    });
    return kept;
  }
  return steps;
}

/** Follow-up marketing between two instants: the newsletter, the email course, site visits. */
export function nurture(ctx: JourneyContext, from: number, to: number): Step[] {
  const { rng } = ctx;
  if (to - from < DAY) return [];
  const steps: Step[] = rng.chance(0.55) ? newsletter(ctx, from, to, 0.12) : [];
  const course = ctx.programs.find((p) => p.program.key === "nurture-course")!;
  if (from >= course.from && rng.chance(0.3)) {
    for (let lesson = 1; lesson <= 5; lesson++) {
      const sent = from + lesson * 7 * DAY;
      if (sent > to) break;
      const properties = { subject: `Lesson ${lesson} of 5: data quality in practice` };
      steps.push({ kind: "email_sent", at: sent, programKey: "nurture-course", properties, optional: true });
      if (rng.chance(0.45))
        steps.push({
          kind: "email_open",
          at: sent + rng.between(1, 30) * HOUR,
          programKey: "nurture-course",
          properties,
          optional: true,
        });
    }
  }
  steps.push(...visits(ctx, from, to, rng.int(0, 3)));
  return steps.filter((s) => s.at > from && s.at < to);
}

/** What follows a first response up to what comes next: nurture, a few site visits, or nothing. */
export type FollowUp = "nurture" | "visits" | "none";

/** A badge scanned at a trade show is worked for a month or more before anyone asks for sales. */
const TRADE_SHOW_NURTURE = 35 * DAY;

/**
 * A first response some time before `before` (between minGap and maxGap earlier, never before the
 * history starts), then the follow-up up to `before`. The program responded to depends on the
 * contact's outcome (sourceAt). Some first responses are Data Summit badge scans, when the show
 * lies far enough before `before` for a trade-show lead's long nurture.
 */
export function head(
  ctx: JourneyContext,
  before: number,
  minGap: number,
  maxGap: number,
  outcome: Outcome,
  followUp: FollowUp = "nurture",
): Step[] {
  const { rng } = ctx;
  const earliest = ctx.windowStart + DAY;
  const latest = Math.max(earliest, before - minGap);
  let at = Math.min(latest, before - rng.between(minGap, maxGap));
  // Spread those that would start before the history over its first days rather than on one instant.
  if (at < earliest) at = earliest + rng.between(0, Math.min(5 * DAY, latest - earliest));
  const summit = ctx.programs.find((p) => p.program.channel === "trade_show")!;
  if (
    summit.from >= earliest &&
    summit.to < before - Math.max(minGap, TRADE_SHOW_NURTURE) &&
    rng.chance(SUMMIT_SHARE)
  )
    at = summit.from + rng.between(9, 56) * HOUR;
  let steps = acquisitionSteps(sourceAt(ctx.programs, at, rng, outcome), at, rng);
  // A mailer answered a week later must still come before what follows.
  const overrun = lastAt(steps) - (before - HOUR);
  if (overrun > 0) steps = shifted(steps, -overrun);
  const from = lastAt(steps);
  const rest =
    followUp === "nurture"
      ? nurture(ctx, from, before - HOUR)
      : followUp === "visits"
        ? visits(ctx, from, before - HOUR, rng.int(0, 1))
        : [];
  return [...steps, ...rest];
}

/** The share of first responses placed at the trade show when it fits (most of them its badge scans). */
const SUMMIT_SHARE = 0.2;

/** A few visits to the site between two instants. */
function visits(ctx: JourneyContext, from: number, to: number, count: number): Step[] {
  const pages = ["/blog/data-contracts", "/product", "/pricing", "/docs/quickstart", "/customers"];
  if (to <= from) return [];
  return Array.from({ length: count }, () => ({
    kind: "page_view" as const,
    at: ctx.rng.between(from, to),
    properties: { page: ctx.rng.pick(pages) },
    optional: true,
  }));
}

/** Contacts from bought or event lists who never responded: mail, calls and opens only. */
export function prospectJourney(ctx: JourneyContext): Journey {
  const { rng, now } = ctx;
  const importedAt = now - rng.between(5, 262) * DAY;
  const steps: Step[] = [];
  if (rng.chance(0.95)) {
    if (rng.chance(0.7)) steps.push(...newsletter(ctx, importedAt, now, 0));
    const mailer = ctx.programs.find((p) => p.program.key === "direct-mail")!;
    if (importedAt < mailer.from && rng.chance(0.3)) {
      steps.push({
        kind: "direct_mail",
        at: mailer.from + rng.between(0, 20) * DAY,
        programKey: mailer.program.key,
        properties: { piece: "ROI kit" },
      });
    }
    if (rng.chance(0.2)) {
      for (let i = rng.int(1, 3); i > 0; i--) {
        const outcome = rng.pick(["Voicemail", "No answer", "Gatekeeper", "Asked to call back next quarter"]);
        steps.push({
          kind: "cold_call",
          at: rng.between(importedAt, now),
          userKey: SDR,
          properties: { outcome },
        });
      }
    }
    if (rng.chance(0.15))
      steps.push({
        kind: "page_view",
        at: rng.between(importedAt, now),
        properties: { page: "/product" },
        optional: true,
      });
  }
  const list = rng.pick([
    "Purchased list: data leaders (US)",
    "Data Summit attendee list",
    "Brightpath partner list",
    "Purchased list: EMEA analytics",
  ]);
  return {
    stage: "prospect",
    temperature: "cold",
    ownerKey: null,
    steps,
    changes: [],
    importedAt,
    properties: { source: list },
  };
}

/** Leads marketing still owns: cold (responded long ago, or barely), warm or hot (recent interest). */
export function leadJourney(ctx: JourneyContext, target: Temperature): Journey {
  const { rng, now } = ctx;
  const lead = (steps: Step[], temperature: Temperature): Journey => ({
    stage: "lead",
    temperature,
    ownerKey: null,
    steps,
    changes: [],
  });
  if (target === "cold") {
    if (rng.chance(0.2)) {
      // A recent first response too weak to warm: one ad click or a like, not followed up yet.
      const at = now - rng.between(1, 40) * DAY;
      const kind = rng.pick(["ad_click", "social_engagement"] as const);
      return lead(
        [
          { kind, at },
          { kind: "page_view", at: at + 2 * MINUTE, properties: { page: "/product" } },
        ],
        "cold",
      );
    }
    return lead(head(ctx, now, 45 * DAY, 260 * DAY, "nurtured"), "cold");
  }
  const placed = recentInterest(ctx, target);
  // Four in ten are brand new (their first response came days before the burst); the others
  // answered long before and were nurtured since.
  const earlier = rng.chance(0.4)
    ? head(ctx, firstAt(placed.steps), 2 * HOUR, 4 * DAY, "nurtured", "none")
    : head(ctx, firstAt(placed.steps), 40 * DAY, 220 * DAY, "nurtured");
  return lead([...earlier, ...placed.steps], placed.temperature);
}

/** A burst of interest placed so that it leaves the contact warm or hot now. */
export function recentInterest(ctx: JourneyContext, target: "warm" | "hot") {
  return placeRun(ctx, burst(ctx.rng, target), target, 0);
}

/**
 * Places a run of touches (laid out from 0) so that it leaves the contact at `target` now,
 * falling back to a cooler temperature when the run is too weak. `after` is how long the run's
 * last event (a stage change) follows its last touch; `minAge` is how long ago that last event
 * must at least be.
 */
export function placeRun(
  ctx: JourneyContext,
  steps: Step[],
  target: Temperature,
  after: number,
  minAge = 0,
): { steps: Step[]; shift: number; temperature: Temperature } {
  const end = lastAt(steps);
  const span = end - firstAt(steps);
  const eEnd = engagementAt(steps, end);
  const order: Temperature[] =
    target === "hot" ? ["hot", "warm", "cold"] : target === "warm" ? ["warm", "cold"] : ["cold"];
  const limits = {
    minAge: after + Math.max(minAge, 0.1 * DAY),
    maxAge: Math.max(after + minAge, 250 * DAY - span),
  };
  for (const temperature of order) {
    const age = ageForTemperature(ctx.rng, eEnd, temperature, limits);
    if (age === null) continue;
    const shift = ctx.now - age - end;
    return { steps: shifted(steps, shift), shift, temperature };
  }
  throw new Error("unreachable: a cold placement always exists");
}
