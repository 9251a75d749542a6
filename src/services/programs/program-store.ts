// The programs table as a plain record (one store for every use case that loads or writes one).
import { recordStore } from "../../store/queries/records.ts";
import { programs } from "../../store/schema/index.ts";

export const programStore = recordStore({
  table: programs,
  label: "Program",
  conflictMessage: "A program with this UTM campaign key already exists.",
  // Touchpoints are the one reference that blocks a delete (leads and reach come from them); cost
  // lines, tracked links and their click counts go with the program.
  inUseMessage:
    "This program has touched contacts or made leads, so it cannot be deleted: archive it instead, and its figures stay in the reports.",
});
