// The contacts list's filters and order. Choices apply at once; typed text after a pause.

import { Group, NativeSelect, Select, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { humanize } from "../../shared/format.ts";
import { usePrograms, useUsers } from "../../shared/reference-data.ts";
import { STAGES } from "../../shared/stages.ts";
import { TEMPERATURES } from "../../shared/temperatures.ts";
import { userFilterOptions } from "../../shared/user-options.ts";
import type { ContactListState, FilterParam } from "./contacts-filters.ts";
import { SORTS } from "./contacts-filters.ts";
import { useCompanies } from "./contacts-queries.ts";

interface Props {
  state: ContactListState;
  onChange: (name: FilterParam | "sort", value: string | null) => void;
  /** Staff filter by owner, program and company; a partner's list holds only its own leads. */
  staff: boolean;
}

export function ContactsFilterBar({ state, onChange, staff }: Props) {
  const programs = usePrograms(staff);
  const users = useUsers(staff);
  const companies = useCompanies(staff);
  const { filters } = state;

  const select = (name: FilterParam, label: string, all: string, options: Option[], w = 170) => (
    <NativeSelect
      label={label}
      data={[{ value: "", label: all }, ...withCurrent(options, filters[name])]}
      value={filters[name] ?? ""}
      onChange={(event) => onChange(name, event.currentTarget.value || null)}
      data-testid={`contacts-filter-${name}`}
      w={w}
    />
  );

  return (
    <Group align="flex-end" gap="sm" data-testid="contacts-filters">
      <TypedFilter
        label="Search"
        placeholder="Name or email"
        value={filters.q ?? ""}
        onChange={(q) => onChange("q", q)}
        testId="contacts-search"
        w={220}
      />
      {select(
        "stage",
        "Stage",
        "All stages",
        STAGES.map((s) => ({ value: s, label: humanize(s) })),
        150,
      )}
      {select(
        "temperature",
        "Temperature",
        "Any temperature",
        TEMPERATURES.map((t) => ({ value: t, label: humanize(t) })),
        170,
      )}
      {staff &&
        select(
          "owner",
          "Owner",
          "All owners",
          userFilterOptions(users.data, (u) => u.role !== "partner"),
        )}
      {staff &&
        select(
          "program",
          "Lead source (program)",
          "All programs",
          (programs.data ?? []).map((p) => ({ value: p.id, label: p.name })),
          190,
        )}
      {staff && (
        <Select
          label="Company"
          placeholder="All companies"
          data={withCurrent(
            (companies.data ?? []).map((c) => ({ value: c.id, label: c.name })),
            filters.company,
          )}
          value={filters.company ?? null}
          onChange={(value) => onChange("company", value)}
          searchable
          clearable
          nothingFoundMessage="No company by that name"
          data-testid="contacts-filter-company"
          w={180}
        />
      )}
      <TypedFilter
        label="Country"
        placeholder="Any country"
        value={filters.country ?? ""}
        onChange={(v) => onChange("country", v)}
        testId="contacts-filter-country"
        w={140}
      />
      <TypedFilter
        label="Industry"
        placeholder="Any industry"
        value={filters.industry ?? ""}
        onChange={(v) => onChange("industry", v)}
        testId="contacts-filter-industry"
        w={140}
      />
      <NativeSelect
        label="Sort by"
        data={SORTS.map((s) => ({ value: s.value, label: s.label }))}
        value={state.sort}
        onChange={(event) => onChange("sort", event.currentTarget.value)}
        data-testid="contacts-sort"
        w={150}
      />
    </Group>
  );
}

type Option = { value: string; label: string };

/** Keeps a value from the URL selectable while its options are still loading (or unknown). */
function withCurrent(options: Option[], current: string | undefined): Option[] {
  if (!current || options.some((o) => o.value === current)) return options;
  return [...options, { value: current, label: "…" }];
}

/** Text that filters: it reaches the URL (and the API) after a pause in typing, or on Enter. */
function TypedFilter({
  label,
  placeholder,
  value,
  onChange,
  testId,
  w,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string | null) => void;
  testId: string;
  w: number;
}) {
  const [text, setText] = useState(value);
  const commit = useDebouncedCallback((next: string) => onChange(next.trim() || null), 350);
  // Follow the URL when it changes from elsewhere (back button, a shared link).
  useEffect(() => setText((current) => (current.trim() === value ? current : value)), [value]);
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      type={testId === "contacts-search" ? "search" : "text"}
      value={text}
      maxLength={200}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter") onChange(event.currentTarget.value.trim() || null);
      }}
      data-testid={testId}
      w={w}
    />
  );
}
