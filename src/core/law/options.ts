import { LawEntry, entryOn } from './period';

/**
 * Rules an agency turns on or off in `Phong trào` (label in column A, Có/Không in column B), each
 * with its default per period and its basis. A rule from a text no longer in force is never a
 * silent default (domain.md §4).
 */
export type OptionId = 'womenFirst' | 'cstdcsCap' | 'excludeShortService' | 'excludeDaysOff' | 'registrationRequired';

export interface OptionDefault extends LawEntry {
  on: boolean;
}

export interface LawOption {
  id: OptionId;
  /** The `Phong trào` label. */
  label: string;
  /** Folded labels read for it. */
  keys: string[];
  defaults: readonly OptionDefault[];
  /** The hint beside it in the template. */
  hint: string;
}

export const LAW_OPTIONS: readonly LawOption[] = [
  {
    id: 'womenFirst',
    label: 'Ưu tiên nữ khi bằng thành tích',
    keys: ['uu tien nu khi bang thanh tich', 'uu tien nu'],
    defaults: [
      { on: false, from: null, to: '2025-06-30', basis: 'Chưa có trong văn bản trước NĐ 152/2025/NĐ-CP', tag: 'U' },
      {
        on: true,
        from: '2025-07-01',
        to: null,
        basis:
          'NĐ 152/2025/NĐ-CP, Điều 4 khoản 6: cùng đủ điều kiện thì chọn cá nhân nữ, tập thể có tỷ lệ nữ từ 70% trở lên; áp dụng như một bước xét khi bằng thành tích là cách hiểu của nhóm [R]',
        tag: 'C',
      },
    ],
    hint: 'Có | Không. Khi bằng thành tích ở suất cuối: cá nhân nữ (cột Giới tính), tập thể có ≥ 70% nữ được xét trước; không ghi giới tính thì không tách được',
  },
  {
    id: 'cstdcsCap',
    label: 'Giới hạn CSTĐCS 15% số LĐTT',
    keys: ['gioi han cstdcs 15% so ldtt', 'gioi han cstdcs', 'ty le cstdcs 15%'],
    defaults: [
      { on: true, from: null, to: '2023-12-31', basis: 'NĐ 91/2017/NĐ-CP: CSTĐCS không quá 15% số LĐTT, làm tròn xuống', tag: 'C-old' },
      {
        on: false,
        from: '2024-01-01',
        to: null,
        basis:
          'Luật TĐKT 06/2022/QH15, Điều 23; NĐ 98/2023/NĐ-CP và NĐ 152/2025/NĐ-CP không đặt tỷ lệ. Mức 15% của NĐ 91/2017/NĐ-CP (hết hiệu lực) là tùy chọn của cơ quan',
        tag: 'C-old',
      },
    ],
    hint: 'Có | Không. Có: CSTĐCS không quá 15% số LĐTT mỗi đơn vị, làm tròn xuống (NĐ 91/2017, hết hiệu lực) nếu cơ quan vẫn tự quy định',
  },
  {
    id: 'excludeShortService',
    label: 'Loại trừ công tác dưới 10 tháng',
    keys: ['loai tru cong tac duoi 10 thang', 'cong tac duoi 10 thang'],
    defaults: [
      { on: true, from: null, to: '2023-12-31', basis: 'NĐ 91/2017/NĐ-CP: không xét LĐTT người công tác dưới 10 tháng', tag: 'C-old' },
      { on: false, from: '2024-01-01', to: null, basis: 'Không thấy trong văn bản quốc gia hiện hành; cơ quan, địa phương có thể tự quy định', tag: 'C-old' },
    ],
    hint: 'Có | Không. Có: thêm điều kiện "công tác ≥ 10 tháng" cho Lao động tiên tiến (quy định cũ; cơ quan có thể tự áp dụng)',
  },
  {
    id: 'excludeDaysOff',
    label: 'Loại trừ nghỉ từ 40 ngày',
    keys: ['loai tru nghi tu 40 ngay', 'nghi tu 40 ngay'],
    defaults: [
      {
        on: true,
        from: null,
        to: '2023-12-31',
        basis: 'NĐ 91/2017/NĐ-CP: không xét LĐTT người nghỉ từ 40 ngày trở lên (nghỉ thai sản không tính)',
        tag: 'C-old',
      },
      {
        on: false,
        from: '2024-01-01',
        to: null,
        basis: 'Không thấy trong văn bản quốc gia hiện hành; nghỉ thai sản tính là thời gian công tác (NĐ 152/2025/NĐ-CP, Điều 4 khoản 5) [C]',
        tag: 'C-old',
      },
    ],
    hint: 'Có | Không. Có: thêm điều kiện "nghỉ < 40 ngày" cho Lao động tiên tiến (quy định cũ; cơ quan có thể tự áp dụng); ngày nghỉ thai sản không tính',
  },
  {
    id: 'registrationRequired',
    label: 'Bắt buộc đăng ký thi đua',
    keys: ['bat buoc dang ky thi dua', 'bat buoc dang ky'],
    defaults: [{ on: false, from: null, to: null, basis: 'Chưa thấy quy định quốc gia hiện hành bắt buộc đăng ký; chế độ cũ coi là điều kiện', tag: 'R' }],
    hint: 'Có | Không. Có: đề nghị của người không có trong sheet "Đăng ký thi đua" bị chặn; Không: chỉ cảnh báo',
  },
];

export function lawOption(id: OptionId): LawOption {
  return LAW_OPTIONS.find((o) => o.id === id)!;
}

/** The option's default on a day, with its basis. */
export function optionDefaultOn(id: OptionId, dateIso: string): OptionDefault {
  const o = lawOption(id);
  return entryOn(o.defaults, dateIso) ?? o.defaults[o.defaults.length - 1];
}
