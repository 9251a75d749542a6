// Pipelines settings: pick a pipeline, edit its stages (name, outcome, probability, order), add a
// pipeline prefilled with the default stages, and keep the loss-reason list. Admins edit; the
// server refuses edits that would strand deals, and its message is shown as is.

import {
  Alert,
  Button,
  Center,
  Group,
  List,
  Loader,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { DEFAULT_PIPELINE_STAGES, pipelineProblems } from "#domain/pipeline";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSession } from "../auth/session.ts";
import { usePipelines } from "../pipeline/pipeline-queries.ts";
import { LossReasonsEditor } from "./LossReasonsEditor.tsx";
import { useCreatePipeline, useUpdatePipeline } from "./pipeline-settings-queries.ts";
import { StageListEditor, type StageRow, toRows, toStages } from "./StageListEditor.tsx";

type Pipeline = Schema<"Pipeline">;

export default function PipelinesSettingsPage() {
  const pipelines = usePipelines();
  const session = useSession();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const canEdit = session.data?.user.role === "admin";

  if (pipelines.error) return <ErrorAlert error={pipelines.error} title="Could not load the pipelines" />;
  if (!pipelines.data) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  const all = pipelines.data.data;
  const current = all.find((p) => p.id === selectedId) ?? all.find((p) => p.isDefault) ?? all[0];

  return (
    <Stack gap="md" maw={1000}>
      <Title order={2}>Pipelines</Title>
      {!canEdit && (
        <Alert color="gray" data-testid="pipelines-read-only">
          Only admins can change pipelines and loss reasons.
        </Alert>
      )}
      <Group align="flex-end">
        <NativeSelect
          label="Pipeline"
          data={all.map((p) => ({ value: p.id, label: p.isDefault ? `${p.name} (default)` : p.name }))}
          value={current?.id ?? ""}
          onChange={(event) => setSelectedId(event.currentTarget.value)}
          data-testid="pipeline-select"
        />
        <Button
          variant="light"
          onClick={() => setCreating(true)}
          disabled={!canEdit}
          data-testid="pipeline-new"
        >
          New pipeline
        </Button>
      </Group>
      {/* Keyed by pipeline: switching pipelines starts from that pipeline's saved stages. */}
      {current && <PipelineEditor key={current.id} pipeline={current} canEdit={canEdit} />}
      <LossReasonsEditor reasons={pipelines.data.lossReasons} disabled={!canEdit} />
      <NewPipelineModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(pipeline) => setSelectedId(pipeline.id)}
      />
    </Stack>
  );
}

function PipelineEditor({ pipeline, canEdit }: { pipeline: Pipeline; canEdit: boolean }) {
  const save = useUpdatePipeline();
  const [name, setName] = useState(pipeline.name);
  const [rows, setRows] = useState<StageRow[]>(() => toRows(pipeline.stages));
  const problems = pipelineProblems(toStages(rows));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { id: pipeline.id, name: name.trim(), stages: toStages(rows) },
      {
        onSuccess: (saved) => {
          setName(saved.name);
          setRows(toRows(saved.stages));
          notifications.show({ color: "green", title: "Pipeline saved", message: saved.name });
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={onSubmit} data-testid="pipeline-editor">
      <Stack gap="sm">
        <TextInput
          label="Name"
          maxLength={100}
          maw={400}
          value={name}
          disabled={!canEdit}
          onChange={(event) => setName(event.currentTarget.value)}
          data-testid="pipeline-name"
        />
        <Title order={4}>Stages</Title>
        <StageListEditor rows={rows} onChange={setRows} disabled={!canEdit} />
        {problems.length > 0 && (
          <Alert color="yellow" title="Not usable yet" data-testid="stage-problems">
            <List size="sm">
              {problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {save.error && <ErrorAlert error={save.error} title="Pipeline not saved" />}
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!canEdit} data-testid="pipeline-save">
            Save pipeline
          </Button>
          <Button
            variant="default"
            disabled={!canEdit}
            onClick={() => {
              save.reset();
              setName(pipeline.name);
              setRows(toRows(pipeline.stages));
            }}
          >
            Discard changes
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function NewPipelineModal(props: { opened: boolean; onClose: () => void; onCreated: (p: Pipeline) => void }) {
  const create = useCreatePipeline();
  const [name, setName] = useState("");

  const close = () => {
    create.reset();
    setName("");
    props.onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    create.mutate(
      { name: name.trim(), stages: DEFAULT_PIPELINE_STAGES.map((s) => ({ ...s })) },
      {
        onSuccess: (pipeline) => {
          notifications.show({ color: "green", title: "Pipeline created", message: pipeline.name });
          props.onCreated(pipeline);
          close();
        },
      },
    );
  };

  return (
    <Modal opened={props.opened} onClose={close} title="New pipeline" centered>
      <Stack component="form" gap="sm" onSubmit={onSubmit}>
        {create.error && <ErrorAlert error={create.error} title="Pipeline not created" />}
        <TextInput
          label="Name"
          description="It starts with the default stages; edit them after."
          placeholder="Partner sales"
          maxLength={100}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          data-testid="pipeline-new-name"
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            disabled={!name.trim()}
            data-testid="pipeline-create"
          >
            Create pipeline
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
