// Competitors: each one's win/loss record against us (from the deals that named it) and its
// battlecard, which admins and marketing write and sales reads.

import { Alert, Anchor, Button, Center, Group, Loader, Paper, Table, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSession } from "../auth/session.ts";
import { BattlecardDrawer, safeWebsite } from "./BattlecardDrawer.tsx";
import { COMPETITORS_LIMIT, useCompetitors } from "./competition-queries.ts";

type Competitor = Schema<"Competitor">;

const EDITORS = ["admin", "marketing"];

export function formatWinRate(winRate: number | null): string {
  return winRate === null ? "—" : `${Math.round(winRate * 100)} %`;
}

/** The drawer shows a competitor, or a blank form for a new one ("new"); closed when null. */
type Open = { kind: "new" } | { kind: "existing"; id: string } | null;

export default function CompetitorsPage() {
  const session = useSession();
  const competitors = useCompetitors();
  const [open, setOpen] = useState<Open>(null);
  const canEdit = EDITORS.includes(session.data?.user.role ?? "");

  const rows = useMemo(
    () => [...(competitors.data?.data ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [competitors.data],
  );
  const selected = open?.kind === "existing" ? (rows.find((c) => c.id === open.id) ?? null) : null;

  return (
    <>
      <Group justify="space-between" mb="md">
        <div>
          <Title order={2}>Competitors</Title>
          <Text c="dimmed" size="sm">
            Win rate counts the closed deals that named the competitor: won ÷ (won + lost).
          </Text>
        </div>
        {canEdit && (
          <Button onClick={() => setOpen({ kind: "new" })} data-testid="competitor-new">
            New competitor
          </Button>
        )}
      </Group>

      {competitors.error && <ErrorAlert error={competitors.error} title="Could not load competitors" />}
      {competitors.data?.nextCursor && (
        <Alert color="yellow" mb="md">
          Showing the first {COMPETITORS_LIMIT} competitors.
        </Alert>
      )}

      <Paper withBorder radius="md" p="md">
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover verticalSpacing={8} data-testid="competitors-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Competitor</Table.Th>
                <Table.Th>Positioning</Table.Th>
                <Table.Th ta="right">Won</Table.Th>
                <Table.Th ta="right">Lost</Table.Th>
                <Table.Th ta="right">Open</Table.Th>
                <Table.Th ta="right">Win rate</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <CompetitorRow
                  key={c.id}
                  competitor={c}
                  onOpen={() => setOpen({ kind: "existing", id: c.id })}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {competitors.isPending && (
          <Center py="md">
            <Loader size="sm" />
          </Center>
        )}
        {competitors.isSuccess && rows.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="md" data-testid="competitors-empty">
            No competitors yet.{canEdit ? " Add the ones your deals run into." : ""}
          </Text>
        )}
      </Paper>

      {open && (open.kind === "new" || selected) && (
        <BattlecardDrawer
          key={open.kind === "new" ? "new" : open.id}
          competitor={selected}
          canEdit={canEdit}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}

function CompetitorRow({ competitor: c, onOpen }: { competitor: Competitor; onOpen: () => void }) {
  const website = safeWebsite(c.website);
  return (
    <Table.Tr data-testid="competitor-row" data-competitor-id={c.id}>
      <Table.Td>
        <Anchor component="button" type="button" fw={600} onClick={onOpen} data-testid="competitor-name">
          {c.name}
        </Anchor>
        {website && (
          <Text size="xs" c="dimmed" truncate="end" maw={260}>
            {website}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={2} maw={420} c={c.positioning ? undefined : "dimmed"}>
          {c.positioning ?? "—"}
        </Text>
      </Table.Td>
      <Table.Td ta="right" data-testid="competitor-wins">
        {c.wins}
      </Table.Td>
      <Table.Td ta="right" data-testid="competitor-losses">
        {c.losses}
      </Table.Td>
      <Table.Td ta="right" data-testid="competitor-open">
        {c.open}
      </Table.Td>
      <Table.Td ta="right" fw={600} data-testid="competitor-win-rate">
        {formatWinRate(c.winRate)}
      </Table.Td>
    </Table.Tr>
  );
}
