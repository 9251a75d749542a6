// A program's dated cost lines: what was spent when. Editors add and remove lines; a period's
// cost in the reports is the sum of the lines dated inside it.

import {
  ActionIcon,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatMoney, minorDigits, parseMoney } from "./money.ts";
import { formatDay, localDay } from "./program-format.ts";
import { type Program, useAddCostLine, useCostLines, useRemoveCostLine } from "./program-queries.ts";

export function CostLines({ program, editor }: { program: Program; editor: boolean }) {
  const lines = useCostLines(program.id);
  const remove = useRemoveCostLine(program.id);
  const archived = program.archivedAt !== null;
  const total = (lines.data ?? []).reduce((sum, line) => sum + line.amountMinor, 0);

  return (
    <Paper withBorder radius="md" p="md" data-testid="cost-lines">
      <Group justify="space-between" mb="xs">
        <Title order={4}>Cost lines</Title>
        {lines.data && lines.data.length > 0 && (
          <Text size="sm" c="dimmed" data-testid="cost-lines-total">
            {lines.data.length} {lines.data.length === 1 ? "line" : "lines"} ·{" "}
            {formatMoney(total, program.currency)}
          </Text>
        )}
      </Group>
      {lines.error && <ErrorAlert error={lines.error} title="Could not load the cost lines" />}
      {remove.error && <ErrorAlert error={remove.error} title="Cost line not removed" />}
      {lines.isPending && (
        <Center py="sm">
          <Loader size="sm" />
        </Center>
      )}
      {lines.data && lines.data.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="cost-lines-empty">
          No costs entered yet.
        </Text>
      )}
      {lines.data && lines.data.length > 0 && (
        <Table.ScrollContainer minWidth={480} type="native">
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={140}>Date</Table.Th>
                <Table.Th w={160} ta="right">
                  Amount
                </Table.Th>
                <Table.Th>Note</Table.Th>
                {editor && !archived && <Table.Th w={60} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.data.map((line) => (
                <Table.Tr key={line.id} data-testid="cost-line" data-cost-id={line.id}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDay(line.incurredOn)}</Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>
                    {formatMoney(line.amountMinor, line.currency)}
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>{line.note ?? ""}</Table.Td>
                  {editor && !archived && (
                    <Table.Td ta="right">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove the cost line of ${formatDay(line.incurredOn)}`}
                        loading={remove.isPending && remove.variables === line.id}
                        onClick={() => remove.mutate(line.id)}
                        data-testid="cost-line-remove"
                      >
                        ✕
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editor && !archived && <AddCostForm program={program} />}
      {editor && archived && (
        <Text size="sm" c="dimmed" mt="sm">
          Restore the program to enter or remove costs.
        </Text>
      )}
    </Paper>
  );
}

type CostField = "incurredOn" | "amount" | "note";

function AddCostForm({ program }: { program: Program }) {
  const add = useAddCostLine(program.id);
  const [incurredOn, setIncurredOn] = useState(() => localDay(new Date()));
  const [amount, setAmount] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Partial<Record<CostField, string>>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const digits = minorDigits(program.currency);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const parsed = parseMoney(amount, program.currency);
    const found: Partial<Record<CostField, string>> = {};
    if (!incurredOn) found.incurredOn = "Enter the date the cost was incurred";
    if (!parsed.ok) found.amount = parsed.message;
    else if (parsed.minor === null || parsed.minor < 1) found.amount = "Enter an amount above zero";
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.ok || parsed.minor === null) return;
    add.mutate(
      { incurredOn, amountMinor: parsed.minor, note: note.trim() || null },
      {
        onSuccess: () => {
          setAmount("");
          setNote("");
        },
        onError: (error) => {
          const fields = costFieldErrors(error);
          setErrors(fields);
          if (Object.keys(fields).length === 0) setFormError(error);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate data-testid="cost-add-form">
      <Text size="sm" fw={600} mt="md" mb={4}>
        Add cost
      </Text>
      {formError !== null && <ErrorAlert error={formError} title="Cost line not added" />}
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label="Date"
          type="date"
          value={incurredOn}
          onChange={(event) => setIncurredOn(event.currentTarget.value)}
          error={errors.incurredOn}
          data-testid="cost-date"
          w={170}
        />
        <TextInput
          label={`Amount (${program.currency})`}
          inputMode="decimal"
          placeholder={digits > 0 ? `1,250.${"0".repeat(digits)}` : "1,250"}
          value={amount}
          onChange={(event) => setAmount(event.currentTarget.value)}
          error={errors.amount}
          data-testid="cost-amount"
          w={170}
        />
        <TextInput
          label="Note"
          placeholder="e.g. LinkedIn ads, March invoice"
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.note}
          data-testid="cost-note"
          style={{ flex: 1, minWidth: 220 }}
        />
        <Button type="submit" mt={25} loading={add.isPending} data-testid="cost-add">
          Add cost
        </Button>
      </Group>
    </form>
  );
}

const COST_FIELDS: Record<string, CostField> = {
  incurredOn: "incurredOn",
  amountMinor: "amount",
  note: "note",
};

function costFieldErrors(error: unknown): Partial<Record<CostField, string>> {
  if (!(error instanceof ApiError)) return {};
  const issues = (error.details as { issues?: { path?: string; message?: string }[] } | null)?.issues ?? [];
  const fields: Partial<Record<CostField, string>> = {};
  for (const issue of issues) {
    const field = COST_FIELDS[String(issue.path ?? "")];
    const message = issue.message ?? "Check this value";
    if (field) fields[field] = message.charAt(0).toUpperCase() + message.slice(1);
  }
  return fields;
}
