// The header's notification bell: unread count, the latest notifications, a click opens one.

import { ActionIcon, Indicator, Menu, Text } from "@mantine/core";
import { useNavigate } from "react-router";
import { relativeTime } from "../../shared/format.ts";
import { useMarkNotificationsRead, useNotifications } from "./handoff-queries.ts";

export function NotificationBell() {
  const list = useNotifications();
  const markRead = useMarkNotificationsRead();
  const navigate = useNavigate();
  const unread = list.data?.unread ?? 0;
  return (
    <Menu position="bottom-end" width={340} shadow="md" withinPortal>
      <Menu.Target>
        <Indicator
          label={unread}
          size={16}
          disabled={unread === 0}
          color="red"
          data-testid="notification-count"
        >
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={`Notifications (${unread} unread)`}
            data-testid="notification-bell"
          >
            <svg
              width="18"
              height="18"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              aria-hidden="true"
            >
              <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
              <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
            </svg>
          </ActionIcon>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Notifications</Menu.Label>
        {(list.data?.data ?? []).length === 0 && (
          <Text size="sm" c="dimmed" px="sm" py="xs">
            Nothing yet.
          </Text>
        )}
        {list.data?.data.slice(0, 10).map((n) => (
          <Menu.Item
            key={n.id}
            onClick={() => {
              markRead.mutate([n.id]);
              // Links are app paths written by Baton; anything else is ignored.
              if (n.link?.startsWith("/")) navigate(n.link);
            }}
            data-testid="notification-item"
          >
            <Text size="sm" fw={n.readAt ? 400 : 600}>
              {n.title}
            </Text>
            {n.body && (
              <Text size="xs" lineClamp={2} data-testid="notification-body">
                {n.body}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {relativeTime(n.createdAt)}
            </Text>
          </Menu.Item>
        ))}
        {unread > 0 && <Menu.Item onClick={() => markRead.mutate(undefined)}>Mark all read</Menu.Item>}
      </Menu.Dropdown>
    </Menu>
  );
}
