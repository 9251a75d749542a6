// The baton by hand (issue 11, item 3): hand a lead to sales now — to a chosen rep, or as the
// workspace's rule assigns — take it back before sales answers, or disqualify it with a reason.
// Each is a stage change through the one lifecycle use case (PATCH /contacts/{id}), which decides
// whether the move is allowed and what it sets in motion; a refusal is shown in its words.

import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { nextStages } from "#domain/lifecycle";
import type { Stage } from "#domain/stages";
import { api } from "../../api/client.ts";
import type { Body, Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useUsers } from "../../shared/reference-data.ts";
import { assigneeOptions } from "../../shared/user-options.ts";

type Contact = Schema<"Contact">;
type Action = "handOver" | "takeBack" | "disqualify";

const ACTIONS: Record<Action, { to: Stage; button: string; title: string; done: string; reason: string }> = {
  handOver: {
    to: "sales_ready",
    button: "Hand to sales",
    title: "Hand to sales now",
    done: "Handed to sales",
    reason: "Why now (optional, kept in the stage history)",
  },
  takeBack: {
    to: "lead",
    button: "Take back",
    title: "Take the lead back to marketing",
    done: "Taken back to marketing",
    reason: "Why (kept in the stage history)",
  },
  disqualify: {
    to: "disqualified",
    button: "Disqualify",
    title: "Disqualify",
    done: "Disqualified",
    reason: "Why (kept in the stage history)",
  },
};

/** The moves the lifecycle allows from this stage, as the buttons that make them. */
export function stageActionsFor(stage: Stage): Action[] {
  const next = nextStages(stage);
  const actions: Action[] = [];
  if (next.includes("sales_ready")) actions.push("handOver");
  if (stage === "sales_ready" && next.includes("lead")) actions.push("takeBack");
  if (next.includes("disqualified")) actions.push("disqualify");
  return actions;
}

export function StageActions({ contact }: { contact: Contact }) {
  const [action, setAction] = useState<Action | null>(null);
  return (
    <>
      {stageActionsFor(contact.stage).map((a) => (
        <Button
          key={a}
          size="xs"
          variant={a === "handOver" ? "filled" : "default"}
          color={a === "disqualify" ? "red" : undefined}
          onClick={() => setAction(a)}
          data-testid={`contact-${a}`}
        >
          {ACTIONS[a].button}
        </Button>
      ))}
      <Modal
        opened={action !== null}
        onClose={() => setAction(null)}
        title={action ? ACTIONS[action].title : ""}
        centered
      >
        {action && <StageForm contact={contact} action={action} onDone={() => setAction(null)} />}
      </Modal>
    </>
  );
}

function StageForm({ contact, action, onDone }: { contact: Contact; action: Action; onDone: () => void }) {
  const spec = ACTIONS[action];
  const queryClient = useQueryClient();
  const users = useUsers();
  const reps = assigneeOptions(users.data, { eligible: (u) => u.role === "sales" });
  const [ownerId, setOwnerId] = useState("");
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const reasonNeeded = action !== "handOver" && !reason.trim();
  const save = useMutation({
    mutationFn: (body: Body<"updateContact">) =>
      api.patch(`/contacts/${encodeURIComponent(contact.id)}`, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["contact", contact.id] }),
        queryClient.invalidateQueries({ queryKey: ["handoffs"] }),
      ]),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (reasonNeeded) return;
    save.mutate(
      {
        stage: spec.to,
        ...(reason.trim() ? { stageReason: reason.trim() } : {}),
        ...(action === "handOver" && ownerId ? { ownerId } : {}),
      },
      {
        onSuccess: () => {
          notifications.show({ color: "green", title: spec.done, message: contact.email });
          onDone();
        },
      },
    );
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit} data-testid="stage-form">
      {save.error && <ErrorAlert error={save.error} title="The stage did not change" />}
      {action === "handOver" && (
        <>
          <Text size="sm">
            Sales gets an owner, a first-contact task and a deadline within the hand-off SLA; marketing stops
            pushing this lead.
          </Text>
          <NativeSelect
            label="To"
            data={[{ value: "", label: "As the workspace's rule assigns" }, ...reps]}
            value={ownerId}
            onChange={(event) => setOwnerId(event.currentTarget.value)}
            data-testid="stage-owner"
          />
        </>
      )}
      {action === "takeBack" && (
        <Text size="sm">
          The hand-off is withdrawn before sales answered; the lead goes back to marketing's nurture.
        </Text>
      )}
      <Textarea
        label={spec.reason}
        maxLength={500}
        autosize
        minRows={2}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={tried && reasonNeeded ? "Say why: the stage history keeps it" : null}
        data-testid="stage-reason"
      />
      <Group justify="flex-end" mt="xs">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          type="submit"
          color={action === "disqualify" ? "red" : undefined}
          loading={save.isPending}
          data-testid="stage-save"
        >
          {spec.button}
        </Button>
      </Group>
    </Stack>
  );
}
