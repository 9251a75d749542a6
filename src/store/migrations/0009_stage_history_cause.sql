ALTER TABLE "contact_stage_history" ADD COLUMN "cause" text DEFAULT 'user' NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_stage_history" ADD COLUMN "cause_id" uuid;--> statement-breakpoint
-- Existing history: the cause read back from the reasons the writers used to record.
UPDATE "contact_stage_history" SET "cause" = CASE
  WHEN "reason" IN ('first inbound response', 'created by a touchpoint') THEN 'touchpoint'
  WHEN "reason" = 'deal won' THEN 'deal'
  WHEN "reason" = 'accepted by sales' OR "reason" LIKE 'recycled: %' OR "reason" LIKE '% lead: baton passed to sales' THEN 'handoff'
  ELSE 'user' END;
