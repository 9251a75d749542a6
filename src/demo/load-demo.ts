// Loads the generated demo into a new workspace through the same use cases the API uses, so the
// demo's temperatures, stages and stage history are exactly what real traffic would produce. Only
// the contacts themselves are written set-based (insert-contacts.ts), for speed.

import type { Role } from "../domain/catalogue.ts";
import { AppError } from "../domain/errors.ts";
import { createCompany } from "../services/companies/company-use-cases.ts";
import { updateContact } from "../services/contacts/update-contact.ts";
import type { Actor, Deps } from "../services/context.ts";
import { addCostLine } from "../services/programs/program-costs.ts";
import { createProgram } from "../services/programs/program-use-cases.ts";
import { recordTouchpoints } from "../services/touchpoints/record-touchpoints.ts";
import type { TouchpointInput } from "../services/touchpoints/touchpoint-input.ts";
import { MAX_BATCH } from "../services/touchpoints/touchpoint-schemas.ts";
import { createUser } from "../services/users/create-user.ts";
import { createWorkspace, findWorkspaceBySlug } from "../services/workspaces/create-workspace.ts";
import { deleteWorkspace } from "../services/workspaces/delete-workspace.ts";
import { partners } from "../store/schema/index.ts";
import { atInstant as at } from "./at-instant.ts";
import { grantDemoConsents } from "./demo-consents.ts";
import { DEFAULT_CONTACTS, generateDemoData } from "./demo-data.ts";
import type { DemoContact, DemoData, DemoTouchpoint } from "./demo-types.ts";
import { insertContacts } from "./insert-contacts.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./people.ts";
import { loadPlaybooksDemo } from "./playbooks-demo.ts";
import { loadSalesDemo, salesDemoSteps } from "./sales-demo.ts";
import { tidyDemoInbox } from "./tidy-inbox.ts";

/** The admin of the demo workspace; every demo user shares the password. */
export const DEMO_LOGIN = { email: DEMO_USERS[0]!.email, password: DEMO_PASSWORD } as const;

export interface LoadDemoOptions {
  contacts?: number;
  seed?: number;
  slug?: string;
  onProgress?: (done: number, total: number, step?: string) => void;
}

export interface LoadDemoResult {
  workspaceId: string;
  slug: string;
  login: { email: string; password: string };
  counts: {
    users: number;
    companies: number;
    programs: number;
    contacts: number;
    touchpoints: number;
    stageChanges: number;
    deals: number;
  };
}

// The generator holds everything in memory; beyond this a real import is the better tool.
const MAX_CONTACTS = 200_000;

// Parallel single-row use cases keep both CPU cores and the pool busy; the pool holds ten.
const PARALLEL = 8;

export async function loadDemo(deps: Deps, options: LoadDemoOptions = {}): Promise<LoadDemoResult> {
  const slug = options.slug ?? "demo";
  const count = options.contacts ?? DEFAULT_CONTACTS;
  if (!Number.isInteger(count) || count < 1 || count > MAX_CONTACTS) {
    throw new AppError(
      "validation_failed",
      `The demo takes 1 to ${MAX_CONTACTS.toLocaleString("en-US")} contacts.`,
    );
  }
  if (await findWorkspaceBySlug(deps, slug)) {
    throw new AppError(
      "conflict",
      `A workspace with the slug "${slug}" already exists. Load the demo under another slug (--slug), or delete that workspace first.`,
    );
  }
  const data = generateDemoData({
    now: deps.now().getTime(),
    seed: options.seed,
    contacts: count,
  });
  const changeCount = data.contacts.reduce((n, c) => n + c.stageChanges.length, 0);
  const total =
    data.users.length +
    data.companies.length +
    data.programs.length +
    data.contacts.length +
    data.touchpoints.length +
    changeCount +
    salesDemoSteps(data);
  let done = 0;
  const progress = (n: number, step: string) => {
    done += n;
    options.onProgress?.(done, total, step);
  };
  options.onProgress?.(0, total, "workspace");

  const { id: workspaceId } = await createWorkspace(deps, { name: "Northwind Analytics (demo)", slug });
  try {
    const ids = await loadRecords(deps, workspaceId, data, progress);
    const touchpoints = await loadTouchpoints(deps, ids, data.touchpoints, progress);
    await applyStageChanges(deps, ids, data.contacts, progress);
    const deals = await loadSalesDemo(deps, ids, data, progress, inParallel);
    await grantDemoConsents(deps, workspaceId);
    await loadPlaybooksDemo(deps, ids.admin);
    await tidyDemoInbox(deps, workspaceId);
    return {
      workspaceId,
      slug,
      login: { email: DEMO_LOGIN.email, password: data.password },
      counts: {
        users: data.users.length,
        companies: data.companies.length,
        programs: data.programs.length,
        contacts: data.contacts.length,
        touchpoints,
        stageChanges: changeCount,
        deals,
      },
    };
  } catch (err) {
    // A half-loaded demo is worse than none: remove it (everything cascades) so a retry can reuse the slug.
    await deleteWorkspace(deps, workspaceId).catch(() => {});
    throw err;
  }
}

interface Ids {
  workspaceId: string;
  users: Map<string, { id: string; role: Role }>;
  companies: Map<string, string>;
  programs: Map<string, string>;
  contacts: Map<string, string>;
  admin: Actor;
}

type Progress = (n: number, step: string) => void;

async function loadRecords(
  deps: Deps,
  workspaceId: string,
  data: DemoData,
  progress: Progress,
): Promise<Ids> {
  const users = new Map<string, { id: string; role: Role }>();
  // The demo's reseller: its user sees only what Brightpath registered.
  const [brightpath] = await deps.db
    .insert(partners)
    .values({ workspaceId, name: "Brightpath Consulting", kind: "reseller", website: "brightpath.example" })
    .returning({ id: partners.id });
  await inParallel(data.users, PARALLEL, async (u) => {
    const { id } = await createUser(deps, {
      workspaceId,
      email: u.email,
      name: u.name,
      role: u.role,
      password: data.password,
      partnerId: u.role === "partner" ? brightpath!.id : undefined,
    });
    users.set(u.key, { id, role: u.role });
    progress(1, "users");
  });
  const admin: Actor = { workspaceId, userId: users.get("admin")!.id, role: "admin" };

  const companies = new Map<string, string>();
  await inParallel(data.companies, PARALLEL, async ({ key, ...fields }) => {
    companies.set(key, (await createCompany(deps, admin, fields)).id);
    progress(1, "companies");
  });

  const programs = new Map<string, string>();
  for (const { key, costs, ...fields } of data.programs) {
    const id = (await createProgram(deps, admin, fields)).id;
    for (const line of costs) await addCostLine(deps, admin, id, line);
    programs.set(key, id);
    progress(1, "programs");
  }

  const contacts = await insertContacts(deps, admin, data.contacts, companies, (n) =>
    progress(n, "contacts"),
  );
  return { workspaceId, users, companies, programs, contacts, admin };
}

/**
 * Records the touchpoints in batches that never split a contact, so each contact's first response
 * (the prospect → lead change) is found within one batch. Returns how many were created.
 */
async function loadTouchpoints(
  deps: Deps,
  ids: Ids,
  touches: readonly DemoTouchpoint[],
  progress: Progress,
): Promise<number> {
  const batches: TouchpointInput[][] = [[]];
  for (let i = 0; i < touches.length; ) {
    let end = i;
    while (end < touches.length && touches[end]!.contactKey === touches[i]!.contactKey) end++;
    if (batches.at(-1)!.length + (end - i) > MAX_BATCH) batches.push([]);
    for (const t of touches.slice(i, end)) batches.at(-1)!.push(toInput(t, ids));
    i = end;
  }
  let created = 0;
  // Two at a time: batches touch disjoint contacts, so they never wait on each other's locks.
  await inParallel(batches, 2, async (batch) => {
    const results = await recordTouchpoints(deps, ids.admin, batch);
    for (const r of results) {
      if (r.status === "error")
        throw new AppError("internal", `A demo touchpoint was refused: ${r.error.message}`);
      if (r.status === "created") created++;
    }
    progress(batch.length, "touchpoints");
  });
  return created;
}

function toInput(t: DemoTouchpoint, ids: Ids): TouchpointInput {
  return {
    contactId: ids.contacts.get(t.contactKey)!,
    kind: t.kind,
    side: t.side,
    programId: t.programKey ? ids.programs.get(t.programKey)! : null,
    userId: t.userKey ? ids.users.get(t.userKey)!.id : null,
    occurredAt: new Date(t.occurredAt),
    properties: t.properties,
    externalId: t.externalId,
  };
}

/** Hand-offs, acceptances, wins and exits, each by its user at its own past instant. */
async function applyStageChanges(
  deps: Deps,
  ids: Ids,
  contacts: readonly DemoContact[],
  progress: Progress,
): Promise<void> {
  const changed = contacts.filter((c) => c.stageChanges.length > 0);
  await inParallel(changed, PARALLEL, async (c) => {
    for (const change of c.stageChanges) {
      const user = ids.users.get(change.byUserKey)!;
      const actor: Actor = { workspaceId: ids.workspaceId, userId: user.id, role: user.role };
      const ownerId =
        change.ownerKey === undefined
          ? {}
          : { ownerId: change.ownerKey ? ids.users.get(change.ownerKey)!.id : null };
      await updateContact(at(deps, change.at), actor, {
        id: ids.contacts.get(c.key)!,
        changes: { stage: change.to, stageReason: change.reason, ...ownerId },
      });
      progress(1, "stage changes");
    }
  });
}

/**
 * Runs `work` over the items with at most `limit` running at once. After a failure no new item
 * starts, and the error is thrown once the running ones have settled (so cleanup does not race them).
 */
async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    while (failures.length === 0 && next < items.length) {
      try {
        await work(items[next++]!);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failures.length > 0) throw failures[0];
}
