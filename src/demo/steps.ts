// The building blocks of a contact's journey: steps (touches not yet numbered) and the helpers
// that lay them out in time.
import type { Temperature } from "../domain/catalogue.ts";
import type { Stage } from "../domain/stages.ts";
import type { TouchpointKind } from "../domain/touchpoint-kinds.ts";
import type { DemoDeal, DemoProperties, DemoStageChange } from "./demo-types.ts";
import type { ProgramSpec } from "./programs.ts";
import type { Rng } from "./random.ts";

export interface Step {
  kind: TouchpointKind;
  at: number;
  /** undefined: attributed later to a program producing this kind; null: no program. */
  programKey?: string | null;
  userKey?: string | null;
  properties?: DemoProperties;
  /** Nurture that may be dropped to keep the contact at its planned temperature. */
  optional?: boolean;
}

export interface Journey {
  stage: Stage;
  /** The temperature the journey was laid out for. */
  temperature: Temperature;
  ownerKey: string | null;
  steps: Step[];
  changes: DemoStageChange[];
  deal?: DemoDeal;
  /** When the contact entered the database, if before its first touch (a list import). */
  importedAt?: number;
  properties?: DemoProperties;
}

export interface JourneyContext {
  rng: Rng;
  now: number;
  windowStart: number;
  programs: readonly ProgramSpec[];
  newsletterSends: readonly number[];
}

/** A kind with the properties that give it meaning here (the page viewed, the form sent). */
export type StepSpec = readonly [TouchpointKind, DemoProperties?];

/** Lays specs out from 0 with gaps drawn from [minGap, maxGap]: a run placed later as a whole. */
export function spaced(rng: Rng, specs: readonly StepSpec[], minGap: number, maxGap: number): Step[] {
  let at = 0;
  return specs.map(([kind, properties], i) => {
    if (i > 0) at += rng.between(minGap, maxGap);
    return { kind, at, properties };
  });
}

export const shifted = <T extends { at: number }>(items: readonly T[], by: number): T[] =>
  items.map((item) => ({ ...item, at: item.at + by }));

export const lastAt = (steps: readonly { at: number }[]) => Math.max(...steps.map((s) => s.at));
export const firstAt = (steps: readonly { at: number }[]) => Math.min(...steps.map((s) => s.at));
