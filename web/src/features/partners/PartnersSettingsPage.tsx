// Partner organisations: the resellers and affiliates who sell for the workspace. Admins create and
// edit them; other staff read the list. Partner users are created from the CLI, tied to one of these.

import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { PARTNER_KINDS } from "#domain/catalogue";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSession } from "../auth/session.ts";
import { PARTNER_KIND_LABELS } from "./partner-labels.ts";
import { usePartners, useSavePartner } from "./partner-queries.ts";

type Partner = Schema<"Partner">;
type PartnerKind = Schema<"Partner">["kind"];

/** Only http(s) addresses become links; anything else is shown as plain text. */
function safeLink(website: string | null): string | null {
  return website && /^https?:\/\//i.test(website) ? website : null;
}

/** The dialog edits a partner, or a blank form for a new one ("new"); closed when null. */
type Open = { kind: "new" } | { kind: "existing"; partner: Partner } | null;

export default function PartnersSettingsPage() {
  const session = useSession();
  const role = session.data?.user.role;
  // Partner users may not list partner organisations (the API answers 403); don't ask.
  const partners = usePartners({ enabled: role !== undefined && role !== "partner" });
  const [open, setOpen] = useState<Open>(null);
  const canEdit = role === "admin";

  if (role === "partner")
    return (
      <Alert color="gray" data-testid="partners-staff-only">
        Partner organisations are kept by the workspace's staff.
      </Alert>
    );

  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Partners</Title>
          <Text c="dimmed" size="sm">
            Resellers and affiliates. Their users see only the contacts and deals their organisation
            registered.
          </Text>
        </div>
        {canEdit && (
          <Button onClick={() => setOpen({ kind: "new" })} data-testid="partner-new">
            New partner
          </Button>
        )}
      </Group>
      {!canEdit && session.data && (
        <Alert color="gray" data-testid="partners-read-only">
          Only admins can add or change partner organisations.
        </Alert>
      )}
      {partners.error && <ErrorAlert error={partners.error} title="Could not load the partners" />}

      <Paper withBorder radius="md" p="md">
        <Table.ScrollContainer minWidth={600}>
          <Table highlightOnHover verticalSpacing={8} data-testid="partners-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Website</Table.Th>
                {canEdit && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(partners.data ?? []).map((p) => (
                <Table.Tr key={p.id} data-testid="partner-row" data-partner-id={p.id}>
                  <Table.Td fw={600} data-testid="partner-name">
                    {p.name}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={p.kind === "reseller" ? "indigo" : "teal"}>
                      {PARTNER_KIND_LABELS[p.kind]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Website website={p.website} />
                  </Table.Td>
                  {canEdit && (
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setOpen({ kind: "existing", partner: p })}
                        data-testid="partner-edit"
                      >
                        Edit
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {partners.isPending && (
          <Center py="md">
            <Loader size="sm" />
          </Center>
        )}
        {partners.isSuccess && partners.data.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="md" data-testid="partners-empty">
            No partner organisations yet.
          </Text>
        )}
      </Paper>

      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open?.kind === "existing" ? `Edit ${open.partner.name}` : "New partner"}
      >
        {open && (
          <PartnerForm
            key={open.kind === "existing" ? open.partner.id : "new"}
            partner={open.kind === "existing" ? open.partner : null}
            onDone={() => setOpen(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function Website({ website }: { website: string | null }) {
  if (!website) return <Text c="dimmed">—</Text>;
  const href = safeLink(website);
  return href ? (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" size="sm">
      {website}
    </Anchor>
  ) : (
    <Text size="sm">{website}</Text>
  );
}

function PartnerForm({ partner, onDone }: { partner: Partner | null; onDone: () => void }) {
  const [name, setName] = useState(partner?.name ?? "");
  const [kind, setKind] = useState<PartnerKind>(partner?.kind ?? "reseller");
  const [website, setWebsite] = useState(partner?.website ?? "");
  const save = useSavePartner();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { id: partner?.id ?? null, input: { name: name.trim(), kind, website: website.trim() || null } },
      {
        onSuccess: (saved) => {
          notifications.show({ color: "green", message: `Saved the partner “${saved.name}”` });
          onDone();
        },
      },
    );
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit}>
      {save.error && <ErrorAlert error={save.error} title="Partner not saved" />}
      <TextInput
        label="Name"
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        data-testid="partner-form-name"
      />
      <div>
        <Text size="sm" fw={500} mb={4}>
          Kind
        </Text>
        <SegmentedControl
          value={kind}
          onChange={(value) => setKind(value as PartnerKind)}
          data={PARTNER_KINDS.map((k) => ({ value: k, label: PARTNER_KIND_LABELS[k] }))}
          data-testid="partner-form-kind"
        />
        {partner && kind !== partner.kind && (
          <Text size="xs" c="dimmed" mt={4}>
            The partner's own price books stay on the {partner.kind} channel.
          </Text>
        )}
      </div>
      <TextInput
        label="Website"
        placeholder="https://"
        value={website}
        onChange={(e) => setWebsite(e.currentTarget.value)}
        data-testid="partner-form-website"
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={save.isPending} data-testid="partner-form-save">
          Save
        </Button>
      </Group>
    </Stack>
  );
}
