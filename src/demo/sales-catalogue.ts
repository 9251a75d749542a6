// The demo's sales catalogue: what Northwind sells, at what price per channel, the discount
// policy, the competitors it meets and the battlecards marketing wrote about them.
import type { PriceChannel } from "../domain/pricing.ts";

export const DEMO_PRODUCTS = [
  {
    key: "starter",
    sku: "NW-START",
    name: "Starter plan (annual)",
    description: "Up to 5 seats, core dashboards.",
    direct: 1_200_000,
  },
  {
    key: "growth",
    sku: "NW-GROW",
    name: "Growth plan (annual)",
    description: "Up to 25 seats, forecasting, API.",
    direct: 4_800_000,
  },
  {
    key: "enterprise",
    sku: "NW-ENT",
    name: "Enterprise plan (annual)",
    description: "Unlimited seats, SSO, audit log.",
    direct: 12_000_000,
  },
  { key: "seats", sku: "NW-SEAT10", name: "Extra seats (pack of 10)", description: null, direct: 900_000 },
  {
    key: "onboarding",
    sku: "NW-ONB",
    name: "Onboarding package",
    description: "Four guided sessions and a data import.",
    direct: 750_000,
  },
] as const;

export type DemoProductKey = (typeof DEMO_PRODUCTS)[number]["key"];

/** Each book's price as a share of the direct price, in per cent. */
export const DEMO_PRICE_BOOKS: readonly {
  key: string;
  name: string;
  channel: PriceChannel;
  percent: number;
  partner?: true;
}[] = [
  { key: "direct", name: "Direct list (USD)", channel: "direct", percent: 100 },
  { key: "reseller", name: "Reseller list (USD)", channel: "reseller", percent: 80 },
  { key: "affiliate", name: "Affiliate list (USD)", channel: "affiliate", percent: 90 },
  { key: "brightpath", name: "Brightpath net (USD)", channel: "reseller", percent: 75, partner: true },
];

export const DEMO_DISCOUNT_POLICY = {
  defaultMaxDiscountBp: 1000,
  maxDiscountBpByRole: { sales: 1500, partner: 1000 },
  maxDiscountBpByChannel: { direct: 1500, reseller: 1000, affiliate: 500 },
  giveawaysAllowed: false,
  // Requests left undecided for a working day are flagged to the approvers.
  approvalAlertHours: 8,
};

export const DEMO_COMPETITORS = [
  {
    key: "metricly",
    name: "Metricly",
    website: "https://metricly.example",
    positioning: "The cheap self-serve dashboard tool; sells on a credit card, no sales team.",
    strengths: "Low entry price. Quick to try. Big template gallery.",
    weaknesses: "No forecasting. Seat prices climb fast past 20 users. Support by email only.",
  },
  {
    key: "quantico",
    name: "Quantico Suite",
    website: "https://quantico.example",
    positioning: "The enterprise BI incumbent; sold top-down to IT with multi-year contracts.",
    strengths: "Brand trust with CIOs. Deep data-warehouse connectors.",
    weaknesses: "Six-month rollouts. Business users need IT for every change. Expensive services.",
  },
  {
    key: "sheets",
    name: "Spreadsheets (do nothing)",
    website: null,
    positioning: "The status quo: the finance team's workbook, emailed on Mondays.",
    strengths: "Free, familiar, flexible.",
    weaknesses: "Breaks at scale, no single source of truth, hours of manual work every week.",
  },
  {
    key: "dashhive",
    name: "DashHive",
    website: "https://dashhive.example",
    positioning: "A fast-growing challenger with aggressive discounts for switchers.",
    strengths: "Modern UI. Generous first-year discounts.",
    weaknesses: "Young product: no audit log, no SSO. Renewal prices jump after year one.",
  },
] as const;
