import { FEATURE_SETS, OfficeEnv } from '../../../host/office/officeEnv';
import { importIntoExcel } from '../../../host/office/importSheets';
import { clearMarks, markFindings } from '../../../host/office/marks';
import { convertLegacyInExcel, restoreLegacyInExcel } from '../../../host/office/legacyConvert';
import { CreateWorkbook, createWorkbookFromGlobals, openAsNewWorkbooks } from '../../../host/office/newWorkbook';
import { RoundTripOps } from '../../hosts/types';

/** The round trip's Office.js pieces for the Excel host; `createWorkbook` may come with the env (the harness's in-memory Excel). */
export function excelRoundTrip(env: OfficeEnv & { createWorkbook?: CreateWorkbook }): RoundTripOps {
  const create = env.createWorkbook ?? createWorkbookFromGlobals();
  return {
    importSheets: (req) => importIntoExcel(env, req),
    mark: (req) => markFindings(env, req),
    clearMarks: (req) => clearMarks(env, req),
    convertLegacy: (req) => convertLegacyInExcel(env, req),
    restoreLegacy: (req) => restoreLegacyInExcel(env, req),
    openWorkbooks: create && env.supports(FEATURE_SETS.createWorkbook) ? (files) => openAsNewWorkbooks(create, files) : null,
    insertsFromFile: env.supports(FEATURE_SETS.insertWorksheets),
  };
}
