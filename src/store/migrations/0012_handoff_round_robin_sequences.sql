-- Round-robin hand-offs take their turn from a sequence of the workspace's own instead of the
-- cursor on handoff_settings: nextval holds no lock until commit, while the cursor's row lock
-- made every touchpoint batch that handed over a lead wait for the others (BENCHMARKS.md).
-- New workspaces get theirs when created (store/queries/round-robin.ts names it); this makes one
-- for each existing workspace, continuing after the sales user its cursor last gave a lead to.
DO $$
DECLARE
  ws record;
  seq text;
BEGIN
  FOR ws IN
    SELECT w.workspace_id, coalesce(h.round_robin_cursor, -1) + 1 AS next_turn
    FROM workspaces w LEFT JOIN handoff_settings h ON h.workspace_id = w.workspace_id
  LOOP
    seq := 'handoff_round_robin_' || replace(ws.workspace_id::text, '-', '');
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I MINVALUE 0 START 0', seq);
    PERFORM setval(format('%I', seq)::regclass, ws.next_turn, false);
  END LOOP;
END $$;
