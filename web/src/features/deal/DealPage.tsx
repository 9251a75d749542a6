// One deal: who it is for, where it stands, what it sells at what price, whether the price needs
// an approval, the competition and the objections met, the next step and, once won, which
// touches earned it.

import { Anchor, Badge, Button, Card, Center, Grid, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDay } from "../../shared/format.ts";
import { useSession } from "../auth/session.ts";
import { formatMoney } from "../pipeline/money.ts";
import { usePipelines } from "../pipeline/pipeline-queries.ts";
import { ProposalsPanel } from "../proposals/ProposalsPanel.tsx";
import { NewTaskDialog } from "../tasks/NewTaskDialog.tsx";
import { AttributionPanel } from "./AttributionPanel.tsx";
import { CompetitorsPanel } from "./CompetitorsPanel.tsx";
import { DealStageControl } from "./DealStageControl.tsx";
import { useDeal } from "./deal-queries.ts";
import { LineItemsEditor } from "./LineItemsEditor.tsx";
import { ObjectionsPanel } from "./ObjectionsPanel.tsx";
import { PolicyPanel } from "./PolicyPanel.tsx";

const SELLERS = ["admin", "sales", "partner"];
const STAFF = ["admin", "marketing", "sales"];
const OUTCOME_COLORS = { open: "blue", won: "green", lost: "red" } as const;

export default function DealPage() {
  const { id = "" } = useParams();
  const deal = useDeal(id);
  const pipelines = usePipelines();
  const session = useSession();
  const [planning, setPlanning] = useState(false);
  const canSell = SELLERS.includes(session.data?.user.role ?? "");

  if (deal.isPending)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  if (deal.error) {
    const missing = (deal.error as { status?: number }).status === 404;
    return (
      <Stack align="center" py="xl" data-testid="deal-not-found">
        {missing ? (
          <>
            <Title order={2}>Deal not found</Title>
            <Text c="dimmed">There is no deal here that you may see.</Text>
          </>
        ) : (
          <ErrorAlert error={deal.error} title="Could not load the deal" />
        )}
        <Button component={Link} to="/pipeline" variant="default">
          Back to the pipeline
        </Button>
      </Stack>
    );
  }
  const d = deal.data;
  const pipeline = pipelines.data?.data.find((p) => p.id === d.pipelineId);

  return (
    <Stack gap="md" data-testid="deal-page">
      <Anchor component={Link} to="/pipeline" size="sm">
        ← Back to the pipeline
      </Anchor>
      <Card withBorder padding="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={2} data-testid="deal-name">
                {d.name}
              </Title>
              <Badge color={OUTCOME_COLORS[d.outcome]} variant="light" data-testid="deal-outcome">
                {d.outcome}
              </Badge>
              {d.partnerId && (
                <Badge color="grape" variant="light">
                  partner deal
                </Badge>
              )}
            </Group>
            <Text size="sm">
              For{" "}
              {d.contactId ? (
                <Anchor
                  component={Link}
                  to={`/contacts/${encodeURIComponent(d.contactId)}`}
                  data-testid="deal-contact"
                >
                  {d.contactName}
                </Anchor>
              ) : (
                <Text span c="dimmed" data-testid="deal-contact">
                  {d.contactName}
                </Text>
              )}{" "}
              · owner {d.ownerName}
              {d.expectedCloseOn ? ` · expected to close ${formatDay(d.expectedCloseOn)}` : ""}
            </Text>
            {d.lossReason && (
              <Text size="sm" c="red.8">
                Lost: {d.lossReason}
                {d.lossNote ? ` — ${d.lossNote}` : ""}
              </Text>
            )}
          </Stack>
          <Stack gap={0} align="flex-end">
            <Text size="xl" fw={700} data-testid="deal-amount">
              {formatMoney(d.amountMinor, d.currency)}
            </Text>
            {d.totals.discountMinor > 0 && (
              <Text size="sm" c="orange.8" data-testid="deal-discount">
                {formatMoney(d.totals.discountMinor, d.currency)} off{" "}
                {formatMoney(d.totals.listMinor, d.currency)} list
              </Text>
            )}
          </Stack>
        </Group>
        {canSell && pipeline && (
          <Group justify="space-between" align="flex-end" mt="md">
            <DealStageControl
              deal={d}
              stages={pipeline.stages}
              lossReasons={pipelines.data?.lossReasons ?? []}
            />
            {/* Tasks are the workspace's own work: partner users do not plan them here. */}
            {session.data?.user.role !== "partner" && (
              <Button variant="light" onClick={() => setPlanning(true)} data-testid="deal-new-task">
                Plan next step
              </Button>
            )}
          </Group>
        )}
      </Card>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            {/* Keyed by the last change, so a saved or refreshed deal resets the draft lines. */}
            <LineItemsEditor key={d.updatedAt} deal={d} editable={canSell && d.outcome === "open"} />
            <ProposalsPanel deal={d} canSell={canSell} />
            <ObjectionsPanel dealId={d.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <PolicyPanel deal={d} canRequest={canSell} />
            {/* Battlecards are the staff's: a partner user reads no competitors. */}
            {session.data?.user.role !== "partner" && <CompetitorsPanel dealId={d.id} />}
          </Stack>
        </Grid.Col>
      </Grid>
      {/* Attribution is the staff's: a partner user reads no marketing touches. */}
      {d.outcome === "won" && STAFF.includes(session.data?.user.role ?? "") && <AttributionPanel deal={d} />}
      {/* A deal whose contact was erased has nobody to plan a task with. */}
      {d.contactId && (
        <NewTaskDialog
          opened={planning}
          onClose={() => setPlanning(false)}
          contactId={d.contactId}
          dealId={d.id}
          contactName={d.contactName ?? undefined}
        />
      )}
    </Stack>
  );
}
