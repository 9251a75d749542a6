// docs/SCALING.md's promise, checked on the Drizzle schema: every table can be distributed by
// `workspace_id` on Citus. A distributed table's primary key and unique keys must contain the
// distribution column, and a foreign key between distributed tables must include it (so both rows
// live on the same shard). A table that cannot follow the rule is declared below, with why.
import assert from "node:assert/strict";
import { test } from "node:test";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as schema from "../../src/store/schema/index.ts";

/** Tables not distributed by workspace, and how each is placed instead (SCALING.md). */
const NOT_BY_WORKSPACE: Record<string, string> = {
  // Counted before any workspace is known (a login, a public link); joined with nothing.
  rate_limits: "distributed by its own key",
};

const tables = (Object.values(schema) as unknown[])
  .filter((t): t is PgTable => t instanceof PgTable)
  .map((t) => getTableConfig(t));

test("the schema has tables to check", () => {
  assert.ok(tables.length > 40, `${tables.length} tables`);
});

test("every table is distributable by workspace_id: keys and foreign keys include it", () => {
  const problems: string[] = [];
  for (const t of tables) {
    if (t.name in NOT_BY_WORKSPACE) continue;
    const has = (cols: { name: string }[]) => cols.some((c) => c.name === "workspace_id");
    if (!t.columns.some((c) => c.name === "workspace_id")) problems.push(`${t.name}: no workspace_id column`);
    const keys = [
      ...t.primaryKeys.map((k) => k.columns),
      ...t.columns.filter((c) => c.primary).map((c) => [c]),
    ];
    if (keys.length === 0) problems.push(`${t.name}: no primary key`);
    for (const key of keys) if (!has(key)) problems.push(`${t.name}: primary key without workspace_id`);
    for (const u of t.uniqueConstraints)
      if (!has(u.columns)) problems.push(`${t.name}: unique ${u.name} without workspace_id`);
    for (const i of t.indexes) {
      const cols = i.config.columns.filter((c): c is typeof c & { name: string } => "name" in c);
      if (i.config.unique && !has(cols))
        problems.push(`${t.name}: unique index ${i.config.name} without workspace_id`);
    }
    for (const f of t.foreignKeys) {
      const ref = f.reference();
      const target = getTableConfig(ref.foreignTable).name;
      if (!has(ref.columns) || !has(ref.foreignColumns))
        problems.push(`${t.name}: foreign key to ${target} without workspace_id`);
    }
  }
  assert.deepEqual(problems, []);
});

test("a table placed otherwise joins nothing: no foreign key to or from it", () => {
  for (const t of tables) {
    for (const f of t.foreignKeys) {
      const target = getTableConfig(f.reference().foreignTable).name;
      assert.ok(!(t.name in NOT_BY_WORKSPACE) && !(target in NOT_BY_WORKSPACE), `${t.name} → ${target}`);
    }
  }
});
