#!/usr/bin/env node
// npm start: the HTTPS dev server on https://localhost:3000, and on Windows and Mac the add-in
// sideloaded into desktop Excel by Microsoft's office-addin-debugging (fetched by npx: it needs
// a native keychain module that does not build everywhere, so it is not a dependency).
// Elsewhere it says how to load the add-in by hand.
const { spawn } = require('child_process');

const desktop = process.platform === 'win32' || process.platform === 'darwin';
const run = (cmd, args) => spawn(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });

if (desktop) {
  console.log('Sideloading manifest.xml into desktop Excel (office-addin-debugging)…');
  console.log('First time: run `npx office-addin-dev-certs install` so Excel trusts https://localhost:3000.');
  const p = run('npx', ['--yes', 'office-addin-debugging@6', 'start', 'manifest.xml', 'desktop', '--app', 'excel']);
  p.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      'Desktop Excel cannot be sideloaded from this system. The dev server starts on https://localhost:3000.',
      'Excel on the web: open a workbook, Home > Add-ins > More add-ins > My add-ins > Upload my add-in, pick manifest.xml.',
      'Without Office: open https://localhost:3000/taskpane.html in a browser (it works on .xlsx files).',
      'See README.md, "Cài đặt add-in", for Windows, Mac and centralised deployment.',
    ].join('\n'),
  );
  const p = run('npx', ['webpack', 'serve', '--mode', 'development']);
  p.on('exit', (code) => process.exit(code ?? 0));
}
