// A report filter: a select whose first choice is "All …" (no filter), the "Group by" switch,
// and the row of filters that starts with the period.

import { Group, NativeSelect, SegmentedControl, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useUsers } from "../../shared/reference-data.ts";
import { userLabel } from "../../shared/user-options.ts";
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

/** A labelled switch between groupings kept in the URL; the default grouping is the absent param. */
export function GroupByFilter<T extends string>({
  label,
  value,
  options,
  defaultValue,
  name,
  setParam,
  testId,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  defaultValue: T;
  /** The URL param holding the choice: "groupBy". */
  name: string;
  setParam: (name: string, value: string | null) => void;
  testId: string;
}) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        value={value}
        onChange={(next) => setParam(name, next === defaultValue ? null : next)}
        data={[...options]}
        data-testid={testId}
      />
    </Stack>
  );
}

const PROGRAM_OR_CHANNEL = [
  { value: "program", label: "Program" },
  { value: "channel", label: "Channel" },
] as const;

/** "Group by" program (the default) or channel, as the source reports offer it. */
export function SourceGroupBy({
  value,
  setParam,
  testId,
}: {
  value: "program" | "channel";
  setParam: (name: string, value: string | null) => void;
  testId: string;
}) {
  return (
    <GroupByFilter
      label="Group by"
      value={value}
      options={PROGRAM_OR_CHANNEL}
      defaultValue="program"
      name="groupBy"
      setParam={setParam}
      testId={testId}
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
/** A report filters what happened, so a deactivated user stays listed (marked as such). */
export const userOptions = (
  users: readonly ({ id: string } & Parameters<typeof userLabel>[0])[] | undefined,
) => (users ?? []).map((u) => ({ value: u.id, label: userLabel(u) }));

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
