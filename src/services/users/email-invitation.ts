// Emailing an invitation when the workspace sends through SMTP. It happens after the invitation is
// committed and never undoes it: the admin still gets the link in the answer, and is told whether
// the email went out, so a refused or unreachable server leaves them a way to pass it on by hand.
// An invitation is not marketing: no consent, suppression or sending window applies.
import { and, eq } from "drizzle-orm";
import { users, workspaces } from "../../store/schema/index.ts";
import type { Deps } from "../context.ts";
import { loadSendSettings } from "../email/email-settings.ts";
import { classifySmtpError, transportFor } from "../email/smtp-transport.ts";
import type { IssuedInvitation } from "./issue-invitation.ts";

export interface InvitationDelivery {
  /** The address the invitation was emailed to; null when it was not (no SMTP, or it failed). */
  emailedTo: string | null;
  /** Why the email did not go out, when SMTP is set up and the server refused or failed. */
  emailProblem: string | null;
}

export async function emailInvitation(
  deps: Deps,
  ids: { workspaceId: string; userId: string; invitedBy: string },
  issued: IssuedInvitation,
): Promise<InvitationDelivery> {
  const settings = await loadSendSettings(deps.db, ids.workspaceId);
  if (!settings.smtp) return { emailedTo: null, emailProblem: null };
  const person = async (id: string) =>
    (
      await deps.db
        .select({ name: users.name, email: users.email })
        .from(users)
        .where(and(eq(users.workspaceId, ids.workspaceId), eq(users.id, id)))
    )[0];
  const [invitee, inviter] = [await person(ids.userId), await person(ids.invitedBy)];
  const [workspace] = await deps.db
    .select({ name: workspaces.name })
    .from(workspaces)
    .where(eq(workspaces.workspaceId, ids.workspaceId));
  if (!invitee) return { emailedTo: null, emailProblem: null };
  const expires = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    issued.expiresAt,
  );
  try {
    await transportFor(settings.smtp).sendMail({
      from: { name: settings.fromName, address: settings.fromAddress },
      to: { name: invitee.name, address: invitee.email },
      subject: `${inviter?.name ?? "Your admin"} invited you to ${workspace?.name ?? "Baton"}`,
      text: [
        `Hello ${invitee.name},`,
        "",
        `${inviter?.name ?? "An admin"} invited you to ${workspace?.name ?? "their workspace"} on Baton.`,
        `Open this link to choose your password. It works once, until ${expires}:`,
        "",
        issued.link,
        "",
        "If you did not expect this, ignore this email: nothing happens until the link is opened.",
      ].join("\n"),
    });
    return { emailedTo: invitee.email, emailProblem: null };
  } catch (err) {
    return { emailedTo: null, emailProblem: classifySmtpError(err).detail };
  }
}
