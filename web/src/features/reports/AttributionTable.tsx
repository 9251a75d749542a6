// The attribution report's rows: each program's (or channel's) credit under every model, then
// what no touch earned and the total — which, without a channel filter, is the period's won
// revenue in every column, since each model shares out the same deals.

import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { formatMoney } from "../programs/money.ts";
import { channelLabel, formatCount } from "../programs/program-format.ts";
import {
  type Attribution,
  type AttributionModel,
  type AttributionQuery,
  type AttributionRow,
  type Credits,
  MODEL_LABELS,
} from "./attribution-queries.ts";
import { type FigureColumn, type FootLine, ReportTable } from "./ReportTable.tsx";

/** A row, or a line of the foot, where the unattributed share has no deal count of its own. */
type Line = Omit<AttributionRow, "deals"> & { deals: number | null };

/** The row's name as shown; the row with no program holds the touches no program made. */
export function attributionRowName(row: Line, groupBy: AttributionQuery["groupBy"]): string {
  const name = groupBy === "channel" ? row.channel && channelLabel(row.channel) : row.programName;
  return name || "No program";
}

const line = (credits: Credits, deals: number | null): Line => ({
  programId: null,
  programName: null,
  channel: null,
  deals,
  ...credits,
});

function columns(models: readonly AttributionModel[], currency: string): FigureColumn<Line>[] {
  return [
    {
      key: "deals",
      label: "Won deals",
      value: (row) => row.deals,
      render: (row) => formatCount(row.deals),
    },
    ...models.map(
      (model): FigureColumn<Line> => ({
        key: model,
        label: MODEL_LABELS[model],
        value: (row) => row[model],
        render: (row) => formatMoney(row[model], currency),
      }),
    ),
  ];
}

export function AttributionTable({
  report,
  groupBy,
  channel,
}: {
  report: Attribution;
  groupBy: AttributionQuery["groupBy"];
  channel: string | null;
}) {
  const period = `?from=${report.from}&to=${report.to}`;
  const unattributed = report.unattributed;
  // Without a channel filter the foot adds up to the won revenue; with one, to that channel's share.
  const footLines: FootLine<Line>[] = unattributed
    ? [{ label: "Unattributed", row: line(unattributed, null), testId: "attribution-unattributed" }]
    : [];
  const total = unattributed
    ? line(
        Object.fromEntries(report.models.map((m) => [m, report.credited[m] + unattributed[m]])) as Credits,
        report.wonDeals,
      )
    : line(report.credited, null);
  return (
    <ReportTable<Line>
      rows={report.rows}
      name={{
        label: groupBy === "channel" ? "Channel" : "Program",
        value: (row) => attributionRowName(row, groupBy),
        render: (row) =>
          groupBy === "program" && row.programId ? (
            <Anchor component={Link} to={`/programs/${row.programId}${period}`} fw={600} size="sm">
              {attributionRowName(row, groupBy)}
            </Anchor>
          ) : (
            <Text fw={600} size="sm">
              {attributionRowName(row, groupBy)}
            </Text>
          ),
      }}
      columns={columns(report.models, report.currency)}
      footLines={footLines}
      total={total}
      totalLabel={channel ? `Credited to ${channelLabel(channel)}` : "All won deals"}
      rowKey={(row) => row.programId ?? row.channel ?? "none"}
      rowAttributes={(row) => ({
        "data-program-id": row.programId ?? undefined,
        "data-channel": row.channel ?? undefined,
      })}
      initialSort={{ key: "linear", direction: "desc" }}
      minWidth={1150}
      testId="attribution"
    />
  );
}
