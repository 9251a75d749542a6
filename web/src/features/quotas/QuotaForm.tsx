// Admins set a sales rep's target for the period chosen above the leaderboard.

import { Button, Group, NativeSelect, NumberInput, Paper, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useUsers } from "../../shared/reference-data.ts";
import { minorDigits, periodLabel, type QuotaPeriod, useSetQuota } from "./quota-queries.ts";

export function QuotaForm({ period, startsOn }: { period: QuotaPeriod; startsOn: string }) {
  const users = useUsers();
  const save = useSetQuota();
  // A target is new work: only reps who can still sell get one.
  const reps = (users.data ?? []).filter((u) => u.role === "sales" && u.status !== "deactivated");
  const [userId, setUserId] = useState("");
  const [target, setTarget] = useState<string | number>("");
  const [currency, setCurrency] = useState("USD");

  const code = currency.trim().toUpperCase();
  const amount = typeof target === "number" ? target : Number.parseFloat(target);
  const valid = userId !== "" && Number.isFinite(amount) && amount >= 0 && /^[A-Z]{3}$/.test(code);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    const targetMinor = Math.round(amount * 10 ** minorDigits(code));
    save.mutate(
      { userId, period, startsOn, targetMinor, currency: code },
      {
        onSuccess: () =>
          notifications.show({
            color: "green",
            title: "Quota saved",
            message: `${reps.find((r) => r.id === userId)?.name ?? "Rep"} · ${periodLabel(period, startsOn)}`,
          }),
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={onSubmit} data-testid="quota-form">
      <Title order={4} mb={4}>
        Set a quota
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        For {periodLabel(period, startsOn)}. Setting it again replaces the target.
      </Text>
      {save.error && <ErrorAlert error={save.error} title="Quota not saved" />}
      <Group align="flex-end" mt="xs">
        <NativeSelect
          label="Rep"
          data={[
            { value: "", label: reps.length ? "Choose a rep…" : "No sales users", disabled: true },
            ...reps.map((r) => ({ value: r.id, label: r.name })),
          ]}
          value={userId}
          onChange={(event) => setUserId(event.currentTarget.value)}
          data-testid="quota-rep"
        />
        <NumberInput
          label="Target"
          min={0}
          thousandSeparator=","
          decimalScale={minorDigits(code)}
          value={target}
          onChange={setTarget}
          data-testid="quota-target"
        />
        <TextInput
          label="Currency"
          maxLength={3}
          w={90}
          value={currency}
          onChange={(event) => setCurrency(event.currentTarget.value)}
          data-testid="quota-currency"
        />
        <Button type="submit" disabled={!valid} loading={save.isPending} data-testid="quota-save">
          Save quota
        </Button>
      </Group>
    </Paper>
  );
}
