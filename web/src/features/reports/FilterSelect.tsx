// A report filter: a select whose first choice is "All …" (no filter), and the row of filters
// that starts with the period.

import { Group, NativeSelect } from "@mantine/core";
import type { ReactNode } from "react";
import { useUsers } from "../../shared/reference-data.ts";
import { PeriodPicker } from "./PeriodPicker.tsx";
import type { Period } from "./report-params.ts";

export function FilterSelect({
  label,
  all,
  options,
  value,
  onChange,
  testId,
  w = 200,
}: {
  label: string;
  /** The first choice, meaning no filter: "All channels". */
  all: string;
  options: readonly { value: string; label: string }[];
  value: string | null;
  onChange: (value: string | null) => void;
  testId: string;
  w?: number;
}) {
  return (
    <NativeSelect
      label={label}
      data={[{ value: "", label: all }, ...options]}
      value={value ?? ""}
      onChange={(event) => onChange(event.currentTarget.value || null)}
      data-testid={testId}
      w={w}
    />
  );
}

export function ReportFilters({
  period,
  problem,
  setParam,
  testId,
  children,
}: {
  period: Period;
  problem: string | null;
  setParam: (name: string, value: string | null) => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Group align="flex-start" gap="sm" wrap="wrap">
      <PeriodPicker period={period} problem={problem} onChange={setParam} testId={testId} />
      {children}
    </Group>
  );
}

/** Users as select options, by name. */
export const userOptions = (users: readonly { id: string; name: string }[] | undefined) =>
  (users ?? []).map((u) => ({ value: u.id, label: u.name }));

/** The contact owner filter (any user may own contacts), kept in the URL as `ownerId`. */
export function ContactOwnerFilter({
  value,
  setParam,
  testId,
}: {
  value: string | null;
  setParam: (name: string, value: string | null) => void;
  testId: string;
}) {
  const users = useUsers();
  return (
    <FilterSelect
      label="Contact owner"
      all="All owners"
      options={userOptions(users.data)}
      value={value}
      onChange={(next) => setParam("ownerId", next)}
      testId={testId}
      w={180}
    />
  );
}
