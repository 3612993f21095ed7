/**
 * What the adapter needs from Office: `Excel.run` and the requirement-set check. Tests and the
 * browser harness pass the in-memory Excel's; inside Office it comes from the globals.
 */
export type ExcelRunner = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeEnv {
  run: ExcelRunner;
  /** isSetSupported('ExcelApi', version) with a string version, false when unknown. */
  supports(version: string): boolean;
}

/** Features above the ExcelApi 1.7 core, and the set that brings each. */
export const FEATURE_SETS = {
  suspendCalculation: '1.6',
  mergedAreas: '1.13',
  pageLayout: '1.9',
  autoFilter: '1.9',
  suspendScreenUpdating: '1.9',
  createWorkbook: '1.8',
  cultureInfo: '1.11',
  insertWorksheets: '1.13',
} as const;

interface OfficeGlobals {
  Office?: { context?: { requirements?: { isSetSupported?(name: string, version?: string): boolean } } };
  Excel?: { run?: ExcelRunner };
}

/** The env inside Office, or null outside it (a plain browser, or Office.js failed to load). */
export function officeEnvFromGlobals(g: OfficeGlobals = globalThis as OfficeGlobals): OfficeEnv | null {
  const excel = g.Excel;
  if (!excel || typeof excel.run !== 'function') return null;
  const run: ExcelRunner = (batch) => excel.run!(batch);
  return {
    run,
    supports: (version) => {
      const req = g.Office?.context?.requirements;
      // Office.context.requirements is missing in old hosts and outside Office: assume the minimum.
      if (!req || typeof req.isSetSupported !== 'function') return false;
      try {
        return req.isSetSupported('ExcelApi', version);
      } catch {
        return false;
      }
    },
  };
}
