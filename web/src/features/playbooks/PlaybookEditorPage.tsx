// /playbooks/new and /playbooks/:id/edit: name, tier (or a one-to-one sequence), side, active,
// and the ordered steps. Saving sends the whole list; the server keeps existing steps by id.

import {
  Anchor,
  Button,
  Center,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { Schema, Side, Temperature } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSession } from "../auth/session.ts";
import { usePlaybook, useSavePlaybook, useTemplateChoices } from "./playbook-queries.ts";
import { StepListEditor, type StepRow, toRows, toSteps } from "./StepListEditor.tsx";

type Playbook = Schema<"Playbook">;

const TIERS = [
  { value: "", label: "None — a one-to-one sequence, enrolled by hand" },
  { value: "cold", label: "Cold" },
  { value: "warm", label: "Warm" },
  { value: "hot", label: "Hot" },
];

export default function PlaybookEditorPage() {
  const { id } = useParams();
  const playbook = usePlaybook(id);
  if (id && playbook.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (playbook.error) return <ErrorAlert error={playbook.error} title="Could not load the playbook" />;
  return <Editor key={id ?? "new"} existing={playbook.data} />;
}

function Editor({ existing }: { existing?: Playbook }) {
  const role = useSession().data?.user.role;
  // Sales writes its own one-to-one sequences; tier playbooks are marketing's, shown read-only.
  const readOnly =
    role === "sales" && existing !== undefined && (existing.tier !== null || existing.side !== "sales");
  const salesOnly = role === "sales" && !readOnly;
  const navigate = useNavigate();
  const templates = useTemplateChoices();
  const save = useSavePlaybook(existing?.id);
  const [name, setName] = useState(existing?.name ?? "");
  const [tier, setTier] = useState<Temperature | "">(existing?.tier ?? "");
  const [side, setSide] = useState<Side>(existing?.side ?? (salesOnly ? "sales" : "marketing"));
  const [active, setActive] = useState(existing?.active ?? true);
  const [rows, setRows] = useState<StepRow[]>(() => toRows(existing?.steps ?? []));
  const [saved, setSaved] = useState(false);
  // Any edit after a save takes the "Saved." away.
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setSaved(false);
    };

  const submit = () =>
    save.mutate(
      { name, tier: tier || null, side, active, steps: toSteps(rows) },
      {
        onSuccess: (result) => {
          setRows(toRows(result.steps));
          setSaved(true);
          if (!existing) navigate("/playbooks");
        },
      },
    );

  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to="/playbooks" size="sm">
        ← Playbooks
      </Anchor>
      <Title order={2}>
        {existing ? `Edit ${existing.name}` : salesOnly ? "New sequence" : "New playbook"}
      </Title>
      {readOnly && (
        <Text size="sm" c="dimmed" data-testid="playbook-read-only">
          Marketing edits the tier playbooks; you can read this one.
        </Text>
      )}
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          <Paper withBorder p="md" radius="md">
            <Group align="flex-end" gap="md" wrap="wrap">
              <TextInput
                label="Name"
                required
                maxLength={100}
                value={name}
                onChange={(e) => edit(setName)(e.currentTarget.value)}
                w={320}
                data-testid="playbook-name-input"
              />
              <NativeSelect
                label="Tier"
                data={salesOnly ? TIERS.slice(0, 1) : TIERS}
                value={tier}
                onChange={(e) => edit(setTier)(e.currentTarget.value as Temperature | "")}
                w={340}
                data-testid="playbook-tier"
              />
              <NativeSelect
                label="Side"
                data={salesOnly ? ["sales"] : ["marketing", "sales"]}
                value={side}
                onChange={(e) => edit(setSide)(e.currentTarget.value as Side)}
                w={140}
              />
              <Switch
                label="Active"
                checked={active}
                onChange={(e) => edit(setActive)(e.currentTarget.checked)}
                pb={8}
                data-testid="playbook-active"
              />
            </Group>
            {existing && !active && existing.active && (
              <Text size="sm" c="orange" mt="xs">
                Deactivating ends the {existing.activeEnrolments} running enrolment(s).
              </Text>
            )}
          </Paper>
          <Title order={4}>Steps</Title>
          {templates.error && (
            <ErrorAlert error={templates.error} title="Could not load the email templates" />
          )}
          <StepListEditor
            rows={rows}
            onChange={edit(setRows)}
            templates={templates.data ?? []}
            defaultSide={side}
            sidesAllowed={salesOnly ? ["sales"] : ["marketing", "sales"]}
          />
        </Stack>
      </fieldset>
      {save.error && <ErrorAlert error={save.error} title="Could not save the playbook" />}
      <Group hidden={readOnly}>
        <Button onClick={submit} loading={save.isPending} disabled={!name.trim()} data-testid="save-playbook">
          Save
        </Button>
        {saved && (
          <Text c="green" size="sm" data-testid="playbook-saved">
            Saved.
          </Text>
        )}
      </Group>
    </Stack>
  );
}
