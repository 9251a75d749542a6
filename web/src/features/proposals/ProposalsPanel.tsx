// The deal's proposals and estimates: make a draft from the line items, download it as PDF, send
// it (the link the prospect opens appears to copy), withdraw it, and see what the prospect did:
// opened, accepted with their typed name, or declined with a reason.

import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  CopyButton,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime, formatDay } from "../../shared/format.ts";
import { formatMoney } from "../pipeline/money.ts";
import { NewProposalModal } from "./NewProposalModal.tsx";
import { STATUS_COLORS, STATUS_LABELS } from "./proposal-format.ts";
import {
  type Proposal,
  proposalPdfUrl,
  useDealProposals,
  useSendProposal,
  useWithdrawProposal,
} from "./proposal-queries.ts";

export function ProposalsPanel({
  deal,
  canSell,
}: {
  deal: { id: string; name: string; outcome: string; lineItems: unknown[] };
  canSell: boolean;
}) {
  const proposals = useDealProposals(deal.id);
  const [creating, setCreating] = useState(false);
  const canMake = canSell && deal.outcome === "open" && deal.lineItems.length > 0;

  return (
    <Card withBorder padding="md" data-testid="proposals-panel">
      <Group justify="space-between" mb="xs">
        <Title order={4}>Proposals and estimates</Title>
        {canSell && deal.outcome === "open" && (
          <Button
            size="xs"
            onClick={() => setCreating(true)}
            disabled={!canMake}
            title={canMake ? undefined : "Add line items first"}
            data-testid="new-proposal"
          >
            New proposal
          </Button>
        )}
      </Group>
      {canSell && deal.outcome === "open" && deal.lineItems.length === 0 && (
        <Text size="sm" c="dimmed">
          A proposal is made from the deal's line items: add them first.
        </Text>
      )}
      {proposals.error && <ErrorAlert error={proposals.error} title="Could not load the proposals" />}
      {proposals.data?.data.length === 0 && deal.lineItems.length > 0 && (
        <Text size="sm" c="dimmed">
          No proposal yet.
        </Text>
      )}
      <Stack gap="sm">
        {proposals.data?.data.map((p) => (
          <ProposalCard key={p.id} proposal={p} canSell={canSell} />
        ))}
      </Stack>
      <NewProposalModal
        opened={creating}
        onClose={() => setCreating(false)}
        dealId={deal.id}
        dealName={deal.name}
        onCreated={() => undefined}
      />
    </Card>
  );
}

function ProposalCard({ proposal: p, canSell }: { proposal: Proposal; canSell: boolean }) {
  const send = useSendProposal();
  const withdraw = useWithdrawProposal();
  // Nothing to send or take back on a won or lost deal: its offers are closed with it.
  const live = !p.dealClosed && (p.status === "draft" || p.status === "sent" || p.status === "expired");
  return (
    <Card withBorder padding="sm" data-testid="proposal-card" data-status={p.status}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600}>{p.label}</Text>
            <Badge color={STATUS_COLORS[p.status]} variant="light" data-testid="proposal-status">
              {STATUS_LABELS[p.status]}
            </Badge>
            {p.needsApproval && (
              <Badge color="red" variant="outline" data-testid="proposal-needs-approval">
                Needs approval
              </Badge>
            )}
          </Group>
          <Text size="sm">{p.title}</Text>
          <Text size="sm" c="dimmed">
            {formatMoney(p.totals.netMinor, p.currency)}
            {p.totals.discountMinor > 0 && ` · ${formatMoney(p.totals.discountMinor, p.currency)} discount`}
            {p.totals.giveawayMinor > 0 && ` · ${formatMoney(p.totals.giveawayMinor, p.currency)} given away`}
            {` · valid until ${formatDay(p.validUntil)}`}
          </Text>
          <ProspectActivity proposal={p} />
        </Stack>
        <Anchor href={proposalPdfUrl(p.id)} size="sm" data-testid="proposal-pdf">
          PDF
        </Anchor>
      </Group>
      {p.needsApproval && (
        <Text size="sm" c="red.8" mt="xs" data-testid="proposal-approval-hint">
          {p.linesChanged
            ? "These lines are outside the price policy, and the deal's lines have changed since this draft: an approval asked now would be for the new lines. Discard this draft and make a new one."
            : "These lines are outside the price policy: request an approval in the price policy panel before sending."}
        </Text>
      )}
      {p.publicUrl && p.status === "sent" && (
        <Group gap="xs" mt="xs" wrap="nowrap">
          <TextInput
            value={p.publicUrl}
            readOnly
            size="xs"
            style={{ flex: 1 }}
            aria-label="Link for the prospect"
            data-testid="proposal-link"
          />
          <CopyButton value={p.publicUrl}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? "Copied" : "Copy link"}
              </Button>
            )}
          </CopyButton>
        </Group>
      )}
      {canSell && live && (
        <Group gap="xs" mt="xs">
          {p.status === "draft" && (
            <Button
              size="xs"
              onClick={() => send.mutate(p.id)}
              loading={send.isPending}
              disabled={p.needsApproval === true}
              data-testid="proposal-send"
            >
              Send
            </Button>
          )}
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={() => {
              const question =
                p.status === "draft"
                  ? `Discard the draft of ${p.label}?`
                  : `Withdraw ${p.label}? Its link stops working at once.`;
              if (window.confirm(question)) withdraw.mutate(p.id);
            }}
            loading={withdraw.isPending}
            data-testid="proposal-withdraw"
          >
            {p.status === "draft" ? "Discard" : "Withdraw"}
          </Button>
        </Group>
      )}
      {send.error && (
        <Alert color="red" mt="xs" role="alert">
          {send.error.message}
        </Alert>
      )}
      {withdraw.error && (
        <Alert color="red" mt="xs" role="alert">
          {withdraw.error.message}
        </Alert>
      )}
    </Card>
  );
}

function ProspectActivity({ proposal: p }: { proposal: Proposal }) {
  if (p.status === "draft") return null;
  const lines: string[] = [];
  if (p.sentAt) lines.push(`Sent ${formatDateTime(p.sentAt)}`);
  if (p.viewCount > 0)
    lines.push(
      `opened ${p.viewCount === 1 ? "once" : `${p.viewCount} times`}, last ${formatDateTime(p.lastViewedAt)}`,
    );
  else if (p.status === "sent") lines.push("not opened yet");
  return (
    <>
      <Text size="xs" c="dimmed" data-testid="proposal-activity">
        {lines.join(" · ")}
      </Text>
      {p.acceptedAt && (
        <Text size="sm" c="green.8" data-testid="proposal-accepted">
          Accepted by {p.acceptedName} on {formatDateTime(p.acceptedAt)}
        </Text>
      )}
      {p.declinedAt && (
        <Text size="sm" c="red.8">
          Declined on {formatDateTime(p.declinedAt)}
          {p.declineReason ? `: “${p.declineReason}”` : ""}
        </Text>
      )}
    </>
  );
}
