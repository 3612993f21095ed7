"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveOutputNames = resolveOutputNames;
exports.applyNames = applyNames;
exports.sheetNames = sheetNames;
const findingLog_1 = require("../engine/findingLog");
/**
 * Where each generated sheet goes. A name held by one of the add-in's own sheets is reused;
 * a name held by a user sheet is never overwritten: "Xếp hạng (2)" is used instead and the
 * user is told.
 */
function resolveOutputNames(existing, own, wanted, lang) {
    const log = new findingLog_1.FindingLog(lang);
    const ownSet = new Set(own);
    const taken = new Set(existing.filter((n) => !ownSet.has(n)).map((n) => n.toLowerCase()));
    const names = new Map();
    for (const w of wanted) {
        let name = w;
        for (let i = 2; taken.has(name.toLowerCase()); i++)
            name = `${w} (${i})`.slice(0, 31);
        if (name !== w)
            log.add('OUTPUT_NAME_TAKEN', { value: w, other: name }, { sheet: w });
        taken.add(name.toLowerCase());
        names.set(w, name);
    }
    return { names, findings: log.items };
}
function applyNames(models, names) {
    return models.map((m) => ({ ...m, name: names.get(m.name) ?? m.name }));
}
function sheetNames(book) {
    return book.sheets.map((s) => s.name);
}
//# sourceMappingURL=names.js.map