// A contact's deals on the contact page, and the way to open one.

import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSession } from "../auth/session.ts";
import { formatMoney } from "../pipeline/money.ts";
import { useContactDeals, useCreateDeal } from "./deal-queries.ts";
import { toMinor } from "./pricing-format.ts";

const SELLERS = ["admin", "sales", "partner"];

export function ContactDeals({ contactId, contactName }: { contactId: string; contactName: string }) {
  const deals = useContactDeals(contactId);
  const session = useSession();
  const [opening, setOpening] = useState(false);
  const canSell = SELLERS.includes(session.data?.user.role ?? "");

  return (
    <Card withBorder padding="md" data-testid="contact-deals">
      <Group justify="space-between" mb="xs">
        <Title order={4}>Deals</Title>
        {canSell && (
          <Button size="xs" onClick={() => setOpening(true)} data-testid="open-deal">
            Open a deal
          </Button>
        )}
      </Group>
      {deals.error && <ErrorAlert error={deals.error} title="Could not load the deals" />}
      {deals.data?.data.length === 0 && (
        <Text size="sm" c="dimmed">
          No deals yet.
        </Text>
      )}
      <Stack gap={4}>
        {deals.data?.data.map((d) => (
          <Group key={d.id} justify="space-between">
            <Anchor
              component={Link}
              to={`/deals/${encodeURIComponent(d.id)}`}
              data-testid="contact-deal-link"
            >
              {d.name}
            </Anchor>
            <Group gap="xs">
              <Badge
                variant="light"
                color={d.outcome === "won" ? "green" : d.outcome === "lost" ? "red" : "blue"}
              >
                {d.outcome === "open" ? d.stage : d.outcome}
              </Badge>
              <Text size="sm">{formatMoney(d.amountMinor, d.currency)}</Text>
            </Group>
          </Group>
        ))}
      </Stack>
      <Modal
        opened={opening}
        onClose={() => setOpening(false)}
        title={`Open a deal with ${contactName}`}
        centered
      >
        {opening && <NewDealForm contactId={contactId} />}
      </Modal>
    </Card>
  );
}

function NewDealForm({ contactId }: { contactId: string }) {
  const [name, setName] = useState("");
  const [amount, setAmount] = useState<number>(0);
  const [currency, setCurrency] = useState("USD");
  const create = useCreateDeal();
  const navigate = useNavigate();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name: name.trim(),
        contactId,
        amountMinor: toMinor(amount, currency.trim().toUpperCase()),
        currency: currency.trim().toUpperCase(),
      },
      { onSuccess: (deal) => navigate(`/deals/${encodeURIComponent(deal.id)}`) },
    );
  };

  return (
    <Stack component="form" gap="sm" onSubmit={submit}>
      <TextInput
        label="Deal name"
        required
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        data-testid="new-deal-name"
      />
      <Group grow>
        <NumberInput
          label="Amount"
          description="Line items will set it when you price the deal"
          min={0}
          decimalScale={2}
          value={amount}
          onChange={(v) => setAmount(Number(v) || 0)}
        />
        <TextInput
          label="Currency"
          maxLength={3}
          value={currency}
          onChange={(e) => setCurrency(e.currentTarget.value)}
          data-testid="new-deal-currency"
        />
      </Group>
      {create.error && <ErrorAlert error={create.error} title="The deal was not opened" />}
      <Group justify="flex-end">
        <Button type="submit" loading={create.isPending} disabled={!name.trim()} data-testid="create-deal">
          Open deal
        </Button>
      </Group>
    </Stack>
  );
}
