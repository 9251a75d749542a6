DROP INDEX "contact_scores_t0_idx";--> statement-breakpoint
CREATE INDEX "contacts_name_idx" ON "contacts" USING btree ("workspace_id",(lower(coalesce(nullif(btrim(coalesce("first_name", '') || ' ' || coalesce("last_name", '')), ''), "email")) collate "C"),"id");--> statement-breakpoint
CREATE INDEX "contact_scores_t0_idx" ON "contact_scores" USING btree ("workspace_id","t0","contact_id");