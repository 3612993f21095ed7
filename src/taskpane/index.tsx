/**
 * The task pane's entry. Inside Excel it works on the open workbook through Office.js; in a plain
 * browser (Office.js missing or not in Office) it works on an .xlsx file the user picks.
 */
import { officeEnvFromGlobals } from '../host/office/officeEnv';
import { langFromDisplayLanguage } from './i18n';
import { excelHost } from '../host/office/excelHost';
import { creatorFromGlobals } from '../host/office/createWorkbook';
import { browserFileHost } from '../host/file/browserFileHost';
import { workerXlsx } from './worker/xlsxWorker';
import { buildTemplateSheets } from '../core/template/defaults';
import { workerRunner } from './worker/workerRunner';
import { isDarkBackground, mount } from './mount';

const SAMPLE = 'samples/so-xay-dung-2025.xlsx';

async function officeReady(): Promise<{ host: string | null } | null> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== 'function') return null;
  // Outside Office, onReady resolves with no host; never wait forever.
  return Promise.race([office.onReady().then((i) => ({ host: i.host ? String(i.host) : null })), new Promise<null>((r) => setTimeout(() => r(null), 3000))]);
}

async function start(): Promise<void> {
  const el = document.getElementById('root')!;
  const params = new URLSearchParams(location.search);
  // ?lang=en or ?lang=vi overrides the language Office or the browser reports.
  const langParam = params.get('lang') === 'en' ? 'en' : params.get('lang') === 'vi' ? 'vi' : null;
  const info = params.get('host') === 'file' ? null : await officeReady();
  const env = info?.host === 'Excel' ? officeEnvFromGlobals() : null;
  if (env) {
    const ctx = Office.context;
    const name = (ctx.document?.url ?? '').split(/[\\/]/).pop() ?? '';
    mount(el, {
      host: excelHost(env, name, creatorFromGlobals()),
      runner: workerRunner,
      xlsx: workerXlsx,
      lang: langParam ?? langFromDisplayLanguage(ctx.displayLanguage),
      dark: isDarkBackground(ctx.officeTheme?.bodyBackgroundColor),
    });
    return;
  }
  const openSample = async () => browserFileHost('so-xay-dung-2025.xlsx', await (await fetch(SAMPLE)).arrayBuffer(), workerXlsx);
  // The bundled sample is offered, never opened silently: a user could take it for their own data.
  // ?file=sample opens it at once (the browser tests), still marked as the sample.
  const sample = params.get('file') === 'sample' ? await openSample().catch(() => null) : null;
  mount(el, {
    host: sample,
    sample: sample !== null,
    runner: workerRunner,
    lang: langParam ?? langFromDisplayLanguage(navigator.language),
    xlsx: workerXlsx,
    openFile: async (f) => browserFileHost(f.name, await f.arrayBuffer(), workerXlsx),
    openSample,
    downloadTemplate: () =>
      browserFileHost('mau-phong-trao.xlsx', new ArrayBuffer(0), workerXlsx).writeTemplate(buildTemplateSheets({ year: new Date().getFullYear() })),
    dark: params.get('theme') === 'dark',
  });
}

void start();
