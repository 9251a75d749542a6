// The header's "More" menu: the less-used destinations. It is highlighted, like a link of the bar,
// while one of them is open.

import { Button, Menu } from "@mantine/core";
import { Link, matchPath, useLocation } from "react-router";
import type { NavItem } from "./nav-items.ts";

export function MoreMenu({ items }: { items: readonly NavItem[] }) {
  const { pathname } = useLocation();
  const isOpen = (item: NavItem) => matchPath({ path: item.to, end: item.end }, pathname) !== null;
  const here = items.some(isOpen);
  return (
    <Menu position="bottom-end" shadow="md" width={180}>
      <Menu.Target>
        <Button
          variant={here ? "light" : "subtle"}
          size="compact-sm"
          rightSection={<span aria-hidden>▾</span>}
          data-active={here || undefined}
          data-testid="nav-more"
        >
          More
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) => {
          const current = isOpen(item);
          return (
            <Menu.Item
              key={item.to}
              component={Link}
              to={item.to}
              fw={current ? 700 : undefined}
              aria-current={current ? "page" : undefined}
            >
              {item.label}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
