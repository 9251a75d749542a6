-- Rescoring rewrites every score row of a workspace in one statement. With half of each page
-- free, a row's new version lands on the same page: measured 17–20 s instead of 25–34 s for a
-- million contacts (BENCHMARKS.md). The table is narrow, so doubling its size costs little.
ALTER TABLE "contact_scores" SET (fillfactor = 50);
