// The ordered steps of a playbook as editable rows: side, channel (only those that fit the side),
// delay in minutes, hours or days, the template of an email or the text of a task; move up and
// down, remove, add. Existing steps keep their id, so enrolments stay on them.

import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import type { Body, Schema, Side } from "../../api/contract.ts";
import { channelsFor, type DelayUnit, isTaskChannel, splitDelay, UNIT_MINUTES } from "./playbook-format.ts";

type PlaybookStep = Schema<"PlaybookStep">;
type StepChannel = Schema<"PlaybookStep">["channel"];
type StepInput = Body<"createPlaybook">["steps"][number];
type TemplateChoice = Pick<Schema<"EmailTemplate">, "id" | "name" | "kind">;

export interface StepRow {
  /** Stable across edits, for React; not sent. */
  rowId: string;
  id?: string;
  side: Side;
  channel: StepChannel;
  amount: number | string;
  unit: DelayUnit;
  templateId: string;
  taskTitle: string;
}

let nextRowId = 0;
const newRowId = () => `step-${++nextRowId}`;

export function toRows(steps: readonly PlaybookStep[]): StepRow[] {
  return steps.map((s) => ({
    rowId: newRowId(),
    id: s.id,
    side: s.side,
    channel: s.channel,
    ...splitDelay(s.delayMinutes),
    templateId: s.templateId ?? "",
    taskTitle: s.taskTitle ?? "",
  }));
}

export function newRow(side: Side): StepRow {
  return {
    rowId: newRowId(),
    side,
    channel: side === "sales" ? "call_task" : "email",
    amount: 1,
    unit: "days",
    templateId: "",
    taskTitle: "",
  };
}

/** Rows → the step list to send. An emptied delay goes as NaN → null, and the server names it. */
export function toSteps(rows: readonly StepRow[]): StepInput[] {
  return rows.map((r) => {
    const amount = typeof r.amount === "number" ? r.amount : Number.parseFloat(r.amount);
    return {
      ...(r.id ? { id: r.id } : {}),
      side: r.side,
      channel: r.channel,
      delayMinutes: Math.round(amount * UNIT_MINUTES[r.unit]),
      templateId: r.channel === "email" ? r.templateId || null : null,
      taskTitle: isTaskChannel(r.channel) ? r.taskTitle : null,
    };
  });
}

const UNITS = [
  { value: "minutes", label: "minutes" },
  { value: "hours", label: "hours" },
  { value: "days", label: "days" },
];

export function StepListEditor({
  rows,
  onChange,
  templates,
  defaultSide,
  sidesAllowed,
}: {
  rows: StepRow[];
  onChange: (rows: StepRow[]) => void;
  templates: TemplateChoice[];
  defaultSide: Side;
  sidesAllowed: Side[];
}) {
  const update = (index: number, patch: Partial<StepRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    onChange(next);
  };
  const setSide = (index: number, side: Side) => {
    const row = rows[index]!;
    const fits = channelsFor(side).some((c) => c.value === row.channel);
    update(index, { side, channel: fits ? row.channel : channelsFor(side)[0]!.value });
  };

  return (
    <Stack gap="sm">
      {rows.length === 0 && (
        <Text c="dimmed" size="sm">
          No steps yet: add the first one.
        </Text>
      )}
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <Paper
            key={row.rowId}
            withBorder
            p="sm"
            radius="md"
            data-testid="step-row"
            data-step-id={row.id ?? ""}
          >
            <Group align="flex-end" gap="sm" wrap="wrap">
              <Text fw={600} w={24} pb={6}>
                {n}
              </Text>
              <NativeSelect
                label="Side"
                aria-label={`Side of step ${n}`}
                data={sidesAllowed}
                value={row.side}
                onChange={(e) => setSide(index, e.currentTarget.value as Side)}
                w={120}
              />
              <NativeSelect
                label="Channel"
                aria-label={`Channel of step ${n}`}
                data={channelsFor(row.side).map((c) => ({ value: c.value, label: c.label }))}
                value={row.channel}
                onChange={(e) => update(index, { channel: e.currentTarget.value as StepChannel })}
                w={180}
                data-testid="step-channel"
              />
              <NumberInput
                label={index === 0 ? "Wait after enrolment" : "Wait after the previous step"}
                aria-label={`Delay of step ${n}`}
                min={0}
                value={row.amount}
                onChange={(v) => update(index, { amount: v })}
                w={190}
                data-testid="step-delay"
              />
              <NativeSelect
                label="Unit"
                aria-label={`Delay unit of step ${n}`}
                data={UNITS}
                value={row.unit}
                onChange={(e) => update(index, { unit: e.currentTarget.value as DelayUnit })}
                w={110}
              />
              {row.channel === "email" && (
                <NativeSelect
                  label="Template"
                  aria-label={`Template of step ${n}`}
                  data={[
                    { value: "", label: "Choose a template…" },
                    ...templates.map((t) => ({ value: t.id, label: `${t.name} (${t.kind})` })),
                  ]}
                  value={row.templateId}
                  onChange={(e) => update(index, { templateId: e.currentTarget.value })}
                  style={{ flex: 1, minWidth: 220 }}
                  data-testid="step-template"
                />
              )}
              {isTaskChannel(row.channel) && (
                <TextInput
                  label="Task"
                  aria-label={`Task of step ${n}`}
                  placeholder="What the person should do"
                  maxLength={300}
                  value={row.taskTitle}
                  onChange={(e) => update(index, { taskTitle: e.currentTarget.value })}
                  style={{ flex: 1, minWidth: 220 }}
                  data-testid="step-task"
                />
              )}
              <Group gap={4} pb={4} ml="auto">
                <ActionIcon
                  variant="default"
                  aria-label={`Move step ${n} up`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  aria-label={`Move step ${n} down`}
                  disabled={index === rows.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  color="red"
                  aria-label={`Remove step ${n}`}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                >
                  ✕
                </ActionIcon>
              </Group>
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="light"
          onClick={() => onChange([...rows, newRow(defaultSide)])}
          data-testid="add-step"
        >
          Add step
        </Button>
      </Group>
    </Stack>
  );
}
