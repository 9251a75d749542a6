// What every report route shares: the definitions' schema, the CSV response and how it is sent.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { recordExport } from "../../services/audit/record-export.ts";
import { type ReportTable, toCsv } from "../../services/reports/report-table.ts";
import type { AppEnv } from "../env.ts";

export const reportTags = ["Reports"];

export const Definition = z.object({ term: z.string(), meaning: z.string() }).openapi("ReportDefinition");

/** The CSV alternative of a report's 200 response (format=csv). */
export const csv = {
  "text/csv": { schema: z.string().openapi({ description: "The same table as CSV (RFC 4180)" }) },
};

/** Answers a report's CSV, and records the download in the audit log (export.downloaded). */
export const sendCsv = async (c: Context, name: string, body: string) => {
  const env = c as unknown as Context<AppEnv>;
  await recordExport(env.get("deps"), env.get("identity"), { name: `${name}.csv` });
  return c.body(body, 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${name}.csv"`,
  });
};

/** A report's 200 response: its JSON schema, or the same table as CSV with format=csv. */
export const withCsv = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema }, ...csv },
});

/** A report as JSON, or — with format=csv — its table as a CSV file named `name`. */
export const jsonOrCsv = <R>(
  c: Context,
  format: string,
  report: R,
  name: string,
  table: (r: R) => ReportTable,
) => (format === "csv" ? sendCsv(c, name, toCsv(table(report))) : c.json(report as object, 200)) as never;
