// The sales side of a journey, laid out from 0 and placed in time later: marketing handing the
// contact over, then the rep working the deal.
import type { DemoStageChange } from "./demo-types.ts";
import { DEMO_USERS, MARKETERS, SDR } from "./people.ts";
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

// The account executives: how many hand-offs each takes, and how often the deals each works end
// in a win rather than a loss. Marcus closes most of what he opens; Olivia loses about half.
const ACCOUNT_EXECUTIVE_RATES: readonly { key: string; share: number; closeRate: number }[] = [
  { key: "sales-marcus", share: 32, closeRate: 0.9 },
  { key: "sales-sofia", share: 32, closeRate: 0.72 },
  { key: "sales-olivia", share: 26, closeRate: 0.5 },
];
/** The SDR's share of hand-offs: he qualifies them and passes the good ones to an AE. */
const SDR_SHARE = 10;

/** How a deal ended (or not yet). */
export type DealEnd = "won" | "lost" | "open";

/** Who receives a hand-off that never became a deal: an account executive or the SDR. */
export function pickOwner(rng: Rng): string {
  return rng.weighted([...ACCOUNT_EXECUTIVE_RATES.map((r) => [r.key, r.share] as const), [SDR, SDR_SHARE]]);
}

/**
 * The account executive who worked a deal that ended as `end`. Each rep wins a deal with their
 * own close rate, so by Bayes' rule a won deal is theirs in proportion to share × rate, a lost one
 * to share × (1 − rate), an open one to their share: the per-rep win rates the sales report
 * shows come from the reps' behaviour, not from the report.
 */
export function pickDealOwner(rng: Rng, end: DealEnd): string {
  return rng.weighted(
    ACCOUNT_EXECUTIVE_RATES.map((r) => [
      r.key,
      r.share * (end === "won" ? r.closeRate : end === "lost" ? 1 - r.closeRate : 1),
    ]),
  );
}

/** Who received the hand-off of a deal `owner` works: mostly the AE, sometimes the SDR first. */
export function pickReceiver(rng: Rng, owner: string): string {
  const aeShare = ACCOUNT_EXECUTIVE_RATES.reduce((sum, r) => sum + r.share, 0);
  return rng.chance(SDR_SHARE / (SDR_SHARE + aeShare)) ? SDR : owner;
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

const firstName = (key: string) => DEMO_USERS.find((u) => u.key === key)?.name.split(" ")[0] ?? key;

/**
 * The rep accepts, then works the deal: call, meeting, demo, proposal, estimate — `depth` of them.
 * When the hand-off went to the SDR (`receiver`), he makes the intro call, then accepts the lead
 * and passes it to the account executive who owns the deal from there.
 */
export function workDeal(
  rng: Rng,
  run: Run,
  owner: string,
  depth: number,
  deal: { plan: string; amountMinor: number },
  receiver = owner,
): Run {
  const handed = lastAt(run.changes);
  const passed = receiver !== owner;
  const accept = (at: number): DemoStageChange =>
    passed
      ? {
          to: "in_sales",
          at,
          byUserKey: receiver,
          ownerKey: owner,
          reason: `Qualified on the intro call; passed to ${firstName(owner)}`,
        }
      : {
          to: "in_sales",
          at,
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
  const changes: DemoStageChange[] = [];
  const steps: Step[] = [];
  let at = handed + rng.between(2 * HOUR, 36 * HOUR);
  if (!passed) {
    changes.push(accept(at));
    at += rng.between(2 * HOUR, 1.5 * DAY);
  }
  for (const [i, [kind, properties]] of plan.slice(0, Math.max(1, depth)).entries()) {
    const by = passed && i === 0 ? receiver : owner;
    steps.push({ kind, at, userKey: by, properties });
    if (passed && i === 0) changes.push(accept(at + rng.between(HOUR, 20 * HOUR)));
    else if (rng.chance(0.1))
      steps.push({
        kind: "call",
        at: at + rng.between(1, 3) * DAY,
        userKey: by,
        properties: { subject: "Follow-up" },
      });
    at += rng.between(3 * DAY, 11 * DAY);
  }
  return { steps: [...run.steps, ...steps], changes: [...run.changes, ...changes] };
}
