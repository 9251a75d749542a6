CREATE TABLE "program_link_clicks" (
	"workspace_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"day" date NOT NULL,
	"clicks" bigint NOT NULL,
	CONSTRAINT "program_link_clicks_workspace_id_link_id_day_pk" PRIMARY KEY("workspace_id","link_id","day")
);
--> statement-breakpoint
CREATE TABLE "program_links" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"code" text NOT NULL,
	"target_url" text NOT NULL,
	"utm_source" text NOT NULL,
	"utm_medium" text,
	"utm_campaign" text,
	"utm_content" text,
	"utm_term" text,
	"label" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_links_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "program_link_clicks" ADD CONSTRAINT "program_link_clicks_workspace_id_link_id_program_links_workspace_id_id_fk" FOREIGN KEY ("workspace_id","link_id") REFERENCES "public"."program_links"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_links" ADD CONSTRAINT "program_links_workspace_id_workspaces_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_links" ADD CONSTRAINT "program_links_workspace_id_program_id_programs_workspace_id_id_fk" FOREIGN KEY ("workspace_id","program_id") REFERENCES "public"."programs"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_links_program_idx" ON "program_links" USING btree ("workspace_id","program_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_links_code_key" ON "program_links" USING btree ("workspace_id","code");--> statement-breakpoint
CREATE INDEX "program_links_code_idx" ON "program_links" USING btree ("code");--> statement-breakpoint
CREATE INDEX "touchpoints_link_click_idx" ON "touchpoints" USING btree ("workspace_id","program_id",("properties"->>'linkId')) WHERE "touchpoints"."kind" = 'link_click';