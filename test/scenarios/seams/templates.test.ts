import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { campaign, simpleCriteria, titles, units } from '../../support/grids';
import { cli } from '../../support/cli';
import { folder, sha256, xlsx } from './support';

/** `thidua templates`: never replaces what it did not write; names safe everywhere; a bad unit stops nobody. */
const LONG = `Trung tâm ${'Nghiên cứu Ứng dụng Khoa học Kỹ thuật và Chuyển giao Công nghệ '.repeat(4)}`.trim();

describe('thidua templates', () => {
  test('a reply already in the folder is never replaced: refused and listed, nothing written; --force replaces it', async () => {
    const f = folder('templates-existing');
    const book = f.write(
      'so.xlsx',
      await xlsx([
        campaign(),
        simpleCriteria(),
        titles([]),
        units([
          ['VP', 'Văn phòng', 'K1', 5, ''],
          ['KT', 'Phòng Kế toán', 'K1', 5, ''],
        ]),
      ]),
    );
    const out = f.path('mau');
    mkdirSync(out);
    const reply = `${out}/VP - Văn phòng.xlsx`;
    writeFileSync(reply, 'bảng VP đã điền, gửi về');
    const before = sha256(reply);
    const res = await cli(['templates', book, '-o', out]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(`Chưa ghi mẫu nào: 1 tệp đã có sẵn trong "${out}" và không do lệnh này ghi ra`);
    expect(res.stderr).toContain('  VP - Văn phòng.xlsx');
    expect(res.stderr).toContain('--force');
    expect(sha256(reply)).toBe(before);
    expect(folder.list(out)).toEqual(['VP - Văn phòng.xlsx']);
    const forced = await cli(['templates', book, '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(folder.list(out)).toEqual(['KT - Phòng Kế toán.xlsx', 'VP - Văn phòng.xlsx']);
    expect(readFileSync(reply).subarray(0, 2).toString()).toBe('PK');
  });

  test('device names with any extension, trailing dots, names over 255 bytes, a unit listed twice: every other unit gets its file', async () => {
    const f = folder('templates-names');
    const list = units([
      ['', 'AUX.txt', 'K1', 5, ''],
      ['', 'nul.tar.gz', 'K1', 5, ''],
      ['', 'COM1 .x', 'K1', 5, ''],
      ['', 'Tổ Văn thư...', 'K1', 5, ''],
      ['TT', LONG, 'K1', 5, ''],
      ['TT2', `${LONG} 2`, 'K1', 5, ''],
      ['PTC', 'Phòng Tổ chức', 'K1', 5, ''],
      ['PTC2', 'PHÒNG TỔ CHỨC', 'K1', 5, ''],
    ]);
    const book = f.write('so.xlsx', await xlsx([campaign(), simpleCriteria(), titles([]), list]));
    const before = sha256(book);
    const out = f.path('mau');
    const res = await cli(['templates', book, '-o', out]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('[Đơn vị] Đơn vị "PHÒNG TỔ CHỨC" bị trùng trong sheet "Đơn vị". Không tạo mẫu thứ hai cho dòng này');
    expect(res.stdout).toContain(`Tên tệp của "TT - ${LONG}" dài quá 255 byte: cắt còn`);
    const names = folder.list(out);
    expect(names).toHaveLength(7);
    expect(names).toEqual(
      expect.arrayContaining(['don-vi-AUX.txt.xlsx', 'don-vi-nul.tar.gz.xlsx', 'don-vi-COM1 .x.xlsx', 'Tổ Văn thư.xlsx', 'PTC - Phòng Tổ chức.xlsx']),
    );
    for (const n of names) {
      expect(Buffer.byteLength(n, 'utf8')).toBeLessThanOrEqual(255);
      expect(n).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
      expect(n).not.toMatch(/[. ]$/);
    }
    // The two long names cut alike stay two files.
    expect(names.filter((n) => n.startsWith('TT - ') || n.startsWith('TT2 - '))).toHaveLength(2);
    expect(sha256(book)).toBe(before);
  });

  test('a unit whose file cannot be written (a folder holds its name) is said; the others get theirs; exit 2', async () => {
    const f = folder('templates-one-bad');
    const book = f.write(
      'so.xlsx',
      await xlsx([
        campaign(),
        simpleCriteria(),
        titles([]),
        units([
          ['VP', 'Văn phòng', 'K1', 5, ''],
          ['KT', 'Phòng Kế toán', 'K1', 5, ''],
        ]),
      ]),
    );
    const out = f.path('mau');
    mkdirSync(`${out}/KT - Phòng Kế toán.xlsx`, { recursive: true });
    const res = await cli(['templates', book, '-o', out]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('Phòng Kế toán: KHÔNG ghi được mẫu.');
    expect(res.stderr).toContain('1 đơn vị không ghi được mẫu (xem trên); các đơn vị khác đã có mẫu.');
    expect(res.stdout).toContain('VP - Văn phòng.xlsx');
    expect(folder.list(out)).toEqual(['KT - Phòng Kế toán.xlsx', 'VP - Văn phòng.xlsx']);
  });
});
