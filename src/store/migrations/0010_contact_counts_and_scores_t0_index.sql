CREATE TABLE "contact_counts" (
	"workspace_id" uuid NOT NULL,
	"slot" smallint NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "contact_counts_workspace_id_slot_pk" PRIMARY KEY("workspace_id","slot")
);
--> statement-breakpoint
ALTER TABLE "contact_counts" ADD CONSTRAINT "contact_counts_workspace_id_workspaces_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("workspace_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_scores_t0_idx" ON "contact_scores" USING btree ("workspace_id","t0");--> statement-breakpoint
-- Written by hand below: the triggers that keep contact_counts exact. Statement-level with
-- transition tables, so a batch insert of a million rows adds one row, not a million. The
-- deleting side skips a workspace that is itself being deleted (its counts cascade away).
CREATE FUNCTION "contact_counts_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO contact_counts (workspace_id, slot, n)
    SELECT workspace_id, pg_backend_pid() % 64, count(*) FROM contact_counts_rows GROUP BY workspace_id
    ON CONFLICT (workspace_id, slot) DO UPDATE SET n = contact_counts.n + excluded.n;
  ELSE
    INSERT INTO contact_counts (workspace_id, slot, n)
    SELECT r.workspace_id, pg_backend_pid() % 64, -count(*) FROM contact_counts_rows r
    WHERE EXISTS (SELECT 1 FROM workspaces w WHERE w.workspace_id = r.workspace_id)
    GROUP BY r.workspace_id
    ON CONFLICT (workspace_id, slot) DO UPDATE SET n = contact_counts.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "contacts_count_inserted" AFTER INSERT ON "contacts"
  REFERENCING NEW TABLE AS contact_counts_rows FOR EACH STATEMENT EXECUTE FUNCTION "contact_counts_track"();
--> statement-breakpoint
CREATE TRIGGER "contacts_count_deleted" AFTER DELETE ON "contacts"
  REFERENCING OLD TABLE AS contact_counts_rows FOR EACH STATEMENT EXECUTE FUNCTION "contact_counts_track"();
--> statement-breakpoint
INSERT INTO contact_counts (workspace_id, slot, n)
  SELECT workspace_id, 0, count(*) FROM contacts GROUP BY workspace_id;
