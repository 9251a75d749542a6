// The period a report covers: inclusive UTC days, by default the 90 days ending today.
import { utcDay } from "../../domain/programs.ts";
import type { Deps } from "../context.ts";

export interface Period {
  from: string;
  to: string;
}

export function resolvePeriod(deps: Deps, query: { from?: string; to?: string }): Period {
  if (query.from && query.to) return { from: query.from, to: query.to };
  const today = deps.now();
  return { from: utcDay(new Date(today.getTime() - 89 * 86_400_000)), to: utcDay(today) };
}
