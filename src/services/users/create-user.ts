import type { Role } from "../../domain/catalogue.ts";
import { AppError } from "../../domain/errors.ts";
import { users } from "../../store/schema/index.ts";
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

export async function createUser(deps: Deps, input: CreateUserInput): Promise<{ id: string }> {
  if (input.password !== undefined && input.password.length < 8) {
    throw new AppError("validation_failed", "A password needs at least 8 characters.");
  }
  if ((input.role === "partner") !== (input.partnerId !== undefined)) {
    throw new AppError(
      "validation_failed",
      input.role === "partner"
        ? "A partner user needs the partner organisation they work for."
        : "Only partner users belong to a partner organisation.",
    );
  }
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const [row] = await deps.db
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
    throw new AppError("conflict", `A user with the email ${input.email} already exists in this workspace.`);
  return { id: row.id };
}
