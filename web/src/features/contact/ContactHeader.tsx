import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import type { Schema } from "../../api/contract.ts";
import { contactName, formatNumber, humanize } from "../../shared/format.ts";
import { stageColor } from "../../shared/stages.ts";
import { TemperatureBadge } from "../../shared/TemperatureBadge.tsx";

type Contact = Schema<"Contact">;
type ScoreExplanation = Schema<"Score">;

interface ContactHeaderProps {
  contact: Contact;
  /** The score at the page's "as of" moment; until it loads, the contact's current score is shown. */
  score: ScoreExplanation | undefined;
  /** Buttons for what staff do with the contact (log a touch, …), under the name. */
  actions?: ReactNode;
}

export function ContactHeader({ contact, score, actions }: ContactHeaderProps) {
  const temperature = score?.temperature ?? contact.temperature;
  const value = score?.value ?? contact.score;
  const role = [contact.title, contact.companyName].filter(Boolean).join(" at ");

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2} data-testid="contact-name">
            {contactName(contact)}
          </Title>
          <Text c="dimmed">{contact.email}</Text>
          {role && <Text size="sm">{role}</Text>}
          {actions && (
            <Group gap="xs" mt="xs">
              {actions}
            </Group>
          )}
        </Stack>
        <Stack gap={6} align="flex-end">
          <Group gap="xs">
            <Badge variant="light" color={stageColor(contact.stage)} data-testid="contact-stage">
              {humanize(contact.stage)}
            </Badge>
            <TemperatureBadge temperature={temperature} size="lg" data-testid="contact-temperature" />
          </Group>
          <Text size="sm">
            Engagement <b>{formatNumber(value, 2)}</b>
          </Text>
          <Text size="sm" c="dimmed" data-testid="contact-owner">
            Owner: {contact.ownerName ?? "Unassigned"}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
