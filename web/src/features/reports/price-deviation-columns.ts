// The price-deviation report's two tables: what the won deals gave away, and the approvals asked
// for. Money in the report's currency.

import type { Ok } from "../../api/contract.ts";
import { formatMoney, formatPercent } from "../programs/money.ts";
import { formatCount } from "../programs/program-format.ts";
import type { FigureColumn } from "./ReportTable.tsx";
import { formatDuration } from "./report-format.ts";

export type PriceDeviationReport = Ok<"getPriceDeviationReport">;
export type PriceDeviationRow = PriceDeviationReport["rows"][number];
export type PriceDeviationGroup = PriceDeviationReport["groupBy"];

export const GROUP_LABEL: Record<PriceDeviationGroup, string> = {
  owner: "Owner",
  channel: "Sales channel",
  partner: "Partner",
};

export const rowName = (row: { name: string | null }, groupBy: PriceDeviationGroup) =>
  row.name ?? (groupBy === "partner" ? "No partner" : "—");

const counted = (key: keyof PriceDeviationRow & string, label: string): FigureColumn<PriceDeviationRow> => ({
  key,
  label,
  value: (r) => r[key] as number,
  render: (r) => formatCount(r[key] as number),
});

export function givenAwayColumns(currency: string): FigureColumn<PriceDeviationRow>[] {
  const money = (key: keyof PriceDeviationRow & string, label: string): FigureColumn<PriceDeviationRow> => ({
    key,
    label,
    value: (r) => r[key] as number,
    render: (r) => formatMoney(r[key] as number, currency),
  });
  return [
    counted("wonDeals", "Won deals"),
    counted("discountedDeals", "Discounted"),
    counted("giveawayDeals", "With give-aways"),
    money("discountMinor", "Discounts"),
    money("giveawayMinor", "Give-aways"),
    money("givenAwayMinor", "Given away"),
    money("revenueMinor", "Revenue"),
    {
      key: "shareOfRevenue",
      label: "Share of revenue",
      value: (r) => r.shareOfRevenue,
      render: (r) => formatPercent(r.shareOfRevenue),
    },
    counted("outsidePolicy", "Outside policy"),
  ];
}

export const APPROVAL_COLUMNS: FigureColumn<PriceDeviationRow>[] = [
  counted("requested", "Requested"),
  counted("approved", "Approved"),
  counted("rejected", "Rejected"),
  counted("pending", "Pending"),
  counted("superseded", "Superseded"),
  {
    key: "approvalRate",
    label: "Approval rate",
    value: (r) => r.approvalRate,
    render: (r) => formatPercent(r.approvalRate),
  },
  {
    key: "medianDecideSeconds",
    label: "Time to decide (median)",
    value: (r) => r.medianDecideSeconds,
    render: (r) => formatDuration(r.medianDecideSeconds),
  },
  {
    key: "p75DecideSeconds",
    label: "p75",
    value: (r) => r.p75DecideSeconds,
    render: (r) => formatDuration(r.p75DecideSeconds),
  },
];
