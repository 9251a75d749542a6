import { Badge, type BadgeProps } from "@mantine/core";
import type { Temperature } from "../api/contract.ts";

export const TEMPERATURE_COLORS: Record<Temperature, string> = { cold: "blue", warm: "orange", hot: "red" };

export function TemperatureBadge({ temperature, ...props }: { temperature: Temperature } & BadgeProps) {
  return (
    <Badge color={TEMPERATURE_COLORS[temperature] ?? "gray"} tt="none" {...props}>
      {temperature}
    </Badge>
  );
}
