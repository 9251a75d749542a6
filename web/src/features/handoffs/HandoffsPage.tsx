// The hand-off inbox: leads marketing passed to sales, with the SLA countdown, and the two
// answers — accept (the lead is in sales) or recycle with a reason (back to marketing).

import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Link } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime, formatNumber, relativeTime, sourceProgramText } from "../../shared/format.ts";
import { useKindLabel, useUsers } from "../../shared/reference-data.ts";
import { useUrlParams } from "../../shared/url-params.ts";
import { userFilterOptions } from "../../shared/user-options.ts";
import { useSession } from "../auth/session.ts";
import {
  type Handoff,
  RECYCLE_REASONS,
  useAcceptHandoff,
  useHandoffs,
  useRecycleHandoff,
} from "./handoff-queries.ts";

export default function HandoffsPage() {
  const [status, setStatus] = useState("pending");
  const [params, setParam] = useUrlParams();
  const session = useSession();
  const role = session.data?.user.role ?? "";
  // A rep sees their own hand-offs; everyone else may narrow the list to one rep.
  const ownerId = role === "sales" ? null : params.get("rep");
  const handoffs = useHandoffs(status, ownerId);
  const users = useUsers(role !== "" && role !== "sales" && role !== "partner");
  const reps = userFilterOptions(users.data, (u) => u.role === "sales" || u.role === "admin");
  const [recycling, setRecycling] = useState<Handoff | null>(null);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Hand-offs</Title>
        <Group gap="sm" align="flex-end">
          {role !== "sales" && (
            <NativeSelect
              aria-label="Rep"
              data={[{ value: "", label: "All reps" }, ...reps]}
              value={ownerId ?? ""}
              onChange={(event) => setParam("rep", event.currentTarget.value || null)}
              data-testid="handoffs-rep"
              w={200}
            />
          )}
          <SegmentedControl
            value={status}
            onChange={setStatus}
            data={[
              { value: "pending", label: "Waiting" },
              { value: "accepted", label: "Accepted" },
              { value: "recycled", label: "Recycled" },
            ]}
            data-testid="handoffs-filter"
          />
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {role === "sales"
          ? "Leads marketing passed to you. Make first contact before the deadline, then accept — or hand the lead back with a reason."
          : "Every lead passed to sales, with its deadline for first contact."}
      </Text>
      {handoffs.error && <ErrorAlert error={handoffs.error} title="Could not load the hand-offs" />}
      {handoffs.data?.data.length === 0 && <Text c="dimmed">Nothing here.</Text>}
      {handoffs.data?.data.length === 200 && (
        <Text size="sm" c="dimmed" data-testid="handoffs-truncated">
          Showing the first 200{status === "pending" ? ", soonest deadline first" : ", newest first"}.
        </Text>
      )}
      {handoffs.data?.data.map((h) => (
        <HandoffCard
          key={h.id}
          handoff={h}
          canAnswer={h.status === "pending" && (role === "admin" || h.ownerId === session.data?.user.id)}
          onRecycle={() => setRecycling(h)}
        />
      ))}
      {recycling && <RecycleModal handoff={recycling} onClose={() => setRecycling(null)} />}
    </Stack>
  );
}

function HandoffCard({
  handoff: h,
  canAnswer,
  onRecycle,
}: {
  handoff: Handoff;
  canAnswer: boolean;
  onRecycle: () => void;
}) {
  const accept = useAcceptHandoff();
  const kindLabel = useKindLabel();
  return (
    <Card withBorder padding="md" data-testid="handoff-card" data-contact-id={h.contactId}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Anchor component={Link} to={`/contacts/${encodeURIComponent(h.contactId)}`} fw={600}>
            {h.contactName}
          </Anchor>
          <Text size="sm" data-testid="handoff-lead">
            {[h.companyName, sourceProgramText(h.programName)].filter(Boolean).join(" · ")} · Engagement{" "}
            <b>{formatNumber(h.score, 1)}</b>
          </Text>
          <Text size="sm" c="dimmed">
            Handed to {h.ownerName} {formatDateTime(h.handedAt)} ·{" "}
            {h.assignedBy === "round_robin"
              ? "round-robin"
              : h.assignedBy === "manual"
                ? "by hand"
                : "territory rule"}
          </Text>
        </Stack>
        <Group gap="xs">
          {h.cooledWhileWaiting && (
            <Badge color="blue" variant="light" data-testid="handoff-cooled">
              cooled while waiting
            </Badge>
          )}
          <Badge
            color={
              h.status === "pending"
                ? h.overdue
                  ? "red"
                  : "yellow"
                : h.status === "accepted"
                  ? "green"
                  : "gray"
            }
            variant="light"
          >
            {h.status === "pending" ? (h.overdue ? "overdue" : "waiting") : h.status}
          </Badge>
        </Group>
      </Group>
      {h.whyHot.length > 0 && (
        <Text size="sm" mt="xs" data-testid="handoff-why">
          Why hot:{" "}
          {h.whyHot
            .map(
              (w) =>
                `${kindLabel(w.kind)} ${relativeTime(w.occurredAt)} (+${formatNumber(w.contribution, 1)})`,
            )
            .join(" · ")}
        </Text>
      )}
      {h.status === "pending" && (
        <Text size="sm" mt="xs" c={h.overdue ? "red.8" : undefined} data-testid="handoff-sla">
          First contact {h.overdue ? "was due" : "due"} {relativeTime(h.slaDueAt)} (
          {formatDateTime(h.slaDueAt)})
        </Text>
      )}
      {h.status === "accepted" && h.decidedAt && (
        <Text size="sm" mt="xs" data-testid="handoff-decided">
          Accepted {formatDateTime(h.decidedAt)}
          {h.decidedAt > h.slaDueAt ? " — after the first-contact deadline" : ", within the deadline"}
          {h.note ? ` — “${h.note}”` : ""}
        </Text>
      )}
      {h.status === "recycled" && (
        <Text size="sm" mt="xs">
          Recycled {h.decidedAt ? formatDateTime(h.decidedAt) : ""}:{" "}
          {RECYCLE_REASONS.find((r) => r.value === h.recycleReason)?.label ?? h.recycleReason}
          {h.note ? ` — “${h.note}”` : ""}
        </Text>
      )}
      {canAnswer && (
        <Group mt="sm">
          <Button
            color="green"
            size="xs"
            onClick={() =>
              accept.mutate(h.id, {
                onSuccess: () =>
                  notifications.show({
                    color: "green",
                    title: "Accepted",
                    message: `${h.contactName} is yours now.`,
                  }),
              })
            }
            loading={accept.isPending}
            data-testid="handoff-accept"
          >
            Accept
          </Button>
          <Button variant="light" color="gray" size="xs" onClick={onRecycle} data-testid="handoff-recycle">
            Hand back to marketing
          </Button>
        </Group>
      )}
      {accept.error && <ErrorAlert error={accept.error} title="Not accepted" />}
    </Card>
  );
}

function RecycleModal({ handoff, onClose }: { handoff: Handoff; onClose: () => void }) {
  const [reason, setReason] = useState<string>("not_ready");
  const [note, setNote] = useState("");
  const recycle = useRecycleHandoff();
  return (
    <Modal opened onClose={onClose} title={`Hand ${handoff.contactName} back to marketing`} centered>
      <Stack gap="sm">
        <NativeSelect
          label="Reason"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data={RECYCLE_REASONS.map((r) => ({ value: r.value, label: r.label }))}
          data-testid="recycle-reason"
        />
        <Textarea
          label="Note for marketing"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={2000}
          autosize
        />
        <Alert color="gray">
          The lead goes back to marketing's nurture and is not handed over again during the cool-down.
        </Alert>
        {recycle.error && <ErrorAlert error={recycle.error} title="Not recycled" />}
        <Group justify="flex-end">
          <Button
            onClick={() =>
              recycle.mutate({ id: handoff.id, reason, note: note.trim() || null }, { onSuccess: onClose })
            }
            loading={recycle.isPending}
            data-testid="recycle-confirm"
          >
            Hand back
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
