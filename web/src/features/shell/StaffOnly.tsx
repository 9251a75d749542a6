// Screens for the workspace's own staff. A partner user who types one of their addresses sees
// plainly that it is not for partners — not an error under a tab bar of settings they cannot use.

import { Anchor, Center, Stack, Text, Title } from "@mantine/core";
import { Link, Outlet } from "react-router";
import { useSession } from "../auth/session.ts";

export function StaffOnly() {
  const role = useSession().data?.user.role;
  if (role !== "partner") return <Outlet />;
  return (
    <Center py="xl" data-testid="not-for-partners">
      <Stack align="center" gap="xs">
        <Title order={3}>Not available to partners</Title>
        <Text c="dimmed">This page is for the workspace's own staff.</Text>
        <Anchor component={Link} to="/">
          Back to your board
        </Anchor>
      </Stack>
    </Center>
  );
}
