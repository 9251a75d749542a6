// How the workspace sends: the SMTP server (none → the local outbox), the sender, the sending
// window and the rate limit. The password is write-only: the form shows whether one is set.

import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useEmailSettings, useSaveEmailSettings } from "./email-queries.ts";

type EmailSettings = Schema<"EmailSettings">;
type EmailSettingsInput = Schema<"EmailSettingsInput">;

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export function SendingSection() {
  const settings = useEmailSettings(true);
  return (
    <Paper withBorder radius="md" p="md" data-testid="sending-section">
      <Title order={3} mb="sm">
        Sending
      </Title>
      {settings.error && <ErrorAlert error={settings.error} title="Could not load the email settings" />}
      {settings.data && <SendingForm key={settings.data.updatedAt ?? "default"} settings={settings.data} />}
    </Paper>
  );
}

function SendingForm({ settings }: { settings: EmailSettings }) {
  const save = useSaveEmailSettings();
  const [useSmtp, setUseSmtp] = useState(settings.smtp !== null);
  const [host, setHost] = useState(settings.smtp?.host ?? "");
  const [port, setPort] = useState<number | string>(settings.smtp?.port ?? 587);
  const [security, setSecurity] = useState(settings.smtp?.security ?? "starttls");
  const [user, setUser] = useState(settings.smtp?.user ?? "");
  const [password, setPassword] = useState("");
  const [clearPassword, setClearPassword] = useState(false);
  const [fromName, setFromName] = useState(settings.fromName);
  const [fromAddress, setFromAddress] = useState(settings.fromAddress);
  const [timeZone, setTimeZone] = useState(settings.sendWindow.timeZone);
  const [days, setDays] = useState(settings.sendWindow.days.map(String));
  const [start, setStart] = useState(settings.sendWindow.start);
  const [end, setEnd] = useState(settings.sendWindow.end);
  const [rate, setRate] = useState<number | string>(settings.ratePerMinute);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input: EmailSettingsInput = {
      smtp: useSmtp
        ? {
            host: host.trim(),
            port: Number(port),
            security,
            user: user.trim() || null,
            // Empty keeps the stored password; the box clears it.
            ...(clearPassword ? { password: null } : password ? { password } : {}),
          }
        : null,
      fromName: fromName.trim(),
      fromAddress: fromAddress.trim(),
      sendWindow: { timeZone: timeZone.trim(), days: days.map(Number).sort(), start, end },
      ratePerMinute: Number(rate),
    };
    save.mutate(input, {
      onSuccess: () => {
        setPassword("");
        setClearPassword(false);
        notifications.show({ color: "green", message: "Saved the email settings" });
      },
    });
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit}>
      {save.error && <ErrorAlert error={save.error} title="Email settings not saved" />}
      <Switch
        label="Send through an SMTP server (off: messages stay in the local outbox)"
        checked={useSmtp}
        onChange={(e) => setUseSmtp(e.currentTarget.checked)}
        data-testid="smtp-enabled"
      />
      {useSmtp && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Host"
            required
            value={host}
            onChange={(e) => setHost(e.currentTarget.value)}
            data-testid="smtp-host"
          />
          <NumberInput
            label="Port"
            required
            min={1}
            max={65535}
            value={port}
            onChange={setPort}
            data-testid="smtp-port"
          />
          <NativeSelect
            label="Security"
            value={security}
            onChange={(e) => setSecurity(e.currentTarget.value as typeof security)}
            data={[
              { value: "starttls", label: "STARTTLS (587)" },
              { value: "tls", label: "TLS (465)" },
              { value: "none", label: "None (local relay only)" },
            ]}
            data-testid="smtp-security"
          />
          <TextInput
            label="User"
            value={user}
            onChange={(e) => setUser(e.currentTarget.value)}
            data-testid="smtp-user"
          />
          <PasswordInput
            label="Password"
            description={
              settings.smtp?.passwordSet ? "A password is set; leave empty to keep it" : "No password set"
            }
            value={password}
            disabled={clearPassword}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="new-password"
            data-testid="smtp-password"
          />
          {settings.smtp?.passwordSet && (
            <Checkbox
              mt="xl"
              label="Remove the stored password"
              checked={clearPassword}
              onChange={(e) => setClearPassword(e.currentTarget.checked)}
            />
          )}
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="From name"
          required
          value={fromName}
          onChange={(e) => setFromName(e.currentTarget.value)}
          data-testid="from-name"
        />
        <TextInput
          label="From address"
          required
          value={fromAddress}
          onChange={(e) => setFromAddress(e.currentTarget.value)}
          data-testid="from-address"
        />
      </SimpleGrid>
      <Text size="sm" fw={500}>
        Sending window
      </Text>
      <Checkbox.Group value={days} onChange={setDays}>
        <Group gap="sm">
          {DAYS.map((d, i) => (
            <Checkbox key={d} value={String(i + 1)} label={d} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <TextInput
          label="Opens"
          value={start}
          onChange={(e) => setStart(e.currentTarget.value)}
          placeholder="09:00"
        />
        <TextInput
          label="Closes"
          value={end}
          onChange={(e) => setEnd(e.currentTarget.value)}
          placeholder="17:00"
        />
        <TextInput label="Time zone" value={timeZone} onChange={(e) => setTimeZone(e.currentTarget.value)} />
        <NumberInput
          label="Messages per minute"
          min={1}
          value={rate}
          onChange={setRate}
          data-testid="rate-per-minute"
        />
      </SimpleGrid>
      <Group justify="flex-end">
        <Button type="submit" loading={save.isPending} data-testid="sending-save">
          Save
        </Button>
      </Group>
    </Stack>
  );
}
