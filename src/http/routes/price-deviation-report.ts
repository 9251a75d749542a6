// The price-deviation report through the API: what won deals gave away against policy, per rep,
// sales channel or partner (JSON, or the same table as CSV with format=csv).
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { PRICE_DEVIATION_GROUPS } from "../../domain/price-deviation.ts";
import { priceDeviationReport } from "../../services/reports/price-deviation.ts";
import { priceDeviationTable } from "../../services/reports/price-deviation-table.ts";
import { PriceDeviationQuerySchema } from "../../services/reports/report-schemas.ts";
import type { AppEnv } from "../env.ts";
import { errorResponses } from "../schemas.ts";
import { DeviationSchema, PolicyRules } from "./deal-schemas-openapi.ts";
import { csv, Definition, jsonOrCsv, reportTags as tags } from "./report-responses.ts";

export const priceDeviationRoutes = new OpenAPIHono<AppEnv>();

const count = z.number().int();
const money = z.number().int().openapi({ description: "minor units of the report's currency" });
const Figures = {
  wonDeals: count,
  discountedDeals: count,
  giveawayDeals: count,
  listMinor: money,
  discountMinor: money,
  giveawayMinor: money,
  givenAwayMinor: money,
  revenueMinor: money,
  shareOfRevenue: z.number().nullable(),
  outsidePolicy: count,
  requested: count,
  approved: count,
  rejected: count,
  pending: count,
  superseded: count,
  approvalRate: z.number().nullable(),
  medianDecideSeconds: z.number().nullable(),
  p75DecideSeconds: z.number().nullable(),
};

priceDeviationRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reports/price-deviation",
    operationId: "getPriceDeviationReport",
    tags,
    summary:
      "Price deviations: discounts and give-aways of won deals against policy, approvals and time to decide, deals won outside policy",
    description:
      "Per owner (default), sales channel (the price book's) or registering partner, for deals won in the period (inclusive UTC days, the last 90 by default) in one currency (by default the one most deals use). `outsidePolicyDeals` lists up to 200 won deals that today's policy flags with no approval for their exact lines; the figures count them all.",
    request: { query: PriceDeviationQuerySchema.openapi("PriceDeviationQuery") },
    responses: {
      200: {
        description: "The report",
        content: {
          "application/json": {
            schema: z
              .object({
                report: z.literal("price-deviation"),
                title: z.string(),
                from: z.string(),
                to: z.string(),
                currency: z.string(),
                groupBy: z.enum(PRICE_DEVIATION_GROUPS),
                policy: z.object(PolicyRules),
                definitions: z.array(Definition),
                rows: z.array(
                  z.object({ key: z.string().nullable(), name: z.string().nullable(), ...Figures }),
                ),
                total: z.object(Figures),
                outsidePolicyDeals: z.array(
                  z.object({
                    dealId: z.uuid(),
                    name: z.string(),
                    ownerId: z.uuid(),
                    ownerName: z.string().nullable(),
                    closedAt: z.string(),
                    amountMinor: money,
                    deviations: z.array(DeviationSchema),
                  }),
                ),
              })
              .openapi("PriceDeviationReport"),
          },
          ...csv,
        },
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const report = await priceDeviationReport(c.get("deps"), c.get("identity"), query);
    return jsonOrCsv(
      c,
      query.format,
      report,
      `price-deviation-${report.from}-${report.to}`,
      priceDeviationTable,
    );
  },
);
