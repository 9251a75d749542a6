// The deal pipeline: one column per stage, deals dragged between them (or moved from each card's
// "Move to…" menu, the keyboard-accessible way). Losing asks for a reason; moving a closed deal
// asks to reopen it.

import {
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { Alert, Card, Center, Group, Loader, NativeSelect, Paper, Text } from "@mantine/core";
import { useCallback, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useUsers } from "../../shared/reference-data.ts";
import { userFilterOptions } from "../../shared/user-options.ts";
import { useSession } from "../auth/session.ts";
import { DealCardBody } from "./DealCard.tsx";
import { LossModal, ReopenModal } from "./MoveDialogs.tsx";
import { formatTotals } from "./money.ts";
import {
  DEALS_LIMIT,
  useMoveDeal,
  usePipelineBoard,
  usePipelineDeals,
  usePipelines,
} from "./pipeline-queries.ts";
import { StageColumn } from "./StageColumn.tsx";

type Deal = Schema<"Deal">;
type MoveDealBody = Schema<"DealMove">;
type PipelineStage = Schema<"PipelineStage">;

/** Columns are large targets: the one under the pointer wins, else the one the card overlaps. */
const collisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

type PendingMove =
  | { kind: "lost"; deal: Deal; stage: PipelineStage; reopen: boolean }
  | { kind: "reopen"; deal: Deal; stage: PipelineStage };

export default function PipelinePage() {
  const [params, setParams] = useSearchParams();
  const setParam = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const pipelines = usePipelines();
  const staff = useSession().data?.user.role !== "partner";
  const users = useUsers(staff);
  const ownerId = params.get("ownerId") || null;
  const pipelineId =
    params.get("pipelineId") ||
    (pipelines.data?.data.find((p) => p.isDefault) ?? pipelines.data?.data[0])?.id ||
    null;

  const board = usePipelineBoard(pipelineId, ownerId);
  const deals = usePipelineDeals(pipelineId, ownerId);
  const move = useMoveDeal(pipelineId, ownerId);

  const stages = board.data?.stages ?? [];
  const byStage = useMemo(() => {
    const map = new Map<string, Deal[]>();
    for (const deal of deals.data?.data ?? []) {
      const list = map.get(deal.stage);
      if (list) list.push(deal);
      else map.set(deal.stage, [deal]);
    }
    return map;
  }, [deals.data]);

  const [pending, setPending] = useState<PendingMove | null>(null);
  const [dragging, setDragging] = useState<Deal | null>(null);

  const doMove = move.mutate;
  const requestMove = useCallback(
    (deal: Deal, stageKey: string) => {
      if (deal.stage === stageKey) return;
      const stage = stages.find((s) => s.key === stageKey);
      if (!stage) return;
      const closed = deal.outcome !== "open";
      if (stage.outcome === "lost") setPending({ kind: "lost", deal, stage, reopen: closed });
      else if (closed) setPending({ kind: "reopen", deal, stage });
      else doMove({ deal, body: { stage: stageKey } });
    },
    [stages, doMove],
  );

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  const onDragStart = (event: DragStartEvent) =>
    setDragging((event.active.data.current?.deal as Deal | undefined) ?? null);
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const deal = event.active.data.current?.deal as Deal | undefined;
    if (deal && event.over) requestMove(deal, String(event.over.id));
  };

  const confirmPending = (extra: Omit<MoveDealBody, "stage">) => {
    if (!pending) return;
    doMove({ deal: pending.deal, body: { stage: pending.stage.key, ...extra } });
    setPending(null);
  };

  const pipelineOptions = (pipelines.data?.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  const ownerOptions = [{ value: "", label: "All owners" }, ...userFilterOptions(users.data)];

  return (
    <>
      <Group align="flex-end" gap="sm" mb="md">
        {pipelineOptions.length > 1 && (
          <NativeSelect
            label="Pipeline"
            data={pipelineOptions}
            value={pipelineId ?? ""}
            onChange={(event) => setParam("pipelineId", event.currentTarget.value || null)}
            data-testid="pipeline-select"
            w={220}
          />
        )}
        {staff && (
          <NativeSelect
            label="Owner"
            data={ownerOptions}
            value={ownerId ?? ""}
            onChange={(event) => setParam("ownerId", event.currentTarget.value || null)}
            data-testid="pipeline-owner"
            w={180}
          />
        )}
        <Paper withBorder px="md" py={6} radius="md">
          <Text size="xs" c="dimmed">
            Weighted forecast{board.data ? ` · ${board.data.pipeline.name}` : ""}
          </Text>
          <Text fw={700} data-testid="weighted-forecast">
            {board.data ? formatTotals(board.data.weightedForecast) : "…"}
          </Text>
        </Paper>
      </Group>

      {pipelines.error && <ErrorAlert error={pipelines.error} title="Could not load pipelines" />}
      {board.error && <ErrorAlert error={board.error} title="Could not load the pipeline" />}
      {deals.error && <ErrorAlert error={deals.error} title="Could not load deals" />}
      {deals.data?.nextCursor && (
        <Alert color="yellow" mb="md" data-testid="deals-truncated">
          Showing the newest {DEALS_LIMIT} open deals of this pipeline. Column counts and totals include all
          deals.
        </Alert>
      )}

      {board.isPending && !board.error ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={collisionDetection}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDragging(null)}
        >
          <Group align="flex-start" gap="sm" wrap="nowrap" pb="md" style={{ overflowX: "auto" }}>
            {stages.map((stage) => (
              <StageColumn
                key={stage.key}
                stage={stage}
                deals={byStage.get(stage.key) ?? []}
                stages={stages}
                onMove={requestMove}
              />
            ))}
          </Group>
          <DragOverlay dropAnimation={null}>
            {dragging && (
              <Card withBorder padding="sm" radius="sm" shadow="md" w={226} style={{ cursor: "grabbing" }}>
                <DealCardBody deal={dragging} />
              </Card>
            )}
          </DragOverlay>
        </DndContext>
      )}

      {pending?.kind === "lost" && (
        <LossModal
          deal={pending.deal}
          stage={pending.stage}
          reasons={pipelines.data?.lossReasons ?? []}
          reopen={pending.reopen}
          onConfirm={(lossReasonId, lossNote) =>
            confirmPending({
              lossReasonId,
              ...(lossNote ? { lossNote } : {}),
              ...(pending.reopen ? { reopen: true } : {}),
            })
          }
          onCancel={() => setPending(null)}
        />
      )}
      {pending?.kind === "reopen" && (
        <ReopenModal
          deal={pending.deal}
          stage={pending.stage}
          onConfirm={() => confirmPending({ reopen: true })}
          onCancel={() => setPending(null)}
        />
      )}
    </>
  );
}
