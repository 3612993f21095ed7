"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FEATURE_SETS = void 0;
exports.officeEnvFromGlobals = officeEnvFromGlobals;
/** Features above the ExcelApi 1.7 core, and the set that brings each. */
exports.FEATURE_SETS = {
    suspendCalculation: '1.6',
    mergedAreas: '1.13',
    pageLayout: '1.9',
    autoFilter: '1.9',
    suspendScreenUpdating: '1.9',
    createWorkbook: '1.8',
    cultureInfo: '1.11',
    insertWorksheets: '1.13',
};
/** The env inside Office, or null outside it (a plain browser, or Office.js failed to load). */
function officeEnvFromGlobals(g = globalThis) {
    const excel = g.Excel;
    if (!excel || typeof excel.run !== 'function')
        return null;
    const run = (batch) => excel.run(batch);
    return {
        run,
        supports: (version) => {
            const req = g.Office?.context?.requirements;
            // Office.context.requirements is missing in old hosts and outside Office: assume the minimum.
            if (!req || typeof req.isSetSupported !== 'function')
                return false;
            try {
                return req.isSetSupported('ExcelApi', version);
            }
            catch {
                return false;
            }
        },
    };
}
//# sourceMappingURL=officeEnv.js.map