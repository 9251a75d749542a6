// The demo's users, companies and the personal side of its contacts (name, email, job, market).
import type { DemoCompany, DemoUser } from "./demo-types.ts";
import {
  COMPANY_ENDINGS,
  COMPANY_SIZES,
  COMPANY_STARTS,
  COUNTRIES,
  EDUCATION,
  FIRST_NAMES,
  INCOME_BANDS,
  INDUSTRIES,
  LAST_NAMES,
  PERSONAS,
} from "./names.ts";
import type { Rng } from "./random.ts";

export const DEMO_PASSWORD = "northwind-demo";
export const DEMO_DOMAIN = "northwind.example";

// One of each role; four reps so that the per-rep reports have something to compare. Kenji is the
// SDR who makes the cold calls; the three account executives take the handed-off leads.
export const DEMO_USERS: readonly DemoUser[] = [
  { key: "admin", name: "Dana Whitfield", email: `dana@${DEMO_DOMAIN}`, role: "admin" },
  { key: "marketing-priya", name: "Priya Natarajan", email: `priya@${DEMO_DOMAIN}`, role: "marketing" },
  { key: "marketing-tom", name: "Tom Becker", email: `tom@${DEMO_DOMAIN}`, role: "marketing" },
  { key: "sales-marcus", name: "Marcus Johnson", email: `marcus@${DEMO_DOMAIN}`, role: "sales" },
  { key: "sales-sofia", name: "Sofia Alvarez", email: `sofia@${DEMO_DOMAIN}`, role: "sales" },
  { key: "sales-olivia", name: "Olivia Chen", email: `olivia@${DEMO_DOMAIN}`, role: "sales" },
  { key: "sales-kenji", name: "Kenji Watanabe", email: `kenji@${DEMO_DOMAIN}`, role: "sales" },
  { key: "partner-liam", name: "Liam O'Connor (Brightpath)", email: `liam@${DEMO_DOMAIN}`, role: "partner" },
];

export const MARKETERS = ["marketing-priya", "marketing-tom"] as const;
export const ACCOUNT_EXECUTIVES = ["sales-marcus", "sales-sofia", "sales-olivia"] as const;
export const SDR = "sales-kenji";

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]/g, "");

/**
 * Companies with unique names and domains. Domains use the reserved `.example` top-level domain
 * (RFC 2606): a demo workspace can run playbooks that send email, and must never reach a real inbox.
 */
export function generateCompanies(rng: Rng, count: number): DemoCompany[] {
  const bases = new Set<string>();
  const domains = new Set<string>();
  const companies: DemoCompany[] = [];
  while (companies.length < count) {
    const base = rng.pick(COMPANY_STARTS) + rng.pick(COMPANY_ENDINGS);
    const [industry, words] = rng.weighted(INDUSTRIES.map(([i, w, share]) => [[i, w] as const, share]));
    const name = `${base} ${rng.pick(words)}`;
    // One company per base word: "Ironbridge Health" and "Ironbridge Capital" would look like siblings.
    if (bases.has(base)) continue;
    // Most companies own the short domain; a few have a longer one with their industry word.
    const domain = `${rng.chance(0.7) ? slug(base) : slug(name)}.example`;
    if (domains.has(domain)) continue;
    bases.add(base);
    domains.add(domain);
    companies.push({
      key: `company-${companies.length + 1}`,
      name,
      domain,
      industry,
      size: rng.weighted(COMPANY_SIZES.map(([size, share]) => [size, share])),
      country: rng.weighted(COUNTRIES.map(([country, share]) => [country, share])),
    });
  }
  return companies;
}

/** How many contacts a company brings, relative to the others: bigger companies, more people. */
export function contactShare(company: DemoCompany): number {
  return COMPANY_SIZES.find(([size]) => size === company.size)?.[2] ?? 1;
}

export interface Person {
  firstName: string;
  lastName: string;
  email: string;
  title: string;
  phone: string | null;
  occupation: string;
  industry: string;
  companySize: string;
  incomeBand: string;
  education: string;
  country: string;
  /** 0 (individual contributor) to 3 (executive). */
  seniority: number;
}

/** A person at a company, with an email unique across the whole demo (`taken` is updated). */
export function generatePerson(rng: Rng, company: DemoCompany, taken: Set<string>): Person {
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const persona = rng.weighted(PERSONAS.map((p) => [p, p.share]));
  const seniority = rng.weighted([
    [0, 35],
    [1, 35],
    [2, 22],
    [3, 8],
  ] as const);
  const first = slug(firstName);
  const last = slug(lastName);
  const patterns = [`${first}.${last}`, `${first[0]}${last}`, `${first}${last[0]}`, `${first}.${last}2`];
  let local = patterns.find((p) => !taken.has(`${p}@${company.domain}`));
  for (let n = 3; !local; n++)
    if (!taken.has(`${first}.${last}${n}@${company.domain}`)) local = `${first}.${last}${n}`;
  const email = `${local}@${company.domain}`;
  taken.add(email);
  const band = Math.min(
    INCOME_BANDS.length - 1,
    seniority + rng.int(0, 1) + (company.country === "United States" ? 1 : 0),
  );
  return {
    firstName,
    lastName,
    email,
    title: persona.titles[seniority]!,
    phone: rng.chance(0.7) ? phoneNumber(rng, company.country) : null,
    occupation: persona.occupation,
    industry: company.industry,
    companySize: company.size,
    incomeBand: INCOME_BANDS[band]!,
    education: rng.weighted(EDUCATION),
    country: company.country,
    seniority,
  };
}

const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join("");

// Numbers from the ranges reserved for fiction where a country has one (555-01xx in North America,
// 020 7946 0xxx in the UK, 02 5550 xxxx in Australia), so no demo contact dials a real person.
function phoneNumber(rng: Rng, country: string): string {
  const code = COUNTRIES.find(([c]) => c === country)?.[3];
  switch (code) {
    case "US":
      return `+1 ${rng.pick(["212", "312", "415", "512", "617", "646", "206", "303", "404", "214"])} 555 01${digits(rng, 2)}`;
    case "CA":
      return `+1 ${rng.pick(["416", "604", "514", "403"])} 555 01${digits(rng, 2)}`;
    case "GB":
      return `+44 20 7946 0${digits(rng, 3)}`;
    case "AU":
      return `+61 2 5550 ${digits(rng, 4)}`;
    case "DE":
      return `+49 30 ${digits(rng, 8)}`;
    case "NL":
      return `+31 20 ${digits(rng, 7)}`;
    case "FR":
      return `+33 1 ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)}`;
    case "IE":
      return `+353 1 ${digits(rng, 7)}`;
    case "SE":
      return `+46 8 ${digits(rng, 7)}`;
    default:
      return `+65 6${digits(rng, 7)}`;
  }
}

/** A random full name (a referrer, a webinar speaker). */
export function randomName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}
