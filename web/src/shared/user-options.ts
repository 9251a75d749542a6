// Who a user picker offers. Giving work (an owner, a lead handed over, a territory rule) offers
// only users who can act on it: not the deactivated, whom the API refuses too. An invited user
// stays: work can wait for their first login. A filter over what exists lists everyone, the
// deactivated marked: their contacts, deals and hand-offs are still theirs, and finding those is
// how an admin passes a leaver's work to someone else.

import type { Item } from "../api/contract.ts";

type User = Item<"listUsers">;
interface Option {
  value: string;
  label: string;
}

/** A user's name, marked when they are deactivated. */
export const userLabel = (user: { name: string; status?: User["status"] }) =>
  user.status === "deactivated" ? `${user.name} (deactivated)` : user.name;

/**
 * The options for giving work to one of the users `eligible` picks out, labelled by `label`. The
 * record's current choice, when it is no longer one of them (deactivated, or now in another
 * role), stays listed as it is, so opening and saving a form does not change it; `fallback` names
 * a current choice missing from `users` (still loading).
 */
export function assigneeOptions(
  users: readonly User[] | undefined,
  {
    eligible = () => true,
    label = (user) => user.name,
    current = "",
    fallback = "Loading…",
  }: {
    eligible?: (user: User) => boolean;
    label?: (user: User) => string;
    current?: string;
    fallback?: string;
  } = {},
): Option[] {
  const all = users ?? [];
  const options = all
    .filter((user) => user.status !== "deactivated" && eligible(user))
    .map((user) => ({ value: user.id, label: label(user) }));
  if (current && !options.some((option) => option.value === current)) {
    const user = all.find((u) => u.id === current);
    const shown = !user ? fallback : user.status === "deactivated" ? userLabel(user) : label(user);
    options.push({ value: current, label: shown });
  }
  return options;
}

/** A filter's options: every user `eligible` picks out, the deactivated marked. */
export const userFilterOptions = (
  users: readonly User[] | undefined,
  eligible: (user: User) => boolean = () => true,
): Option[] => (users ?? []).filter(eligible).map((user) => ({ value: user.id, label: userLabel(user) }));
