// Attribution (product.md §4, issue 10): how a won deal's amount is shared among the touches of
// its journey, under each model, to the minor unit. Pure: the store gathers the journey, this
// says who earned what, and the credits are stored when the deal is won.

export const ATTRIBUTION_MODELS = [
  "firstTouch",
  "leadCreation",
  "lastTouch",
  "linear",
  "uShaped",
  "wShaped",
  "fullPath",
  "timeDecay",
] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

/** The touches that mark a journey's turns. A touch may hold several. */
export type Role = "first" | "lead" | "opportunity" | "closing";

/** Position-based models: each role's share and the share spread over the other touches, in per-mille. */
const POSITIONS: Record<
  Exclude<AttributionModel, "linear" | "timeDecay">,
  { roles: Partial<Record<Role, number>>; rest: number }
> = {
  firstTouch: { roles: { first: 1000 }, rest: 0 },
  leadCreation: { roles: { lead: 1000 }, rest: 0 },
  lastTouch: { roles: { closing: 1000 }, rest: 0 },
  uShaped: { roles: { first: 400, lead: 400 }, rest: 200 },
  wShaped: { roles: { first: 300, lead: 300, opportunity: 300 }, rest: 100 },
  fullPath: { roles: { first: 225, lead: 225, opportunity: 225, closing: 225 }, rest: 100 },
};

export interface JourneyTouch {
  id: string;
  /** Epoch milliseconds. */
  at: number;
}

export interface Journey {
  /** Touches up to the win, any order (they are sorted by instant, then id). */
  touches: readonly JourneyTouch[];
  /** The touch that made the contact a lead, if it is in the journey. */
  leadTouchId: string | null;
  /** When the deal was opened: its opportunity-creation touch is the last one at or before it. */
  openedAt: number;
  wonAt: number;
  amountMinor: number;
}

export interface AttributionSettings {
  /** Time-decay: a touch this many days before the win weighs half as much as one at the win. */
  halfLifeDays: number;
}

export interface TouchCredit {
  touchpointId: string;
  roles: Role[];
  credits: Record<AttributionModel, number>;
}

/** The words on the report's page: one meaning per model and per rule. */
export const ATTRIBUTION_DEFINITIONS: readonly { term: string; meaning: string }[] = [
  {
    term: "Journey",
    meaning:
      "The deal's contact's touchpoints up to the instant the deal was won (with the buying-group setting, also those of the other contacts at its company), except sends, bounces and unsubscribes, which are not interactions. Touches after the win earn nothing.",
  },
  {
    term: "First touch, lead creation, opportunity creation, closing touch",
    meaning:
      "The journey's earliest touch; the touch that made the contact a lead (its first inbound response); the last touch at or before the deal was opened; the last touch before the win. One touch can be several of these.",
  },
  { term: "First touch", meaning: "All the amount to the first touch." },
  {
    term: "Lead creation",
    meaning: "All the amount to the lead-creation touch; nothing when the contact became a lead without one.",
  },
  { term: "Last touch", meaning: "All the amount to the closing touch." },
  { term: "Linear", meaning: "The amount shared equally by every touch." },
  {
    term: "U-shaped",
    meaning: "40 % to the first touch, 40 % to lead creation, 20 % spread equally over the other touches.",
  },
  {
    term: "W-shaped",
    meaning:
      "30 % each to the first touch, lead creation and opportunity creation, 10 % spread equally over the other touches.",
  },
  {
    term: "Full path",
    meaning:
      "22.5 % each to the first touch, lead creation, opportunity creation and the closing touch, 10 % spread equally over the other touches.",
  },
  {
    term: "Time decay",
    meaning:
      "Each touch weighs 2^(−days before the win ÷ half-life); the amount is shared in proportion to the weights.",
  },
  {
    term: "Missing positions",
    meaning:
      "When a journey has no touch for a position (no lead-creation touch, or no other touches to spread over), that share is shared out among the positions it has, in proportion; a touch holding several positions earns each share.",
  },
  {
    term: "To the cent",
    meaning:
      "Each touch gets its exact share rounded down to the minor unit; the cents left over go one each to the touches with the largest remainders (the earlier touch on a tie), so a deal's credits add up to its amount exactly.",
  },
];

const byTime = (a: JourneyTouch, b: JourneyTouch) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Each touch's roles in the journey (sorted). */
export function journeyRoles(journey: Journey): { touches: JourneyTouch[]; roles: Role[][] } {
  const touches = [...journey.touches].sort(byTime);
  const roles: Role[][] = touches.map(() => []);
  if (touches.length === 0) return { touches, roles };
  roles[0]!.push("first");
  const lead = touches.findIndex((t) => t.id === journey.leadTouchId);
  if (lead >= 0) roles[lead]!.push("lead");
  let opened = -1;
  for (let i = 0; i < touches.length; i++) if (touches[i]!.at <= journey.openedAt) opened = i;
  if (opened >= 0) roles[opened]!.push("opportunity");
  roles[touches.length - 1]!.push("closing");
  return { touches, roles };
}

/**
 * Shares `amount` in proportion to integer weights, exactly: floors, then one minor unit each to
 * the largest remainders (the earlier index on a tie). All zero weights share nothing.
 */
export function shareExactly(amount: number, weights: readonly bigint[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0n);
  if (total === 0n) return weights.map(() => 0);
  const a = BigInt(amount);
  const floors = weights.map((w) => (a * w) / total);
  const remainders = weights.map((w) => (a * w) % total);
  let left = Number(a - floors.reduce((s, f) => s + f, 0n));
  const order = weights
    .map((_, i) => i)
    .sort((i, j) => (remainders[j]! > remainders[i]! ? 1 : remainders[j]! < remainders[i]! ? -1 : i - j));
  const out = floors.map(Number);
  for (const i of order) {
    if (left <= 0) break;
    if (weights[i] === 0n) continue;
    out[i]! += 1;
    left--;
  }
  return out;
}

const DAY_MS = 86_400_000;
// Time-decay weights as integers, so that the exact shares are exact arithmetic on them.
const DECAY_SCALE = 2 ** 40;

function positionWeights(model: keyof typeof POSITIONS, roles: Role[][]): bigint[] {
  const { roles: shares, rest } = POSITIONS[model];
  const others = roles.filter((r) => !r.some((role) => shares[role] !== undefined)).length;
  // Each touch's weight over a common denominator of `others`: its roles' shares × others, plus
  // the rest's share when it holds none. Missing positions simply contribute no weight, which
  // shares them out in proportion among the positions present.
  return roles.map((r) => {
    const mine = r.reduce((s, role) => s + (shares[role] ?? 0), 0);
    if (mine > 0) return BigInt(mine * Math.max(1, others));
    return others > 0 ? BigInt(rest) : 0n;
  });
}

/** Every touch's credit under every model (touches in journey order). */
export function attributeDeal(journey: Journey, settings: AttributionSettings): TouchCredit[] {
  const { touches, roles } = journeyRoles(journey);
  const perModel = {} as Record<AttributionModel, number[]>;
  for (const model of ATTRIBUTION_MODELS) {
    let weights: bigint[];
    if (model === "linear") weights = touches.map(() => 1n);
    else if (model === "timeDecay") {
      // Relative to the latest touch (weight 2^40), so a journey that ended long before the win
      // still shares it in the same proportions.
      const halfLifeMs = settings.halfLifeDays * DAY_MS;
      const latest = touches.at(-1)?.at ?? 0;
      weights = touches.map((t) => BigInt(Math.round(DECAY_SCALE * 2 ** (-(latest - t.at) / halfLifeMs))));
    } else weights = positionWeights(model, roles);
    perModel[model] = shareExactly(journey.amountMinor, weights);
  }
  return touches.map((t, i) => ({
    touchpointId: t.id,
    roles: roles[i]!,
    credits: Object.fromEntries(ATTRIBUTION_MODELS.map((m) => [m, perModel[m][i]!])) as Record<
      AttributionModel,
      number
    >,
  }));
}

/** Kinds that are not interactions and earn no credit (a send, a bounce, an unsubscribe). */
export const UNATTRIBUTED_KINDS: readonly string[] = ["email_sent", "email_bounce", "unsubscribe"];
