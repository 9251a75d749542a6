// /programs: marketing's programs with their budget, cost to date, leads and cost per lead,
// filtered by channel and owner (archived ones on request), sortable by any column.

import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useUsers } from "../../shared/reference-data.ts";
import { useUrlParams } from "../../shared/url-params.ts";
import { userFilterOptions } from "../../shared/user-options.ts";
import { useSession } from "../auth/session.ts";
import { formatMoney } from "./money.ts";
import { ProgramFormModal } from "./ProgramFormModal.tsx";
import {
  CHANNEL_OPTIONS,
  channelLabel,
  formatCount,
  formatDay,
  mayEditPrograms,
  NO_COST_ENTERED,
  STATUS_COLORS,
} from "./program-format.ts";
import { type Program, type ProgramFilters, useProgramList } from "./program-queries.ts";
import { SortableTh, type SortValue, useSorted } from "./SortableTh.tsx";

type Column =
  | "name"
  | "channel"
  | "status"
  | "startsOn"
  | "endsOn"
  | "owner"
  | "budget"
  | "cost"
  | "leads"
  | "costPerLead";

export default function ProgramsPage() {
  const role = useSession().data?.user.role;
  const editor = mayEditPrograms(role);
  const navigate = useNavigate();
  const [params, setParam] = useUrlParams();
  const filters: ProgramFilters = {
    channel: params.get("channel"),
    ownerId: params.get("owner"),
    includeArchived: params.get("archived") === "1",
  };
  const programs = useProgramList(filters);
  const users = useUsers();
  const [creating, setCreating] = useState(false);

  const names = new Map((users.data ?? []).map((u) => [u.id, u.name]));
  const ownerChoices = userFilterOptions(users.data, (u) => u.role === "marketing" || u.role === "admin");

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Programs</Title>
        {editor && (
          <Button onClick={() => setCreating(true)} data-testid="program-new">
            New program
          </Button>
        )}
      </Group>
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label="Channel"
          data={[{ value: "", label: "All channels" }, ...CHANNEL_OPTIONS]}
          value={filters.channel ?? ""}
          onChange={(event) => setParam("channel", event.currentTarget.value || null)}
          data-testid="programs-filter-channel"
          w={200}
        />
        <NativeSelect
          label="Owner"
          data={[{ value: "", label: "All owners" }, ...ownerChoices]}
          value={filters.ownerId ?? ""}
          onChange={(event) => setParam("owner", event.currentTarget.value || null)}
          data-testid="programs-filter-owner"
          w={200}
        />
        <Switch
          label="Show archived"
          checked={filters.includeArchived}
          onChange={(event) => setParam("archived", event.currentTarget.checked ? "1" : null)}
          data-testid="programs-show-archived"
          mb={8}
        />
      </Group>
      {programs.error && <ErrorAlert error={programs.error} title="Could not load the programs" />}
      {programs.isPending && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {programs.data && (
        <Paper withBorder radius="md">
          {programs.data.length === 0 ? (
            <Text c="dimmed" size="sm" p="md" data-testid="programs-empty">
              {filters.channel || filters.ownerId
                ? "No program matches these filters."
                : editor
                  ? "No programs yet. Create one to track its cost and the leads it brings."
                  : "No programs yet."}
            </Text>
          ) : (
            <ProgramTable programs={programs.data} ownerName={(id) => (id ? (names.get(id) ?? "—") : "—")} />
          )}
        </Paper>
      )}
      <ProgramFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(saved) => navigate(`/programs/${saved.id}`)}
      />
    </Stack>
  );
}

const NUMERIC: Column[] = ["budget", "cost", "leads", "costPerLead"];

function ProgramTable({
  programs,
  ownerName,
}: {
  programs: Program[];
  ownerName: (id: string | null) => string;
}) {
  // The owner column sorts by the names it shows, not by ids.
  const {
    sorted: rows,
    sort,
    toggle,
  } = useSorted<Program, Column>(
    programs,
    (p, key) => (key === "owner" ? (p.ownerId ? ownerName(p.ownerId) : null) : programValue(p, key)),
    { key: "name", direction: "asc" },
  );
  const th = (column: Column, label: string) => (
    <SortableTh column={column} sort={sort} onSort={toggle} numeric={NUMERIC.includes(column)}>
      {label}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={1100} type="native">
      <Table verticalSpacing={8} highlightOnHover data-testid="programs-table">
        <Table.Thead>
          <Table.Tr>
            {th("name", "Name")}
            {th("channel", "Channel")}
            {th("status", "Status")}
            {th("startsOn", "Starts")}
            {th("endsOn", "Ends")}
            {th("owner", "Owner")}
            {th("budget", "Budget")}
            {th("cost", "Cost to date")}
            {th("leads", "Leads")}
            {th("costPerLead", "Cost per lead")}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.id} data-testid="program-row" data-program-id={p.id}>
              <Table.Td maw={280}>
                <Anchor
                  component={Link}
                  to={`/programs/${p.id}`}
                  fw={600}
                  size="sm"
                  data-testid="program-row-name"
                >
                  {p.name}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{channelLabel(p.channel)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLORS[p.status]} data-testid="program-row-status">
                  {p.status}
                </Badge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDay(p.startsOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDay(p.endsOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }} data-testid="program-row-owner">
                {ownerName(p.ownerId)}
              </Table.Td>
              <Money value={p.budgetMinor} currency={p.currency} testId="program-row-budget" />
              <Money
                value={p.costToDateMinor}
                currency={p.currency}
                testId="program-row-cost"
                title={p.costToDateMinor === null ? NO_COST_ENTERED : undefined}
              />
              <Table.Td ta="right" data-testid="program-row-leads">
                {formatCount(p.leads)}
              </Table.Td>
              <Money
                value={p.costPerLeadMinor}
                currency={p.currency}
                testId="program-row-cpl"
                title={p.costToDateMinor === null ? NO_COST_ENTERED : p.leads === 0 ? "No leads" : undefined}
              />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Money({
  value,
  currency,
  testId,
  title,
}: {
  value: number | null;
  currency: string;
  testId: string;
  /** Why the cell is blank, when it is. */
  title?: string;
}) {
  return (
    <Table.Td
      ta="right"
      style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}
      data-testid={testId}
      title={title}
    >
      {formatMoney(value, currency)}
    </Table.Td>
  );
}

// Money sorts by amount within whatever currencies the list mixes; programs rarely mix them.
function programValue(p: Program, key: Column): SortValue {
  switch (key) {
    case "name":
      return p.name.toLocaleLowerCase();
    case "channel":
      return channelLabel(p.channel);
    case "status":
      return p.status;
    case "startsOn":
      return p.startsOn;
    case "endsOn":
      return p.endsOn;
    case "owner":
      return null; // by name, in ProgramTable
    case "budget":
      return p.budgetMinor;
    case "cost":
      return p.costToDateMinor;
    case "leads":
      return p.leads;
    case "costPerLead":
      return p.costPerLeadMinor;
  }
}
