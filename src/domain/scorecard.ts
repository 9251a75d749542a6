// The program scorecard's figures (product.md §4): what is counted, and what each derived figure
// divides by. The counts come from the store; everything derived is computed here, once.

/** What the store counts for one program, one channel or the whole period. */
export interface ScorecardCounts {
  /** Distinct contacts it touched on a day in the period. */
  reach: number;
  /** Contacts that became leads in the period through one of its touches. */
  leads: number;
  /** Of those leads, how many have since reached sales-ready or a later stage… */
  salesReady: number;
  /** …been accepted by sales (in sales or a customer)… */
  accepted: number;
  /** …had a deal opened… */
  opportunities: number;
  /** …and become customers. */
  won: number;
  /** The amounts of those leads' won deals, in the report's currency. */
  revenueMinor: number;
  /**
   * The sum of the cost lines dated in the period, in the report's currency; null when none is —
   * no cost entered, which says nothing about the cost and is not a cost of 0.
   */
  costMinor: number | null;
}

export interface ScorecardFigures extends ScorecardCounts {
  costPerLeadMinor: number | null;
  costPerCustomerMinor: number | null;
  /** (revenue − cost) ÷ cost, a fraction: 0.25 is 25 %. Null with no cost entered or a cost of 0. */
  roi: number | null;
  /** won ÷ leads, a fraction. Null without leads. */
  successRate: number | null;
}

// Nothing to divide by, or no cost entered to divide: no figure, never a cost of 0.
const per = (money: number | null, count: number) =>
  money === null || count === 0 ? null : Math.round(money / count);

export function scorecardFigures(c: ScorecardCounts): ScorecardFigures {
  return {
    ...c,
    costPerLeadMinor: per(c.costMinor, c.leads),
    costPerCustomerMinor: per(c.costMinor, c.won),
    roi: c.costMinor === null || c.costMinor === 0 ? null : (c.revenueMinor - c.costMinor) / c.costMinor,
    successRate: c.leads === 0 ? null : c.won / c.leads,
  };
}

export const EMPTY_COUNTS: ScorecardCounts = {
  reach: 0,
  leads: 0,
  salesReady: 0,
  accepted: 0,
  opportunities: 0,
  won: 0,
  revenueMinor: 0,
  costMinor: null,
};

/** The words on the page, in the API and in the CSV's companion: one meaning per figure. */
export const SCORECARD_DEFINITIONS: readonly { term: string; meaning: string }[] = [
  {
    term: "Period",
    meaning: "From the first day to the last, both included, in UTC days.",
  },
  {
    term: "Reach",
    meaning:
      "Distinct contacts the program touched on a day in the period. A channel's or the total's reach counts a contact once, however many of its programs touched it.",
  },
  {
    term: "Leads",
    meaning:
      "Contacts that became leads in the period, counted for the program whose touch made them a lead — their first inbound response (a form, a click, a reply, an event visit). A contact sales took straight from prospect counts as a lead at that moment, for no program.",
  },
  {
    term: "Sales-ready, accepted, opportunities, won",
    meaning:
      "Of those leads, how many have since (up to now) been handed to sales, been accepted by sales, had a deal opened, and become customers. A lead that skipped a step counts as having passed it.",
  },
  {
    term: "Revenue",
    meaning:
      "The amounts of those leads' won deals, in the report's currency (all credited to the program that made the lead; other attribution models come with the attribution report).",
  },
  {
    term: "Cost",
    meaning:
      "The sum of the program's cost lines dated in the period, in the report's currency. Blank when it has no cost line in the period: no cost entered, which is not a cost of zero.",
  },
  {
    term: "Cost per lead",
    meaning: "Cost ÷ leads, rounded to the cent; blank with no leads or no cost entered.",
  },
  {
    term: "Cost per customer",
    meaning: "Cost ÷ won, rounded to the cent; blank with none won or no cost entered.",
  },
  { term: "ROI", meaning: "(Revenue − cost) ÷ cost; blank with no cost entered or a cost of zero." },
  { term: "Success rate", meaning: "Won ÷ leads; blank with no leads." },
];
