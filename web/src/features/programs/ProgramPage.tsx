// /programs/:id: one program — what it is, its figures, the leads it brought and what it cost
// over time, what sales heard about its leads, its dated cost lines and its tracked links.

import { Anchor, Badge, Button, Center, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { Link, useLocation, useParams, useSearchParams } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useUsers } from "../../shared/reference-data.ts";
import { useSession } from "../auth/session.ts";
import { defaultPeriod, type Period, reportHref } from "../reports/report-params.ts";
import { ArchiveProgramButton } from "./ArchiveProgramButton.tsx";
import { CostLines } from "./CostLines.tsx";
import { DeleteProgramButton } from "./DeleteProgramButton.tsx";
import { ProgramChart } from "./ProgramChart.tsx";
import { ProgramFeedback } from "./ProgramFeedback.tsx";
import { ProgramFigures } from "./ProgramFigures.tsx";
import { ProgramFormModal } from "./ProgramFormModal.tsx";
import { channelLabel, formatRun, mayEditPrograms, STATUS_COLORS } from "./program-format.ts";
import { type Program, useProgram } from "./program-queries.ts";
import { TrackedLinks } from "./TrackedLinks.tsx";

export default function ProgramPage() {
  const { id } = useParams<{ id: string }>();
  const program = useProgram(id);
  const period = usePagePeriod();
  const editor = mayEditPrograms(useSession().data?.user.role);
  // /programs/:id/links (the links' own address before they joined this page) opens at them.
  const atLinks = useLocation().pathname.endsWith("/links");
  const linksRef = useRef<HTMLDivElement>(null);
  const loaded = program.data !== undefined;
  useEffect(() => {
    if (atLinks && loaded) linksRef.current?.scrollIntoView();
  }, [atLinks, loaded]);

  if (program.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (program.error) {
    return (
      <Stack maw={800}>
        <BackLink />
        <ErrorAlert error={program.error} title="Could not load the program" />
      </Stack>
    );
  }
  const p = program.data;
  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between">
        <BackLink />
        <FunnelLink programId={p.id} period={period} />
      </Group>
      <ProgramHeader program={p} editor={editor} />
      <ProgramFigures program={p} />
      <ProgramChart program={p} />
      <ProgramFeedback program={p} period={period} />
      <CostLines program={p} editor={editor} />
      <div id="links" ref={linksRef} style={{ scrollMarginTop: 72 }}>
        <TrackedLinks program={p} canEdit={editor} />
      </div>
    </Stack>
  );
}

function BackLink() {
  return (
    <Anchor component={Link} to="/programs" size="sm">
      ← All programs
    </Anchor>
  );
}

/** The period the page was opened with (from a report), else the reports' default. */
function usePagePeriod(): Period {
  const [params] = useSearchParams();
  const from = params.get("from");
  const to = params.get("to");
  return from && to ? { from, to } : defaultPeriod();
}

/** The funnel of the leads the program made in the page's period. */
function FunnelLink({ programId, period }: { programId: string; period: Period }) {
  return (
    <Anchor
      component={Link}
      to={reportHref("/reports/funnel", period, { programId })}
      size="sm"
      data-testid="program-funnel-link"
    >
      Funnel of its leads →
    </Anchor>
  );
}

function ProgramHeader({ program, editor }: { program: Program; editor: boolean }) {
  const users = useUsers();
  const [editing, setEditing] = useState(false);
  const owner = program.ownerId ? users.data?.find((u) => u.id === program.ownerId) : undefined;
  const ownerText = !program.ownerId
    ? "No owner"
    : owner
      ? owner.name
      : users.isPending
        ? "…"
        : "A former user";

  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Group gap="sm" wrap="wrap">
            <Title order={2} data-testid="program-title" style={{ overflowWrap: "anywhere" }}>
              {program.name}
            </Title>
            <Badge
              variant="light"
              color={STATUS_COLORS[program.status]}
              size="lg"
              data-testid="program-status"
            >
              {program.status}
            </Badge>
          </Group>
          <Group gap="lg" wrap="wrap">
            <Fact label="Channel" value={channelLabel(program.channel)} testId="program-channel" />
            <Fact label="Owner" value={ownerText} testId="program-owner" />
            <Fact label="Runs" value={formatRun(program.startsOn, program.endsOn)} testId="program-run" />
            {program.utmCampaign && (
              <Fact label="UTM campaign" value={program.utmCampaign} testId="program-utm" mono />
            )}
          </Group>
          {program.callToAction && (
            <Text size="sm" data-testid="program-cta">
              <Text span c="dimmed" size="sm">
                Call to action:{" "}
              </Text>
              {program.callToAction}
            </Text>
          )}
          {program.description && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }} data-testid="program-description">
              {program.description}
            </Text>
          )}
        </Stack>
        {editor && (
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Button variant="default" onClick={() => setEditing(true)} data-testid="program-edit">
              Edit
            </Button>
            <ArchiveProgramButton program={program} />
            <DeleteProgramButton program={program} />
          </Group>
        )}
      </Group>
      <ProgramFormModal opened={editing} onClose={() => setEditing(false)} program={program} />
    </Paper>
  );
}

function Fact({
  label,
  value,
  testId,
  mono,
}: {
  label: string;
  value: string;
  testId: string;
  mono?: boolean;
}) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:{" "}
      </Text>
      <Text span size="sm" fw={500} ff={mono ? "monospace" : undefined} data-testid={testId}>
        {value}
      </Text>
    </Text>
  );
}
