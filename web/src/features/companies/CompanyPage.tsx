// /companies/:id: one company — who it is, its people, its deals, and the timeline of all its
// people's touches together (what the account has heard from us and said back).

import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { describeTouchProperties } from "#domain/logged-touches";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { contactName, formatDateTime, humanize, truncate } from "../../shared/format.ts";
import { useKindLabel } from "../../shared/reference-data.ts";
import { stageColor } from "../../shared/stages.ts";
import { TemperatureBadge } from "../../shared/TemperatureBadge.tsx";
import { formatMoney } from "../programs/money.ts";
import { CompanyFormModal } from "./CompanyFormModal.tsx";
import { useCompany, useCompanyContacts, useCompanyDeals, useCompanyTimeline } from "./company-queries.ts";

export default function CompanyPage() {
  const { id = "" } = useParams();
  const company = useCompany(id);
  const [editing, setEditing] = useState(false);
  if (company.isPending)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  if (company.error) return <ErrorAlert error={company.error} title="Could not load the company" />;
  const c = company.data;
  const facts = [c.domain, c.industry, c.size, c.country].filter(Boolean).join(" · ");
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/companies" size="sm">
        ← All companies
      </Anchor>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} data-testid="company-name">
              {c.name}
            </Title>
            <Text c="dimmed" data-testid="company-facts">
              {facts || "No domain, industry, size or country yet"}
            </Text>
          </Stack>
          <Button size="xs" variant="light" onClick={() => setEditing(true)} data-testid="company-edit">
            Edit
          </Button>
        </Group>
      </Paper>
      <CompanyContacts id={id} />
      <CompanyDeals id={id} />
      <CompanyTimeline id={id} />
      <CompanyFormModal opened={editing} company={c} onClose={() => setEditing(false)} />
    </Stack>
  );
}

function CompanyContacts({ id }: { id: string }) {
  const people = useCompanyContacts(id);
  const rows = people.data?.data ?? [];
  return (
    <Paper withBorder p="md" radius="md" data-testid="company-contacts">
      <Title order={4} mb="sm">
        People {people.data && <Badge variant="light">{rows.length}</Badge>}
      </Title>
      {people.error && <ErrorAlert error={people.error} title="Could not load the people" />}
      {people.data && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          Nobody at this company yet: set the company on a contact's form.
        </Text>
      )}
      {rows.length > 0 && (
        <Table verticalSpacing={6} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>Stage</Table.Th>
              <Table.Th>Temperature</Table.Th>
              <Table.Th>Owner</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr key={p.id} data-testid="company-contact-row" data-contact-id={p.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/contacts/${p.id}`} size="sm">
                    {contactName(p)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{p.title ?? "—"}</Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={stageColor(p.stage)}>
                    {humanize(p.stage)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <TemperatureBadge temperature={p.temperature} size="sm" />
                </Table.Td>
                <Table.Td>{p.ownerName ?? "Unassigned"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function CompanyDeals({ id }: { id: string }) {
  const deals = useCompanyDeals(id);
  const rows = deals.data?.data ?? [];
  return (
    <Paper withBorder p="md" radius="md" data-testid="company-deals">
      <Title order={4} mb="sm">
        Deals {deals.data && <Badge variant="light">{rows.length}</Badge>}
      </Title>
      {deals.error && <ErrorAlert error={deals.error} title="Could not load the deals" />}
      {deals.data && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No deals with this company or its people yet.
        </Text>
      )}
      {rows.length > 0 && (
        <Table verticalSpacing={6} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Deal</Table.Th>
              <Table.Th>Stage</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Owner</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((d) => (
              <Table.Tr key={d.id} data-testid="company-deal-row" data-deal-id={d.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/deals/${d.id}`} size="sm">
                    {d.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{d.outcome === "open" ? humanize(d.stage) : humanize(d.outcome)}</Table.Td>
                <Table.Td ta="right">{formatMoney(d.amountMinor, d.currency)}</Table.Td>
                <Table.Td>{d.ownerName ?? "—"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function CompanyTimeline({ id }: { id: string }) {
  const timeline = useCompanyTimeline(id);
  const kindLabel = useKindLabel();
  const entries = timeline.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Paper withBorder p="md" radius="md" data-testid="company-timeline">
      <Title order={4} mb="sm">
        Timeline
      </Title>
      {timeline.error && <ErrorAlert error={timeline.error} title="Could not load the timeline" />}
      {timeline.data && entries.length === 0 && (
        <Text size="sm" c="dimmed">
          No touches with this company's people yet.
        </Text>
      )}
      {entries.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Time</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>Touchpoint</Table.Th>
                <Table.Th>Program</Table.Th>
                <Table.Th>Details</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.id} data-testid="company-timeline-row" data-kind={e.kind}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(e.occurredAt)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/contacts/${e.contactId}`} size="sm">
                      {e.contactName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{kindLabel(e.kind)}</Table.Td>
                  <Table.Td>{e.programName ?? ""}</Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {truncate(describeTouchProperties(e.properties).join(" · "), 140)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {timeline.hasNextPage && (
        <Button
          variant="default"
          size="xs"
          mt="sm"
          onClick={() => timeline.fetchNextPage()}
          loading={timeline.isFetchingNextPage}
        >
          Load more
        </Button>
      )}
    </Paper>
  );
}
