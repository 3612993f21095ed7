import { defineWords } from '../i18n/words';

/** Why a row of `Biểu quyết` is not counted (the reason of VOTE_BAD_COUNT). */
export const VOTES_WORDS = /*#__PURE__*/ defineWords(
  'config.votes',
  {
    presentOverMembers: '{present} người có mặt, nhiều hơn {members} thành viên',
    inFavourOverMembers: '{inFavour} phiếu đồng ý, nhiều hơn {members} thành viên',
    writtenOverAbsent: '{written} phiếu bằng văn bản, nhiều hơn {absent} thành viên vắng mặt',
    inFavourOverVoted: '{inFavour} phiếu đồng ý, nhiều hơn {present} người có mặt và {written} phiếu bằng văn bản',
    inFavourOverPresentWritten:
      '{inFavour} phiếu đồng ý, nhiều hơn {present} người có mặt (phiếu bằng văn bản của thành viên vắng mặt ghi ở cột "Phiếu bằng văn bản")',
    inFavourOverPresent: '{inFavour} phiếu đồng ý, nhiều hơn {present} người có mặt',
    noMembers: 'chưa ghi tổng số thành viên Hội đồng, nên chưa tính được tỷ lệ',
    noPresent: 'chưa ghi số thành viên có mặt, nên chưa tính được tỷ lệ',
  },
  {
    presentOverMembers: '{present} present, more than the {members} members',
    inFavourOverMembers: '{inFavour} in favour, more than the {members} members',
    writtenOverAbsent: '{written} written ballots, more than the {absent} absent members',
    inFavourOverVoted: '{inFavour} in favour, more than the {present} present and {written} written ballots',
    inFavourOverPresentWritten:
      '{inFavour} in favour, more than the {present} present (written ballots of absent members go in the "Phiếu bằng văn bản" column)',
    inFavourOverPresent: '{inFavour} in favour, more than the {present} present',
    noMembers: 'the number of council members is missing, so no share can be worked out',
    noPresent: 'the number present is missing, so no share can be worked out',
  },
);
