import { defineWords } from '../i18n/words';

/** The words of a candidate's explanation: each title's verdict, the council's vote, the achievements line. */
export const EXPLAIN_WORDS = /*#__PURE__*/ defineWords(
  'output.explain',
  {
    proposed: 'đề xuất',
    notEligible: 'chưa đủ điều kiện',
    cutByQuota: 'đủ điều kiện nhưng ngoài chỉ tiêu',
    tiedAtQuota: 'đồng hạng tại ranh giới chỉ tiêu, chờ Hội đồng bỏ phiếu',
    ruleUnusable: 'quy định có lỗi, chưa xét',
    voteNeeds: ', cần ',
    votePending: ' {chờ Hội đồng biểu quyết{need}}',
    voteRecorded: ' {Hội đồng: {text}}',
    total: 'Tổng điểm {total} (hạng {rank}/{of})',
    rated: 'xếp loại {rating}',
    initiatives: '{n} sáng kiến',
    bonus: 'điểm thưởng {bonus}',
  },
  {
    proposed: 'proposed',
    notEligible: 'not eligible',
    cutByQuota: 'eligible but outside the quota',
    tiedAtQuota: 'tied at the quota boundary, for the council to vote',
    ruleUnusable: 'rule has an error, not checked',
    voteNeeds: ', needs ',
    votePending: ' {council vote pending{need}}',
    voteRecorded: ' {council: {text}}',
    total: 'Total {total} (rank {rank}/{of})',
    rated: 'rated {rating}',
    initiatives: '{n} initiative(s)',
    bonus: 'bonus {bonus}',
  },
);
