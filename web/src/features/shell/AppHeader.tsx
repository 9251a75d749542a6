import { Anchor, Badge, Button, Group, Text, Title } from "@mantine/core";
import { NavLink, useNavigate } from "react-router";
import type { Schema } from "../../api/contract.ts";
import { useLogout } from "../auth/session.ts";
import { NotificationBell } from "../handoffs/NotificationBell.tsx";
import { MoreMenu } from "./MoreMenu.tsx";
import { MORE_NAV, NAV, PARTNER_NAV } from "./nav-items.ts";

type Session = Schema<"Identity">;

export function AppHeader({ session }: { session: Session }) {
  const logout = useLogout();
  const navigate = useNavigate();
  const partner = session.user.role === "partner";

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="xs" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
        <Title order={3} style={{ flexShrink: 0 }}>
          Baton
        </Title>
        {/* The workspace's name gives way first: it shrinks a thousand times faster than the
            navigation (an ellipsis, the whole name in its tooltip), so a long name never pushes
            the bar; below a laptop's width it is left out and stays in the user's tooltip. */}
        <Text
          c="dimmed"
          size="sm"
          truncate="end"
          maw={220}
          visibleFrom="lg"
          style={{ flex: "0 1000 auto", minWidth: 0 }}
          title={session.workspace.name}
          data-testid="workspace-name"
        >
          {session.workspace.name}
        </Text>
        {/* When even that is not enough (a window narrower than a laptop's), the navigation
            scrolls sideways instead of pushing the user's name and "Log out" off the screen. */}
        <Group
          gap={2}
          component="nav"
          wrap="nowrap"
          ml="sm"
          style={{ minWidth: 0, overflowX: "auto", scrollbarWidth: "thin" }}
        >
          {(partner ? PARTNER_NAV : NAV).map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end} style={{ textDecoration: "none" }}>
              {({ isActive }) => (
                <Button component="span" variant={isActive ? "light" : "subtle"} size="compact-sm">
                  {item.label}
                </Button>
              )}
            </NavLink>
          ))}
          {!partner && <MoreMenu items={MORE_NAV} />}
        </Group>
      </Group>
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        <NotificationBell />
        {/* The name opens "My account": the password and the user's API keys. */}
        <Anchor
          component={NavLink}
          to="/account"
          size="sm"
          fw={500}
          c="var(--mantine-color-text)"
          truncate="end"
          maw={140}
          title={`My account: ${session.user.name} (${session.user.role}) · ${session.workspace.name}`}
          data-testid="current-user"
        >
          {session.user.name}
        </Anchor>
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
