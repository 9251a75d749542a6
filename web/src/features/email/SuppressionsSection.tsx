// The suppression list: addresses that get no mail. Hard bounces and unsubscribes land here by
// themselves; admins and marketing add or remove addresses by hand.

import { Badge, Button, Group, NativeSelect, Paper, Table, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { useAddSuppression, useRemoveSuppression, useSuppressions } from "./email-queries.ts";

type Suppression = Schema<"Suppression">;

const REASONS: { value: Suppression["reason"]; label: string; color: string }[] = [
  { value: "manual", label: "Added by hand", color: "gray" },
  { value: "complaint", label: "Complaint", color: "orange" },
  { value: "unsubscribe", label: "Unsubscribed", color: "blue" },
  { value: "hard_bounce", label: "Hard bounce", color: "red" },
];
const reasonOf = (r: Suppression["reason"]) => REASONS.find((x) => x.value === r)!;

export function SuppressionsSection() {
  const [q, setQ] = useState("");
  const list = useSuppressions(q.trim());
  const add = useAddSuppression();
  const remove = useRemoveSuppression();
  const [email, setEmail] = useState("");
  const [reason, setReason] = useState<Suppression["reason"]>("manual");

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ email: email.trim(), reason, detail: null }, { onSuccess: () => setEmail("") });
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="suppressions-section">
      <Group justify="space-between" mb="sm">
        <Title order={3}>Suppression list</Title>
        <TextInput
          size="xs"
          placeholder="Search addresses"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          data-testid="suppression-search"
        />
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Suppressed addresses get no marketing mail; a hard bounce stops transactional mail too.
      </Text>
      {list.error && <ErrorAlert error={list.error} title="Could not load the suppression list" />}
      {add.error && <ErrorAlert error={add.error} title="Address not added" />}
      {remove.error && <ErrorAlert error={remove.error} title="Address not removed" />}
      <Group component="form" onSubmit={onAdd} align="flex-end" mb="sm">
        <TextInput
          label="Address"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          data-testid="suppression-email"
        />
        <NativeSelect
          label="Reason"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value as Suppression["reason"])}
          data={REASONS.map((r) => ({ value: r.value, label: r.label }))}
        />
        <Button type="submit" loading={add.isPending} data-testid="suppression-add">
          Suppress
        </Button>
      </Group>
      <Table verticalSpacing={4} data-testid="suppressions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Address</Table.Th>
            <Table.Th>Reason</Table.Th>
            <Table.Th>Detail</Table.Th>
            <Table.Th>Since</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data?.data ?? []).map((s) => (
            <Table.Tr key={s.email} data-testid="suppression-row">
              <Table.Td>{s.email}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={reasonOf(s.reason).color}>
                  {reasonOf(s.reason).label}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" lineClamp={1} maw={260}>
                  {s.detail}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(s.createdAt)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  loading={remove.isPending && remove.variables === s.email}
                  onClick={() => {
                    if (window.confirm(`Send mail to ${s.email} again?`)) remove.mutate(s.email);
                  }}
                >
                  Remove
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.isSuccess && list.data.data.length === 0 && (
        <Text c="dimmed" size="sm" ta="center" py="md">
          {q ? "No address matches." : "No suppressed addresses."}
        </Text>
      )}
      {list.data?.nextCursor && (
        <Text size="xs" c="dimmed" ta="center">
          Showing the newest 100; search to find others.
        </Text>
      )}
    </Paper>
  );
}
