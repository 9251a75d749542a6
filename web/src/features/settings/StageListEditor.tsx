// The ordered stage list of one pipeline as editable rows: name, outcome, probability, order.
// Existing stages keep their key (deals name their stage by it); new ones get a key from their name.

import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import type { Schema } from "../../api/contract.ts";

type PipelineStage = Schema<"PipelineStage">;
type StageOutcome = Schema<"PipelineStage">["outcome"];

export interface StageRow {
  /** Stable across edits, for React; not sent. */
  rowId: string;
  /** Empty for a stage added here: toStages derives one from the name. */
  key: string;
  name: string;
  outcome: StageOutcome;
  probability: number | string;
}

let nextRowId = 0;
const newRowId = () => `row-${++nextRowId}`;

export function toRows(stages: readonly PipelineStage[]): StageRow[] {
  return stages.map((s) => ({ ...s, rowId: newRowId() }));
}

export function newRow(): StageRow {
  return { rowId: newRowId(), key: "", name: "", outcome: "open", probability: 50 };
}

/** "Technical review!" → "technical_review": the server's key format (lowercase slug, ≤ 50). */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .slice(0, 46)
    .replace(/^_+|_+$/g, "");
}

/** Rows → the stage list to send; new stages get a key from their name, unique in the list. */
export function toStages(rows: readonly StageRow[]): PipelineStage[] {
  const taken = new Set(rows.map((r) => r.key).filter(Boolean));
  return rows.map((row) => {
    let key = row.key;
    if (!key) {
      const base = slugify(row.name) || "stage";
      key = base;
      for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
      taken.add(key);
    }
    // An emptied probability is NaN, which JSON sends as null: the server then names the field.
    const probability =
      typeof row.probability === "number" ? row.probability : Number.parseFloat(row.probability);
    return { key, name: row.name, outcome: row.outcome, probability };
  });
}

const OUTCOMES = [
  { value: "open", label: "Open" },
  { value: "won", label: "Won (closes the deal)" },
  { value: "lost", label: "Lost (closes the deal)" },
];

export function StageListEditor({
  rows,
  onChange,
  disabled,
}: {
  rows: StageRow[];
  onChange: (rows: StageRow[]) => void;
  disabled?: boolean;
}) {
  const update = (index: number, patch: Partial<StageRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    onChange(next);
  };
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));
  // New open stages go before the closing ones, where a sales process adds its steps.
  const add = () => {
    const firstClosed = rows.findIndex((r) => r.outcome !== "open");
    const at = firstClosed === -1 ? rows.length : firstClosed;
    onChange([...rows.slice(0, at), newRow(), ...rows.slice(at)]);
  };

  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>#</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Key</Table.Th>
              <Table.Th>Outcome</Table.Th>
              <Table.Th w={120}>Probability %</Table.Th>
              <Table.Th w={120} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => {
              const label = row.name || `stage ${index + 1}`;
              return (
                <Table.Tr key={row.rowId} data-testid="stage-row" data-stage-key={row.key}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Name of stage ${index + 1}`}
                      maxLength={100}
                      value={row.name}
                      disabled={disabled}
                      onChange={(event) => update(index, { name: event.currentTarget.value })}
                      error={row.name.trim() === "" ? "Name this stage" : null}
                      data-testid={`stage-name-${index}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    {row.key ? (
                      <Text size="xs" ff="monospace" c="dimmed">
                        {row.key}
                      </Text>
                    ) : (
                      <Badge size="xs" variant="light">
                        new
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={`Outcome of ${label}`}
                      data={OUTCOMES}
                      value={row.outcome}
                      disabled={disabled}
                      onChange={(event) =>
                        update(index, { outcome: event.currentTarget.value as StageOutcome })
                      }
                      data-testid={`stage-outcome-${index}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`Probability of ${label}`}
                      min={0}
                      max={100}
                      allowDecimal={false}
                      clampBehavior="strict"
                      value={row.probability}
                      disabled={disabled}
                      onChange={(value) => update(index, { probability: value })}
                      data-testid={`stage-probability-${index}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <ActionIcon
                        variant="default"
                        aria-label={`Move ${label} up`}
                        disabled={disabled || index === 0}
                        onClick={() => move(index, -1)}
                        data-testid={`stage-up-${index}`}
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        aria-label={`Move ${label} down`}
                        disabled={disabled || index === rows.length - 1}
                        onClick={() => move(index, 1)}
                        data-testid={`stage-down-${index}`}
                      >
                        ↓
                      </ActionIcon>
                      <ActionIcon
                        variant="light"
                        color="red"
                        aria-label={`Remove ${label}`}
                        disabled={disabled}
                        onClick={() => remove(index)}
                        data-testid={`stage-remove-${index}`}
                      >
                        ×
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button variant="light" size="xs" onClick={add} disabled={disabled} data-testid="stage-add">
          Add stage
        </Button>
      </Group>
    </>
  );
}
