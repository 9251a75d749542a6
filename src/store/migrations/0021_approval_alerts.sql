ALTER TABLE "approvals" ADD COLUMN "alerted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "discount_policies" ADD COLUMN "approval_alert_hours" integer DEFAULT 24 NOT NULL;