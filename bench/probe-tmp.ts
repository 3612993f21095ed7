import { readFileSync } from 'node:fs';
import { readGrids } from '../src/host/file/fileHost';
import { runJob } from '../src/core/app';
(async () => {
  const g = await readGrids(readFileSync('/tmp/presults-province.xlsx'), 'province.xlsx');
  const j = runJob(g as any, { action: 'rank', now: new Date().toISOString(), version: 'x', models: false });
  const r = j.result;
  const by = new Map<string, { n: number; noCand: number; ex: any }>();
  for (const f of r.findings) { const e = by.get(f.code) ?? { n: 0, noCand: 0, ex: f }; e.n++; if (!f.candidate) e.noCand++; by.set(f.code, e); }
  console.log(r.findings.length, r.candidates.length);
  for (const [k, v] of by) console.log(k, v.n, v.noCand, JSON.stringify(v.ex).slice(0, 400));
  console.log(r.quotas);
})();
