// A program's tracked links: marketing and admins create and archive them, everyone on staff
// reads them (partners none, like programs). Each answer carries the full tracked URL (the target
// with its UTM parameters) and the short URL Baton serves, and the clicks counted so far.
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { notFound } from "../../domain/errors.ts";
import { trackedUrl } from "../../domain/tracked-links.ts";
import {
  archiveLink,
  clicksOf,
  getLink,
  insertLinkIfCodeFree,
  type LinkClicks,
  listLinks,
  type ProgramLinkRow,
  programCampaign,
} from "../../store/queries/program-links.ts";
import { contacts } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS, STAFF } from "../context.ts";
import { signingKeyOf } from "../email/tokens.ts";
import { pageById } from "../pagination.ts";
import type { CreateLinkInput } from "./link-schemas.ts";
import { signLinkToken } from "./link-tokens.ts";

const NO_CLICKS: LinkClicks = { anonymous: 0, known: 0, knownContacts: 0 };

export const shortUrlOf = (publicUrl: string, code: string) => `${publicUrl}/l/${code}`;

export const linkDestination = (link: ProgramLinkRow) =>
  trackedUrl(link.targetUrl, {
    utm_source: link.utmSource,
    utm_medium: link.utmMedium,
    utm_campaign: link.utmCampaign,
    utm_content: link.utmContent,
    utm_term: link.utmTerm,
  });

function present(deps: Deps, link: ProgramLinkRow, clicks: LinkClicks) {
  return {
    id: link.id,
    programId: link.programId,
    code: link.code,
    label: link.label,
    targetUrl: link.targetUrl,
    utmSource: link.utmSource,
    utmMedium: link.utmMedium,
    utmCampaign: link.utmCampaign,
    utmContent: link.utmContent,
    utmTerm: link.utmTerm,
    trackedUrl: linkDestination(link),
    shortUrl: shortUrlOf(deps.publicUrl, link.code),
    archived: link.archivedAt !== null,
    archivedAt: link.archivedAt?.toISOString() ?? null,
    createdAt: link.createdAt.toISOString(),
    clicks,
  };
}
export type ProgramLinkView = ReturnType<typeof present>;

// 9 random bytes are 12 base64url characters: 72 bits, so a clash (checked anyway) is a rarity
// and a code cannot be guessed from another.
const newCode = () => randomBytes(9).toString("base64url");

export async function createProgramLink(deps: Deps, actor: Actor, programId: string, input: CreateLinkInput) {
  authorize(actor, SETTINGS_EDITORS, "create tracked links");
  const now = deps.now();
  const row = await inTransaction(deps.db, async (tx) => {
    const program = await programCampaign(tx, actor.workspaceId, programId);
    if (!program) throw notFound("Program", programId);
    const values = {
      workspaceId: actor.workspaceId,
      programId,
      targetUrl: input.targetUrl,
      utmSource: input.utmSource,
      utmMedium: input.utmMedium ?? null,
      utmCampaign: input.utmCampaign === undefined ? program.utmCampaign : input.utmCampaign,
      utmContent: input.utmContent ?? null,
      utmTerm: input.utmTerm ?? null,
      label: input.label || null,
      createdAt: now,
    };
    for (let attempt = 0; attempt < 5; attempt++) {
      const inserted = await insertLinkIfCodeFree(tx, { ...values, code: newCode() });
      if (inserted) return inserted;
    }
    throw new Error("createProgramLink: no free code after 5 draws");
  });
  return present(deps, row, NO_CLICKS);
}

/** Newest first, archived ones included (each says so). */
export async function listProgramLinks(
  deps: Deps,
  actor: Actor,
  programId: string,
  page: { limit: number; cursor?: string },
) {
  authorize(actor, STAFF, "read tracked links");
  const ws = actor.workspaceId;
  if (!(await programCampaign(deps.db, ws, programId))) throw notFound("Program", programId);
  const result = await pageById(page, (q) => listLinks(deps.db, ws, programId, q));
  const clicks = await clicksOf(
    deps.db,
    ws,
    programId,
    result.data.map((l) => l.id),
  );
  return {
    data: result.data.map((l) => present(deps, l, clicks.get(l.id) ?? NO_CLICKS)),
    nextCursor: result.nextCursor,
  };
}

/** An archived link leaves the list's default view but keeps redirecting (it may be in print). */
export async function archiveProgramLink(deps: Deps, actor: Actor, programId: string, linkId: string) {
  authorize(actor, SETTINGS_EDITORS, "archive tracked links");
  const ws = actor.workspaceId;
  const row = await archiveLink(deps.db, ws, programId, linkId, deps.now());
  if (!row) throw notFound("Link", linkId);
  const clicks = await clicksOf(deps.db, ws, programId, [row.id]);
  return present(deps, row, clicks.get(row.id) ?? NO_CLICKS);
}

/**
 * The short URL personalised for one contact (`/l/<code>?c=<signed token>`): a click on it is
 * that contact's touchpoint. For one-to-one mail and for templates; it can be computed again at
 * any time, nothing is stored.
 */
export async function personalLinkUrl(
  deps: Deps,
  actor: Actor,
  ids: { programId: string; linkId: string; contactId: string },
) {
  authorize(actor, STAFF, "personalise tracked links");
  const ws = actor.workspaceId;
  const link = await getLink(deps.db, ws, ids.programId, ids.linkId);
  if (!link) throw notFound("Link", ids.linkId);
  const [contact] = await deps.db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, ws), eq(contacts.id, ids.contactId)));
  if (!contact) throw notFound("Contact", ids.contactId);
  const key = (await signingKeyOf(deps.db, ws))!;
  const token = signLinkToken(key, { workspaceId: ws, contactId: contact.id, linkId: link.id });
  return {
    linkId: link.id,
    contactId: contact.id,
    url: `${shortUrlOf(deps.publicUrl, link.code)}?c=${token}`,
  };
}
