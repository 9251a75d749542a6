// A contact's profile beyond the header: phone, the target-market fields and the custom
// properties, as plain text. Empty fields are left out; nothing at all says so.

import { Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { FIELD_LABELS, propertyText } from "./contact-form.ts";
import type { Contact } from "./contacts-queries.ts";

const SHOWN = [
  "phone",
  "occupation",
  "industry",
  "companySize",
  "incomeBand",
  "education",
  "country",
] as const;

/** `canEdit`: the page offers Edit, so the empty profile can say where fields are added. */
export function ContactDetails({ contact, canEdit }: { contact: Contact; canEdit: boolean }) {
  const fields = SHOWN.filter((f) => contact[f]).map((f) => [FIELD_LABELS[f], contact[f] as string] as const);
  const properties = Object.entries(contact.properties).map(
    ([key, value]) => [key, propertyText(value)] as const,
  );
  return (
    <Paper withBorder p="md" radius="md" data-testid="contact-details">
      <Title order={4} mb="xs">
        Profile
      </Title>
      {fields.length === 0 && properties.length === 0 ? (
        <Text size="sm" c="dimmed">
          No phone, target-market fields or custom properties yet{canEdit ? ": Edit adds them." : "."}
        </Text>
      ) : (
        <Stack gap="xs">
          {fields.length > 0 && (
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
              {fields.map(([label, value]) => (
                <Item key={label} label={label} value={value} />
              ))}
            </SimpleGrid>
          )}
          {properties.length > 0 && (
            <Group gap="lg" data-testid="contact-properties">
              {properties.map(([key, value]) => (
                <Item key={key} label={key} value={value || "—"} asTyped />
              ))}
            </Group>
          )}
        </Stack>
      )}
    </Paper>
  );
}

/** `asTyped`: a property's name is shown as the team wrote it, not in capitals like a field's. */
function Item({ label, value, asTyped = false }: { label: string; value: string; asTyped?: boolean }) {
  return (
    <Stack gap={0} maw={360}>
      <Text size="xs" c="dimmed" tt={asTyped ? undefined : "uppercase"} fw={700}>
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: "anywhere" }}>
        {value}
      </Text>
    </Stack>
  );
}
