// Shapes of the Baton API responses, as the web app uses them.

export type Temperature = "cold" | "warm" | "hot";
export const TEMPERATURES: readonly Temperature[] = ["cold", "warm", "hot"];

export type Side = "marketing" | "sales";

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: string;
}

export interface Workspace {
  id: string;
  name: string;
}

export interface Session {
  user: User;
  workspace: Workspace;
}

export interface Contact {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  title: string | null;
  phone: string | null;
  companyId: string | null;
  companyName: string | null;
  occupation: string | null;
  industry: string | null;
  companySize: string | null;
  incomeBand: string | null;
  education: string | null;
  country: string | null;
  properties: Record<string, unknown>;
  stage: string;
  ownerId: string | null;
  ownerName: string | null;
  temperature: Temperature;
  score: number;
  warmUntil: string | null;
  hotUntil: string | null;
  lastTouchAt: string | null;
  touchCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface TemperatureCounts {
  cold: number;
  warm: number;
  hot: number;
  total: number;
}

export interface TimelineEntry {
  id: string;
  kind: string;
  side: Side;
  programId: string | null;
  programName: string | null;
  userId: string | null;
  userName: string | null;
  occurredAt: string;
  properties: Record<string, unknown>;
  externalId: string | null;
}

export interface ScoringThresholds {
  halfLifeHours: number;
  warmThreshold: number;
  hotThreshold: number;
}

export interface ScoreContribution {
  touchpointId: string;
  kind: string;
  occurredAt: string;
  weight: number;
  contribution: number;
}

export interface ScoreExplanation {
  contactId: string;
  at: string;
  value: number;
  temperature: Temperature;
  warmUntil: string | null;
  hotUntil: string | null;
  contributions: ScoreContribution[];
  settings: ScoringThresholds;
}

export interface Program {
  id: string;
  name: string;
  channel: string;
  costMinor: number | null;
  budgetMinor: number | null;
  currency: string | null;
  startsOn: string | null;
  endsOn: string | null;
  callToAction: string | null;
  utmCampaign: string | null;
  description: string | null;
}

export interface TouchpointKindInfo {
  kind: string;
  label: string;
  side: Side;
  defaultWeight: number;
}

export interface ScoringSettings extends ScoringThresholds {
  weights: Record<string, number>;
}

export interface ScoringSaveResult {
  settings: ScoringSettings;
  rescored: number;
}
