// Moving the deal from its page: the next stages as buttons, winning and losing (with a reason).
// A refused move (say, a win that needs an approval) shows the server's message.

import { Button, Group, NativeSelect } from "@mantine/core";
import { useState } from "react";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { LossModal, ReopenModal } from "../pipeline/MoveDialogs.tsx";
import { useMoveThisDeal } from "./deal-queries.ts";

type LossReason = Schema<"LossReason">;
type PipelineStage = Schema<"PipelineStage">;
type DealDetail = Schema<"DealDetail">;

interface Props {
  deal: DealDetail;
  stages: readonly PipelineStage[];
  lossReasons: readonly LossReason[];
}

export function DealStageControl({ deal, stages, lossReasons }: Props) {
  const move = useMoveThisDeal(deal.id);
  const [losing, setLosing] = useState<PipelineStage | null>(null);
  const [reopening, setReopening] = useState<PipelineStage | null>(null);
  const won = stages.find((s) => s.outcome === "won");
  const lost = stages.find((s) => s.outcome === "lost");
  const open = stages.filter((s) => s.outcome === "open");
  const closed = deal.outcome !== "open";

  const go = (stage: PipelineStage) => {
    if (stage.outcome === "lost") return setLosing(stage);
    if (closed) return setReopening(stage);
    move.mutate({ stage: stage.key });
  };

  return (
    <>
      <Group gap="xs" align="flex-end">
        <NativeSelect
          label="Stage"
          value={deal.stage}
          onChange={(e) => {
            const stage = stages.find((s) => s.key === e.currentTarget.value);
            if (stage) go(stage);
          }}
          data={stages.map((s) => ({ value: s.key, label: s.name }))}
          data-testid="deal-stage-select"
        />
        {!closed && won && (
          <Button color="green" onClick={() => go(won)} loading={move.isPending} data-testid="win-deal">
            Mark as won
          </Button>
        )}
        {!closed && lost && (
          <Button color="red" variant="light" onClick={() => go(lost)} data-testid="lose-deal">
            Mark as lost
          </Button>
        )}
        {closed && open[0] && (
          <Button variant="default" onClick={() => setReopening(open.at(-1)!)} data-testid="reopen-deal">
            Reopen
          </Button>
        )}
      </Group>
      {move.error && <ErrorAlert error={move.error} title="The deal did not move" />}
      {losing && (
        <LossModal
          deal={deal}
          stage={losing}
          reasons={lossReasons}
          reopen={closed}
          onCancel={() => setLosing(null)}
          onConfirm={(lossReasonId, lossNote) => {
            setLosing(null);
            move.mutate({
              stage: losing.key,
              lossReasonId,
              lossNote: lossNote || undefined,
              reopen: closed || undefined,
            });
          }}
        />
      )}
      {reopening && (
        <ReopenModal
          deal={deal}
          stage={reopening}
          onCancel={() => setReopening(null)}
          onConfirm={() => {
            setReopening(null);
            move.mutate({ stage: reopening.key, reopen: true });
          }}
        />
      )}
    </>
  );
}
