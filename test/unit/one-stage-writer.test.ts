// One owner for every stage change: only the lifecycle service (src/services/lifecycle/) and its
// set-based SQL (src/store/queries/stage-history.ts) write a contact's stage or its history. The
// funnel and time-in-stage reports are only as right as that history, so a second writer fails here.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";

const root = path.join(import.meta.dirname, "../..");
const OWNERS = [
  path.join("src", "services", "lifecycle") + path.sep,
  path.join("src", "store", "queries", "stage-history.ts"),
  // Not a writer of the product: the reports benchmark loads ten million rows of history in bulk
  // (as raw COPY would), then builds the report facts with the migration's own backfill.
  path.join("bench", "reports-fixture.ts"),
];

const sources = (dir: string) =>
  readdirSync(path.join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => ({ file: path.join(dir, f), text: readFileSync(path.join(root, dir, f), "utf8") }));

/** The text from `open` (an opening bracket) to its matching close, skipping string literals. */
function balanced(text: string, open: number): string {
  const pairs: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'" || ch === "`") {
      const end = text.indexOf(ch, i + 1);
      i = end < 0 ? text.length : end;
    } else if (pairs[ch]) stack.push(pairs[ch]);
    else if (ch === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return text.slice(open, i + 1);
    }
  }
  return text.slice(open);
}

/** The initializer of `const name = …` (to the `;` that ends it), or null when not declared so. */
function initializerOf(text: string, name: string): string | null {
  const m = new RegExp(`const\\s+${name}\\s*=`).exec(text);
  if (!m) return null;
  let i = m.index + m[0].length;
  let out = "";
  while (i < text.length && text[i] !== ";") {
    if ("([{".includes(text[i]!)) {
      const part = balanced(text, i);
      out += part;
      i += part.length;
    } else out += text[i++];
  }
  return out;
}

/**
 * Whether an object written to `contacts` may carry a stage: a `stage` key, a spread that is not
 * a rest from which `stage` was destructured out, or a variable whose initializer names a stage.
 */
function mayCarryStage(text: string, arg: string): boolean {
  if (/\bstage\s*[:,}]/.test(arg)) return true;
  for (const spread of arg.matchAll(/\.\.\.\s*(\(?)([\w$.]*)/g)) {
    const name = spread[2]!;
    if (spread[1] || !/^\w+$/.test(name)) return true; // a spread of an expression: unknown contents
    const withoutStage = new RegExp(`\\{[^{}]*\\bstage\\b[^{}]*\\.\\.\\.${name}\\s*\\}`);
    if (!withoutStage.test(text)) return true;
  }
  const bare = /^\(\s*(\w+)\s*\)$/.exec(arg.trim());
  if (bare) {
    const init = initializerOf(text, bare[1]!);
    return init === null || /\bstage\s*[:,}]/.test(init) || /\.\.\./.test(init);
  }
  return false;
}

/** Every way a file writes the stage or the history, as short descriptions. */
export function stageWrites(text: string): string[] {
  const found: string[] = [];
  if (/\b(insert|update|delete)\(\s*contactStageHistory\s*\)/.test(text))
    found.push("writes contactStageHistory");
  if (/\b(insert\s+into|update|delete\s+from)\s+contact_stage_history\b/i.test(text))
    found.push("writes contact_stage_history in SQL");
  if (/\bupdate\s+contacts\b(?:(?!;|`)[\s\S])*?\bset\b(?:(?!;|`)[\s\S])*?\bstage\s*=/i.test(text))
    found.push("sets contacts.stage in SQL");
  for (const m of text.matchAll(/\.(update|insert)\(\s*contacts\s*\)\s*\.(set|values)\(/g)) {
    const arg = balanced(text, m.index + m[0].length - 1);
    if (mayCarryStage(text, arg))
      found.push(`.${m[1]}(contacts).${m[2]}${arg.slice(0, 60)} may set the stage`);
  }
  return found;
}

describe("one writer of a contact's stage and its history", () => {
  test("no file outside the lifecycle service writes contacts.stage or contact_stage_history", () => {
    const offenders = ["src", "bench", "scripts"]
      .flatMap(sources)
      .filter(({ file }) => !OWNERS.some((o) => file.startsWith(o)))
      .flatMap(({ file, text }) => stageWrites(text).map((w) => `${file}: ${w}`));
    assert.deepEqual(offenders, [], "change stages through src/services/lifecycle/change-stage.ts");
  });

  test("the check catches each way a stage used to be written", () => {
    const writes = [
      `await tx.insert(contactStageHistory).values({ contactId })`,
      "await ex.execute(sql`insert into contact_stage_history (workspace_id) select 1`)",
      "await ex.execute(sql`update contacts c set stage = r.to_stage from x`)",
      `await tx.update(contacts).set({ stage: "customer", updatedAt: now })`,
      `await tx.update(contacts).set({ ...(toStage ? fields : changes), updatedAt: now })`,
      `const { ownerId, ...fields } = input; await tx.update(contacts).set({ ...fields })`,
      `const row = { id, stage, email }; await tx.insert(contacts).values(row)`,
    ];
    for (const w of writes) assert.notDeepEqual(stageWrites(w), [], w);
  });

  test("and lets the other contact writes through", () => {
    const fine = [
      `const { stage, ...fields } = input; await tx.insert(contacts).values({ ...fields, id })`,
      `await tx.update(contacts).set({ ownerId, updatedAt: now }).where(where)`,
      `const chunk = rows.map((c) => ({ id: c.id, email: c.email })); await tx.insert(contacts).values(chunk)`,
      "await ex.execute(sql`select stage from contacts where id = ${id}`)",
    ];
    for (const f of fine) assert.deepEqual(stageWrites(f), [], f);
  });
});
