import { Button, Center, Stack, Text, Title } from "@mantine/core";
import { lazy } from "react";
import { BrowserRouter, Link, Navigate, Route, Routes } from "react-router";
import { LoginPage } from "./features/auth/LoginPage.tsx";
import { AppLayout } from "./features/shell/AppLayout.tsx";

// Screens are split into their own chunks; the shell and the login form load first.
const BoardPage = lazy(() => import("./features/board/BoardPage.tsx"));
const PipelinePage = lazy(() => import("./features/pipeline/PipelinePage.tsx"));
const ContactPage = lazy(() => import("./features/contact/ContactPage.tsx"));
const ScoringSettingsPage = lazy(() => import("./features/settings/ScoringSettingsPage.tsx"));

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<AppLayout />}>
          <Route index element={<BoardPage />} />
          <Route path="pipeline" element={<PipelinePage />} />
          <Route path="contacts/:id" element={<ContactPage />} />
          <Route path="settings" element={<Navigate to="/settings/scoring" replace />} />
          <Route path="settings/scoring" element={<ScoringSettingsPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

function NotFound() {
  return (
    <Center py="xl">
      <Stack align="center">
        <Title order={2}>Page not found</Title>
        <Text c="dimmed">There is nothing at this address.</Text>
        <Button component={Link} to="/">
          Go to the board
        </Button>
      </Stack>
    </Center>
  );
}
