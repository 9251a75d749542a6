// /playbooks: the strategy per temperature tier (cold, warm, hot) and the one-to-one sequences,
// each with its steps at a glance and how many contacts run it now.

import { Badge, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { Schema, Temperature } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { TemperatureBadge } from "../../shared/TemperatureBadge.tsx";
import { useSession } from "../auth/session.ts";
import { channelLabel, formatDelay, TIER_LABELS } from "./playbook-format.ts";
import { usePlaybooks } from "./playbook-queries.ts";

type Playbook = Schema<"Playbook">;

const SECTIONS: { tier: Temperature | null; title: string; hint: string }[] = [
  { tier: "cold", title: "Cold", hint: "Contacts enter when they first appear or cool down to cold." },
  { tier: "warm", title: "Warm", hint: "Contacts enter when they warm up, or cool down from hot." },
  { tier: "hot", title: "Hot", hint: "Contacts enter when they become hot." },
  { tier: null, title: "Sequences", hint: "One-to-one sequences a rep enrols a contact in by hand." },
];

/** Mirrors the server: admins and marketing edit everything, sales its own sales sequences. */
export function mayEdit(role: string | undefined, playbook: Pick<Playbook, "tier" | "side">): boolean {
  if (role === "admin" || role === "marketing") return true;
  return role === "sales" && playbook.tier === null && playbook.side === "sales";
}

export default function PlaybooksPage() {
  const role = useSession().data?.user.role;
  const playbooks = usePlaybooks();
  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between">
        <Title order={2}>Playbooks</Title>
        <Button component={Link} to="/playbooks/new" data-testid="new-playbook">
          {role === "sales" ? "New sequence" : "New playbook"}
        </Button>
      </Group>
      {playbooks.error && <ErrorAlert error={playbooks.error} title="Could not load the playbooks" />}
      {playbooks.isPending && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {playbooks.data &&
        SECTIONS.map((section) => {
          const list = playbooks.data.filter((p) => p.tier === section.tier);
          return (
            <Stack
              key={section.title}
              gap="xs"
              data-testid={`playbook-section-${section.tier ?? "sequences"}`}
            >
              <Group gap="xs">
                {section.tier ? <TemperatureBadge temperature={section.tier} size="lg" /> : null}
                <Title order={3}>{section.title}</Title>
              </Group>
              <Text size="sm" c="dimmed">
                {section.hint}
              </Text>
              {list.length === 0 ? (
                <Text size="sm" c="dimmed" fs="italic">
                  None yet.
                </Text>
              ) : (
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  {list.map((p) => (
                    <PlaybookCard key={p.id} playbook={p} editable={mayEdit(role, p)} />
                  ))}
                </SimpleGrid>
              )}
            </Stack>
          );
        })}
    </Stack>
  );
}

function PlaybookCard({ playbook, editable }: { playbook: Playbook; editable: boolean }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid="playbook-card" data-playbook-id={playbook.id}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <Stack gap={2}>
          <Text fw={600} data-testid="playbook-name">
            {playbook.name}
          </Text>
          <Group gap={6}>
            <Badge variant="light" color={playbook.side === "sales" ? "violet" : "teal"}>
              {playbook.side}
            </Badge>
            {playbook.tier && <Badge variant="outline">{TIER_LABELS[playbook.tier]} tier</Badge>}
            {!playbook.active && <Badge color="gray">inactive</Badge>}
          </Group>
        </Stack>
        <Text size="sm" c="dimmed" data-testid="playbook-active-count">
          {playbook.activeEnrolments} running
        </Text>
      </Group>
      <Stack gap={2} mb="sm">
        {playbook.steps.map((s, i) => (
          <Text key={s.id} size="sm" data-testid="playbook-step-summary">
            {i + 1}. {channelLabel(s.channel)} {formatDelay(s.delayMinutes)}
            {s.templateName ? ` — ${s.templateName}` : s.taskTitle ? ` — ${s.taskTitle}` : ""}
          </Text>
        ))}
        {playbook.steps.length === 0 && (
          <Text size="sm" c="dimmed">
            No steps.
          </Text>
        )}
      </Stack>
      <Group gap="xs">
        <Button size="xs" variant="light" component={Link} to={`/playbooks/${playbook.id}`}>
          Enrolments
        </Button>
        {editable && (
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`/playbooks/${playbook.id}/edit`}
            data-testid="edit-playbook"
          >
            Edit
          </Button>
        )}
      </Group>
    </Paper>
  );
}
