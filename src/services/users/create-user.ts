import type { Role } from "../../domain/catalogue.ts";
import { AppError } from "../../domain/errors.ts";
import { partnerTieProblem, passwordProblem } from "../../domain/users.ts";
import { users } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { hashPassword } from "../auth/secrets.ts";
import type { Deps } from "../context.ts";

export interface CreateUserInput {
  workspaceId: string;
  email: string;
  name: string;
  role: Role;
  password?: string;
  /** The partner organisation of a partner user; required for that role, refused for others. */
  partnerId?: string;
}

/** A user with a password at once: the operator's door (the CLI, the demo); the app invites instead. */
export async function createUser(deps: Deps, input: CreateUserInput): Promise<{ id: string }> {
  const problem =
    (input.password !== undefined ? passwordProblem(input.password) : null) ??
    partnerTieProblem(input.role, input.partnerId);
  if (problem) throw new AppError("validation_failed", problem);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return inTransaction(deps.db, async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        workspaceId: input.workspaceId,
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
        partnerId: input.partnerId ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!row)
      throw new AppError(
        "conflict",
        `A user with the email ${input.email} already exists in this workspace.`,
      );
    await recordAudit(
      tx,
      { workspaceId: input.workspaceId, via: "cli" },
      {
        action: "user.created",
        targetType: "user",
        targetId: row.id,
        summary: `Created ${input.name} <${input.email}> as ${input.role}`,
        details: { email: input.email, role: input.role, partnerId: input.partnerId ?? null },
      },
      deps.now(),
    );
    return { id: row.id };
  });
}
