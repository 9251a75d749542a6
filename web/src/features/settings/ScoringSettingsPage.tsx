// Scoring settings: how fast engagement decays, where warm and hot begin, and each touchpoint's weight.

import {
  Button,
  Center,
  Group,
  Loader,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useEffect, useRef, useState } from "react";
import type { Item, Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { halfLifeSpan } from "../../shared/format.ts";
import { useTouchpointKinds } from "../../shared/reference-data.ts";
import { useSession } from "../auth/session.ts";
import { scoringErrors } from "./scoring-errors.ts";
import { useSaveScoringSettings, useScoringSettings } from "./scoring-queries.ts";
import { type FieldValue, WeightInputs } from "./WeightInputs.tsx";

type ScoringSettings = Schema<"ScoringSettings">;
type TouchpointKindInfo = Item<"listTouchpointKinds">;

export interface ScoringForm {
  halfLifeHours: FieldValue;
  warmThreshold: FieldValue;
  hotThreshold: FieldValue;
  weights: Record<string, FieldValue>;
}

export default function ScoringSettingsPage() {
  const settings = useScoringSettings();
  const kinds = useTouchpointKinds();

  if (settings.error || kinds.error) return <ErrorAlert error={settings.error ?? kinds.error} />;
  if (!settings.data || !kinds.data) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  return <ScoringSettingsForm initial={settings.data} kinds={kinds.data} />;
}

function toForm(settings: ScoringSettings, kinds: TouchpointKindInfo[]): ScoringForm {
  return {
    halfLifeHours: settings.halfLifeHours,
    warmThreshold: settings.warmThreshold,
    hotThreshold: settings.hotThreshold,
    weights: Object.fromEntries(kinds.map((k) => [k.kind, settings.weights[k.kind] ?? k.defaultWeight])),
  };
}

/** Empty or unparsable fields become NaN → sent as null, so the server reports them by name. */
function toNumber(value: FieldValue): number | null {
  const n = typeof value === "number" ? value : Number.parseFloat(value);
  return Number.isFinite(n) ? n : null;
}

function ScoringSettingsForm({ initial, kinds }: { initial: ScoringSettings; kinds: TouchpointKindInfo[] }) {
  const [form, setForm] = useState<ScoringForm>(() => toForm(initial, kinds));
  const save = useSaveScoringSettings();
  const errors = scoringErrors(save.error);
  const formRef = useRef<HTMLDivElement>(null);
  // A refused save scrolls to the first input it names: the button is at the bottom of a long form.
  useEffect(() => {
    if (save.error)
      formRef.current
        ?.querySelector<HTMLElement>('[aria-invalid="true"]')
        ?.scrollIntoView({ block: "center" });
  }, [save.error]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      halfLifeHours: toNumber(form.halfLifeHours),
      warmThreshold: toNumber(form.warmThreshold),
      hotThreshold: toNumber(form.hotThreshold),
      weights: Object.fromEntries(Object.entries(form.weights).map(([kind, w]) => [kind, toNumber(w)])),
    } as ScoringSettings;
    save.mutate(body, {
      onSuccess: (result) => {
        setForm(toForm(result.settings, kinds));
        notifications.show({
          color: "green",
          title: "Scoring settings saved",
          message: `Rescored ${result.rescored} contacts`,
        });
      },
    });
  };

  const set = (patch: Partial<ScoringForm>) => setForm((current) => ({ ...current, ...patch }));
  // Marketing and admins own the scoring; everyone else reads it.
  const canEdit = ["admin", "marketing"].includes(useSession().data?.user.role ?? "");

  return (
    <Stack component="form" ref={formRef} onSubmit={onSubmit} gap="md" maw={960}>
      <Title order={2}>Scoring</Title>
      {!canEdit && (
        <Text size="sm" c="dimmed" data-testid="scoring-read-only">
          Marketing and admins set the scoring; you can read it here.
        </Text>
      )}
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          <Paper withBorder p="md" radius="md">
            <Title order={4} mb="xs">
              Decay and thresholds
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              Each touchpoint adds its weight to a contact's engagement, halving every half-life. A contact is
              warm at or above the warm threshold and hot at or above the hot threshold.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                label="Half-life (hours)"
                description={halfLifeInWords(form.halfLifeHours)}
                min={0}
                value={form.halfLifeHours}
                onChange={(value) => set({ halfLifeHours: value })}
                error={errors.fields.halfLifeHours}
                data-testid="half-life"
              />
              <NumberInput
                label="Warm threshold"
                value={form.warmThreshold}
                onChange={(value) => set({ warmThreshold: value })}
                error={errors.fields.warmThreshold}
                data-testid="warm-threshold"
              />
              <NumberInput
                label="Hot threshold"
                value={form.hotThreshold}
                onChange={(value) => set({ hotThreshold: value })}
                error={errors.fields.hotThreshold}
                data-testid="hot-threshold"
              />
            </SimpleGrid>
          </Paper>
          <WeightInputs
            kinds={kinds}
            weights={form.weights}
            errors={errors.weights}
            onChange={(kind, value) => set({ weights: { ...form.weights, [kind]: value } })}
          />
        </Stack>
      </fieldset>
      {canEdit && (
        <Group align="center">
          <Button type="submit" loading={save.isPending} data-testid="save-scoring">
            Save and rescore
          </Button>
          {save.error && (
            <Text size="sm" c="red.8" role="alert" data-testid="scoring-save-error">
              {errors.rest ?? "Not saved: correct the fields marked in red."}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}

/** The half-life as a person counts it: 336 hours is "2 weeks", 36 is "1.5 days". */
export function halfLifeInWords(hours: number | string): string {
  const h = Number(hours);
  if (!Number.isFinite(h) || h <= 0) return "How long until a touch counts half";
  return `A touch counts half after ${halfLifeSpan(h)}`;
}
