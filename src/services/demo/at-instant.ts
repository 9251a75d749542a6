import type { Deps } from "../context.ts";

/** Deps whose clock reads a past instant, so records and their history carry the demo's own dates. */
export const atInstant = (deps: Deps, ms: number): Deps => ({ ...deps, now: () => new Date(ms) });
