// The demo workspace of Northwind Analytics, a B2B software company selling a data platform:
// users, companies, programs, contacts and nine months of touchpoints, as plain data. Pure and
// deterministic: the same seed and `now` give the same data, on any machine.
import type { Temperature } from "../domain/catalogue.ts";
import type { Stage } from "../domain/stages.ts";
import { defaultSideOf } from "../domain/touchpoint-kinds.ts";
import type { DemoContact, DemoData, DemoTouchpoint } from "./demo-types.ts";
import { finalizeJourney } from "./finalize.ts";
import { leadJourney, prospectJourney } from "./journeys.ts";
import {
  contactShare,
  DEMO_PASSWORD,
  DEMO_USERS,
  generateCompanies,
  generatePerson,
  type Person,
} from "./people.ts";
import { buildPrograms } from "./program-catalogue.ts";
import { deriveRng } from "./random.ts";
import {
  customerJourney,
  disqualifiedJourney,
  inSalesJourney,
  recycledJourney,
  salesReadyJourney,
} from "./sales-journeys.ts";
import type { Journey, JourneyContext } from "./steps.ts";
import { DAY, HISTORY_DAYS, newsletterSendTimes, startOfDay } from "./timeline.ts";

export interface DemoOptions {
  /** The instant the demo is generated for (epoch ms): every touch lies before it. */
  now: number;
  seed?: number;
  contacts?: number;
}

export const DEFAULT_CONTACTS = 5000;

// A B2B database: a fifth never answered, half are leads marketing nurtures, a fifth reached
// sales. The temperature shares per stage are what make the board about 70% cold, 20% warm and
// 10% hot at `now` (checked with the domain's scoring functions in demo-data.test.ts). A contact's
// stage is drawn first; what it depends on follows by Bayes' rule — the program it first
// responded to from the programs' odds (programs.ts, sourceAt), a deal's rep from the reps' close
// rates (sales-runs.ts, pickDealOwner) — so the board keeps its shares and the reports still find
// which programs and reps do better.
const STAGE_SHARES: readonly (readonly [Stage, number])[] = [
  ["prospect", 22],
  ["lead", 52],
  ["sales_ready", 2.5],
  ["in_sales", 8],
  ["customer", 6],
  ["recycled", 6],
  ["disqualified", 3.5],
];

const TEMPERATURE_SHARES: Record<Stage, readonly (readonly [Temperature, number])[]> = {
  prospect: [["cold", 1]],
  lead: [
    ["cold", 66],
    ["warm", 25],
    ["hot", 9],
  ],
  sales_ready: [
    ["warm", 30],
    ["hot", 70],
  ],
  in_sales: [
    ["cold", 18],
    ["warm", 32],
    ["hot", 50],
  ],
  customer: [
    ["cold", 75],
    ["warm", 20],
    ["hot", 5],
  ],
  recycled: [
    ["cold", 80],
    ["warm", 20],
  ],
  disqualified: [["cold", 1]],
};

export function generateDemoData(options: DemoOptions): DemoData {
  const seed = options.seed ?? 1;
  const count = options.contacts ?? DEFAULT_CONTACTS;
  const now = Math.floor(options.now);
  const windowStart = startOfDay(now) - HISTORY_DAYS * DAY;
  const programs = buildPrograms(now);
  // About 17 people per company (300 for the default 5,000), and never fewer than ten companies.
  const companies = generateCompanies(deriveRng(seed, "companies"), Math.max(10, Math.round(count * 0.06)));
  const rng = deriveRng(seed, "contacts");
  const ctx: JourneyContext = {
    rng,
    now,
    windowStart,
    programs,
    newsletterSends: newsletterSendTimes(windowStart, now),
  };
  const companyShares = companies.map((c) => [c, contactShare(c)] as const);
  const takenEmails = new Set<string>();
  const contacts: DemoContact[] = [];
  const touchpoints: DemoTouchpoint[] = [];
  for (let i = 0; i < count; i++) {
    const company = rng.weighted(companyShares);
    const person = generatePerson(rng, company, takenEmails);
    const stage = rng.weighted(STAGE_SHARES);
    const journey = journeyFor(ctx, stage, rng.weighted(TEMPERATURE_SHARES[stage]), person);
    const done = finalizeJourney(ctx, journey, person.country);
    const key = `contact-${i + 1}`;
    const { seniority: _seniority, ...fields } = person;
    contacts.push({
      key,
      ...fields,
      companyKey: company.key,
      properties: journey.properties ?? {},
      createdAt: done.createdAt,
      stage: journey.stage,
      ownerKey: journey.ownerKey,
      stageChanges: done.changes,
      ...(done.deal ? { deal: done.deal } : {}),
    });
    for (const s of done.steps) {
      touchpoints.push({
        contactKey: key,
        kind: s.kind,
        side: defaultSideOf(s.kind),
        programKey: s.programKey,
        userKey: s.userKey ?? null,
        occurredAt: s.at,
        externalId: `demo-${touchpoints.length + 1}`,
        properties: s.properties,
      });
    }
  }
  return {
    now,
    seed,
    password: DEMO_PASSWORD,
    users: DEMO_USERS.map((u) => ({ ...u })),
    companies,
    programs: programs.map((p) => p.program),
    contacts,
    touchpoints,
  };
}

function journeyFor(ctx: JourneyContext, stage: Stage, temperature: Temperature, person: Person): Journey {
  switch (stage) {
    case "prospect":
      return prospectJourney(ctx);
    case "lead":
      return leadJourney(ctx, temperature);
    case "sales_ready":
      return salesReadyJourney(ctx, temperature);
    case "in_sales":
      return inSalesJourney(ctx, temperature, person.companySize);
    case "customer":
      return customerJourney(ctx, temperature, person.companySize);
    case "recycled":
      return recycledJourney(ctx, temperature, person.companySize);
    case "disqualified":
      return disqualifiedJourney(ctx, person.companySize);
  }
}
