// Programs as the generator uses them: when each is active, what it produces, and which one a
// touch is attributed to.
import type { Channel } from "../domain/catalogue.ts";
import type { TouchpointKind } from "../domain/touchpoint-kinds.ts";
import type { DemoProgram } from "./demo-types.ts";
import type { Rng } from "./random.ts";
import { DAY, isoDate } from "./timeline.ts";

export interface ProgramSpec {
  program: DemoProgram;
  /** When the program can produce touches (epoch ms, inclusive). */
  from: number;
  to: number;
  produces: readonly TouchpointKind[];
  /** Share among the programs producing a kind, when a touch of that kind is attributed. */
  weight: number;
  /** Share among the programs a new lead first responds to (0: never a first response). */
  sourceWeight: number;
  /** How much likelier than an average lead one of its leads is to be handed to sales. */
  handoffOdds: number;
  /** How much likelier than an average handed-over lead one of its leads is to be won. */
  winOdds: number;
}

/**
 * How far a contact got after its first response: still marketing's (a lead, or ruled out by
 * marketing), handed to sales (whatever sales made of it since, short of a win), or won.
 */
export type Outcome = "nurtured" | "handed_over" | "won";

export interface ProgramDefinition {
  key: string;
  name: string;
  channel: Channel;
  description: string;
  from: number;
  /** Last day; undefined: runs on. */
  until?: number;
  /** Spend per 30 days, for always-on programs. */
  monthlyMinor?: number;
  /** One-off cost, for events, mailers and PR. */
  costMinor?: number;
  budgetMinor: number | null;
  callToAction: string;
  utmCampaign: string;
  produces: readonly TouchpointKind[];
  weight: number;
  sourceWeight: number;
  /** Relative odds of a hand-off and of a win (1: an average program); see ProgramSpec. */
  handoffOdds?: number;
  winOdds?: number;
}

export function toSpec(d: ProgramDefinition, now: number): ProgramSpec {
  const runsUntil = Math.min(d.until ?? now, now);
  const months = Math.max(0, (runsUntil - d.from) / (30 * DAY));
  const costs = d.costMinor !== undefined ? oneOffCost(d, now) : monthlyCosts(d, months);
  return {
    program: {
      key: d.key,
      name: d.name,
      channel: d.channel,
      description: d.description,
      costs,
      budgetMinor: d.budgetMinor,
      currency: "USD",
      startsOn: isoDate(d.from),
      endsOn: d.until === undefined ? null : isoDate(d.until),
      callToAction: d.callToAction,
      utmCampaign: d.utmCampaign,
    },
    from: d.from,
    to: d.until === undefined ? Number.POSITIVE_INFINITY : d.until + DAY - 1,
    produces: d.produces,
    weight: d.weight,
    sourceWeight: d.sourceWeight,
    handoffOdds: d.handoffOdds ?? 1,
    winOdds: d.winOdds ?? 1,
  };
}

const activeAt = (spec: ProgramSpec, at: number) => at >= spec.from && at <= spec.to;

/**
 * The program a touch of `kind` at `at` is attributed to, or null (e.g. a sales call). `channels`
 * narrows the choice where the touch itself says where it came from (an ROI form, a webinar sign-up).
 */
export function programFor(
  specs: readonly ProgramSpec[],
  kind: TouchpointKind,
  at: number,
  rng: Rng,
  channels?: readonly Channel[],
): string | null {
  const producing = specs.filter((s) => s.produces.includes(kind) && activeAt(s, at));
  const narrowed = channels ? producing.filter((s) => channels.includes(s.program.channel)) : producing;
  const candidates = narrowed.length > 0 ? narrowed : producing;
  if (candidates.length === 0) return null;
  return rng.weighted(candidates.map((s) => [s.program.key, s.weight]));
}

/** How much likelier a lead from `spec` is than an average lead to come to `outcome`. */
export const outcomeOdds = (spec: ProgramSpec, outcome: Outcome) =>
  outcome === "nurtured" ? 1 : outcome === "handed_over" ? spec.handoffOdds : spec.handoffOdds * spec.winOdds;

/**
 * The program a new lead first responded to at `at`, given how far the lead got. The generator
 * decides a contact's outcome first (the stage shares keep the board's temperatures), so the
 * source follows by Bayes' rule: P(program | outcome) ∝ P(program) · P(outcome | program), with
 * P(program) the source weight and P(outcome | program) its odds. A program whose leads sales
 * wins more often is thus the source of more customers, and the reports find that on their own.
 */
export function sourceAt(
  specs: readonly ProgramSpec[],
  at: number,
  rng: Rng,
  outcome: Outcome = "nurtured",
): ProgramSpec {
  const candidates = specs.filter((s) => s.sourceWeight > 0 && activeAt(s, at));
  return rng.weighted(candidates.map((s) => [s, s.sourceWeight * outcomeOdds(s, outcome)]));
}

/** An event, a mailer or a PR push is paid once, when it starts (if it has started). */
function oneOffCost(d: ProgramDefinition, now: number): DemoProgram["costs"] {
  if (d.from > now) return [];
  return [{ incurredOn: isoDate(d.from), amountMinor: d.costMinor!, note: "Booked" }];
}

/** An always-on program's spend, one line per 30 days it ran; the running period pro rata. */
function monthlyCosts(d: ProgramDefinition, months: number): DemoProgram["costs"] {
  const lines: DemoProgram["costs"] = [];
  for (let k = 0; k < months; k++) {
    const share = Math.min(1, months - k);
    const amountMinor = Math.round((d.monthlyMinor! * share) / 100) * 100;
    if (amountMinor > 0) {
      lines.push({
        incurredOn: isoDate(d.from + k * 30 * DAY),
        amountMinor,
        note: share < 1 ? "Spend so far this period" : "Monthly spend",
      });
    }
  }
  return lines;
}
