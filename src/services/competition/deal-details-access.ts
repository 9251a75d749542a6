import type { Role } from "../../domain/catalogue.ts";
import { STAFF } from "../context.ts";

// Who may read and record a deal's competitors and objections. Partner users may too, for the
// deals their organisation registered (deal-access.ts keeps the others out of sight); marketing
// reads them — objections are market research — but the deal's people record them.
export const DEAL_DETAIL_READERS: readonly Role[] = [...STAFF, "partner"];
export const DEAL_DETAIL_WRITERS: readonly Role[] = ["admin", "sales", "partner"];
