import type { Deps } from "../services/context.ts";

/**
 * Deps whose clock reads a past instant, so records and their history carry the demo's own dates.
 * An instant after the real clock is a generator bug (the use cases would refuse or misdate it), so
 * it stops the load with the instant named.
 */
export const atInstant = (deps: Deps, ms: number): Deps => {
  const now = deps.now().getTime();
  if (ms > now)
    throw new Error(
      `demo instant ${new Date(ms).toISOString()} is after now (${new Date(now).toISOString()})`,
    );
  return { ...deps, now: () => new Date(ms) };
};
