CREATE TABLE "attribution_credits" (
	"workspace_id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"touchpoint_id" uuid NOT NULL,
	"program_id" uuid,
	"roles" text[] NOT NULL,
	"currency" text NOT NULL,
	"won_at" timestamp with time zone NOT NULL,
	"first_touch" bigint NOT NULL,
	"lead_creation" bigint NOT NULL,
	"last_touch" bigint NOT NULL,
	"linear" bigint NOT NULL,
	"u_shaped" bigint NOT NULL,
	"w_shaped" bigint NOT NULL,
	"full_path" bigint NOT NULL,
	"time_decay" bigint NOT NULL,
	CONSTRAINT "attribution_credits_workspace_id_deal_id_touchpoint_id_pk" PRIMARY KEY("workspace_id","deal_id","touchpoint_id")
);
--> statement-breakpoint
CREATE TABLE "attribution_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"half_life_days" double precision NOT NULL,
	"buying_group" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attribution_credits" ADD CONSTRAINT "attribution_credits_workspace_id_deal_id_deals_workspace_id_id_fk" FOREIGN KEY ("workspace_id","deal_id") REFERENCES "public"."deals"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attribution_credits" ADD CONSTRAINT "attribution_credits_workspace_id_touchpoint_id_touchpoints_workspace_id_id_fk" FOREIGN KEY ("workspace_id","touchpoint_id") REFERENCES "public"."touchpoints"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attribution_settings" ADD CONSTRAINT "attribution_settings_workspace_id_workspaces_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attribution_credits_won_idx" ON "attribution_credits" USING btree ("workspace_id","won_at");