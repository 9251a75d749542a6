import { eq } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { defaultScoringSettings } from "../../domain/scoring-defaults.ts";
import { createRoundRobin } from "../../store/queries/round-robin.ts";
import { saveScoringSettings } from "../../store/queries/scoring.ts";
import { workspaces } from "../../store/schema/index.ts";
import type { Deps } from "../context.ts";
import { ensureSalesDefaults } from "../deals/pipelines.ts";

/** A new tenant with the default scoring settings and its hand-offs' round-robin sequence. */
export async function createWorkspace(
  deps: Deps,
  input: { name: string; slug: string },
): Promise<{ id: string }> {
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(input.slug)) {
    throw new AppError(
      "validation_failed",
      `The slug "${input.slug}" must be lowercase letters, digits and dashes.`,
    );
  }
  if (input.name.trim().length === 0) throw new AppError("validation_failed", "A workspace needs a name.");
  return deps.db.transaction(async (tx) => {
    const [taken] = await tx.select().from(workspaces).where(eq(workspaces.slug, input.slug));
    if (taken) throw new AppError("conflict", `A workspace with the slug "${input.slug}" already exists.`);
    const [ws] = await tx.insert(workspaces).values({ name: input.name, slug: input.slug }).returning();
    await saveScoringSettings(tx, ws!.workspaceId, defaultScoringSettings());
    await ensureSalesDefaults(tx, ws!.workspaceId);
    await createRoundRobin(tx, ws!.workspaceId);
    return { id: ws!.workspaceId };
  });
}

export async function findWorkspaceBySlug(deps: Deps, slug: string) {
  const [ws] = await deps.db.select().from(workspaces).where(eq(workspaces.slug, slug));
  return ws;
}

/** Whether any workspace exists: `baton start --demo` loads the demo only on a first run. */
export async function anyWorkspaceExists(deps: Deps): Promise<boolean> {
  const found = await deps.db.select({ id: workspaces.workspaceId }).from(workspaces).limit(1);
  return found.length > 0;
}
