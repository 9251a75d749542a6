// The sales side of a journey, laid out from 0 and placed in time later: marketing handing the
// contact over, then the rep working the deal.
import type { DemoStageChange } from "./demo-types.ts";
import { MARKETERS, SDR } from "./people.ts";
import type { Rng } from "./random.ts";
import { type JourneyContext, lastAt, type Step } from "./steps.ts";
import { DAY, HOUR } from "./timeline.ts";
import { burst } from "./touch-templates.ts";

export interface Run {
  steps: Step[];
  changes: DemoStageChange[];
}

const PLANS = [
  ["Starter", 1_800_000],
  ["Growth", 4_800_000],
  ["Enterprise", 12_000_000],
] as const;

export const usd = (minor: number) => `$${(minor / 100).toLocaleString("en-US")}`;

export function pickOwner(rng: Rng): string {
  return rng.weighted([
    ["sales-marcus", 32],
    ["sales-sofia", 32],
    ["sales-olivia", 26],
    [SDR, 10],
  ]);
}

/** The plan a company of this size buys, at list price less the discount the rep gave. */
export function dealFor(rng: Rng, companySize: string): { plan: string; amountMinor: number } {
  const tier = ["11-50", "51-200"].includes(companySize)
    ? 0
    : ["201-500", "501-1000"].includes(companySize)
      ? 1
      : 2;
  const [plan, list] = PLANS[Math.min(2, tier + (rng.chance(0.15) ? 1 : 0))]!;
  const discount = rng.pick([0, 0, 0.05, 0.1, 0.15]);
  return { plan, amountMinor: Math.round((list * (1 - discount)) / 100) * 100 };
}

/**
 * The hand-off from 0: an optional burst of interest, a request to talk to sales, and marketing
 * passing the baton to `owner` a few hours later.
 */
export function handOff(ctx: JourneyContext, owner: string, interest: "none" | "warm" | "hot"): Run {
  const { rng } = ctx;
  const before = interest === "none" ? [] : burst(rng, interest);
  const form = rng.pick(["Request a demo", "Contact sales", "Pricing inquiry"]);
  const asked = before.length === 0 ? 0 : lastAt(before) + rng.between(2 * HOUR, DAY);
  const steps = [...before, { kind: "form_submit" as const, at: asked, properties: { form } }];
  const reason = rng.pick([
    `Passed to sales: ${form.toLowerCase()}`,
    "Hot lead, fits the target profile",
    `${form} from a target account`,
  ]);
  const by = rng.pick(MARKETERS);
  const change = {
    to: "sales_ready" as const,
    at: asked + rng.between(HOUR, 8 * HOUR),
    byUserKey: by,
    ownerKey: owner,
    reason,
  };
  return { steps, changes: [change] };
}

/** The rep accepts, then works the deal: call, meeting, demo, proposal, estimate — `depth` of them. */
export function workDeal(
  rng: Rng,
  run: Run,
  owner: string,
  depth: number,
  deal: { plan: string; amountMinor: number },
): Run {
  const accepted = lastAt(run.changes) + rng.between(2 * HOUR, 36 * HOUR);
  const change = {
    to: "in_sales" as const,
    at: accepted,
    byUserKey: owner,
    reason: rng.pick(["Accepted", "Accepted: discovery call booked", "Accepted: good fit"]),
  };
  const plan = [
    ["call", { subject: "Intro call", durationMinutes: 20 }],
    ["meeting", { subject: "Discovery meeting", durationMinutes: 45 }],
    ["presentation", { subject: "Platform demo for the data team", attendees: rng.int(3, 9) }],
    ["proposal", { plan: deal.plan, amountMinor: deal.amountMinor, currency: "USD" }],
    [
      "estimate",
      {
        subject: "Implementation services",
        amountMinor: rng.pick([450_000, 900_000, 1_500_000]),
        currency: "USD",
      },
    ],
  ] as const;
  const steps: Step[] = [];
  let at = accepted + rng.between(2 * HOUR, 1.5 * DAY);
  for (const [kind, properties] of plan.slice(0, depth)) {
    steps.push({ kind, at, userKey: owner, properties });
    if (rng.chance(0.15))
      steps.push({
        kind: "call",
        at: at + rng.between(1, 3) * DAY,
        userKey: owner,
        properties: { subject: "Follow-up" },
      });
    at += rng.between(3 * DAY, 11 * DAY);
  }
  return { steps: [...run.steps, ...steps], changes: [...run.changes, change] };
}
