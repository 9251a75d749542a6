// Sending the newsletter: a marketing template to every contact matching a temperature and/or a
// stage. The server skips (and the outbox shows) contacts sales owns, suppressed addresses and
// contacts without consent.

import { Alert, Button, Group, Modal, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { STAGES } from "../../shared/stages.ts";
import { TEMPERATURES } from "../../shared/temperatures.ts";
import { useNewsletters, useSendNewsletter, useTemplates } from "./email-queries.ts";
import { skippedSummary } from "./outbox-format.ts";

export function NewsletterDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Send newsletter">
      {opened && <NewsletterForm onDone={onClose} />}
    </Modal>
  );
}

function NewsletterForm({ onDone }: { onDone: () => void }) {
  const templates = useTemplates();
  const send = useSendNewsletter();
  const marketing = (templates.data ?? []).filter((t) => t.kind === "marketing");
  const [templateId, setTemplateId] = useState("");
  const [temperature, setTemperature] = useState("");
  const [stage, setStage] = useState("");
  const chosen = templateId || marketing[0]?.id || "";

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(
      {
        templateId: chosen,
        filter: { ...(temperature ? { temperature } : {}), ...(stage ? { stage } : {}) },
      },
      {
        onSuccess: (n) => {
          const skipped = n.counts ? skippedSummary(n.counts.skipped) : "";
          notifications.show({
            color: "green",
            message: `Newsletter queued for ${n.counts?.queued ?? 0} contacts${skipped ? `; skipped: ${skipped}` : ""}.`,
          });
          onDone();
        },
      },
    );
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit}>
      {send.error && <ErrorAlert error={send.error} title="Newsletter not sent" />}
      {templates.isSuccess && marketing.length === 0 && (
        <Alert color="yellow">Create a marketing template first (Settings → Email).</Alert>
      )}
      <NativeSelect
        label="Template"
        value={chosen}
        onChange={(e) => setTemplateId(e.currentTarget.value)}
        data={marketing.map((t) => ({ value: t.id, label: t.name }))}
        data-testid="newsletter-template"
      />
      <NativeSelect
        label="Temperature"
        value={temperature}
        onChange={(e) => setTemperature(e.currentTarget.value)}
        data={[{ value: "", label: "Any" }, ...TEMPERATURES.map((t) => ({ value: t, label: t }))]}
        data-testid="newsletter-temperature"
      />
      <NativeSelect
        label="Stage"
        value={stage}
        onChange={(e) => setStage(e.currentTarget.value)}
        data={[{ value: "", label: "Any" }, ...STAGES.map((s) => ({ value: s, label: s.replace("_", " ") }))]}
        data-testid="newsletter-stage"
      />
      <Text size="xs" c="dimmed">
        Contacts sales owns, suppressed addresses and contacts without marketing consent are skipped; the
        outbox shows them with the reason.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={send.isPending} disabled={!chosen} data-testid="newsletter-send">
          Send
        </Button>
      </Group>
    </Stack>
  );
}

/** The last few newsletters with what happened to their recipients. */
export function RecentNewsletters() {
  const newsletters = useNewsletters();
  const list = newsletters.data?.data ?? [];
  if (list.length === 0) return null;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="recent-newsletters">
      <Title order={5} mb={4}>
        Recent newsletters
      </Title>
      <Stack gap={2}>
        {list.map((n) => (
          <Text size="sm" key={n.id} data-testid="newsletter-summary">
            {formatDateTime(n.createdAt)} · {n.templateName ?? "deleted template"}
            {n.filter.temperature ? ` · ${n.filter.temperature}` : ""}
            {n.filter.stage ? ` · ${n.filter.stage}` : ""} — {n.counts?.queued ?? 0} queued
            {n.counts && Object.keys(n.counts.skipped).length > 0
              ? ` · skipped: ${skippedSummary(n.counts.skipped)}`
              : ""}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
