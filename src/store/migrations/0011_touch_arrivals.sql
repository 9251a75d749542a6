CREATE TABLE "touch_arrivals" (
	"workspace_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"arrives_at" timestamp with time zone NOT NULL,
	"e_settled" double precision NOT NULL,
	"settled_at" timestamp with time zone NOT NULL,
	CONSTRAINT "touch_arrivals_workspace_id_contact_id_pk" PRIMARY KEY("workspace_id","contact_id")
);
--> statement-breakpoint
ALTER TABLE "touch_arrivals" ADD CONSTRAINT "touch_arrivals_workspace_id_workspaces_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touch_arrivals" ADD CONSTRAINT "touch_arrivals_workspace_id_contact_id_contacts_workspace_id_id_fk" FOREIGN KEY ("workspace_id","contact_id") REFERENCES "public"."contacts"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "touch_arrivals_due_idx" ON "touch_arrivals" USING btree ("arrives_at");