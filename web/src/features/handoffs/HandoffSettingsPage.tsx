// When marketing passes the baton: the readiness rule, the SLA in business hours, the cool-down
// of a recycled lead, and territory rules that pick the owner before round-robin does.

import {
  ActionIcon,
  Button,
  Card,
  Chip,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api/client.ts";
import type { Body, Ok } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useUsers } from "../../shared/reference-data.ts";
import { assigneeOptions } from "../../shared/user-options.ts";
import { useSession } from "../auth/session.ts";

// What the form edits and sends: the stored rules' ids are the server's, not the form's.
type Settings = Body<"updateHandoffSettings">;

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const FIELDS = [
  { value: "country", label: "Country" },
  { value: "industry", label: "Industry" },
  { value: "company_size", label: "Company size" },
  { value: "occupation", label: "Occupation" },
];

export default function HandoffSettingsPage() {
  const settings = useQuery({
    queryKey: ["handoff-settings"],
    queryFn: ({ signal }) => api.get<Ok<"getHandoffSettings">>("/handoff-settings", undefined, signal),
  });
  if (settings.error)
    return <ErrorAlert error={settings.error} title="Could not load the hand-off settings" />;
  if (!settings.data) return null;
  return <SettingsForm key={JSON.stringify(settings.data)} initial={settings.data} />;
}

function SettingsForm({ initial }: { initial: Settings }) {
  const [draft, setDraft] = useState<Settings>(initial);
  const session = useSession();
  const users = useUsers();
  const queryClient = useQueryClient();
  const canEdit = ["admin", "marketing"].includes(session.data?.user.role ?? "");
  // A rule gives leads to an active seller; one naming a rep since deactivated shows them as such.
  const sellers = (current?: string) =>
    assigneeOptions(users.data, { eligible: (u) => u.role === "sales", current });
  const firstSeller = sellers()[0]?.value;
  const save = useMutation({
    mutationFn: (body: Settings) => api.put<Ok<"updateHandoffSettings">>("/handoff-settings", body),
    onSuccess: (data) => {
      queryClient.setQueryData(["handoff-settings"], data);
      notifications.show({ color: "green", title: "Saved", message: "Hand-off settings saved" });
    },
  });
  const set = (change: Partial<Settings>) => setDraft((d) => ({ ...d, ...change }));
  const hours = draft.businessHours;

  return (
    <Stack gap="md" data-testid="handoff-settings">
      <Card withBorder padding="md">
        <Title order={4} mb="xs">
          When is a lead ready for sales?
        </Title>
        <Group align="flex-end">
          <NativeSelect
            label="Temperature"
            disabled={!canEdit}
            value={draft.rule.temperature}
            onChange={(e) =>
              set({ rule: { ...draft.rule, temperature: e.currentTarget.value as "warm" | "hot" } })
            }
            data={[
              { value: "hot", label: "Hot" },
              { value: "warm", label: "Warm or hot" },
            ]}
            data-testid="handoff-temperature"
          />
          <NativeSelect
            label="Fit grade (once grades exist)"
            disabled={!canEdit}
            value={draft.rule.minGrade ?? ""}
            onChange={(e) =>
              set({
                rule: {
                  ...draft.rule,
                  minGrade: (e.currentTarget.value || null) as Settings["rule"]["minGrade"],
                },
              })
            }
            data={[
              { value: "", label: "Any grade" },
              { value: "A", label: "A only" },
              { value: "B", label: "B or better" },
              { value: "C", label: "C or better" },
            ]}
          />
        </Group>
      </Card>
      <Card withBorder padding="md">
        <Title order={4} mb="xs">
          First contact deadline
        </Title>
        <Group align="flex-end">
          <NumberInput
            label="SLA (business hours)"
            disabled={!canEdit}
            min={0.1}
            decimalScale={2}
            value={draft.slaMinutes / 60}
            onChange={(v) => set({ slaMinutes: Math.round(Number(v) * 60) })}
            data-testid="handoff-sla-hours"
          />
          <TextInput
            label="Time zone"
            disabled={!canEdit}
            value={hours.timeZone}
            onChange={(e) => set({ businessHours: { ...hours, timeZone: e.currentTarget.value } })}
          />
          <TextInput
            label="Opens"
            disabled={!canEdit}
            w={90}
            value={hours.start}
            onChange={(e) => set({ businessHours: { ...hours, start: e.currentTarget.value } })}
          />
          <TextInput
            label="Closes"
            disabled={!canEdit}
            w={90}
            value={hours.end}
            onChange={(e) => set({ businessHours: { ...hours, end: e.currentTarget.value } })}
          />
          <NumberInput
            label="Recycled leads rest (days)"
            disabled={!canEdit}
            min={0}
            allowDecimal={false}
            value={draft.recycleCooldownDays}
            onChange={(v) => set({ recycleCooldownDays: Number(v) || 0 })}
          />
        </Group>
        <Group gap={4} mt="sm">
          {DAYS.map((label, i) => (
            <Chip
              key={label}
              size="xs"
              disabled={!canEdit}
              checked={hours.days.includes(i + 1)}
              onChange={(on) =>
                set({
                  businessHours: {
                    ...hours,
                    days: on ? [...hours.days, i + 1].sort() : hours.days.filter((d) => d !== i + 1),
                  },
                })
              }
            >
              {label}
            </Chip>
          ))}
        </Group>
      </Card>
      <Card withBorder padding="md">
        <Title order={4}>Who gets the lead</Title>
        <Text size="sm" c="dimmed" mb="xs">
          The first matching rule names the owner; otherwise leads go round-robin to the sales users.
        </Text>
        <Table>
          <Table.Tbody>
            {draft.assignmentRules.map((rule, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rules are ordered and have no identity yet
              <Table.Tr key={index} data-testid="assignment-rule">
                <Table.Td>
                  <NativeSelect
                    aria-label="Field"
                    disabled={!canEdit}
                    value={rule.field}
                    data={FIELDS}
                    onChange={(e) => {
                      const rules = [...draft.assignmentRules];
                      rules[index] = { ...rule, field: e.currentTarget.value as typeof rule.field };
                      set({ assignmentRules: rules });
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label="Value"
                    disabled={!canEdit}
                    value={rule.value}
                    onChange={(e) => {
                      const rules = [...draft.assignmentRules];
                      rules[index] = { ...rule, value: e.currentTarget.value };
                      set({ assignmentRules: rules });
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label="Owner"
                    disabled={!canEdit}
                    value={rule.userId}
                    data={sellers(rule.userId)}
                    onChange={(e) => {
                      const rules = [...draft.assignmentRules];
                      rules[index] = { ...rule, userId: e.currentTarget.value };
                      set({ assignmentRules: rules });
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  {canEdit && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label="Remove rule"
                      onClick={() =>
                        set({ assignmentRules: draft.assignmentRules.filter((_, i) => i !== index) })
                      }
                    >
                      ✕
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {canEdit && firstSeller && (
          <Button
            variant="default"
            size="xs"
            mt="xs"
            onClick={() =>
              set({
                assignmentRules: [
                  ...draft.assignmentRules,
                  { field: "country", value: "", userId: firstSeller },
                ],
              })
            }
          >
            Add rule
          </Button>
        )}
      </Card>
      {save.error && <ErrorAlert error={save.error} title="The settings were not saved" />}
      {canEdit && (
        <Group>
          <Button onClick={() => save.mutate(draft)} loading={save.isPending} data-testid="handoff-save">
            Save
          </Button>
        </Group>
      )}
    </Stack>
  );
}
