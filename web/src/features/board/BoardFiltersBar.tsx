import { Group, NativeSelect, Switch, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { AsOfInput } from "../../shared/AsOfInput.tsx";
import { humanize } from "../../shared/format.ts";
import { usePrograms, useUsers } from "../../shared/reference-data.ts";
import { STAGES } from "../../shared/stages.ts";
import { userFilterOptions } from "../../shared/user-options.ts";
import { useSession } from "../auth/session.ts";
import { type BoardFilters, includesClosed } from "./board-filters.ts";

interface BoardFiltersBarProps {
  filters: BoardFilters;
  onChange: (patch: Partial<BoardFilters>) => void;
}

export function BoardFiltersBar({ filters, onChange }: BoardFiltersBarProps) {
  // Partner users see only their own leads: the workspace's programs and owners are not theirs.
  const staff = useSession().data?.user.role !== "partner";
  const programs = usePrograms(staff);
  const users = useUsers(staff);

  const programOptions = [
    { value: "", label: "All programs" },
    ...(programs.data ?? []).map((p) => ({ value: p.id, label: p.name })),
  ];
  const ownerOptions = [{ value: "", label: "All owners" }, ...userFilterOptions(users.data)];
  const stageOptions = [
    { value: "", label: "All stages" },
    ...STAGES.map((s) => ({ value: s, label: humanize(s) })),
  ];

  return (
    <Group align="flex-end" gap="sm" mb="md">
      {staff && (
        <NativeSelect
          label="Lead source (program)"
          data={withCurrent(programOptions, filters.programId)}
          value={filters.programId ?? ""}
          onChange={(event) => onChange({ programId: event.currentTarget.value || null })}
          data-testid="filter-program"
          w={220}
        />
      )}
      {staff && (
        <NativeSelect
          label="Owner"
          data={withCurrent(ownerOptions, filters.ownerId)}
          value={filters.ownerId ?? ""}
          onChange={(event) => onChange({ ownerId: event.currentTarget.value || null })}
          data-testid="filter-owner"
          w={180}
        />
      )}
      <NativeSelect
        label="Stage"
        data={withCurrent(stageOptions, filters.stage)}
        value={filters.stage ?? ""}
        onChange={(event) => onChange({ stage: event.currentTarget.value || null })}
        data-testid="filter-stage"
        w={160}
      />
      <SearchInput value={filters.q ?? ""} onChange={(q) => onChange({ q: q || null })} />
      <AsOfInput value={filters.at} onChange={(at) => onChange({ at })} data-testid="filter-at" />
      {/* Customers and disqualified contacts are out of the tiers unless asked for; a stage
          picked above decides on its own, so the switch then just shows what it does. */}
      <Switch
        label="Customers and disqualified"
        checked={includesClosed(filters)}
        disabled={filters.stage !== null}
        onChange={(event) => onChange({ closed: event.currentTarget.checked ? "include" : null })}
        data-testid="filter-closed"
        mb={8}
      />
    </Group>
  );
}

/** Keeps a value from the URL selectable while its option list is still loading (or unknown). */
function withCurrent(options: { value: string; label: string }[], current: string | null) {
  if (!current || options.some((o) => o.value === current)) return options;
  return [...options, { value: current, label: current }];
}

/** Free-text search; typing is debounced before it reaches the URL (and the API). */
function SearchInput({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const [text, setText] = useState(value);
  const commit = useDebouncedCallback((next: string) => onChange(next.trim()), 300);

  // Follow the URL when it changes from elsewhere (back button, a shared link).
  useEffect(() => setText((current) => (current.trim() === value ? current : value)), [value]);

  return (
    <TextInput
      label="Search"
      placeholder="Name, email or company"
      type="search"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter") onChange(event.currentTarget.value.trim());
      }}
      data-testid="filter-search"
      w={240}
    />
  );
}
