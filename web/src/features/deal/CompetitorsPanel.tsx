// The competitors a deal runs into, each with its battlecard in view, and a picker to add or
// remove them. Self-contained: give it a deal id.

import { Alert, Card, Center, Loader, MultiSelect, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSession } from "../auth/session.ts";
import { BattlecardText } from "../competitors/BattlecardDrawer.tsx";
import {
  useCompetitors,
  useDealCompetitors,
  useSetDealCompetitors,
} from "../competitors/competition-queries.ts";

const WRITERS = ["admin", "sales", "partner"];

export function CompetitorsPanel({ dealId }: { dealId: string }) {
  const session = useSession();
  const role = session.data?.user.role ?? "";
  // Partner users see only the competitors on their own deals, not the workspace's list.
  const mayList = role !== "" && role !== "partner";
  const canEdit = WRITERS.includes(role);
  const current = useDealCompetitors(dealId);
  const all = useCompetitors({ enabled: mayList });
  const setCompetitors = useSetDealCompetitors(dealId);

  const cards = current.data ?? [];
  const options = useMemo(() => {
    const byId = new Map<string, string>();
    for (const c of all.data?.data ?? []) byId.set(c.id, c.name);
    for (const c of current.data ?? []) byId.set(c.id, c.name);
    return [...byId]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [all.data, current.data]);

  return (
    <Paper withBorder p="md" radius="md" data-testid="deal-competitors-panel">
      <Title order={4} mb="sm">
        Competitors
      </Title>
      {current.error && <ErrorAlert error={current.error} title="Could not load the deal's competitors" />}
      {setCompetitors.error && (
        <ErrorAlert error={setCompetitors.error} title="Could not change the deal's competitors" />
      )}
      <MultiSelect
        label="Competing against"
        placeholder={cards.length === 0 ? "Pick the competitors in this deal" : undefined}
        data={options}
        value={cards.map((c) => c.id)}
        onChange={(ids) => setCompetitors.mutate(ids)}
        searchable
        nothingFoundMessage={
          mayList ? "No such competitor: marketing adds them on the Competitors page" : undefined
        }
        disabled={!canEdit || current.isPending || setCompetitors.isPending}
        mb="md"
        data-testid="deal-competitors-select"
      />
      {!mayList && canEdit && (
        <Alert color="gray" mb="md" p="xs">
          <Text size="xs">
            You see the competitors already on this deal; ask your account manager to add another.
          </Text>
        </Alert>
      )}
      {current.isPending && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {current.isSuccess && cards.length === 0 && (
        <Text c="dimmed" size="sm" data-testid="deal-competitors-empty">
          No competitors named for this deal.
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {cards.map((card) => (
          <Card
            key={card.id}
            withBorder
            radius="sm"
            padding="sm"
            data-testid="deal-battlecard"
            data-competitor-id={card.id}
          >
            <Text fw={700} mb="xs" data-testid="deal-battlecard-name">
              {card.name}
            </Text>
            <BattlecardText card={card} />
          </Card>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
