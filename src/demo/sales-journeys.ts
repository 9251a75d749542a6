// Journeys past the hand-off: marketing passes the baton (sales_ready), a rep accepts (in_sales)
// and either wins (customer), hands the contact back (recycled) or rules it out (disqualified).
import type { Temperature } from "../domain/catalogue.ts";
import { type FollowUp, head, newsletter, placeRun, recentInterest } from "./journeys.ts";
import { MARKETERS } from "./people.ts";
import { type Outcome, sourceAt } from "./programs.ts";
import {
  dealFor,
  handOff,
  pickDealOwner,
  pickOwner,
  pickReceiver,
  type Run,
  usd,
  workDeal,
} from "./sales-runs.ts";
import { firstAt, type Journey, type JourneyContext, lastAt, type Step, shifted } from "./steps.ts";
import { DAY, HOUR, MINUTE } from "./timeline.ts";
import { acquisitionSteps } from "./touch-templates.ts";

/**
 * How the contact came to ask for sales: answered a program days before ("quick"), or long
 * before, followed by nurture or a few visits to the site.
 */
type Lead = "quick" | FollowUp;

/** Places a run for `target`, then adds what came before it: a first response and its follow-up. */
function finish(
  ctx: JourneyContext,
  run: Run,
  target: Temperature,
  outcome: Outcome,
  lead: Lead,
  minAge = 0,
) {
  const after = Math.max(0, lastAt(run.changes) - lastAt(run.steps));
  const placed = placeRun(ctx, run.steps, target, after, minAge);
  const changes = shifted(run.changes, placed.shift);
  const start = firstAt(placed.steps);
  const earlier =
    lead === "quick"
      ? head(ctx, start, 2 * HOUR, 4 * DAY, outcome, "none")
      : head(ctx, start, 3 * DAY, 90 * DAY, outcome, lead);
  return { steps: [...earlier, ...placed.steps], changes, temperature: placed.temperature };
}

export function salesReadyJourney(ctx: JourneyContext, target: Temperature): Journey {
  const owner = pickOwner(ctx.rng);
  const done = finish(
    ctx,
    handOff(ctx, owner, target === "hot" ? "hot" : "warm"),
    target,
    "handed_over",
    ctx.rng.chance(0.5) ? "nurture" : "quick",
  );
  return { stage: "sales_ready", ownerKey: owner, ...done };
}

// How often a deal in sales was already lost, by how warm its contact still is: a deal that went
// quiet is lost more often than one whose buyer is still busy with it.
const LOST_BY_TEMPERATURE: Record<Temperature, number> = { cold: 0.8, warm: 0.45, hot: 0 };

export function inSalesJourney(ctx: JourneyContext, target: Temperature, companySize: string): Journey {
  const { rng, now } = ctx;
  const lost = rng.chance(LOST_BY_TEMPERATURE[target]);
  const owner = pickDealOwner(rng, lost ? "lost" : "open");
  const receiver = pickReceiver(rng, owner);
  const depth = target === "hot" ? rng.int(2, 5) : rng.int(1, 5);
  const run = workDeal(
    rng,
    handOff(ctx, receiver, rng.chance(0.4) ? "warm" : "none"),
    owner,
    depth,
    dealFor(rng, companySize),
    receiver,
  );
  const done = finish(ctx, run, target, "handed_over", rng.chance(0.7) ? "nurture" : "quick");
  // A lost deal closes some days after the rep's last touch (the contact stays with sales); one
  // whose last touch is too recent for that is still open.
  const last = lastAt([...done.steps, ...done.changes]);
  const closedAt = Math.min(now - HOUR, last + rng.between(1, 12) * DAY);
  const closed = lost && closedAt >= last + 12 * HOUR;
  return {
    stage: "in_sales",
    ownerKey: owner,
    ...done,
    deal: { ownerKey: owner, outcome: closed ? "lost" : "open", closedAt: closed ? closedAt : null },
  };
}

export function customerJourney(ctx: JourneyContext, target: Temperature, companySize: string): Journey {
  const { rng, now } = ctx;
  const owner = pickDealOwner(rng, "won");
  const receiver = pickReceiver(rng, owner);
  const deal = dealFor(rng, companySize);
  const depth = rng.weighted([
    [3, 45],
    [4, 40],
    [5, 15],
  ]);
  const worked = workDeal(rng, handOff(ctx, receiver, "none"), owner, depth, deal, receiver);
  const signed = lastAt(worked.steps) + rng.between(4 * DAY, 20 * DAY);
  const contract = {
    kind: "contract" as const,
    at: signed,
    userKey: owner,
    properties: { plan: deal.plan, amountMinor: deal.amountMinor, currency: "USD", termMonths: 12 },
  };
  const won = {
    to: "customer" as const,
    at: signed + rng.between(0.5 * HOUR, 4 * HOUR),
    byUserKey: owner,
    reason: `Closed won: ${deal.plan} plan, ${usd(deal.amountMinor)} a year`,
  };
  // Buyers answer fewer marketing touches before they ask for sales: about eight touches in all.
  const done = finish(
    ctx,
    { steps: [...worked.steps, contract], changes: [...worked.changes, won] },
    target,
    "won",
    rng.chance(0.45) ? "visits" : "quick",
  );
  // After the win: onboarding survey, support questions and, for some, the newsletter again.
  const closedAt = lastAt(done.changes);
  const after: Step[] = [];
  if (rng.chance(0.6))
    after.push({
      kind: "survey_response",
      at: closedAt + rng.between(20, 45) * DAY,
      properties: { survey: "Onboarding NPS", score: rng.int(6, 10) },
      optional: true,
    });
  if (rng.chance(0.5))
    after.push({
      kind: "support_request",
      at: closedAt + rng.between(5, 60) * DAY,
      properties: { topic: rng.pick(["SSO setup", "Connector limits", "Invoice address"]) },
      optional: true,
    });
  if (rng.chance(0.5)) after.push(...newsletter(ctx, closedAt, now, 0.1));
  return {
    stage: "customer",
    ownerKey: owner,
    ...done,
    steps: [...done.steps, ...after.filter((s) => s.at < now)],
    deal: { ownerKey: owner, outcome: "won", closedAt: closedAt },
  };
}

const RECYCLE_REASONS = [
  "No budget until next fiscal year",
  "Went silent after the proposal",
  "Building in-house for now",
  "Timing: revisit next quarter",
  "Champion left the company",
];

export function recycledJourney(ctx: JourneyContext, target: Temperature, companySize: string): Journey {
  const { rng, now } = ctx;
  const owner = pickOwner(rng);
  const passed = handOff(ctx, owner, "none");
  // Three in ten are handed back before any selling: the rep finds them not ready to buy.
  const run = rng.chance(0.3)
    ? passed
    : workDeal(rng, passed, owner, rng.int(1, 4), dealFor(rng, companySize));
  const reason = run === passed ? "Not ready to buy: still researching" : rng.pick(RECYCLE_REASONS);
  const recycledAt =
    Math.max(lastAt(run.steps), lastAt(run.changes)) +
    rng.between(run === passed ? DAY : 7 * DAY, run === passed ? 5 * DAY : 30 * DAY);
  run.changes.push({ to: "recycled", at: recycledAt, byUserKey: owner, ownerKey: null, reason });
  if (target === "warm") {
    // Back on marketing's list, the contact has shown interest again recently.
    const again = recentInterest(ctx, "warm");
    const done = finish(
      ctx,
      run,
      "cold",
      "handed_over",
      rng.chance(0.5) ? "nurture" : "quick",
      now - firstAt(again.steps) + 30 * DAY,
    );
    return {
      stage: "recycled",
      ownerKey: null,
      ...done,
      steps: [...done.steps, ...again.steps],
      temperature: again.temperature,
    };
  }
  const done = finish(ctx, run, "cold", "handed_over", rng.chance(0.5) ? "nurture" : "quick");
  return {
    stage: "recycled",
    ownerKey: null,
    ...done,
    steps: [...done.steps, ...newsletter(ctx, lastAt(done.changes), now, 0.05)],
  };
}

const DISQUALIFY_REASONS = [
  "Student or academic research",
  "Works for a competitor",
  "Agency looking for a partner, not a buyer",
  "Company too small (under 10 people)",
  "Job seeker",
];

export function disqualifiedJourney(ctx: JourneyContext, companySize: string): Journey {
  const { rng, now } = ctx;
  const by = rng.pick(MARKETERS);
  const roll = rng.next();
  if (roll < 0.15) {
    // A listed prospect whose address bounces: never a lead.
    const send = rng.pick(ctx.newsletterSends.filter((s) => s < now - 12 * DAY));
    const steps: Step[] = [
      { kind: "email_sent", at: send, programKey: "newsletter", properties: { subject: "Northwind Notes" } },
      {
        kind: "email_bounce",
        at: send + rng.between(1, 5) * MINUTE,
        programKey: "newsletter",
        properties: { reason: "Mailbox does not exist" },
      },
    ];
    const change = {
      to: "disqualified" as const,
      at: send + rng.between(1, 10) * DAY,
      byUserKey: by,
      reason: "Email address bounces",
    };
    return {
      stage: "disqualified",
      temperature: "cold",
      ownerKey: null,
      steps,
      changes: [change],
      importedAt: send - rng.between(1, 30) * DAY,
      properties: { source: "Purchased list: data leaders (US)" },
    };
  }
  if (roll < 0.65) {
    const at = now - rng.between(60, 255) * DAY;
    const steps = acquisitionSteps(sourceAt(ctx.programs, at, rng, "nurtured"), at, rng);
    const change = {
      to: "disqualified" as const,
      at: lastAt(steps) + rng.between(1, 20) * DAY,
      byUserKey: by,
      reason: rng.pick(DISQUALIFY_REASONS),
    };
    return { stage: "disqualified", temperature: "cold", ownerKey: null, steps, changes: [change] };
  }
  const owner = pickOwner(rng);
  const run = workDeal(rng, handOff(ctx, owner, "none"), owner, rng.int(1, 2), dealFor(rng, companySize));
  const reason = rng.pick([
    "No data team and no plans for one",
    "Needs on-premises only",
    "Budget under $5k a year",
    "No authority and no project",
  ]);
  run.changes.push({
    to: "disqualified",
    at: lastAt(run.steps) + rng.between(0.5, 7) * DAY,
    byUserKey: owner,
    reason,
  });
  return {
    stage: "disqualified",
    ownerKey: owner,
    ...finish(ctx, run, "cold", "handed_over", rng.chance(0.5) ? "nurture" : "quick"),
  };
}
