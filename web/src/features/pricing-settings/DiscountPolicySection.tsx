// The discount policy: how much off the price book a seller may give without asking, by role and
// by channel, and whether free give-aways are allowed. Deviations need an approval to be won.

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
import { PRICE_CHANNELS } from "#domain/pricing";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatBp } from "../deal/pricing-format.ts";
import {
  alertHoursProblem,
  type FieldValue,
  formProblems,
  POLICY_ROLES,
  type PolicyForm,
  pctProblem,
  toPolicyForm,
  toPolicyInput,
} from "./policy-form.ts";
import { useDiscountPolicy, useSaveDiscountPolicy } from "./pricing-settings-queries.ts";

type DiscountPolicy = Schema<"DiscountPolicy">;

const ROLE_LABELS = { sales: "Sales", partner: "Partner", admin: "Admin", marketing: "Marketing" } as const;
const CHANNEL_LABELS = { direct: "Direct", reseller: "Reseller", affiliate: "Affiliate" } as const;

export function DiscountPolicySection({ canEdit }: { canEdit: boolean }) {
  const policy = useDiscountPolicy();
  return (
    <Paper withBorder radius="md" p="md" data-testid="discount-policy">
      <Title order={3} mb={4}>
        Discount policy
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The strictest of the seller's role limit and the deal's channel limit applies; a blank limit uses the
        default. Anything beyond it needs an approval before the deal can be won.
      </Text>
      {policy.error && <ErrorAlert error={policy.error} title="Could not load the discount policy" />}
      {policy.isPending && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {policy.data && (
        // Keyed by the saved version: after a save the form restarts from what the server stored.
        <PolicyEditor key={policy.data.updatedAt ?? "default"} policy={policy.data} canEdit={canEdit} />
      )}
    </Paper>
  );
}

function PolicyEditor({ policy, canEdit }: { policy: DiscountPolicy; canEdit: boolean }) {
  const [form, setForm] = useState<PolicyForm>(() => toPolicyForm(policy));
  const save = useSaveDiscountPolicy();
  const defaultBp = policy.defaultMaxDiscountBp;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (formProblems(form)) return;
    save.mutate(toPolicyInput(form), {
      onSuccess: () => notifications.show({ color: "green", message: "Discount policy saved" }),
    });
  };

  const pctInput = (
    label: string,
    value: FieldValue,
    onChange: (value: FieldValue) => void,
    testId: string,
    required: boolean,
  ) => (
    <NumberInput
      label={label}
      value={value}
      onChange={onChange}
      min={0}
      max={100}
      clampBehavior="none"
      decimalScale={2}
      suffix=" %"
      placeholder={required ? undefined : `Default (${formatBp(defaultBp)})`}
      error={pctProblem(value, required)}
      disabled={!canEdit}
      data-testid={testId}
    />
  );

  return (
    <Stack component="form" gap="md" onSubmit={onSubmit}>
      {save.error && <ErrorAlert error={save.error} title="Discount policy not saved" />}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {pctInput(
          "Default maximum discount",
          form.defaultPct,
          (v) => setForm((f) => ({ ...f, defaultPct: v })),
          "policy-default",
          true,
        )}
      </SimpleGrid>
      <div>
        <Text fw={600} size="sm" mb={4}>
          By seller's role
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {POLICY_ROLES.map((role) => (
            <div key={role}>
              {pctInput(
                ROLE_LABELS[role],
                form.byRole[role],
                (v) => setForm((f) => ({ ...f, byRole: { ...f.byRole, [role]: v } })),
                `policy-role-${role}`,
                false,
              )}
            </div>
          ))}
        </SimpleGrid>
      </div>
      <div>
        <Text fw={600} size="sm" mb={4}>
          By channel
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {PRICE_CHANNELS.map((channel) => (
            <div key={channel}>
              {pctInput(
                CHANNEL_LABELS[channel],
                form.byChannel[channel],
                (v) => setForm((f) => ({ ...f, byChannel: { ...f.byChannel, [channel]: v } })),
                `policy-channel-${channel}`,
                false,
              )}
            </div>
          ))}
        </SimpleGrid>
      </div>
      <Switch
        label="Free give-aways allowed without approval"
        checked={form.giveawaysAllowed}
        onChange={(event) => {
          const { checked } = event.currentTarget;
          setForm((f) => ({ ...f, giveawaysAllowed: checked }));
        }}
        disabled={!canEdit}
        data-testid="policy-giveaways"
      />
      <NumberInput
        label="Flag requests waiting longer than (hours)"
        description="Each approver is notified once when a request for approval has waited this long"
        value={form.alertHours}
        onChange={(value) => setForm((f) => ({ ...f, alertHours: value }))}
        error={alertHoursProblem(form.alertHours)}
        min={1}
        max={720}
        allowDecimal={false}
        disabled={!canEdit}
        w={320}
        data-testid="policy-alert-hours"
      />
      {canEdit && (
        <Group>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={formProblems(form)}
            data-testid="policy-save"
          >
            Save policy
          </Button>
        </Group>
      )}
    </Stack>
  );
}
