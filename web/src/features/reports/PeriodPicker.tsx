// The report period: two UTC calendar days, both included.

import { TextInput } from "@mantine/core";
import type { Period } from "./report-params.ts";

export function PeriodPicker({
  period,
  problem,
  onChange,
  testId,
}: {
  period: Period;
  problem: string | null;
  onChange: (name: "from" | "to", day: string | null) => void;
  testId: string;
}) {
  return (
    <>
      <TextInput
        label="From"
        type="date"
        value={period.from}
        onChange={(event) => onChange("from", event.currentTarget.value || null)}
        data-testid={`${testId}-from`}
        w={160}
      />
      <TextInput
        label="To"
        type="date"
        value={period.to}
        onChange={(event) => onChange("to", event.currentTarget.value || null)}
        error={problem}
        data-testid={`${testId}-to`}
        w={160}
      />
    </>
  );
}
