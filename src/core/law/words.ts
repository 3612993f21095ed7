import { defineWords } from '../i18n/words';

/** The law's texts in findings and explanations (finding parameters, tie-break and vote wording). */
export const LAW_WORDS = /*#__PURE__*/ defineWords(
  'law',
  {
    capWhat: 'tỷ lệ tối đa {percent}%',
    capSays:
      'Luật TĐKT 06/2022/QH15, Điều 23 không giới hạn tỷ lệ Chiến sĩ thi đua cơ sở; cơ quan vẫn muốn giữ mức 15% số LĐTT thì bật tùy chọn "Giới hạn CSTĐCS 15% số LĐTT" ở sheet "Phong trào"',
    exclWhat: 'điều kiện "{conditions}"',
    exclSays:
      'không văn bản quốc gia hiện hành nào loại trừ người công tác dưới 10 tháng hay nghỉ từ 40 ngày; nghỉ thai sản tính là thời gian công tác (NĐ 152/2025/NĐ-CP, Điều 4 khoản 5); cơ quan vẫn áp dụng thì bật tùy chọn ở sheet "Phong trào"',
    basisWhat: 'căn cứ',
    replacedBy: 'thay bằng {text}',
    reviewBasis: 'xem lại căn cứ',
    voteSaid: '{op} {percent}% {base}',
    baseMembers: 'tổng số thành viên',
    basePresent: 'số có mặt',
    voteLaw: '≥ {percent}% tổng số thành viên Hội đồng, bỏ phiếu kín',
  },
  {
    capWhat: 'the cap of {percent}%',
    capSays:
      'Law 06/2022/QH15, Art. 23 sets no cap on Chiến sĩ thi đua cơ sở; an agency keeping 15% of LĐTT turns on the option "Giới hạn CSTĐCS 15% số LĐTT" in "Phong trào"',
    exclWhat: 'the condition "{conditions}"',
    exclSays:
      'no national text in force excludes people employed under 10 months or off 40 days or more; maternity leave counts as time worked (Decree 152/2025, Art. 4(5)); an agency keeping them turns on the options in "Phong trào"',
    basisWhat: 'the basis',
    replacedBy: 'replaced by {text}',
    reviewBasis: 'review the basis',
    voteSaid: '{op} {percent}% {base}',
    baseMembers: 'of all members',
    basePresent: 'of those present',
    voteLaw: '≥ {percent}% of all council members, secret ballot',
  },
);
