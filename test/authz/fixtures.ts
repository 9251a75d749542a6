// The authorization matrix's world, built once: two workspaces; in A an admin, a marketer, two
// sales reps, two partner organisations with a user each, a revoked key; in B an admin, a rep and
// the same kinds of records. Every record the matrix points at exists once per holder (whose it
// is), so a cell names "the rep's own deal" or "the other organisation's contact" by holder.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { createApiKey } from "../../src/services/auth/api-keys.ts";
import { contacts, handoffs, outbox, webhookDeliveries } from "../../src/store/schema/index.ts";
import { type ApiResponse, type Caller, setupApi, type TestApi } from "../support/api.ts";
import { openTestDatabase, uniqueSlug } from "../support/database.ts";
import { HOLDERS, type Holder } from "./policy.ts";

/** Ids a request may need, for one holder; unowned kinds are the workspace's one record. */
export interface Records {
  contact: string;
  deal: string;
  proposal: string;
  objection: string;
  approval: string;
  task: string;
  handoff: string;
  apiKey: string;
  company: string;
  program: string;
  cost: string;
  costProgram: string;
  link: string;
  linkProgram: string;
  plan: string;
  pipeline: string;
  competitor: string;
  objectionType: string;
  lossReason: string;
  product: string;
  priceBook: string;
  partner: string;
  user: string;
  invitedUser: string;
  /** The pending invitation's token (from the one-time link). */
  invitationToken: string;
  /** The product every price book of the workspace lists. */
  seat: string;
  deactivatedUser: string;
  playbook: string;
  enrolment: string;
  template: string;
  outbox: string;
  broadcast: string;
  suppression: string;
  webhook: string;
  /** A dead delivery of the fixture's webhook (replayable). */
  webhookDelivery: string;
}

/** The kinds a factory makes (the rest of Records are made alongside them). */
export type Kind = Exclude<keyof Records, "costProgram" | "linkProgram" | "invitationToken" | "seat">;

export function must(res: ApiResponse, status: number, what: string): ApiResponse {
  assert.equal(res.status, status, `fixture ${what}: ${JSON.stringify(res.body)}`);
  return res;
}

const id = async (res: Promise<ApiResponse>, status: number, what: string): Promise<string> =>
  must(await res, status, what).body.id;

const NOW = () => new Date().toISOString();
let planMonths = 0;

/** One workspace's people and the factories that make its records. */
async function buildWorkspace(api: TestApi, withPartners: boolean) {
  const admin = api.admin;
  const marketing = await api.userWithKey("marketing");
  const rep1 = await api.userWithKey("sales");
  const rep2 = await api.userWithKey("sales");
  const p1 = withPartners ? await api.userWithKey("partner") : undefined;
  const p2 = withPartners ? await api.userWithKey("partner") : undefined;
  const as = (key: string): Caller => api.callerFor(key);
  const A = api.call;

  // Unowned records, one each.
  const product = await id(
    A("POST", "/api/v1/products", { sku: `S-${uniqueSlug()}`, name: "Seat" }),
    201,
    "product",
  );
  const book = (channel: string, partnerId: string | null) =>
    id(
      A("POST", "/api/v1/price-books", {
        name: `Book ${uniqueSlug()}`,
        channel,
        currency: "USD",
        partnerId,
        entries: [{ productId: product, unitPriceMinor: 10_000 }],
      }),
      201,
      "price book",
    );
  const directBook = await book("direct", null);
  const resellerBook = await book("reseller", null);
  const partnerBooks = new Map<string, string>();
  for (const p of [p1, p2]) if (p) partnerBooks.set(p.partnerId!, await book("reseller", p.partnerId!));
  must(
    await A("PUT", "/api/v1/discount-policy", {
      defaultMaxDiscountBp: 1000,
      maxDiscountBpByRole: {},
      maxDiscountBpByChannel: {},
      giveawaysAllowed: false,
    }),
    200,
    "discount policy",
  );

  const ownerKey: Record<string, { userId: string; key: string; partnerId?: string }> = {
    admin,
    marketing,
    rep1,
    rep2,
    ...(p1 ? { p1 } : {}),
    ...(p2 ? { p2 } : {}),
  };
  const userOf = (holder: Holder) => ownerKey[holder] ?? admin;
  const isPartner = (holder: Holder) => holder === "p1" || holder === "p2";
  /** Each contact's address, for the requests that must repeat it (erasure's confirmation). */
  const emails = new Map<string, string>();

  /** A contact held by `holder`: owned by that user, or registered by that partner organisation. */
  async function contact(holder: Holder): Promise<string> {
    const email = `c-${uniqueSlug()}@example.com`;
    const made = isPartner(holder)
      ? await id(as(userOf(holder).key)("POST", "/api/v1/contacts", { email }), 201, "contact")
      : await id(
          A("POST", "/api/v1/contacts", { email, firstName: "Cleo", ownerId: userOf(holder).userId }),
          201,
          "contact",
        );
    emails.set(made, email);
    return made;
  }

  /** A deal at list price with one line (proposals need lines), on a new contact of the holder. */
  async function deal(holder: Holder, unitPriceMinor = 10_000): Promise<{ deal: string; contact: string }> {
    const c = await contact(holder);
    const u = userOf(holder);
    const seller = isPartner(holder) ? as(u.key) : A;
    const body = {
      name: `Deal ${uniqueSlug()}`,
      contactId: c,
      amountMinor: 0,
      currency: "USD",
      ...(isPartner(holder) ? {} : { ownerId: u.userId }),
    };
    const d = await id(seller("POST", "/api/v1/deals", body), 201, "deal");
    const priceBookId = isPartner(holder) ? partnerBooks.get(u.partnerId!)! : directBook;
    must(
      await seller("PUT", `/api/v1/deals/${d}/line-items`, {
        priceBookId,
        items: [{ productId: product, quantity: 1, unitPriceMinor }],
      }),
      200,
      "line items",
    );
    return { deal: d, contact: c };
  }

  const sellerOf = (holder: Holder) => (isPartner(holder) ? as(userOf(holder).key) : A);

  const programRecord = async () => ({
    program: await id(
      A("POST", "/api/v1/programs", { name: `Prog ${uniqueSlug()}`, channel: "email", currency: "USD" }),
      201,
      "program",
    ),
  });
  const userRecord = async () => ({ user: (await api.userWithKey("sales")).userId });
  const playbookRecord = async () => ({
    playbook: await id(
      A("POST", "/api/v1/playbooks", {
        name: `Seq ${uniqueSlug()}`,
        tier: null,
        side: "sales",
        steps: [{ side: "sales", channel: "call_task", delayMinutes: 60 * 24 * 30, taskTitle: "Call" }],
      }),
      201,
      "playbook",
    ),
  });
  const templateRecord = async () => ({
    template: await id(
      A("POST", "/api/v1/email-templates", {
        name: `Tpl ${uniqueSlug()}`,
        kind: "marketing",
        subject: "Hello",
        body: "Hi {{firstName}}\n\n{{unsubscribeUrl}}",
      }),
      201,
      "template",
    ),
  });

  const factories = {
    contact: async (h: Holder) => ({ contact: await contact(h) }),
    deal: async (h: Holder) => deal(h),
    proposal: async (h: Holder) => {
      const d = await deal(h);
      const p = await id(
        sellerOf(h)("POST", `/api/v1/deals/${d.deal}/proposals`, { kind: "proposal" }),
        201,
        "proposal",
      );
      return { ...d, proposal: p };
    },
    objection: async (h: Holder) => {
      const d = await deal(h);
      const o = await id(
        sellerOf(h)("POST", `/api/v1/deals/${d.deal}/objections`, { text: "Too dear" }),
        201,
        "objection",
      );
      return { ...d, objection: o };
    },
    /** Half price is beyond the 10 % limit: the seller asks approval. */
    approval: async (h: Holder) => {
      const holder = h === "admin" || h === "marketing" ? "rep1" : h;
      const d = await deal(holder, 5_000);
      const seller = isPartner(holder) ? as(userOf(holder).key) : as(userOf(holder).key);
      const a = await id(seller("POST", `/api/v1/deals/${d.deal}/approvals`, {}), 201, "approval");
      return { ...d, approval: a };
    },
    task: async (h: Holder) => {
      const c = await contact(h === "p1" || h === "p2" ? "rep1" : h);
      const t = await id(
        A("POST", "/api/v1/tasks", {
          contactId: c,
          ownerId: userOf(isPartner(h) ? "rep1" : h).userId,
          kind: "call",
          title: "Call back",
          dueAt: NOW(),
        }),
        201,
        "task",
      );
      return { contact: c, task: t };
    },
    /** A lead made hot is handed to a rep; the hand-off is then given to the holder. */
    handoff: async (h: Holder) => {
      const c = await contact("admin");
      for (const kind of ["form_submit", "event_attended", "webinar"]) {
        must(
          await A("POST", "/api/v1/touchpoints", { contactId: c, kind, occurredAt: NOW() }),
          201,
          "touchpoint",
        );
      }
      const owner = userOf(isPartner(h) ? "rep1" : h).userId;
      const [row] = await api.deps.db
        .update(handoffs)
        .set({ ownerId: owner })
        .where(and(eq(handoffs.workspaceId, api.workspaceId), eq(handoffs.contactId, c)))
        .returning({ id: handoffs.id });
      assert.ok(row, "fixture hand-off: the hot lead was not handed over");
      await api.deps.db
        .update(contacts)
        .set({ ownerId: owner })
        .where(and(eq(contacts.workspaceId, api.workspaceId), eq(contacts.id, c)));
      return { contact: c, handoff: row.id };
    },
    apiKey: async (h: Holder) => ({
      apiKey: (
        await createApiKey(api.deps, {
          workspaceId: api.workspaceId,
          userId: userOf(h).userId,
          name: "fixture",
        })
      ).id,
    }),
    company: async () => ({
      company: await id(A("POST", "/api/v1/companies", { name: `Co ${uniqueSlug()}` }), 201, "company"),
    }),
    program: programRecord,
    cost: async () => {
      const { program } = await programRecord();
      const cost = await id(
        A("POST", `/api/v1/programs/${program}/costs`, { incurredOn: "2026-11-02", amountMinor: 5_000 }),
        201,
        "cost",
      );
      return { costProgram: program, cost };
    },
    link: async () => {
      const { program } = await programRecord();
      const link = await id(
        A("POST", `/api/v1/programs/${program}/links`, {
          targetUrl: "https://acme.test/offer",
          utmSource: "news",
        }),
        201,
        "link",
      );
      return { linkProgram: program, link };
    },
    plan: async () => ({
      plan: await id(
        A("POST", "/api/v1/plans", {
          period: "month",
          // One plan per month and scope: each fixture plan gets a month of its own.
          startsOn: `${2040 + Math.floor(planMonths / 12)}-${String(1 + (planMonths++ % 12)).padStart(2, "0")}-01`,
          channel: null,
          currency: "USD",
          leadsTarget: 10,
          salesReadyTarget: 5,
          pipelineTargetMinor: 100,
          revenueTargetMinor: 100,
          plannedSpendMinor: 100,
        }),
        201,
        "plan",
      ),
    }),
    pipeline: async () => ({
      pipeline: await id(
        A("POST", "/api/v1/pipelines", {
          name: `Pipe ${uniqueSlug()}`,
          stages: [
            { key: "talk", name: "Talk", outcome: "open", probability: 20 },
            { key: "won", name: "Won", outcome: "won", probability: 100 },
            { key: "lost", name: "Lost", outcome: "lost", probability: 0 },
          ],
        }),
        201,
        "pipeline",
      ),
    }),
    competitor: async () => ({
      competitor: await id(
        A("POST", "/api/v1/competitors", { name: `Rival ${uniqueSlug()}` }),
        201,
        "competitor",
      ),
    }),
    objectionType: async () => ({
      objectionType: await id(
        A("POST", "/api/v1/objection-types", { label: `Obj ${uniqueSlug()}` }),
        201,
        "objection type",
      ),
    }),
    lossReason: async () => ({
      lossReason: await id(
        A("POST", "/api/v1/loss-reasons", { label: `Loss ${uniqueSlug()}` }),
        201,
        "loss reason",
      ),
    }),
    product: async () => ({
      product: await id(
        A("POST", "/api/v1/products", { sku: `S-${uniqueSlug()}`, name: "Extra" }),
        201,
        "product",
      ),
    }),
    /** Staff's records are the direct book; a partner's is its organisation's own book. */
    priceBook: async (h: Holder) => ({
      priceBook: isPartner(h) ? await book("reseller", userOf(h).partnerId!) : await book("direct", null),
    }),
    partner: async () => ({
      partner: await id(
        A("POST", "/api/v1/partners", { name: `Org ${uniqueSlug()}`, kind: "affiliate" }),
        201,
        "partner",
      ),
    }),
    user: userRecord,
    invitedUser: async () => {
      const res = must(
        await A("POST", "/api/v1/users/invitations", {
          email: `inv-${uniqueSlug()}@example.com`,
          name: "Invitee",
          role: "sales",
        }),
        201,
        "invitation",
      );
      return { invitedUser: res.body.user.id, invitationToken: String(res.body.link).split("/invite/")[1] };
    },
    deactivatedUser: async () => {
      const { user } = await userRecord();
      must(await A("POST", `/api/v1/users/${user}/deactivate`), 200, "deactivate");
      return { deactivatedUser: user };
    },
    playbook: playbookRecord,
    enrolment: async () => {
      const { playbook } = await playbookRecord();
      const c = await contact("rep1");
      const enrolment = await id(
        A("POST", `/api/v1/sequences/${playbook}/enrolments`, {
          contactId: c,
          override: { reason: "fixture" },
        }),
        201,
        "enrolment",
      );
      return { playbook, enrolment };
    },
    template: templateRecord,
    /** A message as the sender leaves it: written straight to the outbox, nothing is sent. */
    outbox: async () => {
      const c = await contact("rep1");
      const [row] = await api.deps.db
        .insert(outbox)
        .values({
          workspaceId: api.workspaceId,
          contactId: c,
          kind: "sales",
          fromAddress: "rep@acme.test",
          toAddress: "buyer@example.com",
          subject: "Hello",
          textBody: "Hello",
          htmlBody: "<p>Hello</p>",
          messageId: `<${uniqueSlug()}@acme.test>`,
        } as typeof outbox.$inferInsert)
        .returning({ id: outbox.id });
      return { outbox: row!.id };
    },
    broadcast: async () => {
      const { template } = await templateRecord();
      return {
        broadcast: await id(
          A("POST", "/api/v1/emails/broadcasts", { templateId: template, filter: {} }),
          201,
          "broadcast",
        ),
      };
    },
    suppression: async () => {
      const email = `sup-${uniqueSlug()}@example.com`;
      must(await A("POST", "/api/v1/suppressions", { email }), 201, "suppression");
      return { suppression: email };
    },
    webhook: async () => {
      const webhook = await id(
        A("POST", "/api/v1/webhooks", {
          url: "https://hooks.example.com/baton",
          events: ["contact.created"],
        }),
        201,
        "webhook",
      );
      return { webhook };
    },
    /** Dead, so replaying it is allowed; written straight in (no receiver exists here). */
    webhookDelivery: async () => {
      const webhook = await id(
        A("POST", "/api/v1/webhooks", { url: "https://hooks.example.com/dead", events: ["contact.created"] }),
        201,
        "webhook",
      );
      const eventId = randomUUID();
      const [row] = await api.deps.db
        .insert(webhookDeliveries)
        .values({
          workspaceId: api.workspaceId,
          subscriptionId: webhook,
          event: "contact.created",
          eventId,
          payload: {
            id: eventId,
            type: "contact.created",
            occurredAt: NOW(),
            workspaceId: api.workspaceId,
            data: {},
          },
          status: "dead",
          attempts: 8,
          lastError: "HTTP 500",
        })
        .returning({ id: webhookDeliveries.id });
      return { webhookDelivery: row!.id };
    },
  } satisfies Record<
    Exclude<Kind, "costProgram" | "linkProgram" | "invitationToken" | "seat">,
    (h: Holder) => Promise<Partial<Records>>
  >;

  return { api, admin, marketing, rep1, rep2, p1, p2, factories, product, directBook, resellerBook, emails };
}

export type Workspace = Awaited<ReturnType<typeof buildWorkspace>>;

/** Kinds a holder has its own record of; every other kind is the workspace's one record. */
const HELD: Partial<Record<Kind, readonly Holder[]>> = {
  contact: HOLDERS,
  deal: HOLDERS,
  proposal: HOLDERS,
  objection: HOLDERS,
  approval: ["rep1", "rep2", "p1", "p2"],
  task: ["admin", "marketing", "rep1", "rep2"],
  handoff: ["rep1", "rep2"],
  apiKey: ["admin", "marketing", "rep1", "rep2", "p1", "p2"],
  priceBook: ["rep1", "p1", "p2"],
};

async function recordsOf(w: Workspace, holders: readonly Holder[]): Promise<Map<Holder, Records>> {
  const makers = Object.entries(w.factories) as [Kind, (h: Holder) => Promise<Partial<Records>>][];
  const unowned = await Promise.all(makers.filter(([kind]) => !HELD[kind]).map(([, make]) => make("rep1")));
  const held = await Promise.all(
    makers.filter(([kind]) => HELD[kind]).map(async ([kind, make]) => pick(await make("rep1"), kind)),
  );
  // The first record of a kind wins (an enrolment's playbook does not replace the playbook).
  const shared: Partial<Records> = {};
  for (const part of unowned) Object.assign(shared, part, shared);
  const out = new Map<Holder, Records>();
  const base = Object.assign({ ...shared, seat: w.product }, ...held) as Records;
  // Holders' records are independent of one another: made side by side.
  await Promise.all(
    holders.map(async (h) => {
      const own: Partial<Records> = {};
      for (const [kind, held] of Object.entries(HELD) as [Kind, Holder[]][]) {
        if (held.includes(h) && h !== "rep1") Object.assign(own, pick(await w.factories[kind](h), kind));
      }
      out.set(h, { ...base, ...own });
    }),
  );
  return out;
}

/** Only the named kind's id (a deal factory also returns its contact: the holder's contact stays). */
const pick = (r: Partial<Records>, kind: Kind): Partial<Records> =>
  kind === "cost" || kind === "link" || kind === "enrolment" || kind === "invitedUser"
    ? r
    : { [kind]: r[kind] };

export async function buildWorld() {
  const database = openTestDatabase();
  const [A, B] = await Promise.all([
    setupApi({ database }).then((api) => buildWorkspace(api, true)),
    setupApi({ database }).then((api) => buildWorkspace(api, false)),
  ]);
  // The revoked key: a marketer's, revoked through the API.
  const revokedUser = await A.api.userWithKey("marketing");
  must(await A.api.call("POST", `/api/v1/api-keys/${revokedUser.keyId}/revoke`), 200, "revoke");
  const [records, bAll] = await Promise.all([
    recordsOf(
      A,
      HOLDERS.filter((h) => h !== "B"),
    ),
    recordsOf(B, ["rep1"]),
  ]);
  const bRecords = bAll.get("rep1")!;
  records.set("B", bRecords);
  return { database, A, B, revokedKey: revokedUser.key, records };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
