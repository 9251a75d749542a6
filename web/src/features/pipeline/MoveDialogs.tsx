// Confirmations a move may need: a loss reason when a deal is lost, and consent to reopen a
// closed (won or lost) deal.

import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import type { Schema } from "../../api/contract.ts";

type Deal = Schema<"Deal">;
type LossReason = Schema<"LossReason">;
type PipelineStage = Schema<"PipelineStage">;

interface LossModalProps {
  deal: Deal;
  stage: PipelineStage;
  reasons: readonly LossReason[];
  /** The deal is closed (won): losing it reopens it first. */
  reopen: boolean;
  onConfirm: (lossReasonId: string, lossNote: string) => void;
  onCancel: () => void;
}

export function LossModal({ deal, stage, reasons, reopen, onConfirm, onCancel }: LossModalProps) {
  const [reasonId, setReasonId] = useState("");
  const [note, setNote] = useState("");

  return (
    <Modal opened onClose={onCancel} title={`Mark “${deal.name}” as ${stage.name.toLowerCase()}`} centered>
      <Stack
        component="form"
        gap="sm"
        onSubmit={(event) => {
          event.preventDefault();
          if (reasonId) onConfirm(reasonId, note.trim());
        }}
      >
        {reopen && (
          <Text size="sm" c="dimmed">
            This deal is closed as {deal.outcome}; it will be reopened and lost.
          </Text>
        )}
        <NativeSelect
          label="Loss reason"
          required
          data={[
            { value: "", label: "Choose a reason…", disabled: true },
            ...reasons.map((r) => ({ value: r.id, label: r.label })),
          ]}
          value={reasonId}
          onChange={(event) => setReasonId(event.currentTarget.value)}
          data-testid="loss-reason-select"
          data-autofocus
        />
        <Textarea
          label="Note"
          description="Optional: what happened, for the team"
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          data-testid="loss-note"
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" color="red" disabled={!reasonId} data-testid="loss-confirm">
            Mark as {stage.name.toLowerCase()}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface ReopenModalProps {
  deal: Deal;
  stage: PipelineStage;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ReopenModal({ deal, stage, onConfirm, onCancel }: ReopenModalProps) {
  return (
    <Modal opened onClose={onCancel} title="Reopen this deal?" centered>
      <Text size="sm">
        “{deal.name}” is closed as {deal.outcome}. Moving it to {stage.name} reopens it.
      </Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button onClick={onConfirm} data-testid="reopen-confirm" data-autofocus>
          Reopen and move
        </Button>
      </Group>
    </Modal>
  );
}
