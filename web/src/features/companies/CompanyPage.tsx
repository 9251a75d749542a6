// /companies/:id: one company — who it is, its people, its deals, and the timeline of all its
// people's touches together (what the account has heard from us and said back).

import { Anchor, Badge, Button, Center, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { contactName, humanize } from "../../shared/format.ts";
import { RecordTable } from "../../shared/RecordTable.tsx";
import { stageColor } from "../../shared/stages.ts";
import { TemperatureBadge } from "../../shared/TemperatureBadge.tsx";
import { type TimelineEntry, useTouchColumns } from "../contact/touch-columns.tsx";
import { formatMoney } from "../programs/money.ts";
import { CompanyFormModal } from "./CompanyFormModal.tsx";
import { CompanySection } from "./CompanySection.tsx";
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
    <CompanySection
      title="People"
      testId="company-contacts"
      count={people.data && rows.length}
      error={people.error}
      empty={
        people.data && rows.length === 0
          ? "Nobody at this company yet: set the company on a contact's form."
          : undefined
      }
    >
      {rows.length > 0 && (
        <RecordTable
          verticalSpacing={6}
          highlightOnHover
          rows={rows}
          rowProps={(p) => ({ "data-testid": "company-contact-row", "data-contact-id": p.id })}
          columns={[
            {
              header: "Name",
              cell: (p) => (
                <Anchor component={Link} to={`/contacts/${p.id}`} size="sm">
                  {contactName(p)}
                </Anchor>
              ),
            },
            { header: "Title", cell: (p) => p.title ?? "—" },
            {
              header: "Stage",
              cell: (p) => (
                <Badge size="sm" variant="light" color={stageColor(p.stage)}>
                  {humanize(p.stage)}
                </Badge>
              ),
            },
            {
              header: "Temperature",
              cell: (p) => <TemperatureBadge temperature={p.temperature} size="sm" />,
            },
            { header: "Owner", cell: (p) => p.ownerName ?? "Unassigned" },
          ]}
        />
      )}
    </CompanySection>
  );
}

function CompanyDeals({ id }: { id: string }) {
  const deals = useCompanyDeals(id);
  const rows = deals.data?.data ?? [];
  return (
    <CompanySection
      title="Deals"
      testId="company-deals"
      count={deals.data && rows.length}
      error={deals.error}
      empty={deals.data && rows.length === 0 ? "No deals with this company or its people yet." : undefined}
    >
      {rows.length > 0 && (
        <RecordTable
          verticalSpacing={6}
          highlightOnHover
          rows={rows}
          rowProps={(d) => ({ "data-testid": "company-deal-row", "data-deal-id": d.id })}
          columns={[
            {
              header: "Deal",
              cell: (d) => (
                <Anchor component={Link} to={`/deals/${d.id}`} size="sm">
                  {d.name}
                </Anchor>
              ),
            },
            {
              header: "Stage",
              cell: (d) => (d.outcome === "open" ? humanize(d.stage) : humanize(d.outcome)),
            },
            { header: "Amount", align: "right", cell: (d) => formatMoney(d.amountMinor, d.currency) },
            { header: "Owner", cell: (d) => d.ownerName ?? "—" },
          ]}
        />
      )}
    </CompanySection>
  );
}

function CompanyTimeline({ id }: { id: string }) {
  const timeline = useCompanyTimeline(id);
  const touch = useTouchColumns();
  const entries = timeline.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <CompanySection
      title="Timeline"
      testId="company-timeline"
      error={timeline.error}
      empty={timeline.data && entries.length === 0 ? "No touches with this company's people yet." : undefined}
    >
      {entries.length > 0 && (
        <RecordTable<TimelineEntry>
          minWidth={760}
          striped
          verticalSpacing={6}
          rows={entries}
          rowProps={(e) => ({ "data-testid": "company-timeline-row", "data-kind": e.kind })}
          columns={[
            touch.time,
            {
              header: "Who",
              cell: (e) => (
                <Anchor component={Link} to={`/contacts/${e.contactId}`} size="sm">
                  {e.contactName}
                </Anchor>
              ),
            },
            touch.kind,
            touch.program,
            touch.details,
          ]}
        />
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
    </CompanySection>
  );
}
