// Every proposal and estimate in one place: the offers still open (which were opened, which not),
// drafts waiting to go out, and what was accepted, declined or let expire. Each links to its deal.

import {
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime, formatDay } from "../../shared/format.ts";
import { useSession } from "../auth/session.ts";
import { formatMoney } from "../pipeline/money.ts";
import { STATUS_COLORS, STATUS_LABELS } from "./proposal-format.ts";
import { type ProposalStatusFilter, useProposalList } from "./proposal-queries.ts";

const FILTERS: { value: ProposalStatusFilter; label: string }[] = [
  { value: "sent", label: "Open" },
  { value: "draft", label: "Drafts" },
  { value: "accepted", label: "Accepted" },
  { value: "declined", label: "Declined" },
  { value: "expired", label: "Expired" },
  { value: "all", label: "All" },
];

export default function ProposalsPage() {
  const session = useSession();
  const [status, setStatus] = useState<ProposalStatusFilter>("sent");
  // A rep starts with their own deals (once the session says who is here); anyone can widen it.
  const [chosen, setMine] = useState<boolean | null>(null);
  const mine = chosen ?? session.data?.user.role === "sales";
  const list = useProposalList({ status, mine });
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>Proposals and estimates</Title>
        <Group>
          <Switch
            label="Only my deals"
            checked={mine}
            onChange={(e) => setMine(e.currentTarget.checked)}
            data-testid="proposals-mine"
          />
          <SegmentedControl
            value={status}
            onChange={(v) => setStatus(v as ProposalStatusFilter)}
            data={FILTERS}
            data-testid="proposals-filter"
          />
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        Open: sent and still within their last day. A proposal is made on its deal's page, from the deal's
        line items.
      </Text>
      {list.error && <ErrorAlert error={list.error} title="Could not load the proposals" />}
      {list.data && rows.length === 0 && <Text c="dimmed">Nothing here.</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped data-testid="proposals-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Proposal</Table.Th>
                <Table.Th>Deal</Table.Th>
                <Table.Th>For</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th style={{ textAlign: "right" }}>Total</Table.Th>
                <Table.Th>Valid until</Table.Th>
                <Table.Th>Sent</Table.Th>
                <Table.Th>Opened</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.id} data-testid="proposal-row">
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {p.label}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {p.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/deals/${encodeURIComponent(p.dealId)}`} size="sm">
                      {p.dealName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/contacts/${encodeURIComponent(p.contactId)}`} size="sm">
                      {p.contactName}
                    </Anchor>
                    {p.companyName && (
                      <Text size="xs" c="dimmed">
                        {p.companyName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[p.status]} variant="light" style={{ overflow: "visible" }}>
                      {STATUS_LABELS[p.status]}
                    </Badge>
                    {p.needsApproval && (
                      <Badge color="red" variant="outline" ml={4}>
                        Needs approval
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td style={{ textAlign: "right" }}>
                    {formatMoney(p.totals.netMinor, p.currency)}
                  </Table.Td>
                  <Table.Td>{formatDay(p.validUntil)}</Table.Td>
                  <Table.Td>{p.sentAt ? formatDateTime(p.sentAt) : "—"}</Table.Td>
                  <Table.Td data-testid="proposal-row-opened">
                    {p.viewCount === 0
                      ? p.sentAt
                        ? "Not yet"
                        : "—"
                      : `${p.viewCount === 1 ? "Once" : `${p.viewCount} times`}, last ${formatDateTime(p.lastViewedAt)}`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
            Show more
          </Button>
        </Group>
      )}
    </Stack>
  );
}
