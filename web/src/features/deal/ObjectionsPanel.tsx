// The objections raised in a deal — from the workspace's list, in the rep's words, or both — with
// whether each was overcome, and a small form to record one. Self-contained: give it a deal id.

import {
  ActionIcon,
  Badge,
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { useSession } from "../auth/session.ts";
import {
  useAddDealObjection,
  useDealObjections,
  useDeleteDealObjection,
  useObjectionTypes,
  useUpdateDealObjection,
} from "../competitors/competition-queries.ts";

type DealObjection = Schema<"DealObjection">;

const WRITERS = ["admin", "sales", "partner"];

export function ObjectionsPanel({ dealId }: { dealId: string }) {
  const session = useSession();
  const canEdit = WRITERS.includes(session.data?.user.role ?? "");
  const objections = useDealObjections(dealId);
  const update = useUpdateDealObjection(dealId);
  const remove = useDeleteDealObjection(dealId);
  const list = objections.data ?? [];
  const open = list.filter((o) => !o.overcome).length;

  return (
    <Paper withBorder p="md" radius="md" data-testid="deal-objections-panel">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Objections</Title>
        {list.length > 0 && (
          <Badge variant="light" color={open === 0 ? "green" : "yellow"} data-testid="deal-objections-open">
            {open === 0 ? "All overcome" : `${open} open`}
          </Badge>
        )}
      </Group>
      {objections.error && <ErrorAlert error={objections.error} title="Could not load objections" />}
      {update.error && <ErrorAlert error={update.error} title="Could not update the objection" />}
      {remove.error && <ErrorAlert error={remove.error} title="Could not delete the objection" />}
      {objections.isPending && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {objections.isSuccess && list.length === 0 && (
        <Text c="dimmed" size="sm" mb="sm" data-testid="deal-objections-empty">
          No objections recorded.
        </Text>
      )}
      <Stack gap="xs" mb="md">
        {list.map((o) => (
          <ObjectionRow
            key={o.id}
            objection={o}
            canEdit={canEdit}
            busy={update.isPending || remove.isPending}
            onOvercome={(overcome) => update.mutate({ id: o.id, overcome })}
            onDelete={() => remove.mutate(o.id)}
          />
        ))}
      </Stack>
      {canEdit && <AddObjectionForm dealId={dealId} />}
    </Paper>
  );
}

interface ObjectionRowProps {
  objection: DealObjection;
  canEdit: boolean;
  busy: boolean;
  onOvercome: (overcome: boolean) => void;
  onDelete: () => void;
}

function ObjectionRow({ objection: o, canEdit, busy, onOvercome, onDelete }: ObjectionRowProps) {
  return (
    <Group
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      data-testid="deal-objection"
      data-objection-id={o.id}
      data-overcome={o.overcome}
    >
      <Checkbox
        checked={o.overcome}
        disabled={!canEdit || busy}
        onChange={(event) => onOvercome(event.currentTarget.checked)}
        aria-label="Overcome"
        mt={2}
        data-testid="deal-objection-overcome"
      />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        {o.label && (
          <Text
            size="sm"
            fw={600}
            td={o.overcome ? "line-through" : undefined}
            data-testid="deal-objection-label"
          >
            {o.label}
          </Text>
        )}
        {o.text && (
          <Text
            size="sm"
            style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
            td={o.overcome && !o.label ? "line-through" : undefined}
            data-testid="deal-objection-text"
          >
            {o.text}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {formatDateTime(o.raisedAt)}
          {o.raisedByName ? ` · ${o.raisedByName}` : ""}
          {o.overcome ? " · overcome" : ""}
        </Text>
      </Stack>
      {canEdit && (
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label="Delete objection"
          disabled={busy}
          onClick={onDelete}
          data-testid="deal-objection-delete"
        >
          ×
        </ActionIcon>
      )}
    </Group>
  );
}

function AddObjectionForm({ dealId }: { dealId: string }) {
  const types = useObjectionTypes();
  const add = useAddDealObjection(dealId);
  const [typeId, setTypeId] = useState("");
  const [text, setText] = useState("");
  const ready = typeId !== "" || text.trim() !== "";

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    add.mutate(
      { objectionTypeId: typeId || null, text: text.trim() || null },
      {
        onSuccess: () => {
          setTypeId("");
          setText("");
        },
      },
    );
  };

  return (
    <Stack component="form" gap="xs" onSubmit={onSubmit} data-testid="deal-objection-form">
      {add.error && <ErrorAlert error={add.error} title="Could not record the objection" />}
      {types.error && <ErrorAlert error={types.error} title="Could not load the objection list" />}
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NativeSelect
          label="Objection"
          data={[
            { value: "", label: "— Other (describe it) —" },
            ...(types.data ?? []).map((t) => ({ value: t.id, label: t.label })),
          ]}
          value={typeId}
          onChange={(event) => setTypeId(event.currentTarget.value)}
          w={240}
          data-testid="deal-objection-type"
        />
        <TextInput
          label="In their words"
          placeholder={typeId ? "Optional detail" : "What did they say?"}
          maxLength={2000}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{ flex: 1, minWidth: 200 }}
          data-testid="deal-objection-new-text"
        />
        <Button type="submit" disabled={!ready} loading={add.isPending} data-testid="deal-objection-add">
          Add
        </Button>
      </Group>
    </Stack>
  );
}
