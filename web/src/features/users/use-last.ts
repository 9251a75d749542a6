import { useRef } from "react";

/**
 * The last value that was not null: a modal closed by setting its subject to null keeps showing
 * that subject (title, wording) while it fades out, instead of flashing empty or the other verb.
 */
export function useLast<T>(value: T | null): T | null {
  const last = useRef(value);
  if (value !== null) last.current = value;
  return value ?? last.current;
}
