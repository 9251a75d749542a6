CREATE TABLE "program_costs" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"incurred_on" date NOT NULL,
	"amount_minor" bigint NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_costs_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "program_costs_amount_positive" CHECK ("program_costs"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "contact_lifecycle" (
	"workspace_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"funnel_at" timestamp with time zone,
	"lead_touchpoint_id" uuid,
	"lead_program_id" uuid,
	"lead_at" timestamp with time zone,
	"sales_ready_at" timestamp with time zone,
	"in_sales_at" timestamp with time zone,
	"customer_at" timestamp with time zone,
	"recycled_at" timestamp with time zone,
	"disqualified_at" timestamp with time zone,
	CONSTRAINT "contact_lifecycle_workspace_id_contact_id_pk" PRIMARY KEY("workspace_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "program_reach" (
	"workspace_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"day" date NOT NULL,
	"contact_id" uuid NOT NULL,
	CONSTRAINT "program_reach_workspace_id_program_id_day_contact_id_pk" PRIMARY KEY("workspace_id","program_id","day","contact_id")
);
--> statement-breakpoint
DROP INDEX "touchpoints_program_idx";--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "program_costs" ADD CONSTRAINT "program_costs_workspace_id_program_id_programs_workspace_id_id_fk" FOREIGN KEY ("workspace_id","program_id") REFERENCES "public"."programs"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_lifecycle" ADD CONSTRAINT "contact_lifecycle_workspace_id_contact_id_contacts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_reach" ADD CONSTRAINT "program_reach_workspace_id_contact_id_contacts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_reach" ADD CONSTRAINT "program_reach_workspace_id_program_id_programs_workspace_id_id_fk" FOREIGN KEY ("workspace_id","program_id") REFERENCES "public"."programs"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_costs_program_idx" ON "program_costs" USING btree ("workspace_id","program_id","incurred_on");--> statement-breakpoint
CREATE INDEX "contact_lifecycle_funnel_idx" ON "contact_lifecycle" USING btree ("workspace_id","funnel_at");--> statement-breakpoint
CREATE INDEX "contact_lifecycle_program_idx" ON "contact_lifecycle" USING btree ("workspace_id","lead_program_id","funnel_at");--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_workspace_id_owner_id_users_workspace_id_id_fk" FOREIGN KEY ("workspace_id","owner_id") REFERENCES "public"."users"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The report facts start from what is already stored (the same definitions as the writers in
-- store/queries/report-facts.ts).
INSERT INTO "program_reach" ("workspace_id", "program_id", "day", "contact_id")
SELECT DISTINCT "workspace_id", "program_id", ("occurred_at" at time zone 'UTC')::date, "contact_id"
FROM "touchpoints" WHERE "program_id" IS NOT NULL;--> statement-breakpoint
INSERT INTO "contact_lifecycle" ("workspace_id", "contact_id", "funnel_at", "lead_touchpoint_id", "lead_program_id",
  "lead_at", "sales_ready_at", "in_sales_at", "customer_at", "recycled_at", "disqualified_at")
SELECT f."workspace_id", f."contact_id", f."funnel_at", t."id", t."program_id",
  f."lead_at", f."sales_ready_at", f."in_sales_at", f."customer_at", f."recycled_at", f."disqualified_at"
FROM (
  SELECT h."workspace_id", h."contact_id",
    min(h."changed_at") FILTER (WHERE h."to_stage" IN ('lead', 'sales_ready', 'in_sales', 'customer')) AS "funnel_at",
    (array_agg(CASE WHEN h."cause" = 'touchpoint' THEN h."cause_id" END ORDER BY h."changed_at", h."id")
      FILTER (WHERE h."to_stage" IN ('lead', 'sales_ready', 'in_sales', 'customer')))[1] AS "first_touchpoint_id",
    min(h."changed_at") FILTER (WHERE h."to_stage" = 'lead') AS "lead_at",
    min(h."changed_at") FILTER (WHERE h."to_stage" = 'sales_ready') AS "sales_ready_at",
    min(h."changed_at") FILTER (WHERE h."to_stage" = 'in_sales') AS "in_sales_at",
    min(h."changed_at") FILTER (WHERE h."to_stage" = 'customer') AS "customer_at",
    min(h."changed_at") FILTER (WHERE h."to_stage" = 'recycled') AS "recycled_at",
    min(h."changed_at") FILTER (WHERE h."to_stage" = 'disqualified') AS "disqualified_at"
  FROM "contact_stage_history" h
  GROUP BY h."workspace_id", h."contact_id"
  HAVING bool_or(h."to_stage" <> 'prospect')
) f
LEFT JOIN "touchpoints" t ON t."workspace_id" = f."workspace_id" AND t."id" = f."first_touchpoint_id";