CREATE TABLE "reach_months" (
	"workspace_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"scope_key" text NOT NULL,
	"month" date NOT NULL,
	"prev_month" date NOT NULL,
	"contacts" integer NOT NULL,
	CONSTRAINT "reach_months_workspace_id_scope_scope_key_month_prev_month_pk" PRIMARY KEY("workspace_id","scope","scope_key","month","prev_month")
);
--> statement-breakpoint
CREATE TABLE "reach_rollups" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"valid_through" date,
	"generation" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reach_months" ADD CONSTRAINT "reach_months_workspace_id_workspaces_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reach_rollups" ADD CONSTRAINT "reach_rollups_workspace_id_workspaces_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action;