import { basename } from 'node:path';
import { nextYearOf } from '../../core/closing/index';
import { defineWords, t } from '../../core/i18n/words';
import { writeNewWorkbook } from '../../host/file/fileHost';
import { Args, Out } from '../args';
import { EXIT } from '../exit';
import { refuseOutputs, saveOutput } from '../io';
import { gridsOf } from './upwardIo';

const W = /*#__PURE__*/ defineWords(
  'cli.nextYear',
  {
    usage: 'Cách dùng: thidua next-year <sổ.xlsx> -o <sổ-năm-sau.xlsx> [--year 2027]',
    extra: 'Thừa tham số "{arg}": lệnh next-year nhận một sổ tính.',
    unusable: '"{file}" chưa có sheet "Phong trào" và "Tiêu chí" dùng được: không lập được sổ năm sau.',
    written: 'Sổ năm {year}: {out}',
    carried: '  Mang sang: {sheets}',
    leftOut: '  Không mang sang (bảng chấm điểm, biểu quyết, sheet kết quả, sheet khác): {sheets}',
    history: '  Lịch sử khen thưởng: thêm {titles} danh hiệu đã quyết định năm {from} và {ratings} dòng xếp loại HTXSNV.',
    noNumber: '  {n} dòng chưa có số quyết định: ghi số, ngày ở sheet "Số quyết định" của bản kết quả rồi chạy lại, hoặc ghi thẳng vào sổ năm sau.',
    upward: '  {n} đề nghị thuộc thẩm quyền cấp trên chưa có trong lịch sử: thêm khi có quyết định của cấp trên.',
  },
  {
    usage: 'Usage: thidua next-year <book.xlsx> -o <next.xlsx> [--year 2027]',
    extra: 'Extra argument "{arg}": next-year takes one workbook.',
    unusable: '"{file}" has no usable "Phong trào" and "Tiêu chí": no next year’s book made.',
    written: 'Book for {year}: {out}',
    carried: '  Carried over: {sheets}',
    leftOut: '  Left out (score sheets, votes, result sheets, others): {sheets}',
    history: '  Award history: {titles} titles decided in {from} and {ratings} HTXSNV ratings added.',
    noNumber: '  {n} row(s) without a decision number: type them in "Số quyết định" of the result copy and run again, or in the new book.',
    upward: '  {n} proposal(s) decided upward are not in the history: add them when the upper level decides.',
  },
);

/** `thidua next-year <sổ.xlsx> -o <sổ-năm-sau.xlsx> [--year N]`: next year's book, a new file. */
export async function nextYear(a: Args, io: Out): Promise<number> {
  const L = a.lang;
  if (!a.file || !a.out) {
    io.err(t(W, L, 'usage'));
    return EXIT.unusable;
  }
  if (a.files.length > 1) {
    io.err(t(W, L, 'extra', { arg: a.files[1] }));
    return EXIT.unusable;
  }
  const refused = await refuseOutputs([a.out], [a.file], L);
  if (refused) {
    io.err(refused);
    return EXIT.unusable;
  }
  const { grids, error } = await gridsOf(a.file, basename(a.file), L);
  if (!grids) {
    io.err(error ?? '');
    return EXIT.unusable;
  }
  const made = nextYearOf(grids, { now: new Date().toISOString(), year: a.year ?? undefined, lang: L });
  if (!made) {
    io.err(t(W, L, 'unusable', { file: a.file }));
    return EXIT.unusable;
  }
  const { next, closing } = made;
  await saveOutput(a.out, await writeNewWorkbook(next.models), [a.file], L);
  io.log(t(W, L, 'written', { year: next.year, out: a.out }));
  io.log(t(W, L, 'carried', { sheets: next.carried.join(', ') }));
  if (next.leftOut.length) io.log(t(W, L, 'leftOut', { sheets: next.leftOut.join(', ') }));
  io.log(t(W, L, 'history', { titles: next.added.titles, ratings: next.added.ratings, from: closing.year ?? next.year - 1 }));
  if (next.added.withoutNumber) io.log(t(W, L, 'noNumber', { n: next.added.withoutNumber }));
  if (closing.upward.length) io.log(t(W, L, 'upward', { n: closing.upward.length }));
  return EXIT.ok;
}
