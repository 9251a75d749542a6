// "/" for the staff: the figures each role starts the day with, for a period (the last 90 days
// by default) kept in the URL. Marketing sees its leads and cost per lead, sales its pipeline,
// conversion and quota, an admin both (the team's sales). Every figure links to its report.

import { Group, Stack, Text, Title } from "@mantine/core";
import { useSession } from "../auth/session.ts";
import { formatDay } from "../programs/program-format.ts";
import { PeriodPicker } from "../reports/PeriodPicker.tsx";
import { useReportParams } from "../reports/report-params.ts";
import { MarketingFigures } from "./MarketingFigures.tsx";
import { SalesFigures } from "./SalesFigures.tsx";

export default function HomePage() {
  const session = useSession().data;
  const { period, problem, setParam } = useReportParams();
  if (!session) return null;
  const role = session.user.role;
  const marketing = role === "marketing" || role === "admin";
  const sales = role === "sales" || role === "admin";

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={0}>
          <Title order={2}>Good to see you, {session.user.name}</Title>
          <Text size="sm" c="dimmed" data-testid="home-period">
            {formatDay(period.from)} – {formatDay(period.to)}
          </Text>
        </Stack>
        <Group gap="sm" align="flex-start">
          <PeriodPicker period={period} problem={problem} onChange={setParam} testId="home" />
        </Group>
      </Group>
      {problem === null && (
        <>
          {marketing && <MarketingFigures period={period} />}
          {sales && <SalesFigures period={period} ownerId={role === "sales" ? session.user.id : null} />}
        </>
      )}
    </Stack>
  );
}
