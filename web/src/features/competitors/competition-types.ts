// Shapes of the competitor, objection-type and deal-objection API responses.

/** A competitor's battlecard: what a deal shows of it. */
export interface Battlecard {
  id: string;
  name: string;
  website: string | null;
  positioning: string | null;
  strengths: string | null;
  weaknesses: string | null;
}

/** A competitor with its record: the deals that named it, by the outcome of their stage. */
export interface Competitor extends Battlecard {
  wins: number;
  losses: number;
  open: number;
  /** wins ÷ (wins + losses), 0–1; null before any such deal closed. */
  winRate: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface CompetitorInput {
  name: string;
  website: string | null;
  positioning: string | null;
  strengths: string | null;
  weaknesses: string | null;
}

export interface ObjectionType {
  id: string;
  label: string;
}

export interface DealObjection {
  id: string;
  dealId: string;
  objectionTypeId: string | null;
  /** The type's label, when the objection has a type. */
  label: string | null;
  text: string | null;
  overcome: boolean;
  raisedAt: string;
  raisedById: string | null;
  raisedByName: string | null;
  updatedAt: string;
}

export interface NewObjection {
  objectionTypeId: string | null;
  text: string | null;
}
