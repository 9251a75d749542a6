// /reports/programs: the program scorecard (product.md §4) — per program or channel and period,
// reach, leads, how far they went, revenue, cost, cost per lead and customer, ROI and success
// rate; a chart of leads and cost per lead; the CSV of the same query; what each term means.

import {
  Button,
  Center,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useUsers } from "../../shared/reference-data.ts";
import { addDays, CHANNEL_OPTIONS, formatDay } from "../programs/program-format.ts";
import { useProgramList } from "../programs/program-queries.ts";
import { ScorecardChart } from "./ScorecardChart.tsx";
import { ScorecardTable } from "./ScorecardTable.tsx";
import { type ScorecardQuery, scorecardCsvUrl, useScorecard } from "./scorecard-queries.ts";

const DEFAULT_DAYS = 90;

export default function ProgramScorecardPage() {
  const [params, setParams] = useSearchParams();
  const users = useUsers();
  // Reports count in UTC days: the default period is the server's own, the 90 days ending today.
  const today = new Date().toISOString().slice(0, 10);
  const currencies = useCurrencies();
  const query: ScorecardQuery = {
    from: params.get("from") ?? addDays(today, -(DEFAULT_DAYS - 1)),
    to: params.get("to") ?? today,
    groupBy: params.get("groupBy") === "channel" ? "channel" : "program",
    channel: params.get("channel"),
    ownerId: params.get("owner"),
    currency: params.get("currency"),
  };
  const periodError =
    !query.from || !query.to ? "Choose both dates" : query.from > query.to ? "Ends before it starts" : null;
  const report = useScorecard(query, periodError === null);

  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const owners = (users.data ?? []).filter((u) => u.role === "marketing" || u.role === "admin");

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            Reports
          </Text>
          <Title order={2}>Program scorecard</Title>
        </Stack>
        <Button
          component="a"
          href={periodError ? undefined : scorecardCsvUrl(query)}
          download
          variant="default"
          disabled={periodError !== null}
          data-testid="scorecard-csv"
        >
          Download CSV
        </Button>
      </Group>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label="From"
          type="date"
          value={query.from}
          onChange={(event) => setParam("from", event.currentTarget.value || null)}
          data-testid="scorecard-from"
          w={160}
        />
        <TextInput
          label="To"
          type="date"
          value={query.to}
          onChange={(event) => setParam("to", event.currentTarget.value || null)}
          error={periodError}
          data-testid="scorecard-to"
          w={160}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Group by
          </Text>
          <SegmentedControl
            value={query.groupBy}
            onChange={(value) => setParam("groupBy", value === "channel" ? "channel" : null)}
            data={[
              { value: "program", label: "Program" },
              { value: "channel", label: "Channel" },
            ]}
            data-testid="scorecard-group-by"
          />
        </Stack>
        <NativeSelect
          label="Channel"
          data={[{ value: "", label: "All channels" }, ...CHANNEL_OPTIONS]}
          value={query.channel ?? ""}
          onChange={(event) => setParam("channel", event.currentTarget.value || null)}
          data-testid="scorecard-channel"
          w={200}
        />
        <NativeSelect
          label="Program owner"
          data={[{ value: "", label: "All owners" }, ...owners.map((u) => ({ value: u.id, label: u.name }))]}
          value={query.ownerId ?? ""}
          onChange={(event) => setParam("owner", event.currentTarget.value || null)}
          data-testid="scorecard-owner"
          w={200}
        />
        {/* Money is never summed across currencies: with programs in several, pick one. */}
        {currencies.length > 1 && (
          <NativeSelect
            label="Currency"
            description="Programs in other currencies show no cost"
            data={[
              { value: "", label: `Main (${report.data?.currency ?? currencies[0]})` },
              ...currencies.map((c) => ({ value: c, label: c })),
            ]}
            value={query.currency ?? ""}
            onChange={(event) => setParam("currency", event.currentTarget.value || null)}
            data-testid="scorecard-currency"
            w={200}
          />
        )}
      </Group>
      {report.error && <ErrorAlert error={report.error} title="Could not compute the scorecard" />}
      {report.isPending && periodError === null && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {report.data && (
        <>
          <Text size="sm" c="dimmed" data-testid="scorecard-period">
            {formatDay(report.data.from)} – {formatDay(report.data.to)} · amounts in {report.data.currency}
          </Text>
          <Paper withBorder radius="md">
            <ScorecardTable report={report.data} groupBy={query.groupBy} />
          </Paper>
          {report.data.rows.length > 0 && (
            <Paper withBorder radius="md" p="md">
              <Title order={4} mb="sm">
                Leads and cost per lead
              </Title>
              {report.data.totals.leads > 0 ? (
                <ScorecardChart report={report.data} groupBy={query.groupBy} />
              ) : (
                <Text size="sm" c="dimmed" data-testid="scorecard-chart-empty">
                  No program made a lead in this period.
                </Text>
              )}
            </Paper>
          )}
          <Definitions definitions={report.data.definitions} />
        </>
      )}
    </Stack>
  );
}

/** The currencies the workspace's programs are in (archived ones too: they have history). */
function useCurrencies(): string[] {
  const programs = useProgramList({ channel: null, ownerId: null, includeArchived: true });
  return [...new Set((programs.data ?? []).map((p) => p.currency))].sort();
}

function Definitions({ definitions }: { definitions: { term: string; meaning: string }[] }) {
  if (definitions.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="scorecard-definitions">
      <Title order={4} mb="xs">
        What the columns mean
      </Title>
      <Stack gap={6} component="dl" m={0}>
        {definitions.map((d) => (
          <div key={d.term}>
            <Text component="dt" size="sm" fw={600} display="inline">
              {d.term}
            </Text>
            <Text component="dd" size="sm" c="dimmed" display="inline" m={0}>
              {" — "}
              {d.meaning}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
