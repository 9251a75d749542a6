// What a deal does to its contact's lifecycle: opening one makes the contact sales-owned (the
// same transition as a hand-off, accepted at once), winning one makes it a customer, and a deal
// that closes either way settles the contact's open hand-off and first-contact task.
import { and, eq } from "drizzle-orm";
import type { Executor } from "../../store/db.ts";
import { contacts } from "../../store/schema/index.ts";
import { changeStage } from "./change-stage.ts";
import { closeFirstContactTasks } from "./settle-handoff.ts";

interface DealEvent {
  workspaceId: string;
  contactId: string;
  dealId: string;
  dealName: string;
  /** The deal's owner: the contact's sales owner from now on. */
  ownerId: string;
  userId: string;
  now: Date;
}

async function stageOf(tx: Executor, workspaceId: string, contactId: string) {
  const [row] = await tx
    .select({ stage: contacts.stage })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, contactId)))
    .for("no key update");
  return row?.stage ?? null;
}

export async function dealOpened(tx: Executor, e: DealEvent): Promise<void> {
  const stage = await stageOf(tx, e.workspaceId, e.contactId);
  if (stage === null || stage === "in_sales" || stage === "customer") return;
  await changeStage(tx, {
    workspaceId: e.workspaceId,
    contactId: e.contactId,
    to: "in_sales",
    cause: "deal",
    causeId: e.dealId,
    userId: e.userId,
    reason: `deal opened: ${e.dealName}`,
    ownerId: e.ownerId,
    now: e.now,
  });
}

export async function dealClosed(tx: Executor, e: DealEvent & { outcome: "won" | "lost" }): Promise<void> {
  const stage = await stageOf(tx, e.workspaceId, e.contactId);
  if (stage === null) return;
  const to = e.outcome === "won" ? "customer" : "in_sales";
  if (stage !== "customer" && (e.outcome === "won" || stage === "sales_ready")) {
    await changeStage(tx, {
      workspaceId: e.workspaceId,
      contactId: e.contactId,
      to,
      cause: "deal",
      causeId: e.dealId,
      userId: e.userId,
      reason: `deal ${e.outcome}: ${e.dealName}`,
      ownerId: e.ownerId,
      now: e.now,
    });
  }
  await closeFirstContactTasks(tx, {
    workspaceId: e.workspaceId,
    contactId: e.contactId,
    outcome: `Closed: the deal was ${e.outcome}`,
    now: e.now,
  });
}
