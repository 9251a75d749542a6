// The settings area: a tab-like link bar over each settings screen (Scoring, Attribution,
// Hand-off, Pipelines, Pricing, Partners, Email, and for admins Users, Webhooks and the Audit log).

import { Button, Group, Stack } from "@mantine/core";
import { Suspense } from "react";
import { NavLink, Outlet } from "react-router";
import { useSession } from "../auth/session.ts";
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
const ADMIN_SECTIONS = [
  { to: "/settings/users", label: "Users" },
  { to: "/settings/webhooks", label: "Webhooks" },
  { to: "/settings/audit", label: "Audit log" },
];

export function SettingsNav() {
  const session = useSession();
  const sections = session.data?.user.role === "admin" ? [...SECTIONS, ...ADMIN_SECTIONS] : SECTIONS;
  return (
    <Group gap={4} component="nav" aria-label="Settings" data-testid="settings-nav">
      {sections.map((section) => (
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
