// Contact stages come from the pure domain (one list for server and screens); a stage added
// there without a colour here fails the typecheck.
import { STAGES, type Stage } from "#domain/stages";

export { STAGES };

export const STAGE_COLORS: Record<Stage, string> = {
  prospect: "gray",
  lead: "teal",
  sales_ready: "grape",
  in_sales: "indigo",
  customer: "green",
  recycled: "yellow",
  disqualified: "dark",
};

/** The badge colour of a stage as the API sends it (a string); unknown stages are grey. */
export function stageColor(stage: string): string {
  return (STAGE_COLORS as Record<string, string>)[stage] ?? "gray";
}
