import { basename } from 'node:path';
import { runEngine } from '../../core/engine/run';
import { consolidate as buildUpward, consolidateChannels } from '../../core/upward/consolidate';
import { exportWorkbookModels } from '../../core/upward/export';
import { writeNewWorkbook, VERSION } from '../../host/file/fileHost';
import { Args, Out } from '../args';
import { EXIT } from '../exit';
import { gridsOf } from './upwardIo';
import { refuseOutputs, saveOutput } from '../io';
import { t } from '../../core/i18n/words';
import { CONSOLIDATE_WORDS } from './consolidate.words';

/** `thidua consolidate <sổ.xlsx> -o <gui-cap-tren.xlsx>`: the agency's upward workbook, a new file. */
export async function consolidate(a: Args, io: Out): Promise<number> {
  if (!a.file || !a.out) {
    io.err(t(CONSOLIDATE_WORDS, a.lang, 'usage'));
    return EXIT.unusable;
  }
  if (a.files.length > 1) {
    io.err(t(CONSOLIDATE_WORDS, a.lang, 'extraArgument', { argument: a.files[1] }));
    return EXIT.unusable;
  }
  // Outputs checked before anything is read: never the input (as files, not paths), never a folder.
  const refused = await refuseOutputs([a.out, a.export], [a.file], a.lang);
  if (refused) {
    io.err(refused);
    return EXIT.unusable;
  }
  const { grids, error } = await gridsOf(a.file, basename(a.file), a.lang);
  if (!grids) {
    io.err(error ?? '');
    return EXIT.unusable;
  }
  const r = runEngine(grids, { lang: a.lang });
  if (!r.usable) {
    io.err(t(CONSOLIDATE_WORDS, a.lang, 'noCampaign', { file: a.file }));
    return EXIT.unusable;
  }
  const now = new Date().toISOString();
  const up = buildUpward(r, { sourceFile: basename(a.file), now, version: VERSION, agency: a.org });
  await saveOutput(a.out, await writeNewWorkbook(up.models), [a.file], a.lang);
  if (a.export) await saveOutput(a.export, await writeNewWorkbook(exportWorkbookModels(up.models)), [a.file], a.lang);
  // The other channels (the ministry, Circular 15/2025/TT-BXD): one dossier each, beside the province's.
  const others = consolidateChannels(r, { sourceFile: basename(a.file), now, version: VERSION, agency: a.org }).filter((x) => x.channel.id !== 'province');
  const otherFiles: { channel: string; file: string; rows: number; checkCode: string }[] = [];
  for (const o of others) {
    const file = a.out.replace(/(\.xlsx)?$/i, `${o.channel.fileSuffix}.xlsx`);
    await saveOutput(file, await writeNewWorkbook(o.workbook.models), [a.file], a.lang);
    otherFiles.push({ channel: o.channel.recipientVi, file, rows: o.workbook.rows.length, checkCode: o.workbook.meta.checkCode });
  }
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  if (a.json)
    io.log(
      JSON.stringify(
        {
          file: a.out,
          meta: up.meta,
          otherChannels: otherFiles,
          proposals: up.rows.map((x) => ({
            name: x.name,
            dob: x.dob,
            unit: x.unit,
            form: x.form,
            decidedBy: x.decidedBy,
            objectClass: x.objectClass,
            awardKind: x.awardKind,
            total: x.total,
            prerequisites: x.prerequisites,
            source: `${x.sourceSheet}!${x.sourceCell}`,
            rowHash: x.rowHash,
          })),
          openFindings: r.findings.map((f) => ({ severity: f.severity, code: f.code, sheet: f.sheet, cell: f.cell, message: f.message })),
        },
        null,
        2,
      ),
    );
  else {
    io.log(t(CONSOLIDATE_WORDS, a.lang, 'upwardWorkbook', { out: a.out }));
    io.log(t(CONSOLIDATE_WORDS, a.lang, 'heading', { agency: up.meta.agency, campaign: up.meta.campaign, year: up.meta.year ? ` (${up.meta.year})` : '' }));
    const byForm = new Map<string, number>();
    for (const x of up.rows) byForm.set(String(x.form), (byForm.get(String(x.form)) ?? 0) + 1);
    io.log(t(CONSOLIDATE_WORDS, a.lang, 'proposals', { count: up.rows.length }));
    for (const [f, n] of byForm) io.log(`    ${f}: ${n}`);
    io.log(t(CONSOLIDATE_WORDS, a.lang, 'checkCode', { checkCode: up.meta.checkCode }));
    if (errors) io.log(t(CONSOLIDATE_WORDS, a.lang, 'errorsLeft', { errors }));
    if (a.export) io.log(t(CONSOLIDATE_WORDS, a.lang, 'exportFile', { export: a.export }));
    for (const o of otherFiles)
      io.log(t(CONSOLIDATE_WORDS, a.lang, 'otherDossier', { channel: o.channel, file: o.file, rows: o.rows, checkCode: o.checkCode }));
  }
  return errors > 0 ? EXIT.dataErrors : EXIT.ok;
}
