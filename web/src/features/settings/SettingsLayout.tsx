// The settings area: a tab-like link bar over each settings screen (Scoring, Attribution,
// Hand-off, Pipelines, Pricing, Partners, Email).

import { Button, Group, Stack } from "@mantine/core";
import { Suspense } from "react";
import { NavLink, Outlet } from "react-router";
import { FullPageLoader } from "../shell/AppLayout.tsx";

const SECTIONS = [
  { to: "/settings/scoring", label: "Scoring" },
  { to: "/settings/attribution", label: "Attribution" },
  { to: "/settings/handoff", label: "Hand-off" },
  { to: "/settings/pipelines", label: "Pipelines" },
  { to: "/settings/pricing", label: "Pricing" },
  { to: "/settings/partners", label: "Partners" },
  { to: "/settings/email", label: "Email" },
];

export function SettingsNav() {
  return (
    <Group gap={4} component="nav" aria-label="Settings" data-testid="settings-nav">
      {SECTIONS.map((section) => (
        <NavLink key={section.to} to={section.to} style={{ textDecoration: "none" }}>
          {({ isActive }) => (
            <Button component="span" size="xs" variant={isActive ? "filled" : "default"}>
              {section.label}
            </Button>
          )}
        </NavLink>
      ))}
    </Group>
  );
}

export default function SettingsLayout() {
  return (
    <Stack gap="md">
      <SettingsNav />
      <Suspense fallback={<FullPageLoader />}>
        <Outlet />
      </Suspense>
    </Stack>
  );
}
