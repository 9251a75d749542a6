// The contacts list's table: one row per contact, a checkbox each for bulk actions, and the two
// columns the server can order by (name, last touch) as sort buttons.

import { Anchor, Badge, Checkbox, Table, Text, UnstyledButton } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { contactName, formatDate, formatDateTime, humanize } from "../../shared/format.ts";
import { stageColor } from "../../shared/stages.ts";
import { TemperatureBadge } from "../../shared/TemperatureBadge.tsx";
import type { SortKey } from "./contacts-filters.ts";
import type { Contact } from "./contacts-queries.ts";

interface Props {
  contacts: Contact[];
  selected: ReadonlySet<string>;
  /** Staff select rows for bulk actions; a partner's list has no checkboxes. */
  selectable: boolean;
  onSelect: (ids: string[], on: boolean) => void;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
}

const nowrap = { whiteSpace: "nowrap" } as const;

export function ContactsTable({ contacts, selected, selectable, onSelect, sort, onSort }: Props) {
  const chosen = contacts.filter((c) => selected.has(c.id)).length;
  const all = contacts.length > 0 && chosen === contacts.length;
  // Clicking the active column again goes back to the default order, newest first.
  const th = (key: SortKey, label: string, w?: number) => (
    <SortTh
      active={sort === key}
      onClick={() => onSort(sort === key ? "newest" : key)}
      testId={`sort-${key}`}
      w={w}
    >
      {label}
    </SortTh>
  );

  return (
    <Table.ScrollContainer minWidth={960} type="native">
      <Table verticalSpacing={6} highlightOnHover data-testid="contacts-table" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            {selectable && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label="Select all shown"
                  checked={all}
                  indeterminate={chosen > 0 && !all}
                  onChange={() =>
                    onSelect(
                      contacts.map((c) => c.id),
                      !all,
                    )
                  }
                  data-testid="contacts-select-all"
                />
              </Table.Th>
            )}
            {th("name", "Name")}
            <Table.Th>Email</Table.Th>
            <Table.Th w="14%">Company</Table.Th>
            <Table.Th w={118}>Stage</Table.Th>
            <Table.Th w={104}>Temperature</Table.Th>
            <Table.Th w="11%">Owner</Table.Th>
            {th("last_touch", "Last touch", 124)}
            <Table.Th w={76} ta="right">
              Touches
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((c) => (
            <Table.Tr
              key={c.id}
              data-testid="contact-row"
              data-contact-id={c.id}
              bg={selected.has(c.id) ? "var(--mantine-color-blue-light)" : undefined}
            >
              {selectable && (
                <Table.Td>
                  <Checkbox
                    aria-label={`Select ${contactName(c)}`}
                    checked={selected.has(c.id)}
                    onChange={(event) => onSelect([c.id], event.currentTarget.checked)}
                    data-testid="contact-row-select"
                  />
                </Table.Td>
              )}
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/contacts/${encodeURIComponent(c.id)}`}
                  fw={600}
                  size="sm"
                  display="block"
                  truncate="end"
                  title={contactName(c)}
                  data-testid="contact-row-name"
                >
                  {contactName(c)}
                </Anchor>
              </Table.Td>
              <Cell title={c.email}>{c.email}</Cell>
              <Cell title={c.companyName ?? undefined}>{c.companyName ?? "—"}</Cell>
              <Table.Td>
                <Badge variant="light" color={stageColor(c.stage)} data-testid="contact-row-stage">
                  {humanize(c.stage)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <TemperatureBadge
                  temperature={c.temperature}
                  variant="light"
                  data-testid="contact-row-temperature"
                />
              </Table.Td>
              <Cell testId="contact-row-owner">{c.ownerName ?? "Unassigned"}</Cell>
              <Table.Td
                style={nowrap}
                title={c.lastTouchAt ? formatDateTime(c.lastTouchAt) : "Never touched"}
              >
                <Text size="sm" c={c.lastTouchAt ? undefined : "dimmed"}>
                  {c.lastTouchAt ? formatDate(c.lastTouchAt) : "Never"}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                {c.touchCount.toLocaleString("en-US")}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A text cell cut to one line with an ellipsis; the whole text is its tooltip. */
function Cell({ children, title, testId }: { children: ReactNode; title?: string; testId?: string }) {
  return (
    <Table.Td title={title} data-testid={testId}>
      <Text size="sm" truncate="end">
        {children}
      </Text>
    </Table.Td>
  );
}

function SortTh({
  active,
  onClick,
  testId,
  w,
  children,
}: {
  active: boolean;
  onClick: () => void;
  testId: string;
  w?: number;
  children: ReactNode;
}) {
  return (
    <Table.Th
      w={w}
      aria-sort={active ? (testId === "sort-name" ? "ascending" : "descending") : "none"}
      style={nowrap}
    >
      <UnstyledButton onClick={onClick} fw={700} fz="sm" data-testid={testId}>
        {children}
        <span aria-hidden="true">{active ? (testId === "sort-name" ? " ▲" : " ▼") : " ↕"}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
