import { Alert, List } from "@mantine/core";
import { ApiError } from "../api/client.ts";
import { fieldWords } from "./field-words.ts";

/** Shows an error's message (and, for validation errors, the server's per-field details) as text. */
export function ErrorAlert({ error, title = "Something went wrong" }: { error: unknown; title?: string }) {
  const details = detailLines(error);
  // A validation error's message repeats its first detail with the raw path: the list says it better.
  const message =
    error instanceof ApiError && error.code === "validation_failed" && details.length > 0
      ? "Please correct the following:"
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <Alert color="red" title={title} role="alert">
      {message}
      {details.length > 0 && (
        <List size="sm" mt="xs">
          {details.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

function detailLines(error: unknown): string[] {
  const details = (error as { details?: unknown } | null)?.details;
  const items = Array.isArray(details)
    ? details
    : Array.isArray((details as { issues?: unknown } | null)?.issues)
      ? (details as { issues: unknown[] }).issues
      : [];
  return items
    .map((item) => {
      if (typeof item === "string") return item;
      const { path, message } = (item ?? {}) as { path?: unknown; message?: unknown };
      if (typeof message !== "string") return "";
      const where = Array.isArray(path) ? path.join(".") : typeof path === "string" ? path : "";
      return where ? `${fieldWords(where)}: ${message}` : message;
    })
    .filter((line) => line !== "");
}
