// Attribution settings: time decay's half-life and whether a deal's buying group counts. Saving
// recomputes every won deal's credits, so the reports never mix two settings.

import {
  Button,
  Center,
  Group,
  Loader,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSession } from "../auth/session.ts";
import {
  type AttributionSettings,
  useAttributionSettings,
  useSaveAttributionSettings,
} from "./attribution-queries.ts";
import type { FieldValue } from "./WeightInputs.tsx";

export default function AttributionSettingsPage() {
  const settings = useAttributionSettings();
  if (settings.error) return <ErrorAlert error={settings.error} />;
  if (!settings.data) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  return <AttributionSettingsForm initial={settings.data} />;
}

/**
 * The server's problem with the half-life, in the form's words (the schema allows an hour to ten
 * years); null when the failure is about something else.
 */
function halfLifeProblem(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const issues = (error.details as { issues?: { path?: unknown; message?: unknown }[] } | null)?.issues;
  const issue = issues?.find((i) => i.path === "halfLifeDays");
  if (!issue) return null;
  const message = String(issue.message ?? "");
  if (/too small|at least/i.test(message)) return "The half-life must be at least an hour (0.042 days)";
  if (/too big|at most/i.test(message)) return "The half-life can be at most 3,650 days (ten years)";
  return "Enter the half-life in days, such as 7";
}

function AttributionSettingsForm({ initial }: { initial: AttributionSettings }) {
  const [halfLife, setHalfLife] = useState<FieldValue>(initial.halfLifeDays);
  const [buyingGroup, setBuyingGroup] = useState(initial.buyingGroup);
  const [recomputed, setRecomputed] = useState<number | null>(null);
  const save = useSaveAttributionSettings();
  // Marketing and admins own the attribution; everyone else reads it.
  const canEdit = ["admin", "marketing"].includes(useSession().data?.user.role ?? "");
  const fieldError = halfLifeProblem(save.error);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const days = typeof halfLife === "number" ? halfLife : Number.parseFloat(halfLife);
    // An empty or unreadable field goes as null, so the server names the problem.
    const body = { halfLifeDays: Number.isFinite(days) ? days : null, buyingGroup } as {
      halfLifeDays: number;
      buyingGroup: boolean;
    };
    setRecomputed(null);
    save.mutate(body, {
      onSuccess: (result) => {
        setHalfLife(result.halfLifeDays);
        setBuyingGroup(result.buyingGroup);
        setRecomputed(result.recomputedDeals);
        notifications.show({
          color: "green",
          title: "Attribution settings saved",
          message: recomputedText(result.recomputedDeals),
        });
      },
    });
  };

  return (
    <Stack component="form" onSubmit={onSubmit} gap="md" maw={720}>
      <Stack gap={4}>
        <Title order={2}>Attribution</Title>
        <Text size="sm" c="dimmed">
          How the attribution report shares won deals among their touches. Saving recomputes every won deal's
          credits.
        </Text>
      </Stack>
      {!canEdit && (
        <Text size="sm" c="dimmed" data-testid="attribution-read-only">
          Marketing and admins set the attribution; you can read it here.
        </Text>
      )}
      {save.error && !fieldError && <ErrorAlert error={save.error} title="Settings not saved" />}
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          <Paper withBorder p="md" radius="md">
            <Title order={4} mb="xs">
              Time decay
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              Each touch weighs 2^(−days before the win ÷ half-life): a touch one half-life before the win
              counts half as much as one at the win, two half-lives before it a quarter.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label="Half-life (days)"
                allowNegative={false}
                decimalScale={3}
                value={halfLife}
                onChange={(value) => {
                  setHalfLife(value);
                  if (fieldError) save.reset();
                }}
                error={fieldError}
                data-testid="attribution-half-life"
              />
            </SimpleGrid>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Title order={4} mb="xs">
              Buying group
            </Title>
            <Switch
              label="Count the buying group"
              description="Also credit the touches of the other contacts at the deal's company, not only those of its own contact."
              checked={buyingGroup}
              onChange={(event) => setBuyingGroup(event.currentTarget.checked)}
              data-testid="attribution-buying-group"
            />
          </Paper>
        </Stack>
      </fieldset>
      {canEdit && (
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="save-attribution">
            Save and recompute
          </Button>
          {recomputed !== null && (
            <Text size="sm" c="dimmed" data-testid="attribution-recomputed">
              {recomputedText(recomputed)}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}

const recomputedText = (deals: number) =>
  `Recomputed ${deals.toLocaleString()} won deal${deals === 1 ? "" : "s"}`;
