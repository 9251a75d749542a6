// The project's own import graph, read from the source text, for the architecture test: every
// import and re-export (type-only ones too: they tie modules together for a reader), resolved to
// a file when it is one of ours (a relative path, or `#domain/…` from package.json "imports").
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const root = path.join(import.meta.dirname, "../..");

export interface Import {
  spec: string;
  /** `import type` / `export type`: erased at run time. */
  typeOnly: boolean;
  /** The repository-relative file it names, when it is one of ours. */
  target?: string;
}

export interface Source {
  file: string;
  text: string;
  imports: Import[];
}

const STATEMENT = /^\s*(import|export)(\s+type\b)?[^;'"`]*?\bfrom\s+["']([^"']+)["']/gm;
const BARE = /^\s*import\s+["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;
const ALIASES: [RegExp, string][] = [[/^#domain\/(.+)$/, "src/domain/$1.ts"]];

function resolve(from: string, spec: string): string | undefined {
  for (const [pattern, replacement] of ALIASES) {
    if (pattern.test(spec)) return path.normalize(spec.replace(pattern, replacement));
  }
  if (!spec.startsWith(".")) return undefined;
  const base = path.normalize(path.join(path.dirname(from), spec));
  return [base, `${base}.ts`, `${base}.tsx`].find((f) => existsSync(path.join(root, f))) ?? base;
}

export function importsOf(file: string, text: string): Import[] {
  const found: Import[] = [];
  const add = (spec: string, typeOnly: boolean) =>
    found.push({ spec, typeOnly, target: resolve(file, spec) });
  for (const m of text.matchAll(STATEMENT)) add(m[3]!, Boolean(m[2]));
  for (const m of text.matchAll(BARE)) add(m[1]!, false);
  for (const m of text.matchAll(DYNAMIC)) add(m[1]!, false);
  return found;
}

/** The TypeScript files under `dir` (repository-relative), tests left out. */
export function sources(dir: string): Source[] {
  return readdirSync(path.join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => {
      const file = path.join(dir, f);
      const text = readFileSync(path.join(root, file), "utf8");
      return { file, text, imports: importsOf(file, text) };
    });
}

/** Import cycles: the strongly connected components of more than one file (Tarjan). */
export function cycles(files: Source[]): string[][] {
  const edges = new Map(files.map((s) => [s.file, s.imports.flatMap((i) => (i.target ? [i.target] : []))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || edges.get(v)!.includes(v)) found.push(component.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}
