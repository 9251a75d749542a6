// The approvers' inbox: deals priced outside the discount policy, waiting for a decision.

import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { useSession } from "../auth/session.ts";
import { useApprovals, useDecideApproval } from "../deal/deal-queries.ts";
import { formatMoney } from "../pipeline/money.ts";

type Approval = Schema<"Approval">;

const APPROVERS = ["admin", "marketing"];

export default function ApprovalsPage() {
  const [status, setStatus] = useState("pending");
  const approvals = useApprovals(status === "all" ? null : status);
  const session = useSession();
  const canDecide = APPROVERS.includes(session.data?.user.role ?? "");

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Approvals</Title>
        <SegmentedControl
          value={status}
          onChange={setStatus}
          data={[
            { value: "pending", label: "Waiting" },
            { value: "approved", label: "Approved" },
            { value: "rejected", label: "Rejected" },
            { value: "all", label: "All" },
          ]}
          data-testid="approvals-filter"
        />
      </Group>
      {!canDecide && (
        <Text size="sm" c="dimmed">
          Admins and marketing decide approvals; here are the requests on your deals.
        </Text>
      )}
      {approvals.error && <ErrorAlert error={approvals.error} title="Could not load the approvals" />}
      {approvals.data?.data.length === 0 && <Text c="dimmed">Nothing here.</Text>}
      {approvals.data?.data.map((a) => (
        <ApprovalCard
          key={a.id}
          approval={a}
          canDecide={canDecide && a.status === "pending" && a.requestedBy.id !== session.data?.user.id}
        />
      ))}
    </Stack>
  );
}

function ApprovalCard({ approval: a, canDecide }: { approval: Approval; canDecide: boolean }) {
  const [comment, setComment] = useState("");
  const decide = useDecideApproval();
  const send = (decision: "approve" | "reject") =>
    decide.mutate({ id: a.id, decision, comment: comment.trim() || null });

  return (
    <Card withBorder padding="md" data-testid="approval-card" data-deal-id={a.dealId}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Anchor component={Link} to={`/deals/${encodeURIComponent(a.dealId)}`} fw={600}>
            {a.dealName}
          </Anchor>
          <Text size="sm" c="dimmed">
            {a.contactName} · {formatMoney(a.amountMinor, a.currency)} · asked by {a.requestedBy.name}{" "}
            {formatDateTime(a.requestedAt)}
          </Text>
        </Stack>
        <Group gap={6}>
          {a.status === "pending" && a.alertedAt && (
            <Badge
              color="red"
              variant="light"
              data-testid="approval-waiting-too-long"
              title={`Approvers were told ${formatDateTime(a.alertedAt)}`}
            >
              Waiting too long
            </Badge>
          )}
          <Badge variant="light">{a.status}</Badge>
        </Group>
      </Group>
      <List size="sm" mt="xs">
        {a.deviations.map((d) => (
          <List.Item key={`${d.kind}-${d.line}`}>
            Line {d.line + 1}:{" "}
            {d.kind === "discount_over_limit"
              ? `${(d.discountBp / 100).toFixed(2)} % off, limit ${(d.limitBp / 100).toFixed(2)} %`
              : d.kind === "giveaway_not_allowed"
                ? "free give-away"
                : "above the price book"}
          </List.Item>
        ))}
      </List>
      {a.requestComment && (
        <Text size="sm" mt="xs">
          “{a.requestComment}”
        </Text>
      )}
      {a.decidedBy && (
        <Text size="sm" mt="xs">
          Decided by {a.decidedBy.name} {formatDateTime(a.decidedAt)}
          {a.decisionComment ? `: “${a.decisionComment}”` : ""}
        </Text>
      )}
      {canDecide && (
        <Stack gap="xs" mt="sm">
          <Textarea
            placeholder="Comment for the rep (optional)"
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            maxLength={2000}
            autosize
            data-testid="decision-comment"
          />
          <Group>
            <Button
              color="green"
              onClick={() => send("approve")}
              loading={decide.isPending}
              data-testid="approve"
            >
              Approve
            </Button>
            <Button color="red" variant="light" onClick={() => send("reject")} data-testid="reject">
              Reject
            </Button>
          </Group>
          {decide.error && <ErrorAlert error={decide.error} title="The decision was not saved" />}
        </Stack>
      )}
    </Card>
  );
}
