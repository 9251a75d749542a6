// The form that mints a tracked link: the target URL, its UTM parameters and a label. The target
// is checked by the same rule the server applies (#domain/tracked-links), and the server's
// per-field problems are shown under their fields.

import { Button, Group, Paper, SimpleGrid, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { targetUrlProblem, trackedUrl } from "#domain/tracked-links";
import { ApiError } from "../../api/client.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { type Program, type ProgramLinkInput, useCreateLink } from "./program-link-queries.ts";

type Field = "targetUrl" | "utmSource" | "utmMedium" | "utmCampaign" | "utmContent" | "utmTerm" | "label";
const EMPTY: Record<Field, string> = {
  targetUrl: "",
  utmSource: "",
  utmMedium: "",
  utmCampaign: "",
  utmContent: "",
  utmTerm: "",
  label: "",
};

/** The server's validation problems by field ("targetUrl": "The target URL must …"). */
function fieldErrors(error: unknown): Partial<Record<Field, string>> {
  if (!(error instanceof ApiError)) return {};
  const issues = (error.details as { issues?: { path?: unknown; message?: unknown }[] } | null)?.issues;
  const result: Partial<Record<Field, string>> = {};
  for (const issue of issues ?? []) {
    if (typeof issue.path === "string" && issue.path in EMPTY && typeof issue.message === "string") {
      result[issue.path as Field] ??= issue.message;
    }
  }
  return result;
}

const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

export function NewLinkForm({ program }: { program: Program }) {
  const create = useCreateLink(program.id);
  const [values, setValues] = useState(EMPTY);
  const [checked, setChecked] = useState(false);
  const set = (field: Field) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const target = values.targetUrl.trim();
  const localTargetProblem =
    target === "" ? "Enter the page the link should open." : targetUrlProblem(target);
  const localSourceProblem =
    values.utmSource.trim() === "" ? "Enter the utm_source (e.g. newsletter)." : null;
  const campaign = orNull(values.utmCampaign) ?? program.utmCampaign;
  const preview =
    localTargetProblem === null
      ? trackedUrl(target, {
          utm_source: orNull(values.utmSource),
          utm_medium: orNull(values.utmMedium),
          utm_campaign: campaign,
          utm_content: orNull(values.utmContent),
          utm_term: orNull(values.utmTerm),
        })
      : null;
  const server = fieldErrors(create.error);
  const errorOf = (field: Field) =>
    (checked && field === "targetUrl" && localTargetProblem) ||
    (checked && field === "utmSource" && localSourceProblem) ||
    server[field];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (localTargetProblem || localSourceProblem) return;
    const input: ProgramLinkInput = {
      targetUrl: target,
      utmSource: values.utmSource.trim(),
      utmMedium: orNull(values.utmMedium),
      utmContent: orNull(values.utmContent),
      utmTerm: orNull(values.utmTerm),
      label: orNull(values.label),
      // Left empty, the server uses the program's campaign key.
      ...(orNull(values.utmCampaign) ? { utmCampaign: orNull(values.utmCampaign) } : {}),
    };
    create.mutate(input, {
      onSuccess: (link) => {
        notifications.show({ color: "green", title: "Link created", message: link.shortUrl });
        setValues(EMPTY);
        setChecked(false);
      },
    });
  };

  const unplaced = create.error && Object.keys(server).length === 0;
  return (
    <Paper withBorder radius="md" p="md" component="form" onSubmit={onSubmit} data-testid="link-form">
      <Title order={4} mb={4}>
        New tracked link
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Baton serves a short link that counts each click and forwards to the page with these UTM parameters.
      </Text>
      {unplaced && <ErrorAlert error={create.error} title="Link not created" />}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label="Target URL"
          placeholder="https://example.com/pricing"
          required
          value={values.targetUrl}
          onChange={set("targetUrl")}
          error={errorOf("targetUrl")}
          data-testid="link-target"
        />
        <TextInput
          label="Label"
          placeholder="Spring newsletter, pricing button"
          value={values.label}
          onChange={set("label")}
          error={errorOf("label")}
          data-testid="link-label"
        />
        <TextInput
          label="utm_source"
          placeholder="newsletter"
          required
          value={values.utmSource}
          onChange={set("utmSource")}
          error={errorOf("utmSource")}
          data-testid="link-utm-source"
        />
        <TextInput
          label="utm_medium"
          placeholder="email"
          value={values.utmMedium}
          onChange={set("utmMedium")}
          error={errorOf("utmMedium")}
          data-testid="link-utm-medium"
        />
        <TextInput
          label="utm_campaign"
          placeholder={program.utmCampaign ?? "none"}
          description={
            program.utmCampaign
              ? `Empty: the program's key, ${program.utmCampaign}`
              : "The program has no campaign key"
          }
          value={values.utmCampaign}
          onChange={set("utmCampaign")}
          error={errorOf("utmCampaign")}
          data-testid="link-utm-campaign"
        />
        <TextInput
          label="utm_content"
          value={values.utmContent}
          onChange={set("utmContent")}
          error={errorOf("utmContent")}
          data-testid="link-utm-content"
        />
        <TextInput
          label="utm_term"
          value={values.utmTerm}
          onChange={set("utmTerm")}
          error={errorOf("utmTerm")}
          data-testid="link-utm-term"
        />
      </SimpleGrid>
      {preview && (
        <Text size="xs" c="dimmed" mt="sm" style={{ wordBreak: "break-all" }} data-testid="link-preview">
          Forwards to {preview}
        </Text>
      )}
      <Group justify="flex-end" mt="sm">
        <Button type="submit" loading={create.isPending} data-testid="link-create">
          Create link
        </Button>
      </Group>
    </Paper>
  );
}
