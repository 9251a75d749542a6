// Settings → Email: how the workspace sends (admins), the templates (admins and marketing write,
// staff read) and the suppression list (admins and marketing).

import { Alert, Center, Loader, Stack, Text, Title } from "@mantine/core";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSession } from "../auth/session.ts";
import { SendingSection } from "./SendingSection.tsx";
import { SuppressionsSection } from "./SuppressionsSection.tsx";
import { TemplatesSection } from "./TemplatesSection.tsx";

const EDITORS = ["admin", "marketing"];

export default function EmailSettingsPage() {
  const session = useSession();
  if (session.error) return <ErrorAlert error={session.error} />;
  if (!session.data)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  const role = session.data.user.role;
  if (role === "partner")
    return (
      <Alert color="gray" data-testid="email-staff-only">
        Email settings are kept by the workspace's staff.
      </Alert>
    );
  const canEdit = EDITORS.includes(role);

  return (
    <Stack gap="md" maw={1100} data-testid="email-settings">
      <div>
        <Title order={2}>Email</Title>
        <Text c="dimmed" size="sm">
          Templates are plain text with merge fields; contacts' values are inserted as text, never as markup.
          Marketing mail needs consent and pauses once sales owns a contact.
        </Text>
      </div>
      {role === "admin" && <SendingSection />}
      <TemplatesSection canEdit={canEdit} />
      {canEdit && <SuppressionsSection />}
    </Stack>
  );
}
