// The programs table as a plain record (one store for every use case that loads or writes one).
import { recordStore } from "../../store/queries/records.ts";
import { programs } from "../../store/schema/index.ts";

export const programStore = recordStore({
  table: programs,
  label: "Program",
  conflictMessage: "A program with this UTM campaign key already exists.",
  inUseMessage: "This program has touchpoints; it cannot be deleted (archive it instead).",
});
