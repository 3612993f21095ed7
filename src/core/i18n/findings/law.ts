import type { FindingText } from './text';

/** Findings of the law in force on the decision date: texts, options, authority, votes, registration. */
export const LAW_FINDINGS = {
  DECISION_DATE_ASSUMED: {
    severity: 'warning',
    kindVi: 'Chưa ghi ngày quyết định',
    kindEn: 'Decision date not given',
    vi: 'Chưa ghi "Ngày quyết định": coi là ngày {date}; áp dụng {texts}.',
    en: 'No "Ngày quyết định" (decision date): {date} is assumed; the rules applied are {texts}.',
    fixVi:
      'Ghi ngày ký quyết định khen thưởng (dd/mm/yyyy) ở dòng "Ngày quyết định" của sheet "Phong trào": ngày này chọn quy định, thẩm quyền và mức lương cơ sở hiện hành.',
    fixEn:
      'Enter the date the award decision is signed (dd/mm/yyyy) on the "Ngày quyết định" row of "Phong trào": it picks the rules, the authority and the base salary in force.',
  },
  LAW_RULE_EXPIRED: {
    severity: 'warning',
    kindVi: 'Quy định theo văn bản đã hết hiệu lực',
    kindEn: 'Rule from a text no longer in force',
    vi: '"{title}": {what} theo {text}, văn bản này hết hiệu lực từ {ended}. Quy định hiện hành ({current}): {says}. Sổ vẫn áp dụng ô này vì sheet "Danh hiệu" là của cơ quan.',
    en: '"{title}": {what} follows {text}, no longer in force from {ended}. The rule in force ({current}): {says}. The book still applies this cell, since "Danh hiệu" is the agency\'s own sheet.',
    fixVi: 'Sửa ô theo quy định hiện hành; nếu cơ quan tự quy định như vậy thì giữ và ghi rõ văn bản của cơ quan ở cột "Căn cứ".',
    fixEn: 'Change the cell to the rule in force; if it is the agency\'s own regulation, keep it and name that regulation in the "Căn cứ" column.',
  },
  LAW_VOTE_BELOW: {
    severity: 'warning',
    kindVi: 'Tỷ lệ phiếu thấp hơn quy định',
    kindEn: 'Vote threshold below the rule',
    vi: '"{title}" ghi biểu quyết "{sheet}", thấp hơn quy định: {law} ({basis}). Sổ vẫn áp dụng ô này.',
    en: '"{title}" asks for "{sheet}", below the rule: {law} ({basis}). The book still applies this cell.',
    fixVi: 'Ghi "{min}" ở cột "Tỷ lệ phiếu tối thiểu (%)" và "{base}" ở cột "Phiếu tính trên".',
    fixEn: 'Enter "{min}" in "Tỷ lệ phiếu tối thiểu (%)" and "{base}" in "Phiếu tính trên".',
  },
  LAW_SETTING_BAD: {
    severity: 'warning',
    kindVi: 'Thiết lập không đọc được',
    kindEn: 'Setting not readable',
    vi: '"{label}" ghi "{value}", không đọc được: dùng mặc định "{used}" ({basis}).',
    en: '"{label}" says "{value}", which cannot be read: the default "{used}" is used ({basis}).',
    fixVi: 'Ghi {allowed}.',
    fixEn: 'Enter {allowed}.',
  },
  AUTHORITY_GONE: {
    severity: 'warning',
    kindVi: 'Cấp quyết định không còn',
    kindEn: 'Deciding authority no longer exists',
    vi: '"{title}" do {authority} quyết định; cấp này không còn từ sau ngày {ended} ({basis}). Ngày quyết định {date}: không còn ai quyết định hình thức này.',
    en: '"{title}" is decided by the {authority}, which no longer exists after {ended} ({basis}). On the decision date {date} nobody decides this form.',
    fixVi: 'Đổi sang hình thức của cấp hiện hành (Giấy khen của Thủ trưởng cơ quan, Chủ tịch UBND cấp xã, hoặc đề nghị Chủ tịch UBND tỉnh).',
    fixEn: "Change to a form of a current level (the agency head's or the commune chairman's Giấy khen, or propose it to the provincial chairman).",
  },
  VOTE_NO_QUORUM: {
    severity: 'warning',
    kindVi: 'Cuộc họp chưa đủ túc số',
    kindEn: 'Meeting without quorum',
    vi: 'Cuộc họp Hội đồng có {present}/{members} thành viên, chưa đủ túc số {quorum} ({basis}): Hội đồng chưa quyết định được gì, mọi kết quả biểu quyết coi như chưa có.',
    en: 'The council meeting had {present} of {members} members, below the quorum of {quorum} ({basis}): the council decided nothing, and every vote counts as not yet taken.',
    fixVi:
      'Họp lại khi đủ túc số và ghi kết quả mới vào sheet "Biểu quyết"; hoặc sửa "Túc số họp Hội đồng" ở sheet "Phong trào" nếu quy chế Hội đồng quy định khác.',
    fixEn:
      'Meet again with a quorum and enter the new results in "Biểu quyết"; or change "Túc số họp Hội đồng" in "Phong trào" if the council\'s rules set another quorum.',
  },
  REGISTRATION_TITLE_UNKNOWN: {
    severity: 'error',
    kindVi: 'Đăng ký ghi sai tên danh hiệu',
    kindEn: 'Registration for an unknown title',
    vi: 'Dòng đăng ký ghi danh hiệu "{value}", không có trong sheet "Danh hiệu": dòng này không được tính.',
    en: 'The registration row names the title "{value}", which is not in "Danh hiệu": the row is not counted.',
    fixVi: 'Ghi đúng tên danh hiệu như trong sheet "Danh hiệu".',
    fixEn: 'Write the title as it is named in "Danh hiệu".',
  },
  REGISTRATION_MISSING: {
    severity: 'warning',
    kindVi: 'Đề nghị chưa đăng ký thi đua',
    kindEn: 'Proposal without registration',
    vi: '"{name}" được đề xuất "{title}" nhưng không có trong sheet "Đăng ký thi đua" (đăng ký không bắt buộc: {basis}).',
    en: '"{name}" is proposed for "{title}" but is not in "Đăng ký thi đua" (registration not required: {basis}).',
    fixVi: 'Thêm dòng đăng ký nếu đơn vị đã đăng ký; nếu không, Hội đồng xem xét.',
    fixEn: 'Add the registration row if the unit registered; otherwise the council decides.',
  },
  REGISTRATION_REQUIRED: {
    severity: 'error',
    kindVi: 'Chưa đăng ký thi đua: không đề xuất',
    kindEn: 'Not registered: not proposed',
    vi: '"{name}" không có trong sheet "Đăng ký thi đua" cho "{title}": phong trào bắt buộc đăng ký nên không đề xuất.',
    en: '"{name}" is not registered for "{title}" in "Đăng ký thi đua": the campaign requires registration, so it is not proposed.',
    fixVi: 'Thêm dòng đăng ký nếu đơn vị đã đăng ký, hoặc ghi "Không" ở dòng "Bắt buộc đăng ký thi đua" của sheet "Phong trào".',
    fixEn: 'Add the registration row if the unit registered, or enter "Không" on the "Bắt buộc đăng ký thi đua" row of "Phong trào".',
  },
} satisfies Record<string, FindingText>;
