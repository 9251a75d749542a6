// The price-deviation report as a plain table (CSV and the command line).
import type { PriceDeviationReport } from "./price-deviation.ts";
import { type Cell, majorUnits, type ReportTable } from "./report-table.ts";

const GROUP_LABEL = { owner: "Owner", channel: "Sales channel", partner: "Partner" } as const;
const NO_NAME = { owner: "—", channel: "—", partner: "No partner" } as const;

export function priceDeviationTable(r: PriceDeviationReport): ReportTable {
  const money = (minor: number) => majorUnits(minor, r.currency);
  const c = r.currency;
  const columns = [
    GROUP_LABEL[r.groupBy],
    "Won deals",
    "Discounted",
    "Give-aways",
    `List value (${c})`,
    `Discounts (${c})`,
    `Give-aways (${c})`,
    `Given away (${c})`,
    `Revenue (${c})`,
    "Share of revenue",
    "Approvals requested",
    "Approved",
    "Rejected",
    "Pending",
    "Superseded",
    "Median time to decide (s)",
    "p75 time to decide (s)",
    "Won outside policy",
  ];
  const line = (label: string, x: PriceDeviationReport["total"]): Cell[] => [
    label,
    x.wonDeals,
    x.discountedDeals,
    x.giveawayDeals,
    money(x.listMinor),
    money(x.discountMinor),
    money(x.giveawayMinor),
    money(x.givenAwayMinor),
    money(x.revenueMinor),
    x.shareOfRevenue,
    x.requested,
    x.approved,
    x.rejected,
    x.pending,
    x.superseded,
    x.medianDecideSeconds,
    x.p75DecideSeconds,
    x.outsidePolicy,
  ];
  return {
    columns,
    rows: [...r.rows.map((row) => line(row.name ?? NO_NAME[r.groupBy], row)), line("Total", r.total)],
  };
}
