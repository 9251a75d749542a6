// Create or edit a plan: its scope (a new plan only; the server keeps a plan's scope), its
// targets, counts as whole numbers and money in major units, and the server's refusals under
// the field they concern.

import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { usePrograms } from "../../shared/reference-data.ts";
import { useFieldForm } from "../../shared/use-field-form.ts";
import { majorUnitHints } from "../programs/money.ts";
import { CHANNEL_OPTIONS } from "../programs/program-format.ts";
import { periodLabel } from "../quotas/quota-queries.ts";
import { emptyValues, FIELD_LABELS, fieldErrorsFrom, type Scope, toBody, valuesOf } from "./plan-form.ts";
import { scopeLabel } from "./plan-format.ts";
import { type Plan, type PlanPeriod, useSavePlan } from "./plan-queries.ts";

export interface PlanFormModalProps {
  opened: boolean;
  onClose: () => void;
  period: PlanPeriod;
  startsOn: string;
  /** The plan to edit; none to create one. */
  plan?: Plan;
}

export function PlanFormModal({ opened, onClose, period, startsOn, plan }: PlanFormModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`${plan ? "Edit the plan" : "New plan"} for ${periodLabel(period, startsOn)}`}
      size="lg"
      centered
    >
      {/* Mounted only while open, so every opening starts from the plan as it is now. */}
      {opened && <PlanForm plan={plan} period={period} startsOn={startsOn} onDone={onClose} />}
    </Modal>
  );
}

function PlanForm({
  plan,
  period,
  startsOn,
  onDone,
}: {
  plan?: Plan;
  period: PlanPeriod;
  startsOn: string;
  onDone: () => void;
}) {
  const save = useSavePlan();
  const programs = usePrograms();
  const editing = Boolean(plan);
  const { values, errors, setErrors, formError, setField, field, onSubmit, refused } = useFieldForm(
    () => (plan ? valuesOf(plan) : emptyValues()),
    { labels: FIELD_LABELS, testIdPrefix: "plan" },
  );

  const submit = onSubmit(
    () => toBody(values, editing, { period, startsOn }),
    (body) =>
      save.mutate(
        { id: plan?.id ?? null, body },
        {
          onSuccess: () => {
            notifications.show({
              color: "green",
              title: editing ? "Plan saved" : "Plan created",
              message: periodLabel(period, startsOn),
            });
            onDone();
          },
          onError: (error) => refused(fieldErrorsFrom(error)),
        },
      ),
  );

  const money = (name: "pipeline" | "revenue" | "spend") => (
    <TextInput {...field(name)} inputMode="decimal" {...majorUnitHints(values.currency)} />
  );
  const programName = (id: string) => programs.data?.find((p) => p.id === id)?.name;

  return (
    <form onSubmit={submit} noValidate data-testid="plan-form">
      <Stack gap="sm">
        {formError && (
          <Alert color="red" title="Plan not saved" role="alert" data-testid="plan-form-error">
            {formError}
          </Alert>
        )}
        {editing && plan ? (
          <Text size="sm" data-testid="plan-scope">
            {scopeLabel(plan, programName)} · {plan.currency}
          </Text>
        ) : (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {FIELD_LABELS.scope}
            </Text>
            <SegmentedControl
              value={values.scope}
              onChange={(value) => {
                setField("scope", value as Scope);
                setErrors({});
              }}
              data={[
                { value: "workspace", label: "Whole workspace" },
                { value: "channel", label: "A channel" },
                { value: "program", label: "A program" },
              ]}
              data-testid="plan-scope"
            />
            {errors.scope && (
              <Text size="sm" c="red" role="alert" data-testid="plan-scope-error">
                {errors.scope}
              </Text>
            )}
          </Stack>
        )}
        {!editing && values.scope === "channel" && (
          <NativeSelect
            {...field("channel")}
            data={[{ value: "", label: "Choose a channel…", disabled: true }, ...CHANNEL_OPTIONS]}
          />
        )}
        {!editing && values.scope === "program" && (
          <NativeSelect
            {...field("programId")}
            data={[
              { value: "", label: programs.isPending ? "Loading…" : "Choose a program…", disabled: true },
              ...(programs.data ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
        )}
        <SimpleGrid cols={2}>
          <TextInput {...field("leads")} inputMode="numeric" placeholder="e.g. 120" data-autofocus />
          <TextInput {...field("salesReady")} inputMode="numeric" placeholder="e.g. 40" />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          {money("pipeline")}
          {money("revenue")}
        </SimpleGrid>
        <SimpleGrid cols={2}>
          {money("spend")}
          <TextInput
            {...field("currency")}
            disabled={editing}
            maxLength={3}
            description={editing ? "A plan keeps its currency" : "ISO code, e.g. USD, EUR"}
            onChange={(event) => setField("currency", event.currentTarget.value.toUpperCase())}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          Leave a target empty to plan without it.
        </Text>
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="plan-save">
            {editing ? "Save plan" : "Create plan"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
