// The effectiveness page's budget advice: where moving spend would most likely buy more customers,
// in one sentence, over its own period (the last 12 whole months: budgets move on a year's
// evidence, not on the page's 90 days). Under "Why", how it was reached and each judged source's
// customers per 1,000 of spend; then the sources left out and why; then "What if", any other move.

import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { formatDay } from "../programs/program-format.ts";
import { AdviceSentence, Excluded, Why } from "./BudgetAdviceParts.tsx";
import { BudgetWhatIf } from "./BudgetWhatIf.tsx";
import { BUDGET_ADVICE_PATH, type BudgetAdviceQuery, useBudgetAdvice } from "./budget-advice.ts";
import { ReportStatus } from "./ReportStatus.tsx";
import { reportCsvUrl } from "./report-queries.ts";

export function BudgetAdvicePanel({ query }: { query: BudgetAdviceQuery }) {
  const advice = useBudgetAdvice(query);
  const data = advice.data;
  return (
    <Paper withBorder radius="md" p="md" data-testid="budget-advice">
      <Group justify="space-between" align="flex-start" mb="xs" gap="xs">
        <Group gap="sm">
          <Title order={4}>Budget advice</Title>
          <Anchor
            href={reportCsvUrl(BUDGET_ADVICE_PATH, { ...query })}
            download
            size="sm"
            data-testid="budget-advice-csv"
          >
            CSV
          </Anchor>
        </Group>
        {data && (
          <Text size="sm" c="dimmed" data-testid="budget-advice-period">
            Over its own period: {formatDay(data.from)} – {formatDay(data.to)}, the last 12 whole months — not
            the dates above · amounts in {data.currency}
          </Text>
        )}
      </Group>
      <ReportStatus query={advice} waiting title="Could not work out the budget advice" />
      {data && (
        <Stack gap="sm">
          <AdviceSentence report={data} testId="budget-advice" />
          <Why report={data} testId="budget-advice" />
          <Excluded report={data} />
          {data.judged.length >= 2 && !advice.isPlaceholderData && (
            // A new grouping or currency has other sources: the form starts again from the advice.
            <BudgetWhatIf
              key={`${query.groupBy}-${query.channel}-${query.currency}`}
              advice={data}
              query={query}
            />
          )}
        </Stack>
      )}
    </Paper>
  );
}
