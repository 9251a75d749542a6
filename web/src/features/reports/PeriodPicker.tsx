// The report period: two UTC calendar days, both included, or one of the usual periods.

import { Select, TextInput } from "@mantine/core";
import { type Period, periodPresets, presetOf } from "./report-params.ts";

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
  const presets = periodPresets();
  return (
    <>
      <Select
        label="Period"
        data={[
          ...presets.map((p) => ({ value: p.value, label: p.label })),
          { value: "custom", label: "Custom" },
        ]}
        value={presetOf(period)?.value ?? "custom"}
        onChange={(value) => {
          const preset = presets.find((p) => p.value === value);
          if (!preset) return;
          onChange("from", preset.period.from);
          onChange("to", preset.period.to);
        }}
        allowDeselect={false}
        data-testid={`${testId}-preset`}
        w={190}
      />
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
