// The end of a users form: Cancel, and the button that sends it.

import { Button, Group } from "@mantine/core";

export function FormButtons({
  label,
  loading,
  onCancel,
  testId,
}: {
  label: string;
  loading: boolean;
  onCancel: () => void;
  testId: string;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={loading} data-testid={testId}>
        {label}
      </Button>
    </Group>
  );
}
