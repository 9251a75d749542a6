// Email templates: the list, and an editor with a live preview rendered by the same domain code
// the server uses (values escaped, links as the recipient will see them, problems listed).

import {
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useMemo, useState } from "react";
import {
  bodyToSend,
  MERGE_FIELDS,
  mergeValues,
  renderHtml,
  renderSubject,
  renderText,
  templateProblems,
} from "#domain/merge";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { useDeleteTemplate, useSaveTemplate, useTemplates } from "./email-queries.ts";
import { MessageFrame } from "./MessageFrame.tsx";

type EmailKind = Schema<"EmailTemplate">["kind"];
type EmailTemplate = Schema<"EmailTemplate">;

type Open = { kind: "new" } | { kind: "existing"; template: EmailTemplate } | null;

export function TemplatesSection({ canEdit }: { canEdit: boolean }) {
  const templates = useTemplates();
  const remove = useDeleteTemplate();
  const [open, setOpen] = useState<Open>(null);

  return (
    <Paper withBorder radius="md" p="md" data-testid="templates-section">
      <Group justify="space-between" mb="sm">
        <Title order={3}>Templates</Title>
        {canEdit && (
          <Button size="xs" onClick={() => setOpen({ kind: "new" })} data-testid="template-new">
            New template
          </Button>
        )}
      </Group>
      {templates.error && <ErrorAlert error={templates.error} title="Could not load the templates" />}
      {remove.error && <ErrorAlert error={remove.error} title="Template not deleted" />}
      <Table verticalSpacing={6} data-testid="templates-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Subject</Table.Th>
            <Table.Th>Changed</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(templates.data ?? []).map((t) => (
            <Table.Tr key={t.id} data-testid="template-row">
              <Table.Td fw={500}>{t.name}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={t.kind === "marketing" ? "teal" : "gray"}>
                  {t.kind}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={1} maw={360}>
                  {t.subject}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(t.updatedAt)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setOpen({ kind: "existing", template: t })}
                  >
                    {canEdit ? "Edit" : "View"}
                  </Button>
                  {canEdit && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={remove.isPending && remove.variables === t.id}
                      onClick={() => {
                        if (window.confirm(`Delete the template “${t.name}”?`)) remove.mutate(t.id);
                      }}
                    >
                      Delete
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {templates.isPending && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {templates.isSuccess && templates.data.length === 0 && (
        <Text c="dimmed" size="sm" ta="center" py="md">
          No templates yet.
        </Text>
      )}
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        size="90%"
        title={open?.kind === "existing" ? open.template.name : "New template"}
      >
        {open && (
          <TemplateEditor
            key={open.kind === "existing" ? open.template.id : "new"}
            template={open.kind === "existing" ? open.template : null}
            canEdit={canEdit}
            onDone={() => setOpen(null)}
          />
        )}
      </Modal>
    </Paper>
  );
}

// The sample contact of the preview; its company name shows that values are escaped.
const SAMPLE = {
  firstName: "Ada",
  lastName: "Lovelace",
  email: "ada@example.com",
  company: "Babbage & Sons <Engines>",
  title: "CTO",
  unsubscribeUrl: "https://baton.example/u/sample-token",
};

function TemplateEditor({
  template,
  canEdit,
  onDone,
}: {
  template: EmailTemplate | null;
  canEdit: boolean;
  onDone: () => void;
}) {
  const [name, setName] = useState(template?.name ?? "");
  const [kind, setKind] = useState<EmailKind>(template?.kind ?? "marketing");
  const [subject, setSubject] = useState(template?.subject ?? "News for {{firstName}}");
  const [body, setBody] = useState(
    template?.body ??
      "Hi {{firstName}},\n\nHere is what is new at our company: https://example.com/news\n\nBest regards",
  );
  const save = useSaveTemplate();
  const preview = useMemo(() => {
    const values = mergeValues(SAMPLE);
    const sent = bodyToSend(kind, body);
    return {
      problems: templateProblems({ subject, body }),
      subject: renderSubject(subject, values),
      html: renderHtml(sent, values).html,
      text: renderText(sent, values),
    };
  }, [kind, subject, body]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { id: template?.id ?? null, input: { name: name.trim(), kind, subject, body } },
      {
        onSuccess: (saved) => {
          notifications.show({ color: "green", message: `Saved the template “${saved.name}”` });
          onDone();
        },
      },
    );
  };

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack component="form" gap="sm" onSubmit={onSubmit}>
        {save.error && <ErrorAlert error={save.error} title="Template not saved" />}
        <TextInput
          label="Name"
          required
          readOnly={!canEdit}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-testid="template-name"
        />
        <NativeSelect
          label="Kind"
          disabled={!canEdit}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as EmailKind)}
          data={[
            { value: "marketing", label: "Marketing (needs consent, pauses in sales)" },
            { value: "transactional", label: "Transactional (always sent)" },
          ]}
          data-testid="template-kind"
        />
        <TextInput
          label="Subject"
          required
          readOnly={!canEdit}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          data-testid="template-subject"
        />
        <Textarea
          label="Body (plain text)"
          required
          readOnly={!canEdit}
          autosize
          minRows={8}
          maxRows={20}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          data-testid="template-body"
        />
        <Text size="xs" c="dimmed">
          Merge fields: {MERGE_FIELDS.map((f) => `{{${f}}}`).join(" ")}. A blank line starts a paragraph;
          http(s) links become tracked links.
        </Text>
        {preview.problems.length > 0 && (
          <Stack gap={2} data-testid="template-problems">
            {preview.problems.map((p) => (
              <Text key={`${p.path}-${p.message}`} size="sm" c="red">
                {p.path}: {p.message}
              </Text>
            ))}
          </Stack>
        )}
        {canEdit && (
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="template-save">
              Save
            </Button>
          </Group>
        )}
      </Stack>
      <Stack gap="xs" data-testid="template-preview">
        <Text size="sm" fw={500}>
          Preview for {SAMPLE.firstName} {SAMPLE.lastName} ({SAMPLE.company})
        </Text>
        <Text size="sm" data-testid="preview-subject">
          <b>Subject:</b> {preview.subject.ok ? preview.subject.value : preview.subject.reason}
        </Text>
        <MessageFrame html={preview.html} title="Template preview" height={300} />
        <Text
          component="pre"
          size="xs"
          c="dimmed"
          style={{ whiteSpace: "pre-wrap", wordBreak: "break-word", margin: 0 }}
        >
          {preview.text}
        </Text>
      </Stack>
    </SimpleGrid>
  );
}
