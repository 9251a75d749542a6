// `baton report <name>`: the same reports as the API and the web app, as a table, CSV or JSON.
import type { Command } from "commander";
import type { z } from "zod";
import { AppError } from "../../domain/errors.ts";
import { PlanListQuerySchema } from "../../services/plans/plan-schemas.ts";
import { listPlans, planProgramNames } from "../../services/plans/plans.ts";
import { attributionReport } from "../../services/reports/attribution.ts";
import { attributionTable } from "../../services/reports/attribution-table.ts";
import { budgetAdvice } from "../../services/reports/budget-advice.ts";
import { effectivenessTable } from "../../services/reports/effectiveness-table.ts";
import { funnelReport } from "../../services/reports/funnel.ts";
import { handoffReport } from "../../services/reports/handoff-report.ts";
import { handoffTable } from "../../services/reports/handoff-table.ts";
import { budgetAdviceTable, plansTable, reverseFunnelTable } from "../../services/reports/loop-tables.ts";
import { priceDeviationReport } from "../../services/reports/price-deviation.ts";
import { priceDeviationTable } from "../../services/reports/price-deviation-table.ts";
import { programScorecard } from "../../services/reports/program-scorecard.ts";
import { programSeries } from "../../services/reports/program-series.ts";
import {
  AttributionQuerySchema,
  BudgetAdviceQuerySchema,
  EffectivenessQuerySchema,
  FunnelQuerySchema,
  HandoffReportQuerySchema,
  PriceDeviationQuerySchema,
  ReverseFunnelQuerySchema,
  SalesFeedbackQuerySchema,
  SalesQuerySchema,
  ScorecardQuerySchema,
  SeriesQuerySchema,
  TouchesQuerySchema,
} from "../../services/reports/report-schemas.ts";
import {
  funnelTable,
  type ReportTable,
  salesTable,
  scorecardTable,
  seriesTable,
  toCsv,
  touchesTable,
} from "../../services/reports/report-table.ts";
import { reverseFunnelReport } from "../../services/reports/reverse-funnel.ts";
import { salesConversion } from "../../services/reports/sales-conversion.ts";
import { salesFeedback } from "../../services/reports/sales-feedback.ts";
import { salesFeedbackTable } from "../../services/reports/sales-feedback-table.ts";
import { sourceEffectiveness } from "../../services/reports/source-effectiveness.ts";
import { touchesToClose } from "../../services/reports/touches-to-close.ts";
import { cliActor } from "../../services/users/find-user.ts";
import { withDatabase, workspaceIdOf } from "../with-database.ts";

type Format = "table" | "csv" | "json";

interface ReportCommand {
  description: string;
  schema: z.ZodType;
  /** Command-line option → query field. */
  options: [flag: string, field: string, help: string][];
  run: (
    deps: Parameters<typeof programScorecard>[0],
    actor: Parameters<typeof programScorecard>[1],
    query: never,
  ) => Promise<unknown>;
  table: (report: never) => ReportTable;
}

const PERIOD: ReportCommand["options"] = [
  ["--from <day>", "from", "first day, YYYY-MM-DD (with --to; default the last 90 days)"],
  ["--to <day>", "to", "last day, YYYY-MM-DD, included"],
];

const REPORTS: Record<string, ReportCommand> = {
  "program-scorecard": {
    description: "reach, leads and what became of them, cost, cost per lead and ROI per program or channel",
    schema: ScorecardQuerySchema,
    options: [
      ...PERIOD,
      ["--group-by <program|channel>", "groupBy", "one row per program (default) or per channel"],
      ["--channel <channel>", "channel", "only this channel's programs"],
      ["--owner <user id>", "ownerId", "only the programs this user owns"],
      ["--program <program id>", "programId", "only this program"],
      ["--currency <code>", "currency", "money in this currency (default: most programs')"],
    ],
    run: programScorecard as ReportCommand["run"],
    table: scorecardTable as ReportCommand["table"],
  },
  funnel: {
    description: "cohorts of leads by month: how many reached each stage, and the conversion between them",
    schema: FunnelQuerySchema,
    options: [
      ...PERIOD,
      ["--program <program id>", "programId", "only the leads this program made"],
      ["--channel <channel>", "channel", "only the leads this channel's programs made"],
      ["--owner <user id>", "ownerId", "only contacts this user owns"],
    ],
    run: funnelReport as ReportCommand["run"],
    table: funnelTable as ReportCommand["table"],
  },
  "sales-conversion": {
    description:
      "per rep and team: hand-offs, speed to first touch, deals, win rate, cycle, quota, activities",
    schema: SalesQuerySchema,
    options: [
      ...PERIOD,
      ["--owner <user id>", "ownerId", "only this rep"],
      ["--currency <code>", "currency", "money in this currency (default: most deals')"],
    ],
    run: salesConversion as ReportCommand["run"],
    table: salesTable as ReportCommand["table"],
  },
  "touches-to-close": {
    description:
      "for customers won in the period: touches before the win, by side and by channel of first touch",
    schema: TouchesQuerySchema,
    options: [...PERIOD, ["--owner <user id>", "ownerId", "only customers this user owns"]],
    run: touchesToClose as ReportCommand["run"],
    table: touchesTable as ReportCommand["table"],
  },
  attribution: {
    description:
      "revenue of deals won in the period credited per program or channel, every model side by side",
    schema: AttributionQuerySchema,
    options: [
      ...PERIOD,
      ["--group-by <program|channel>", "groupBy", "one row per program (default) or per channel"],
      ["--channel <channel>", "channel", "only this channel's programs"],
      ["--currency <code>", "currency", "deals in this currency (default: most programs')"],
    ],
    run: attributionReport as ReportCommand["run"],
    table: attributionTable as ReportCommand["table"],
  },
  "source-effectiveness": {
    description:
      "per program or channel: P(customer | lead), revenue per lead and per unit of cost, with 95 % intervals",
    schema: EffectivenessQuerySchema,
    options: [
      ...PERIOD,
      ["--group-by <program|channel>", "groupBy", "one row per program (default) or per channel"],
      ["--channel <channel>", "channel", "only this channel's programs"],
      ["--currency <code>", "currency", "revenue and cost in this currency (default: most programs')"],
    ],
    run: sourceEffectiveness as ReportCommand["run"],
    table: effectivenessTable as ReportCommand["table"],
  },
  "sales-feedback": {
    description:
      "per program: why sales recycled its leads, the objections they raised, why their deals were lost",
    schema: SalesFeedbackQuerySchema,
    options: [...PERIOD, ["--channel <channel>", "channel", "only this channel's programs"]],
    run: salesFeedback as ReportCommand["run"],
    table: salesFeedbackTable as ReportCommand["table"],
  },
  handoffs: {
    description:
      "per owner or program: time to first touch against the SLA, accepted, recycled and why, cooled waiting",
    schema: HandoffReportQuerySchema,
    options: [
      ...PERIOD,
      ["--group-by <owner|program>", "groupBy", "one row per owner (default) or per program"],
    ],
    run: handoffReport as ReportCommand["run"],
    table: handoffTable as ReportCommand["table"],
  },
  "price-deviation": {
    description:
      "per owner, sales channel or partner: discounts and give-aways of won deals, approvals, deals won outside policy",
    schema: PriceDeviationQuerySchema,
    options: [
      ...PERIOD,
      [
        "--group-by <owner|channel|partner>",
        "groupBy",
        "one row per owner (default), sales channel or partner",
      ],
      ["--currency <code>", "currency", "deals in this currency (default: most deals')"],
    ],
    run: priceDeviationReport as ReportCommand["run"],
    table: priceDeviationTable as ReportCommand["table"],
  },
  "budget-advice": {
    description:
      "where to move spend between channels (or programs), the expected change in customers with its 90 % interval, or not enough data yet",
    schema: BudgetAdviceQuerySchema,
    options: [
      ...PERIOD,
      ["--group-by <program|channel>", "groupBy", "judge programs (default) or channels"],
      [
        "--move-from <source>",
        "moveFrom",
        "weigh this move instead (with --move-to): a channel or program id",
      ],
      ["--move-to <source>", "moveTo", "where the money would go"],
      ["--currency <code>", "currency", "spend in this currency (default: most programs')"],
    ],
    run: budgetAdvice as ReportCommand["run"],
    table: budgetAdviceTable as ReportCommand["table"],
  },
  "reverse-funnel": {
    description:
      "from the period's quotas back to the won deals, opportunities, sales-ready leads and leads needed, whole and per program",
    schema: ReverseFunnelQuerySchema,
    options: [
      ["--period <month|quarter>", "period", "the quotas' period (default: quarter)"],
      ["--starts-on <day>", "startsOn", "its first day, YYYY-MM-DD (default: the current one)"],
      ["--currency <code>", "currency", "the quotas' currency (default: their main one)"],
    ],
    run: reverseFunnelReport as ReportCommand["run"],
    table: reverseFunnelTable as ReportCommand["table"],
  },
  plans: {
    description:
      "each marketing plan's targets against the actuals, the gap and the projection to the period's end",
    schema: PlanListQuerySchema,
    options: [
      ["--period <month|quarter>", "period", "only plans of this period kind"],
      ["--starts-on <day>", "startsOn", "only plans starting on this day, YYYY-MM-DD"],
    ],
    run: (async (deps, actor, query) => ({
      ...(await listPlans(deps, actor, query)),
      programNames: Object.fromEntries(await planProgramNames(deps, actor)),
    })) as ReportCommand["run"],
    table: plansTable as ReportCommand["table"],
  },
  "program-series": {
    description: "one program's reach, leads and cost per week or month",
    schema: SeriesQuerySchema,
    options: [
      ...PERIOD,
      ["--program <program id>", "programId", "the program (required)"],
      ["--bucket <week|month>", "bucket", "week (default) or month"],
    ],
    run: programSeries as ReportCommand["run"],
    table: seriesTable as ReportCommand["table"],
  },
};

/** Columns padded to their widest cell; numbers right-aligned. */
function printTable(t: ReportTable): string {
  const text = (c: unknown) =>
    c === null ? "—" : typeof c === "number" && !Number.isInteger(c) ? c.toFixed(4) : String(c);
  const cells = [t.columns, ...t.rows.map((r) => r.map(text))];
  const widths = t.columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const numeric = t.columns.map((_, i) =>
    t.rows.every((r) => r[i] === null || typeof r[i] === "number" || /^-?\d+(\.\d+)?$/.test(String(r[i]))),
  );
  return cells
    .map((r) =>
      r
        .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function registerReportCommand(program: Command): void {
  const report = program.command("report").description("Print a report as a table, CSV or JSON");
  for (const [name, spec] of Object.entries(REPORTS)) {
    const command = report
      .command(name)
      .description(spec.description)
      .requiredOption("--workspace <slug>", "the workspace's slug")
      .option("--as <email>", "run as this user (default: the workspace's first admin)")
      .option("--format <table|csv|json>", "output format", "table");
    for (const [flag, , help] of spec.options) command.option(flag, help);
    command.action((o: Record<string, string>) =>
      withDatabase(async (deps) => {
        const format = o.format as Format;
        if (!["table", "csv", "json"].includes(format)) {
          throw new AppError("validation_failed", "--format must be table, csv or json.");
        }
        const raw: Record<string, string> = {};
        for (const [flag, field] of spec.options) {
          const key = flag.slice(2, flag.indexOf(" ")).replace(/-(\w)/g, (_, ch: string) => ch.toUpperCase());
          if (o[key] !== undefined) raw[field] = o[key]!;
        }
        const parsed = spec.schema.safeParse(raw);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new AppError("validation_failed", `${issue.path.join(".") || "query"}: ${issue.message}`);
        }
        const workspaceId = await workspaceIdOf(deps, o.workspace!);
        const result = await spec.run(deps, await cliActor(deps, workspaceId, o.as), parsed.data as never);
        if (format === "json") console.log(JSON.stringify(result, null, 2));
        else if (format === "csv") process.stdout.write(toCsv(spec.table(result as never)));
        else console.log(printTable(spec.table(result as never)));
      }),
    );
  }
}
