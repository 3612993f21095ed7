"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXIT = void 0;
exports.main = main;
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const app_1 = require("../core/app");
const numbers_1 = require("../core/text/numbers");
const readWorkbook_1 = require("../host/file/readWorkbook");
const fileHost_1 = require("../host/file/fileHost");
/** Exit codes: 0 no errors in the data, 1 errors in the data, 2 unusable input or usage. */
exports.EXIT = { ok: 0, dataErrors: 1, unusable: 2 };
const HELP = `thidua ${fileHost_1.VERSION} — kiểm tra, xếp hạng và đề xuất danh hiệu thi đua từ sổ tính Excel

Cách dùng:
  thidua validate <sổ.xlsx> [--json] [-o <bản-sao.xlsx>] [--lang vi|en]
      Kiểm tra mọi bảng chấm điểm; với -o, ghi sheet "Kiểm tra" vào một bản sao.
  thidua rank <sổ.xlsx> [-o <kết-quả.xlsx>] [--json] [--lang vi|en]
      Kiểm tra, tính điểm, xếp hạng, đề xuất danh hiệu; ghi các sheet Kiểm tra, Xếp hạng,
      Tổng hợp, Đề nghị khen thưởng, Nhật ký vào bản sao (mặc định <sổ>.ket-qua.xlsx).
      Tệp gốc không bao giờ bị sửa.
  thidua template -o <mới.xlsx> [--year N] [--org "Tên cơ quan"]
      Tạo sổ tính mẫu: Phong trào, Tiêu chí, Danh hiệu (quy định mặc định kèm căn cứ), Đơn vị.

Mã thoát: 0 không có lỗi, 1 dữ liệu có lỗi, 2 tệp không dùng được (không phải xlsx, không có phong trào).
`;
function parseArgs(argv) {
    const a = { command: argv[0] ?? 'help', file: null, out: null, json: false, lang: 'vi', year: null, org: undefined };
    for (let i = 1; i < argv.length; i++) {
        const x = argv[i];
        if (x === '--json')
            a.json = true;
        else if (x === '-o' || x === '--out')
            a.out = argv[++i] ?? null;
        else if (x === '--lang') {
            const l = argv[++i];
            if (l !== 'vi' && l !== 'en')
                return `--lang nhận vi hoặc en, không phải "${l}"`;
            a.lang = l;
        }
        else if (x === '--year')
            a.year = Number(argv[++i]);
        else if (x === '--org')
            a.org = argv[++i];
        else if (x.startsWith('-'))
            return `Không hiểu tùy chọn "${x}"`;
        else if (a.file === null)
            a.file = x;
        else
            return `Thừa tham số "${x}"`;
    }
    return a;
}
async function main(argv, io = { log: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') }) {
    const parsed = parseArgs(argv);
    if (typeof parsed === 'string') {
        io.err(parsed);
        io.err(HELP);
        return exports.EXIT.unusable;
    }
    const a = parsed;
    if (a.command === 'help' || a.command === '--help' || a.command === '-h') {
        io.log(HELP);
        return exports.EXIT.ok;
    }
    if (a.command === '--version' || a.command === 'version') {
        io.log(fileHost_1.VERSION);
        return exports.EXIT.ok;
    }
    if (a.command === 'template') {
        if (!a.out) {
            io.err('Cần -o <tệp.xlsx> để ghi sổ tính mẫu.');
            return exports.EXIT.unusable;
        }
        await (0, promises_1.mkdir)((0, node_path_1.dirname)((0, node_path_1.resolve)(a.out)), { recursive: true });
        await (0, promises_1.writeFile)(a.out, await (0, fileHost_1.writeTemplate)(a.year ?? new Date().getFullYear(), a.org));
        io.log(`Đã tạo sổ tính mẫu: ${a.out}`);
        return exports.EXIT.ok;
    }
    if (a.command !== 'validate' && a.command !== 'rank') {
        io.err(`Không có lệnh "${a.command}".`);
        io.err(HELP);
        return exports.EXIT.unusable;
    }
    if (!a.file) {
        io.err('Thiếu đường dẫn sổ tính .xlsx.');
        return exports.EXIT.unusable;
    }
    let data;
    try {
        data = await (0, promises_1.readFile)(a.file);
    }
    catch (e) {
        io.err(`Không đọc được tệp "${a.file}": ${e.message}`);
        return exports.EXIT.unusable;
    }
    const now = new Date().toISOString();
    let job;
    try {
        job = await (0, fileHost_1.runOnFile)(data, { source: (0, node_path_1.basename)(a.file), lang: a.lang, action: a.command, now });
    }
    catch (e) {
        if (e instanceof readWorkbook_1.NotAWorkbookError) {
            io.err(`"${a.file}" không phải là sổ tính Excel .xlsx đọc được (${e.message}).`);
            return exports.EXIT.unusable;
        }
        throw e;
    }
    const r = job.result;
    let out = a.out;
    if (a.command === 'rank' && !out)
        out = (0, node_path_1.join)((0, node_path_1.dirname)(a.file), `${(0, node_path_1.basename)(a.file, (0, node_path_1.extname)(a.file))}.ket-qua.xlsx`);
    if (out && (0, node_path_1.resolve)(out) === (0, node_path_1.resolve)(a.file)) {
        io.err('Tệp kết quả phải khác tệp gốc: add-in không bao giờ ghi đè sổ tính đầu vào.');
        return exports.EXIT.unusable;
    }
    if (out && r.usable) {
        await (0, promises_1.mkdir)((0, node_path_1.dirname)((0, node_path_1.resolve)(out)), { recursive: true });
        await (0, promises_1.writeFile)(out, await (0, fileHost_1.writeResult)(job, now));
    }
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    if (a.json)
        io.log(JSON.stringify((0, app_1.toJsonReport)(r), null, 2));
    else
        printText(job, out, a.lang, io);
    if (!r.usable)
        return exports.EXIT.unusable;
    return errors > 0 ? exports.EXIT.dataErrors : exports.EXIT.ok;
}
function printText(job, out, L, io) {
    const r = job.result;
    const t = (vi, en) => (L === 'vi' ? vi : en);
    if (r.campaign)
        io.log(`${t('Phong trào', 'Campaign')}: ${r.campaign.name}${r.campaign.year ? ` (${r.campaign.year})` : ''}`);
    io.log(t(`Bảng chấm điểm: ${r.sheets.length} sheet, ${r.candidates.length} ứng viên.`, `Score sheets: ${r.sheets.length}, candidates: ${r.candidates.length}.`));
    if (r.skipped.length)
        io.log(t(`Bỏ qua (không phải bảng chấm điểm): ${r.skipped.map((s) => s.sheet).join(', ')}`, `Skipped: ${r.skipped.map((s) => s.sheet).join(', ')}`));
    const errors = r.findings.filter((f) => f.severity === 'error');
    const warnings = r.findings.filter((f) => f.severity === 'warning');
    io.log(t(`Kiểm tra: ${errors.length} lỗi, ${warnings.length} cảnh báo.`, `Validation: ${errors.length} error(s), ${warnings.length} warning(s).`));
    const show = [...errors, ...warnings].slice(0, 40);
    for (const f of show)
        io.log(`  [${f.severity === 'error' ? t('Lỗi', 'Error') : t('Cảnh báo', 'Warning')}] ${f.sheet}${f.cell ? '!' + f.cell : ''}${f.candidate ? ` (${f.candidate})` : ''}: ${f.message}`);
    if (r.findings.length > show.length)
        io.log(t(`  … và ${r.findings.length - show.length} mục khác (xem sheet "Kiểm tra").`, `  … and ${r.findings.length - show.length} more (see "Kiểm tra").`));
    const counts = new Map();
    for (const c of r.candidates)
        for (const d of r.decisions.get(c.id) ?? [])
            if (d.status === 'proposed')
                counts.set(d.title, (counts.get(d.title) ?? 0) + 1);
    if (r.titles.length) {
        io.log(t('Đề xuất danh hiệu:', 'Titles proposed:'));
        for (const title of r.titles)
            io.log(`  ${title.name}: ${counts.get(title.name) ?? 0}`);
    }
    const top = r.ranking.scopes.get('individual|all')?.ordered.slice(0, 5) ?? [];
    if (top.length) {
        io.log(t('Dẫn đầu:', 'Top:'));
        for (const c of top)
            io.log(`  ${r.ranking.positions.get(c.id).all.rank}. ${c.name} (${c.unitName}) ${(0, numbers_1.formatScore)(r.scores.get(c.id).total, L)}`);
    }
    if (out && r.usable)
        io.log(t(`Đã ghi kết quả vào: ${out}`, `Results written to: ${out}`));
    if (!r.usable)
        io.log(t('Sổ tính chưa có phong trào/tiêu chí dùng được: không xếp hạng.', 'No usable campaign or criteria: nothing ranked.'));
}
if (require.main === module) {
    main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
        process.stderr.write(`Lỗi không mong đợi: ${e.stack ?? e}\n`);
        process.exit(2);
    });
}
//# sourceMappingURL=main.js.map