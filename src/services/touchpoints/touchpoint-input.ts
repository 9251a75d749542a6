import type { Side, TouchpointKind } from "../../domain/touchpoint-kinds.ts";

/** One touchpoint to record; the contact is named by id or by email (created if new). */
export interface TouchpointInput {
  contactId?: string;
  email?: string;
  kind: TouchpointKind;
  side?: Side;
  programId?: string | null;
  userId?: string | null;
  occurredAt: Date;
  properties?: Record<string, unknown>;
  externalId?: string | null;
}

export type TouchpointItemResult =
  | {
      index: number;
      status: "created" | "duplicate";
      touchpointId: string;
      contactId: string;
      contactCreated: boolean;
    }
  | {
      index: number;
      status: "error";
      error: { code: "unknown_reference" | "validation_failed"; message: string };
    };

/** How far ahead of the server clock a touchpoint may be dated (clock skew of the sender). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;
