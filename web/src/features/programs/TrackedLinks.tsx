// The "Tracked links" section of a program: each link's short URL (with a copy button), where it
// forwards, its clicks by known contacts and anonymous visitors, and archiving; admins and
// marketing also get the form that mints one. Meant to sit on the program's page.

import {
  Anchor,
  Badge,
  Button,
  Center,
  CopyButton,
  Group,
  Loader,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { NewLinkForm } from "./NewLinkForm.tsx";
import { type Program, type ProgramLink, useArchiveLink, useProgramLinks } from "./program-link-queries.ts";

export function TrackedLinks({ program, canEdit }: { program: Program; canEdit: boolean }) {
  const links = useProgramLinks(program.id);
  const archive = useArchiveLink(program.id);
  const [showArchived, setShowArchived] = useState(false);
  const all = links.data?.data ?? [];
  const shown = all.filter((l) => showArchived || !l.archived);
  const archivedCount = all.length - all.filter((l) => !l.archived).length;

  return (
    <Stack gap="md" data-testid="tracked-links">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>Tracked links</Title>
          {archivedCount > 0 && (
            <Switch
              label={`Show archived (${archivedCount})`}
              checked={showArchived}
              onChange={(event) => setShowArchived(event.currentTarget.checked)}
              data-testid="links-show-archived"
            />
          )}
        </Group>
        {links.error && <ErrorAlert error={links.error} title="Could not load the links" />}
        {archive.error && <ErrorAlert error={archive.error} title="Link not archived" />}
        {shown.length > 0 && (
          <Table verticalSpacing={6} data-testid="links-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Link</Table.Th>
                <Table.Th>Short URL</Table.Th>
                <Table.Th>Forwards to</Table.Th>
                <Table.Th ta="right">
                  <Tooltip label="Clicks by contacts named by a personalised link (one a day each)">
                    <span>Known</span>
                  </Tooltip>
                </Table.Th>
                <Table.Th ta="right">Anonymous</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((link) => (
                <LinkRow
                  key={link.id}
                  link={link}
                  canEdit={canEdit}
                  archiving={archive.isPending && archive.variables === link.id}
                  onArchive={() => archive.mutate(link.id)}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {links.isPending && (
          <Center py="md">
            <Loader size="sm" />
          </Center>
        )}
        {links.isSuccess && shown.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="md" data-testid="links-empty">
            No tracked links yet.
          </Text>
        )}
      </Paper>
      {canEdit && <NewLinkForm program={program} />}
    </Stack>
  );
}

function LinkRow({
  link,
  canEdit,
  archiving,
  onArchive,
}: {
  link: ProgramLink;
  canEdit: boolean;
  archiving: boolean;
  onArchive: () => void;
}) {
  return (
    <Table.Tr data-testid="link-row" data-code={link.code}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {link.label ?? link.utmSource}
        </Text>
        <Text size="xs" c="dimmed">
          {[link.utmSource, link.utmMedium, link.utmCampaign].filter(Boolean).join(" · ")}
        </Text>
        {link.archived && (
          <Badge size="xs" color="gray" variant="light">
            archived
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Text size="sm" ff="monospace" data-testid="link-short-url">
            {link.shortUrl}
          </Text>
          <CopyButton value={link.shortUrl}>
            {({ copied, copy }) => (
              <Button
                size="compact-xs"
                variant="light"
                color={copied ? "teal" : "gray"}
                onClick={copy}
                aria-label="Copy the short URL"
                data-testid="link-copy"
              >
                {copied ? "Copied" : "Copy"}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Table.Td>
      <Table.Td maw={320}>
        <Anchor
          href={link.trackedUrl}
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
          lineClamp={2}
          style={{ wordBreak: "break-all" }}
          title={link.trackedUrl}
        >
          {link.trackedUrl}
        </Anchor>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" data-testid="link-known">
          {link.clicks.known}
        </Text>
        {link.clicks.knownContacts > 0 && (
          <Text size="xs" c="dimmed" data-testid="link-known-contacts">
            {link.clicks.knownContacts} contact{link.clicks.knownContacts === 1 ? "" : "s"}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" data-testid="link-anonymous">
          {link.clicks.anonymous}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDateTime(link.createdAt)}</Text>
      </Table.Td>
      <Table.Td ta="right">
        {canEdit && !link.archived && (
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            loading={archiving}
            onClick={() => {
              if (window.confirm("Archive this link? Its short URL keeps working.")) onArchive();
            }}
            data-testid="link-archive"
          >
            Archive
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
