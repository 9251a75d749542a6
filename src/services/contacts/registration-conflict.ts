// A partner registering someone the workspace already knows (the vendor's own contact, or another
// partner's) is a channel conflict for a person to settle. The partner is told only that the
// registration is under review — never that the contact exists, whose it is, or anything in it —
// and the admins are notified with a link to the contact.
import { and, eq, isNull, sql } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import type { Db } from "../../store/db.ts";
import { contacts, notifications, partners, users } from "../../store/schema/index.ts";
import type { Actor } from "../context.ts";

export interface RegistrationUnderReview {
  status: "under_review";
  message: string;
}

export const UNDER_REVIEW_MESSAGE =
  "Thanks: this registration is under review. The contact appears in your list once it is assigned to your organisation.";

export async function holdConflictingRegistration(
  tx: Db,
  actor: Actor & { partnerId: string },
  email: string,
  now: Date,
): Promise<RegistrationUnderReview> {
  const [held] = await tx
    .select({ id: contacts.id, partnerId: contacts.partnerId })
    .from(contacts)
    .where(
      and(
        eq(contacts.workspaceId, actor.workspaceId),
        sql`lower(${contacts.email}) = ${email.toLowerCase()}`,
      ),
    );
  // The partner's own contact is one it can list anyway: saying so tells it nothing new.
  if (!held || held.partnerId === actor.partnerId) {
    throw new AppError("conflict", `A contact with the email ${email} already exists.`);
  }
  const [partner] = await tx
    .select({ name: partners.name })
    .from(partners)
    .where(and(eq(partners.workspaceId, actor.workspaceId), eq(partners.id, actor.partnerId)));
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.workspaceId, actor.workspaceId), eq(users.role, "admin"), isNull(users.deactivatedAt)),
    );
  if (admins.length > 0) {
    await tx.insert(notifications).values(
      admins.map((admin) => ({
        workspaceId: actor.workspaceId,
        userId: admin.id,
        kind: "partner_registration_conflict",
        title: `${partner?.name ?? "A partner"} registered ${email}, who is already a contact`,
        body: "The partner was told the registration is under review. Assign the contact to them, or leave it as it is.",
        link: `/contacts/${held.id}`,
        createdAt: now,
      })),
    );
  }
  return { status: "under_review", message: UNDER_REVIEW_MESSAGE };
}
