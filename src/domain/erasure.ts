// GDPR erasure (issue 12, item 7): what stands where an erased person's name was.

/** Shown for a deal (or approval) whose contact was erased: the deal stays, the person does not. */
export const ERASED_CONTACT = "Erased contact";

/** Replaces an erased person's name or address inside free text that is kept (a deal's name). */
export const ERASED_MARK = "[erased]";

/** The form in which an address is hashed and compared: trimmed and lower-cased. */
export function normalisedEmail(email: string): string {
  return email.trim().toLowerCase();
}
