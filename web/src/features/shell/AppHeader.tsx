import { Badge, Button, Group, Text, Title } from "@mantine/core";
import { NavLink, useNavigate } from "react-router";
import type { Schema } from "../../api/contract.ts";
import { useLogout } from "../auth/session.ts";
import { NotificationBell } from "../handoffs/NotificationBell.tsx";

type Session = Schema<"Identity">;

const NAV = [
  { to: "/", label: "Home", end: true },
  { to: "/board", label: "Board", end: false },
  { to: "/my-day", label: "My day", end: false },
  { to: "/handoffs", label: "Hand-offs", end: false },
  { to: "/pipeline", label: "Pipeline", end: false },
  { to: "/approvals", label: "Approvals", end: false },
  { to: "/quotas", label: "Quotas", end: false },
  { to: "/competitors", label: "Competitors", end: false },
  { to: "/programs", label: "Programs", end: false },
  { to: "/playbooks", label: "Playbooks", end: false },
  { to: "/outbox", label: "Outbox", end: false },
  // "/reports" lists the reports; it stays highlighted on every report.
  { to: "/reports", label: "Reports", end: false },
  // "/settings" (which opens Scoring) stays highlighted on every settings screen.
  { to: "/settings", label: "Settings", end: false },
];

// A partner user works its own board and pipeline only; its board stays at "/", as it always was.
const PARTNER_NAV = [
  { to: "/", label: "Board", end: true },
  { to: "/pipeline", label: "Pipeline", end: false },
];

export function AppHeader({ session }: { session: Session }) {
  const logout = useLogout();
  const navigate = useNavigate();

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="lg" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Title order={3}>Baton</Title>
          {/* On narrower screens the navigation needs the room; the name stays in the user's tooltip. */}
          <Text c="dimmed" size="sm" truncate="end" maw={150} visibleFrom="xl" data-testid="workspace-name">
            {session.workspace.name}
          </Text>
        </Group>
        {/* When even that is not enough, the navigation scrolls sideways instead of pushing the
            user's name and "Log out" off the screen. */}
        <Group
          gap={2}
          component="nav"
          wrap="nowrap"
          style={{ minWidth: 0, overflowX: "auto", scrollbarWidth: "thin" }}
        >
          {(session.user.role === "partner" ? PARTNER_NAV : NAV).map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end} style={{ textDecoration: "none" }}>
              {({ isActive }) => (
                <Button component="span" variant={isActive ? "light" : "subtle"} size="compact-sm">
                  {item.label}
                </Button>
              )}
            </NavLink>
          ))}
        </Group>
      </Group>
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        <NotificationBell />
        <Text
          size="sm"
          fw={500}
          truncate="end"
          maw={140}
          title={`${session.user.name} (${session.user.role}) · ${session.workspace.name}`}
          data-testid="current-user"
        >
          {session.user.name}
        </Text>
        <Badge variant="light" color="gray" style={{ flexShrink: 0 }} visibleFrom="xl">
          {session.user.role}
        </Badge>
        <Button
          variant="default"
          size="xs"
          style={{ flexShrink: 0 }}
          loading={logout.isPending}
          onClick={() => logout.mutate(undefined, { onSettled: () => navigate("/login", { replace: true }) })}
          data-testid="logout"
        >
          Log out
        </Button>
      </Group>
    </Group>
  );
}
