import { FEATURE_SETS, OfficeEnv } from './officeEnv';
import { importIntoExcel } from './importSheets';
import { clearMarks, markFindings } from './marks';
import { convertLegacyInExcel, restoreLegacyInExcel } from './legacyConvert';
import { WorkbookCreator, openAsNewWorkbooks } from './createWorkbook';
import { RoundTripOps } from '../types';

/** The round trip's Office.js pieces for the Excel host; `create` is the host's Excel.createWorkbook (the in-memory one in the harness). */
export function excelRoundTrip(env: OfficeEnv, create: WorkbookCreator | null): RoundTripOps {
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
