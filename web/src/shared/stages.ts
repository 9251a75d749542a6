// Contact stages, in lifecycle order (mirrors src/domain/stages.ts on the server).
export const STAGES = [
  "prospect",
  "lead",
  "sales_ready",
  "in_sales",
  "customer",
  "recycled",
  "disqualified",
] as const;

export const STAGE_COLORS: Record<string, string> = {
  prospect: "gray",
  lead: "teal",
  sales_ready: "grape",
  in_sales: "indigo",
  customer: "green",
  recycled: "yellow",
  disqualified: "dark",
};
