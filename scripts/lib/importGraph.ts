import { readdirSync, readFileSync, statSync, existsSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

/**
 * The import graph of `src`, read from the sources' own import/export lines (type-only imports
 * included: a circle of types is still a circle a reader must hold in mind). Paths relative to src.
 */
export function importGraph(srcRoot: string): Map<string, string[]> {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(n) && !n.endsWith('.d.ts')) files.push(p);
    }
  };
  walk(srcRoot);
  const graph = new Map<string, string[]>();
  const re = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gm;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const deps = new Set<string>();
    for (const m of text.matchAll(re)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      const base = resolve(dirname(f), spec);
      const hit = [base + '.ts', base + '.tsx', join(base, 'index.ts'), join(base, 'index.tsx'), base].find((c) => existsSync(c) && statSync(c).isFile());
      if (hit) deps.add(relative(srcRoot, hit));
    }
    graph.set(relative(srcRoot, f), [...deps].sort());
  }
  return graph;
}

/** Every strongly connected set of two or more files (Tarjan), each sorted: the import circles. */
export function importCircles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) out.push(comp.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) strong(v);
  return out;
}

if (require.main === module) {
  const g = importGraph(join(__dirname, '..', '..', 'src'));
  const circles = importCircles(g);
  for (const c of circles) console.log(`circle of ${c.length}: ${c.join(' ')}`);
  // folder-level back-arrows inside core: folder A imports folder B and B imports A
  const folder = (f: string) => f.split('/').slice(0, 2).join('/');
  const pairs = new Map<string, Set<string>>();
  for (const [f, deps] of g)
    for (const d of deps) if (folder(f) !== folder(d)) (pairs.get(folder(f)) ?? pairs.set(folder(f), new Set()).get(folder(f))!).add(folder(d));
  for (const [a, bs] of pairs) for (const b of bs) if (a < b && pairs.get(b)?.has(a)) console.log(`folders import each other: ${a} <-> ${b}`);
}
