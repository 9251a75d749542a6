// The public short link /l/<code>: where it goes and what a click records. The destination is
// always the stored target with the link's UTM parameters — nothing from the request can change
// it. A valid signed contact token makes the click that contact's `link_click` touchpoint,
// attributed to the link's program, through the normal touchpoint path (temperature, prospect →
// lead, hand-off); anything else — no token, a bad one, a contact since deleted — counts as an
// anonymous click. A visitor never sees an error for a bad token.
import { LINK_CODE, UTM_FIELDS } from "../../domain/tracked-links.ts";
import { countAnonymousClick, linkByCode, type ProgramLinkRow } from "../../store/queries/program-links.ts";
import { inTransaction } from "../../store/transaction.ts";
import type { Deps } from "../context.ts";
import { signingKeyOf } from "../email/tokens.ts";
import { recordTouchpointsIn } from "../touchpoints/record-touchpoints.ts";
import { contactOfLinkToken } from "./link-tokens.ts";
import { linkDestination } from "./program-links.ts";

const utmProperties = (link: ProgramLinkRow) => {
  const values = [link.utmSource, link.utmMedium, link.utmCampaign, link.utmContent, link.utmTerm];
  return Object.fromEntries(UTM_FIELDS.flatMap((key, i) => (values[i] ? [[key, values[i]]] : [])));
};

/** The URL to redirect to, or null for an unknown code. */
export async function followLink(
  deps: Deps,
  request: { code: string; contactToken?: string | undefined },
): Promise<string | null> {
  if (!LINK_CODE.test(request.code)) return null;
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const link = await linkByCode(tx, request.code);
    if (!link) return null;
    const ws = link.workspaceId;
    const day = now.toISOString().slice(0, 10);
    let known = false;
    if (request.contactToken) {
      const key = await signingKeyOf(tx, ws);
      const contactId = key ? contactOfLinkToken(key, request.contactToken, link) : null;
      if (contactId) {
        // One touchpoint per contact, link and UTC day: reloading the page does not heat a lead.
        const [result] = await recordTouchpointsIn(
          tx,
          ws,
          [
            {
              contactId,
              kind: "link_click",
              programId: link.programId,
              occurredAt: now,
              properties: { linkId: link.id, code: link.code, ...utmProperties(link) },
              externalId: `link:${link.id}:${contactId}:${day}`,
            },
          ],
          now,
        );
        known = result?.status !== "error";
      }
    }
    if (!known) await countAnonymousClick(tx, ws, link.id, day);
    return linkDestination(link);
  });
}
