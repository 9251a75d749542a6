// "As of" date-time picker bound to an ISO string (null = now). Uses the native datetime-local input.

import { Button, Group, TextInput } from "@mantine/core";
import { fromLocalInputValue, toLocalInputValue } from "./format.ts";

interface AsOfInputProps {
  value: string | null;
  onChange: (iso: string | null) => void;
  "data-testid"?: string;
}

export function AsOfInput({ value, onChange, ...rest }: AsOfInputProps) {
  return (
    <Group gap={4} align="flex-end" wrap="nowrap">
      <TextInput
        label="As of"
        type="datetime-local"
        value={toLocalInputValue(value)}
        onChange={(event) => onChange(fromLocalInputValue(event.currentTarget.value))}
        data-testid={rest["data-testid"] ?? "filter-at"}
      />
      {value && (
        <Button variant="subtle" onClick={() => onChange(null)}>
          Now
        </Button>
      )}
    </Group>
  );
}
