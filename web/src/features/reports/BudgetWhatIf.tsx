// "What if": any move between two judged sources, weighed by the API the same way as the advice
// (moveFrom, moveTo), and its answer in the same words.

import { Button, Group, NativeSelect, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { AdviceSentence, Why } from "./BudgetAdviceParts.tsx";
import { type BudgetAdvice, type BudgetAdviceQuery, useBudgetAdvice } from "./budget-advice.ts";
import { ReportStatus } from "./ReportStatus.tsx";

/** The advice's own pair to start with; without one, the weakest and strongest judged sources. */
function startingPair(advice: BudgetAdvice): { from: string; to: string } {
  if (advice.advice.kind !== "none") return { from: advice.advice.from, to: advice.advice.to };
  return { from: advice.judged.at(-1)?.key ?? "", to: advice.judged[0]?.key ?? "" };
}

export function BudgetWhatIf({ advice, query }: { advice: BudgetAdvice; query: BudgetAdviceQuery }) {
  const [pair, setPair] = useState(() => startingPair(advice));
  const [asked, setAsked] = useState<{ from: string; to: string } | null>(null);
  const options = advice.judged.map((s) => ({ value: s.key, label: s.label }));
  const answer = useBudgetAdvice(
    { ...query, ...(asked ? { moveFrom: asked.from, moveTo: asked.to } : {}) },
    asked !== null,
  );
  const same = pair.from === pair.to;
  // A changed pair has not been weighed yet: the answer shown is always the selects' own.
  const choose = (next: { from: string; to: string }) => {
    setPair(next);
    setAsked(null);
  };
  return (
    <Stack gap="xs" data-testid="budget-whatif">
      <Text size="sm" fw={600}>
        What if
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label="Move spend from"
          data={options}
          value={pair.from}
          onChange={(event) => choose({ ...pair, from: event.currentTarget.value })}
          w={220}
          data-testid="budget-whatif-from"
        />
        <NativeSelect
          label="to"
          data={options}
          value={pair.to}
          onChange={(event) => choose({ ...pair, to: event.currentTarget.value })}
          w={220}
          data-testid="budget-whatif-to"
          error={same ? "Choose two different sources" : undefined}
        />
        <Button
          variant="default"
          disabled={same}
          onClick={() => setAsked(pair)}
          data-testid="budget-whatif-ask"
          mb={same ? 22 : 0}
        >
          Weigh this move
        </Button>
      </Group>
      {asked && (
        <Paper bg="var(--mantine-color-gray-0)" radius="md" p="sm" data-testid="budget-whatif-answer">
          <ReportStatus query={answer} waiting title="Could not weigh this move" />
          {/* The answer shown is the one for the pair asked, never a previous pair's placeholder. */}
          {answer.data && !answer.isPlaceholderData && (
            <Stack gap="xs">
              <AdviceSentence report={answer.data} testId="budget-whatif" />
              {/* The judged sources are the advice's own, in its "Why" above. */}
              <Why report={answer.data} testId="budget-whatif" withSources={false} />
            </Stack>
          )}
        </Paper>
      )}
    </Stack>
  );
}
