ALTER TABLE "contact_scores" ADD COLUMN "score_key" double precision;--> statement-breakpoint
CREATE INDEX "contact_scores_gain_idx" ON "contact_scores" USING btree ("workspace_id","score_key","contact_id") WHERE e0 > 0;--> statement-breakpoint
CREATE INDEX "contact_scores_loss_idx" ON "contact_scores" USING btree ("workspace_id","score_key","contact_id") WHERE e0 < 0;--> statement-breakpoint
-- Written by hand below: the key of every stored score, with its workspace's half-life (the
-- default 14 days, 336 hours, where the workspace never saved its scoring settings), as
-- scoreKeySql (store/queries/temperature-sql.ts) writes it from now on.
UPDATE "contact_scores" s SET "score_key" = CASE
    WHEN s.e0 > 0 THEN ln(s.e0) / ln(2::float8) + date_part('epoch', s.t0) / (h.hours * 3600)
    WHEN s.e0 < 0 THEN -(ln(-s.e0) / ln(2::float8) + date_part('epoch', s.t0) / (h.hours * 3600))
  END
  FROM (
    SELECT w.workspace_id, coalesce(ss.half_life_hours, 336) AS hours
    FROM "workspaces" w LEFT JOIN "scoring_settings" ss ON ss.workspace_id = w.workspace_id
  ) h
  WHERE h.workspace_id = s.workspace_id AND s.e0 <> 0;
