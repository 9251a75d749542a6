import { Badge, Card, Group, Text } from "@mantine/core";
import { memo } from "react";
import { Link } from "react-router";
import type { Schema } from "../../api/contract.ts";
import {
  contactName,
  formatDateTime,
  formatNumber,
  humanize,
  relativeTime,
  sourceProgramText,
} from "../../shared/format.ts";
import { stageColor } from "../../shared/stages.ts";

type Contact = Schema<"Contact">;

interface ContactCardProps {
  contact: Contact;
  /** The moment "cools in …" is measured from (the board's "as of", or now). */
  reference: Date;
}

/** Stages past the baton line: sales owns the conversation, marketing has stopped pushing. */
const WITH_SALES = new Set(["sales_ready", "in_sales", "customer"]);

export const ContactCard = memo(function ContactCard({ contact, reference }: ContactCardProps) {
  const withSales = WITH_SALES.has(contact.stage);
  const coolsAt =
    contact.temperature === "hot"
      ? contact.hotUntil
      : contact.temperature === "warm"
        ? contact.warmUntil
        : null;
  const touches = contact.touchCount === 1 ? "1 touch" : `${contact.touchCount.toLocaleString()} touches`;
  const source = contact.sourceProgramName ? sourceProgramText(contact.sourceProgramName) : null;

  return (
    <Card
      component={Link}
      to={`/contacts/${encodeURIComponent(contact.id)}`}
      withBorder
      padding="sm"
      radius="sm"
      data-testid="contact-card"
      data-contact-id={contact.id}
      data-with-sales={withSales || undefined}
      style={withSales ? { borderLeft: "4px solid var(--mantine-color-grape-6)" } : undefined}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text fw={600} size="sm" truncate="end">
          {contactName(contact)}
        </Text>
        <Text size="sm" fw={600} title="Engagement score">
          {formatNumber(contact.score, 1)}
        </Text>
      </Group>
      {contact.companyName && (
        <Text size="xs" c="dimmed" truncate="end">
          {contact.companyName}
        </Text>
      )}
      <Group justify="space-between" mt={6} gap="xs" wrap="nowrap">
        <Badge size="xs" variant="light" color={stageColor(contact.stage)}>
          {humanize(contact.stage)}
        </Badge>
        <Text size="xs" c={withSales ? "grape.7" : "dimmed"} truncate="end">
          {withSales ? `with ${contact.ownerName ?? "sales"}` : (contact.ownerName ?? "Unassigned")}
        </Text>
      </Group>
      <Group justify="space-between" mt={4} gap="xs" wrap="nowrap">
        {/* The program that made it a lead, beside its touches; the whole line in the tooltip. */}
        <Text size="xs" c="dimmed" truncate="end" title={[touches, source].filter(Boolean).join(" · ")}>
          <span data-testid="card-touches">{touches}</span>
          {source && <span data-testid="card-source"> · {source}</span>}
        </Text>
        {coolsAt && (
          <Text size="xs" c="dimmed" title={formatDateTime(coolsAt)} style={{ flexShrink: 0 }}>
            cools {relativeTime(coolsAt, reference)}
          </Text>
        )}
      </Group>
    </Card>
  );
});
