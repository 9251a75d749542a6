// Where the deal stands against the discount policy, the way to ask for an approval, and every
// request with who asked, who decided and what they said.

import { Alert, Badge, Button, Card, Group, List, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { useRequestApproval } from "./deal-queries.ts";
import { describeDeviation, formatBp } from "./pricing-format.ts";

type Approval = Schema<"Approval">;
type DealDetail = Schema<"DealDetail">;

const SELLER_LABELS: Record<string, string> = {
  admin: "An admin",
  marketing: "A marketer",
  sales: "A sales rep",
  partner: "A partner",
};

const STATUS_COLORS: Record<Approval["status"], string> = {
  pending: "yellow",
  approved: "green",
  rejected: "red",
  superseded: "gray",
};

export function PolicyPanel({ deal, canRequest }: { deal: DealDetail; canRequest: boolean }) {
  const [comment, setComment] = useState("");
  const request = useRequestApproval(deal.id);
  const { policy } = deal;
  const pending = deal.approvals.find((a) => a.status === "pending");
  const deviates = policy.deviations.length > 0;

  return (
    <Card withBorder padding="md" data-testid="policy-panel">
      <Group justify="space-between" mb="xs">
        <Title order={4}>Price policy</Title>
        <Badge
          color={!deviates ? "green" : policy.satisfied ? "teal" : "red"}
          variant="light"
          data-testid="policy-status"
        >
          {!deviates ? "Within policy" : policy.satisfied ? "Approved" : "Needs approval"}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {SELLER_LABELS[policy.sellerRole] ?? policy.sellerRole} on the {policy.channel} channel may give up to{" "}
        {formatBp(policy.limitBp)} off the book; give-aways are{" "}
        {policy.giveawaysAllowed ? "allowed" : "not allowed"}.
      </Text>
      {deviates && (
        <List size="sm" mt="xs" data-testid="deviations">
          {policy.deviations.map((d) => (
            <List.Item key={`${d.kind}-${d.line}`}>{describeDeviation(d, deal.lineItems)}</List.Item>
          ))}
        </List>
      )}
      {deviates && !policy.satisfied && deal.outcome === "open" && canRequest && !pending && (
        <Stack gap="xs" mt="sm">
          <Textarea
            label="Why this deal needs the exception"
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={2}
            data-testid="approval-comment"
          />
          <Group>
            <Button
              onClick={() =>
                request.mutate({ comment: comment.trim() || null }, { onSuccess: () => setComment("") })
              }
              loading={request.isPending}
              data-testid="request-approval"
            >
              Request approval
            </Button>
          </Group>
          {request.error && <ErrorAlert error={request.error} title="The request was not sent" />}
        </Stack>
      )}
      {pending && (
        <Alert color="yellow" mt="sm" data-testid="approval-pending">
          Waiting for a decision since {formatDateTime(pending.requestedAt)}.
        </Alert>
      )}
      {deal.approvals.length > 0 && (
        <Stack gap="xs" mt="md" data-testid="approval-history">
          <Text fw={600} size="sm">
            Approval requests
          </Text>
          {deal.approvals.map((a) => (
            <Card key={a.id} withBorder padding="xs" data-testid="approval-entry" data-status={a.status}>
              <Group justify="space-between">
                <Text size="sm">
                  {a.requestedBy.name} asked on {formatDateTime(a.requestedAt)}
                </Text>
                <Badge color={STATUS_COLORS[a.status]} variant="light">
                  {a.status}
                </Badge>
              </Group>
              {a.requestComment && (
                <Text size="sm" c="dimmed">
                  “{a.requestComment}”
                </Text>
              )}
              {a.decidedBy && (
                <Text size="sm" mt={4}>
                  {a.status === "approved" ? "Approved" : "Rejected"} by {a.decidedBy.name} on{" "}
                  {formatDateTime(a.decidedAt)}
                  {a.decisionComment ? `: “${a.decisionComment}”` : ""}
                </Text>
              )}
              {a.status === "superseded" && (
                <Text size="sm" c="dimmed" mt={4}>
                  The line items changed after this request.
                </Text>
              )}
            </Card>
          ))}
        </Stack>
      )}
    </Card>
  );
}
