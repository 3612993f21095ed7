import { Body1, Caption1, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, Circle16Regular, DismissCircle16Filled } from '@fluentui/react-icons';
import { RunSummary } from '../../../core/output/summary';
import { Strings } from '../../i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  li: { display: 'flex', gap: '6px', alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The open book's state before a run: the campaign, its configuration sheets, the units heard from. */
export function StatusCard({ summary, t }: { summary: RunSummary; t: Strings }) {
  const s = useStyles();
  return (
    <Card aria-label={t.campaign}>
      <CardHeader
        header={<Text weight="semibold">{summary.campaign ? campaignTitle(summary.campaign) : t.noCampaign}</Text>}
        description={<Caption1 className={s.muted}>{t.candidates(summary.candidates.individual, summary.candidates.collective)}</Caption1>}
      />
      <ul className={s.list} aria-label={t.configSheets}>
        {summary.config.map((c) => (
          <li key={c.id} className={s.li}>
            {c.found ? (
              <CheckmarkCircle16Filled color={tokens.colorPaletteGreenForeground1} aria-hidden />
            ) : c.optional ? (
              <Circle16Regular aria-hidden />
            ) : (
              <DismissCircle16Filled color={tokens.colorPaletteRedForeground1} aria-hidden />
            )}
            <Body1>{c.sheet}</Body1>
            <Caption1 className={s.muted}>{c.found ? t.found : c.optional ? t.optional : t.missingSheet}</Caption1>
          </li>
        ))}
      </ul>
      {summary.units.total > 0 && (
        <div>
          <Body1>{t.unitsReceived(summary.units.received, summary.units.total)}</Body1>
          {summary.units.missing.length > 0 && (
            <Caption1 block className={s.muted}>
              {t.unitsMissing}: {summary.units.missing.join(', ')}
            </Caption1>
          )}
          {summary.units.late.length > 0 && (
            <Caption1 block className={s.muted}>
              {t.unitsLate(summary.units.late.map((l) => `${l.name} (${t.daysLate(l.days)})`).join(', '))}
            </Caption1>
          )}
        </div>
      )}
      {summary.skipped.length > 0 && <Caption1 className={s.muted}>{t.skippedSheets(summary.skipped.length)}</Caption1>}
    </Card>
  );
}

/** The campaign's name, with its year unless the name already says it. */
function campaignTitle(c: { name: string; year: number | null }): string {
  return c.year && !c.name.includes(String(c.year)) ? `${c.name} (${c.year})` : c.name;
}
