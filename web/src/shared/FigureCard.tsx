// One headline figure on a card: a label, the value large, an optional hint underneath. With
// `to`, the value links to where the figure comes from.

import { Anchor, Paper, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";

export function FigureCard({
  label,
  value,
  testId,
  hint,
  title,
  to,
  children,
}: {
  label: string;
  value: string;
  testId: string;
  hint?: ReactNode;
  /** The value's tooltip, e.g. why it is blank. */
  title?: string;
  to?: string;
  children?: ReactNode;
}) {
  const style = { fontVariantNumeric: "tabular-nums" } as const;
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      {to ? (
        <Anchor
          component={Link}
          to={to}
          size="xl"
          fw={700}
          data-testid={testId}
          title={title}
          style={style}
          display="block"
        >
          {value}
        </Anchor>
      ) : (
        <Text size="xl" fw={700} data-testid={testId} title={title} style={style}>
          {value}
        </Text>
      )}
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}
