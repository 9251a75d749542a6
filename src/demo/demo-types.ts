// The plain data the demo generator returns and the loader writes. Records refer to each other by
// key (the loader maps keys to the ids the database assigns); times are epoch milliseconds.
import type { Channel, Role } from "../domain/catalogue.ts";
import type { Stage } from "../domain/stages.ts";
import type { Side, TouchpointKind } from "../domain/touchpoint-kinds.ts";

export type DemoProperties = Record<string, string | number>;

export interface DemoUser {
  key: string;
  name: string;
  email: string;
  role: Role;
}

export interface DemoCompany {
  key: string;
  name: string;
  domain: string;
  industry: string;
  size: string;
  country: string;
}

export interface DemoProgram {
  key: string;
  name: string;
  channel: Channel;
  description: string;
  /** Dated cost lines (ISO days, minor units of `currency`). */
  costs: { incurredOn: string; amountMinor: number; note: string }[];
  budgetMinor: number | null;
  currency: string;
  /** ISO dates (YYYY-MM-DD). */
  startsOn: string;
  endsOn: string | null;
  callToAction: string;
  utmCampaign: string;
}

/** A manual stage change (beyond the automatic prospect → lead) made by a user at a past instant. */
export interface DemoStageChange {
  to: Stage;
  at: number;
  byUserKey: string;
  /** The owner after the change; undefined leaves the owner as it is. */
  ownerKey?: string | null;
  reason: string;
}

/** The deal of a contact sales accepted: who owns it and how it ended (if it has). */
export interface DemoDeal {
  ownerKey: string;
  outcome: "won" | "lost" | "open";
  /** When it was won or lost; null while open. */
  closedAt: number | null;
}

export interface DemoContact {
  key: string;
  email: string;
  firstName: string;
  lastName: string;
  title: string;
  phone: string | null;
  companyKey: string;
  occupation: string;
  industry: string;
  companySize: string;
  incomeBand: string;
  education: string;
  country: string;
  properties: DemoProperties;
  createdAt: number;
  /** The stage the contact ends in, after its touchpoints and stage changes. */
  stage: Stage;
  ownerKey: string | null;
  stageChanges: DemoStageChange[];
  /** In sales or a customer: the deal the sales demo plays. */
  deal?: DemoDeal;
}

export interface DemoTouchpoint {
  contactKey: string;
  kind: TouchpointKind;
  side: Side;
  programKey: string | null;
  userKey: string | null;
  occurredAt: number;
  externalId: string;
  properties: DemoProperties;
}

export interface DemoData {
  now: number;
  seed: number;
  password: string;
  users: DemoUser[];
  companies: DemoCompany[];
  programs: DemoProgram[];
  contacts: DemoContact[];
  /** Grouped by contact, each contact's in time order. */
  touchpoints: DemoTouchpoint[];
}
