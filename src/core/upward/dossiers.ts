import { Lang } from '../model';
import { fold, matchKey } from '../text/normalize';
import { isoToVi } from '../text/numbers';
import { UPWARD_SHEETS } from './format';
import { UpwardRead, upwardFinding } from './read';

/**
 * Which dossiers of a roll-up are the same submission. A dossier is its check code and its
 * agency: the same one received twice is one submission (the copy is set aside, said); two
 * different ones from one agency are two versions, of which the newer (made later) is rolled up
 * and the older set aside, said with both dates. Set aside means refused with that finding: its
 * proposals are counted once, under the dossier kept.
 */
export function oneSubmissionEach(reads: readonly UpwardRead[], L: Lang): UpwardRead[] {
  const out = [...reads];
  const byCode = new Map<string, number>();
  const byAgency = new Map<string, number>();
  const setAside = (i: number, f: ReturnType<typeof upwardFinding>) => {
    const r = out[i];
    // Its own findings are the kept dossier's (the same file) or no longer matter (an older version).
    out[i] = { ok: false, file: r.file, meta: r.meta, findings: [f], recomputedCode: r.recomputedCode };
  };
  out.forEach((r, i) => {
    if (!r.ok) return;
    const agency = matchKey(r.meta.agency);
    const code = `${fold(r.recomputedCode)}|${agency}`;
    const same = byCode.get(code);
    if (same !== undefined) {
      setAside(
        i,
        upwardFinding('UPWARD_SAME_DOSSIER', { file: r.file, other: out[same].file, agency: r.meta.agency, code: r.recomputedCode }, L, {
          file: r.file,
          sheet: UPWARD_SHEETS.cover,
        }),
      );
      return;
    }
    byCode.set(code, i);
    const earlier = byAgency.get(agency);
    if (earlier === undefined || agency === '') {
      byAgency.set(agency, i);
      return;
    }
    const e = out[earlier];
    if (!e.ok) return;
    // The newer is the one made later; on a tie, the one received later.
    const newer = r.meta.madeAt >= e.meta.madeAt ? i : earlier;
    const older = newer === i ? earlier : i;
    const n = out[newer] as Extract<UpwardRead, { ok: true }>;
    const o = out[older] as Extract<UpwardRead, { ok: true }>;
    const day = (iso: string) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? `${isoToVi(iso.slice(0, 10))} ${iso.slice(11, 16)}`.trim() : iso || '?');
    setAside(
      older,
      upwardFinding('UPWARD_AGENCY_TWICE', { file: o.file, agency: o.meta.agency, made: day(o.meta.madeAt), other: n.file, otherMade: day(n.meta.madeAt) }, L, {
        file: o.file,
        sheet: UPWARD_SHEETS.cover,
      }),
    );
    byAgency.set(agency, newer);
  });
  return out;
}

/**
 * The status a proposal was given at the level below ("Xem xét: …" in a roll-up of roll-ups):
 * its reasons, so that a proposal to review stays one at every level above.
 */
export function statusBelow(status: string): string[] | null {
  const m = /^\s*(xem xét|review)\s*:\s*/i.exec(status.normalize('NFC'));
  if (!m) return null;
  return status
    .normalize('NFC')
    .slice(m[0].length)
    .split(/;\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}
