// The signed-in frame: checks the session (401 → /login) and renders the header and the page.

import { AppShell, Button, Center, Container, Loader } from "@mantine/core";
import { Suspense } from "react";
import { Navigate, Outlet, useLocation } from "react-router";
import { isUnauthenticated } from "../../api/client.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSession } from "../auth/session.ts";
import { AppHeader } from "./AppHeader.tsx";

export function AppLayout() {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <FullPageLoader />;
  if (session.error) {
    if (isUnauthenticated(session.error)) {
      return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
    }
    return (
      <Container size="sm" py="xl">
        <ErrorAlert error={session.error} title="Could not reach the Baton server" />
        <Button mt="md" onClick={() => session.refetch()}>
          Retry
        </Button>
      </Container>
    );
  }

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <AppHeader session={session.data} />
      </AppShell.Header>
      <AppShell.Main>
        <Suspense fallback={<FullPageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

export function FullPageLoader() {
  return (
    <Center mih="50dvh">
      <Loader />
    </Center>
  );
}
