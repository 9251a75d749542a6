// The currency picker of the reports that add up money: shown only when the workspace's programs
// use several currencies, because money is never summed across currencies.

import { NativeSelect } from "@mantine/core";
import { useProgramList } from "../programs/program-queries.ts";

export function CurrencyFilter({
  value,
  current,
  description,
  onChange,
  testId,
}: {
  value: string | null;
  /** The currency the report was computed in: what "Main" stands for. */
  current: string | undefined;
  description: string;
  onChange: (value: string | null) => void;
  testId: string;
}) {
  const currencies = useProgramCurrencies();
  if (currencies.length <= 1) return null;
  return (
    <NativeSelect
      label="Currency"
      description={description}
      data={[
        { value: "", label: `Main (${current ?? currencies[0]})` },
        ...currencies.map((c) => ({ value: c, label: c })),
      ]}
      value={value ?? ""}
      onChange={(event) => onChange(event.currentTarget.value || null)}
      data-testid={testId}
      w={200}
    />
  );
}

/** The currencies the workspace's programs are in (archived ones too: they have history). */
function useProgramCurrencies(): string[] {
  const programs = useProgramList({ channel: null, ownerId: null, includeArchived: true });
  return [...new Set((programs.data ?? []).map((p) => p.currency))].sort();
}
