// /programs/:id/links: a program's tracked links on their own page, until the program page
// embeds the TrackedLinks section.

import { Alert, Center, Loader, Stack, Text, Title } from "@mantine/core";
import { useParams } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSession } from "../auth/session.ts";
import { useProgram } from "./program-link-queries.ts";
import { TrackedLinks } from "./TrackedLinks.tsx";

const EDITORS = ["admin", "marketing"];

export default function ProgramLinksPage() {
  const { id = "" } = useParams();
  const session = useSession();
  const role = session.data?.user.role;
  const program = useProgram(id);
  if (role === "partner")
    return (
      <Alert color="gray" data-testid="programs-staff-only">
        Programs are kept by the workspace's staff.
      </Alert>
    );
  if (program.error) return <ErrorAlert error={program.error} title="Could not load the program" />;
  if (!program.data || !role)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  return (
    <Stack gap="md" maw={1200}>
      <div>
        <Title order={2}>{program.data.name}</Title>
        <Text c="dimmed" size="sm">
          {program.data.channel.replace(/_/g, " ")}
          {program.data.utmCampaign ? ` · campaign key ${program.data.utmCampaign}` : ""}
        </Text>
      </div>
      <TrackedLinks program={program.data} canEdit={EDITORS.includes(role)} />
    </Stack>
  );
}
