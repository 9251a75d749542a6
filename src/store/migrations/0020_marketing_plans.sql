CREATE TABLE "marketing_plans" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"period" text NOT NULL,
	"starts_on" date NOT NULL,
	"channel" text,
	"program_id" uuid,
	"leads_target" integer,
	"sales_ready_target" integer,
	"pipeline_target_minor" bigint,
	"revenue_target_minor" bigint,
	"planned_spend_minor" bigint,
	"currency" char(3) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marketing_plans_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "marketing_plans_one_scope" CHECK ("marketing_plans"."channel" is null or "marketing_plans"."program_id" is null)
);
--> statement-breakpoint
ALTER TABLE "marketing_plans" ADD CONSTRAINT "marketing_plans_workspace_id_workspaces_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_plans" ADD CONSTRAINT "marketing_plans_workspace_id_program_id_programs_workspace_id_id_fk" FOREIGN KEY ("workspace_id","program_id") REFERENCES "public"."programs"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "marketing_plans_scope_key" ON "marketing_plans" USING btree ("workspace_id","period","starts_on",coalesce("channel", ''),coalesce("program_id", '00000000-0000-0000-0000-000000000000'::uuid));