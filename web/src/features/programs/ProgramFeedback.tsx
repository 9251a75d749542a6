// A program's "What sales heard": the same three lists as the report, for the leads this program
// made in the page's period, and a link to the report with every program side by side.

import { Anchor, Center, Group, Loader, Paper, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { HeardLists } from "../reports/HeardLists.tsx";
import { type Period, reportHref } from "../reports/report-params.ts";
import { heardOf, useSalesFeedback } from "../reports/sales-feedback-queries.ts";
import { formatCount, formatDay } from "./program-format.ts";
import type { Program } from "./program-queries.ts";

export function ProgramFeedback({ program, period }: { program: Program; period: Period }) {
  // Asked for the program's channel only: the same query as the report filtered to it, a smaller answer.
  const report = useSalesFeedback({ ...period, channel: program.channel });
  const heard = report.data && heardOf(report.data, program.id);
  return (
    <Paper withBorder radius="md" p="md" data-testid="program-feedback">
      <Group justify="space-between" align="baseline" mb="sm">
        <div>
          <Title order={4}>What sales heard</Title>
          <Text size="sm" c="dimmed" data-testid="program-feedback-period">
            About the{" "}
            <Text span fw={600} size="sm" data-testid="program-feedback-leads">
              {heard ? formatCount(heard.leads) : "…"}
            </Text>{" "}
            {heard?.leads === 1 ? "lead" : "leads"} it made {formatDay(period.from)} – {formatDay(period.to)}
          </Text>
        </div>
        <Anchor
          component={Link}
          to={reportHref("/reports/sales-feedback", period)}
          size="sm"
          data-testid="program-feedback-link"
        >
          Every program →
        </Anchor>
      </Group>
      {report.error && <ErrorAlert error={report.error} title="Could not load what sales heard" />}
      {report.isPending && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {heard && <HeardLists heard={heard} testId="program-feedback" />}
    </Paper>
  );
}
