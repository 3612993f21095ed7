#!/usr/bin/env node
// Prints the task pane's download sizes from dist-web/: what the first paint needs (the scripts
// taskpane.html loads) and what loads later (engine worker, xlsx library). Fails over the target.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const TARGET_GZ = 300 * 1024;
const dist = path.join(__dirname, '..', 'dist-web');
const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
const initial = [...html.matchAll(/<script[^>]+src="?([^" >]+)"?/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let total = 0;
console.log('first paint (taskpane.html):');
for (const f of initial) {
  const n = gz(f);
  total += n;
  console.log(`  ${f.padEnd(32)} ${kb(fs.statSync(path.join(dist, f)).size).padStart(10)} raw ${kb(n).padStart(10)} gzip`);
}
console.log(`  total ${kb(total)} gzip (target < ${kb(TARGET_GZ)})`);
console.log('loaded later:');
for (const f of fs.readdirSync(dist).filter((f) => f.endsWith('.js') && !initial.includes(f) && !/^(commands|harness)\./.test(f)))
  console.log(`  ${f.padEnd(32)} ${kb(fs.statSync(path.join(dist, f)).size).padStart(10)} raw ${kb(gz(f)).padStart(10)} gzip`);
if (total > TARGET_GZ) {
  console.error('initial bundle over target');
  process.exit(1);
}
