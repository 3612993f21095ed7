import { FEATURE_SETS, OfficeEnv } from '../../../host/office/officeEnv';
import { importIntoExcel } from '../../../host/office/importSheets';
import { clearMarks, markFindings } from '../../../host/office/marks';
import { convertLegacyInExcel, restoreLegacyInExcel } from '../../../host/office/legacyConvert';
import { WorkbookCreator, openAsNewWorkbooks } from '../../../host/office/createWorkbook';
import { RoundTripOps } from '../../hosts/types';

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
