-- A program's cost becomes dated cost lines: what was one total moves to one line dated at the
-- program's start (or its creation), so no figure is lost.
INSERT INTO "program_costs" ("workspace_id", "id", "program_id", "incurred_on", "amount_minor", "note")
SELECT "workspace_id", gen_random_uuid(), "id", coalesce("starts_on", ("created_at" at time zone 'UTC')::date), "cost_minor", 'Cost recorded before cost lines'
FROM "programs" WHERE "cost_minor" > 0;--> statement-breakpoint
ALTER TABLE "programs" DROP COLUMN "cost_minor";