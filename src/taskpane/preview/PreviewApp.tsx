import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState, type CSSProperties } from 'react';
import type { Lang } from '../../domain/finding';
import type { WorkbookHost } from '../../excel/workbook-host';
import { storedLanguage } from '../i18n/stored-language';
import { TaskPane } from '../TaskPane';
import { OpenWorkbookButton } from './OpenWorkbookButton';
import type { PreviewWorkbook } from './preview-workbook';
import { PREVIEW_WORDS } from './preview-words';
import { NARROW_WINDOW as NARROW } from './narrow-window';
import { WorkbookView } from './WorkbookView';

/** Excel on the web opens a task pane 350 px wide (Excel on Windows: 320 px); `?pane=320` tries another width. */
export const DEFAULT_PANE_WIDTH = 350;

/** The pane's width asked for in the page's address (`?pane=320`), within what Excel allows. */
export function paneWidthFrom(search: string): number {
  const asked = Number(new URLSearchParams(search).get('pane'));
  return Number.isInteger(asked) && asked >= 270 && asked <= 800 ? asked : DEFAULT_PANE_WIDTH;
}


const useStyles = makeStyles({
  app: { display: 'flex', flexDirection: 'column', height: '100vh', backgroundColor: tokens.colorNeutralBackground3, [NARROW]: { height: 'auto' } },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: '#107C41',
    color: '#fff',
    flexShrink: 0,
    minWidth: 0,
    [NARROW]: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXS },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  about: { color: '#e6f4ec', flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', [NARROW]: { display: 'none' } },
  main: { display: 'flex', flexGrow: 1, minHeight: 0, [NARROW]: { flexDirection: 'column' } },
  pane: {
    width: 'var(--sverka-pane-width)',
    flexShrink: 0,
    overflowY: 'auto',
    overflowX: 'hidden',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    // A window as narrow as a task pane shows the pane alone first; the workbook follows below it.
    [NARROW]: { order: -1, width: '100%', height: 'calc(100vh - 48px)', borderLeft: 'none' },
  },
  workbook: { display: 'flex', flexGrow: 1, minWidth: 0, [NARROW]: { height: '100vh' } },
});

export interface PreviewAppProps {
  workbook: PreviewWorkbook;
  /** The real adapter over the stand-in. */
  host: WorkbookHost;
}

/** The preview page: the in-memory workbook on the left, the real task pane on the right, as in Excel. */
export function PreviewApp({ workbook, host }: PreviewAppProps) {
  const styles = useStyles();
  // A newly opened file starts the pane afresh (its findings were about the old book).
  const [opened, setOpened] = useState<{ count: number; name: string | null }>({ count: 0, name: null });
  const [lang, setLang] = useState<Lang>(() => storedLanguage());
  const [paneWidth] = useState(() => paneWidthFrom(globalThis.location?.search ?? ''));
  const words = PREVIEW_WORDS[lang];
  const onLanguage = useCallback((chosen: Lang) => setLang(chosen), []);
  return (
    <div className={styles.app} style={{ '--sverka-pane-width': `${paneWidth}px` } as CSSProperties}>
      <header className={styles.bar}>
        <h1 className={styles.title}>{words.title}</h1>
        <Text size={200} className={styles.about}>
          {opened.name ? words.book(opened.name) : ''}
          {words.about}
        </Text>
        <OpenWorkbookButton
          words={words}
          lang={lang}
          onOpened={(grids, name) => {
            workbook.replaceWith(grids);
            setOpened((o) => ({ count: o.count + 1, name }));
          }}
        />
      </header>
      <div className={styles.main}>
        <div className={styles.workbook}>
          <WorkbookView workbook={workbook} words={words} />
        </div>
        <aside className={styles.pane} aria-label={words.paneLabel} data-testid="pane-frame">
          <TaskPane key={opened.count} host={host} initialLang={lang} onLanguage={onLanguage} />
        </aside>
      </div>
    </div>
  );
}
