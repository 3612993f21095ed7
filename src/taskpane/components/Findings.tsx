import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Caption1, makeStyles, mergeClasses, tokens, Text } from '@fluentui/react-components';
import { ErrorCircle16Filled, Warning16Filled } from '@fluentui/react-icons';
import { Finding } from '../../core/model';
import { Strings } from '../i18n';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width: '100%', textAlign: 'left', paddingTop: '6px', paddingBottom: '6px', height: 'auto', minHeight: '0' },
  line: { display: 'flex', gap: '6px', alignItems: 'flex-start', width: '100%' },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '44px', flexShrink: 0 },
  fix: { color: tokens.colorNeutralForeground3, paddingLeft: '50px' },
  group: { marginTop: '4px', marginBottom: '2px', display: 'flex', gap: '4px', alignItems: 'center' },
  counts: { display: 'flex', gap: '4px', marginLeft: '8px' },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
});

/** How many findings of one sheet and severity are listed before "more". */
const PAGE = 100;

export function FindingsList(props: { findings: Finding[]; t: Strings; onPick(f: Finding): void; picked: Finding | null }) {
  const { findings, t } = props;
  const s = useStyles();
  const bySheet = React.useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of findings) {
      const list = m.get(f.sheet) ?? [];
      list.push(f);
      m.set(f.sheet, list);
    }
    // Sheets with errors first, then by the number of findings.
    return [...m.entries()].sort((a, b) => errorsOf(b[1]) - errorsOf(a[1]) || b[1].length - a[1].length);
  }, [findings]);
  if (!findings.length) return <Text>{t.noFindings}</Text>;
  return (
    <Accordion multiple collapsible defaultOpenItems={bySheet.slice(0, 1).map(([sheet]) => sheet)}>
      {bySheet.map(([sheet, list]) => (
        <AccordionItem value={sheet} key={sheet}>
          <AccordionHeader>
            <Text weight="semibold">{sheet}</Text>
            <span className={s.counts}>
              {errorsOf(list) > 0 && <Badge color="danger" appearance="filled">{t.errors(errorsOf(list))}</Badge>}
              {list.length - errorsOf(list) > 0 && <Badge color="warning" appearance="tint">{t.warnings(list.length - errorsOf(list))}</Badge>}
            </span>
          </AccordionHeader>
          <AccordionPanel>
            {(['error', 'warning'] as const).map((sev) => (
              <SeverityGroup key={sev} sev={sev} list={list.filter((f) => f.severity === sev)} {...props} />
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

function SeverityGroup(props: { sev: 'error' | 'warning'; list: Finding[]; t: Strings; onPick(f: Finding): void; picked: Finding | null }) {
  const { sev, list, t } = props;
  const s = useStyles();
  const [shown, setShown] = React.useState(PAGE);
  if (!list.length) return null;
  return (
    <section aria-label={`${sev === 'error' ? t.error : t.warning} (${list.length})`}>
      <div className={s.group}>
        {sev === 'error' ? <ErrorCircle16Filled color={tokens.colorPaletteRedForeground1} /> : <Warning16Filled color={tokens.colorPaletteDarkOrangeForeground1} />}
        <Caption1>{sev === 'error' ? t.errors(list.length) : t.warnings(list.length)}</Caption1>
      </div>
      {list.slice(0, shown).map((f, i) => (
        <Button
          key={i}
          appearance="subtle"
          className={mergeClasses(s.item, props.picked === f && s.selected)}
          aria-label={`${f.cell ? t.goToCell(f.sheet, f.cell) : f.sheet}: ${f.message}`}
          aria-pressed={props.picked === f}
          onClick={() => props.onPick(f)}
          data-finding={f.code}
        >
          <span className={s.line}>
            <Text className={s.cell} weight="semibold">
              {f.cell || t.wholeSheet}
            </Text>
            <Text>{f.message}</Text>
          </span>
          {f.fix && <Caption1 className={s.fix}>{f.fix}</Caption1>}
        </Button>
      ))}
      {list.length > shown && (
        <Button appearance="transparent" onClick={() => setShown(shown + PAGE)}>
          +{list.length - shown}
        </Button>
      )}
    </section>
  );
}

function errorsOf(list: Finding[]): number {
  let n = 0;
  for (const f of list) if (f.severity === 'error') n++;
  return n;
}
