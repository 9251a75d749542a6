import { NumberInput, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import type { Item, Side } from "../../api/contract.ts";

type TouchpointKindInfo = Item<"listTouchpointKinds">;

/** What a NumberInput holds: a number, or the text being typed (possibly empty). */
export type FieldValue = number | string;

const SIDE_TITLES: Record<Side, string> = { marketing: "Marketing touchpoints", sales: "Sales touchpoints" };

interface WeightInputsProps {
  kinds: TouchpointKindInfo[];
  weights: Record<string, FieldValue>;
  onChange: (kind: string, value: FieldValue) => void;
  /** The server's message for a kind's weight, shown under its input. */
  errors?: Record<string, string>;
}

/** One weight input per touchpoint kind, grouped by side. */
export function WeightInputs({ kinds, weights, onChange, errors = {} }: WeightInputsProps) {
  return (
    <>
      {(["marketing", "sales"] as const).map((side) => {
        const ofSide = kinds.filter((k) => k.side === side);
        if (ofSide.length === 0) return null;
        return (
          <Paper key={side} withBorder p="md" radius="md">
            <Title order={4} mb="sm">
              {SIDE_TITLES[side]}
            </Title>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
              {ofSide.map((k) => (
                <NumberInput
                  key={k.kind}
                  label={k.label}
                  description={
                    <Text span size="xs" c="dimmed">
                      default {k.defaultWeight}
                    </Text>
                  }
                  value={weights[k.kind] ?? ""}
                  onChange={(value) => onChange(k.kind, value)}
                  error={errors[k.kind]}
                  data-testid={`weight-${k.kind}`}
                />
              ))}
            </SimpleGrid>
          </Paper>
        );
      })}
    </>
  );
}
