// Word lists for the demo people and companies. Plain data; the generators combine them.

/** A comma-separated list (kept as text so the lists stay compact). */
function listOf(text: string): readonly string[] {
  return text
    .split(",")
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

export const FIRST_NAMES = listOf(`
  Aaron, Abigail, Adam, Aisha, Alejandro, Alice, Amara, Amelia, Andrea, Anika, Arjun, Ava, Ben,
  Bianca, Brandon, Caleb, Camila, Carlos, Charlotte, Chloe, Chris, Daniel, David, Diana, Diego,
  Elena, Eli, Emily, Emma, Ethan, Fatima, Felix, Fiona, Gabriel, Grace, Hannah, Hassan, Henry,
  Ines, Isaac, Isabel, Jack, Jacob, James, Jasmine, Javier, Jenna, Jessica, Joanna, John, Jonas,
  Julia, Kai, Karen, Kate, Kevin, Laura, Leah, Leo, Liam, Lucas, Lucy, Maya, Mariam, Mark, Mateo,
  Megan, Mei, Michael, Mila, Nadia, Naomi, Nathan, Neha, Nina, Noah, Olga, Omar, Oscar, Paul,
  Pedro, Rachel, Rahul, Raj, Rebecca, Ryan, Samuel, Sara, Sean, Sophie, Stefan, Tariq, Thomas,
  Tyler, Valentina, Victor, Wei, Yara, Yusuf, Zoe
`);

export const LAST_NAMES = listOf(`
  Abbott, Adeyemi, Ahmed, Alvarez, Andersen, Bailey, Banerjee, Barnes, Becker, Bennett,
  Bergstrom, Brooks, Campbell, Carter, Castillo, Chang, Chen, Clarke, Collins, Cooper, Costa,
  Cruz, Das, Davies, Dubois, Edwards, Eriksson, Evans, Fischer, Fitzgerald, Flores, Foster,
  Garcia, Gomez, Gordon, Graham, Gupta, Hansen, Harris, Hayes, Hernandez, Hoffmann, Hughes, Ito,
  Jansen, Jensen, Johnson, Kaur, Kelly, Khan, Kim, Klein, Kowalski, Kumar, Larsen, Lee, Lopez,
  Mahmoud, Martin, Martinez, Meyer, Miller, Mitchell, Moreau, Murphy, Nakamura, Nguyen, Nielsen,
  Novak, O'Brien, Okafor, Olsen, Ortiz, Park, Patel, Perez, Petrov, Phillips, Quinn, Ramirez,
  Reddy, Reyes, Richter, Rivera, Roberts, Rossi, Russo, Sanchez, Santos, Schmidt, Schneider,
  Shah, Silva, Singh, Sullivan, Tanaka, Taylor, Thompson, Torres, Turner, Van Dijk, Vasquez,
  Wagner, Walsh, Wang, Watson, Weber, White, Williams, Wilson, Wong, Wright, Yamamoto, Young,
  Zhang, Zimmerman
`);

// Company names are a word and an ending ("Ironbridge", "Cedarpoint") plus an industry word.
export const COMPANY_STARTS = listOf(`
  Amber, Ash, Bay, Birch, Blue, Bright, Canyon, Cedar, Clear, Cobalt, Copper, Coral, Crest,
  Delta, Eagle, Elm, Ember, Fair, Falcon, Fern, Fox, Glen, Gold, Granite, Green, Harbor, Hazel,
  High, Iron, Juniper, Lake, Lark, Linden, Maple, Marble, Meadow, Mill, North, Oak, Ocean,
  Orchard, Pine, Prairie, Quarry, Raven, Red, Ridge, River, Rock, Sage, Silver, Sky, Spruce,
  Star, Stone, Summit, Sun, Tide, True, Willow
`);

export const COMPANY_ENDINGS = listOf(`
  bridge, brook, crest, dale, field, forge, gate, haven, hill, hurst, land, light, line, mark,
  mont, path, peak, point, port, ridge, side, stone, vale, view, wave, way, well, wood, works,
  wick
`);

/** Industry → [the words a company name in it ends with, relative share of companies]. */
export const INDUSTRIES: readonly (readonly [string, readonly string[], number])[] = [
  ["Software", ["Software", "Labs", "Systems", "Cloud"], 16],
  ["Financial services", ["Financial", "Capital", "Payments"], 12],
  ["Retail & e-commerce", ["Retail", "Goods", "Outfitters", "Market"], 11],
  ["Healthcare", ["Health", "Medical", "Care"], 10],
  ["Manufacturing", ["Manufacturing", "Industries", "Components"], 9],
  ["Logistics", ["Logistics", "Freight", "Shipping"], 8],
  ["Insurance", ["Insurance", "Mutual", "Assurance"], 6],
  ["Media & publishing", ["Media", "Studios", "Publishing"], 6],
  ["Professional services", ["Consulting", "Partners", "Advisory"], 8],
  ["Energy & utilities", ["Energy", "Power", "Utilities"], 5],
  ["Telecommunications", ["Telecom", "Networks"], 4],
  ["Travel & hospitality", ["Travel", "Hotels"], 5],
];

/** Headcount bands, their share of companies and how many contacts a company of that size brings. */
export const COMPANY_SIZES: readonly (readonly [string, number, number])[] = [
  ["11-50", 24, 1],
  ["51-200", 30, 2],
  ["201-500", 20, 3.5],
  ["501-1000", 12, 5],
  ["1001-5000", 10, 7],
  ["5000+", 4, 9],
];

/** Country, share of companies, phone prefix and the numbers a phone takes after it. */
export const COUNTRIES: readonly (readonly [string, number, string, string])[] = [
  ["United States", 50, "+1", "US"],
  ["United Kingdom", 12, "+44", "GB"],
  ["Canada", 8, "+1", "CA"],
  ["Germany", 7, "+49", "DE"],
  ["Netherlands", 5, "+31", "NL"],
  ["Australia", 5, "+61", "AU"],
  ["France", 4, "+33", "FR"],
  ["Ireland", 3, "+353", "IE"],
  ["Sweden", 3, "+46", "SE"],
  ["Singapore", 3, "+65", "SG"],
];

export interface Persona {
  occupation: string;
  /** Titles from junior to senior; the index is the seniority. */
  titles: readonly string[];
  share: number;
}

// Who buys or evaluates a data platform: the people who build on it, use it and pay for it.
export const PERSONAS: readonly Persona[] = [
  {
    occupation: "Data engineering",
    titles: ["Data Engineer", "Senior Data Engineer", "Staff Data Engineer", "Director of Data Engineering"],
    share: 20,
  },
  {
    occupation: "Analytics",
    titles: ["Data Analyst", "Senior Data Analyst", "Analytics Manager", "VP of Analytics"],
    share: 20,
  },
  {
    occupation: "Data leadership",
    titles: ["Data Platform Lead", "Head of Data", "Director of Data", "Chief Data Officer"],
    share: 9,
  },
  { occupation: "IT", titles: ["Systems Administrator", "IT Manager", "IT Director", "CIO"], share: 9 },
  {
    occupation: "Software engineering",
    titles: ["Software Engineer", "Senior Backend Engineer", "Engineering Manager", "CTO"],
    share: 12,
  },
  {
    occupation: "Finance",
    titles: ["Financial Analyst", "FP&A Manager", "Finance Director", "CFO"],
    share: 7,
  },
  {
    occupation: "Marketing operations",
    titles: ["Marketing Analyst", "Marketing Operations Manager", "Head of Marketing Analytics", "CMO"],
    share: 8,
  },
  {
    occupation: "Product management",
    titles: ["Product Analyst", "Product Manager", "Director of Product", "VP of Product"],
    share: 8,
  },
  {
    occupation: "Operations",
    titles: ["Operations Analyst", "Operations Manager", "Director of Operations", "COO"],
    share: 7,
  },
];

export const INCOME_BANDS = ["$50k–$75k", "$75k–$100k", "$100k–$150k", "$150k–$200k", "$200k+"] as const;

export const EDUCATION: readonly (readonly [string, number])[] = [
  ["Bachelor's degree", 50],
  ["Master's degree", 28],
  ["MBA", 8],
  ["PhD", 5],
  ["Associate degree", 5],
  ["High school", 4],
];
