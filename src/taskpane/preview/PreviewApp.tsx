import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkbookHost } from '../../excel/workbook-host';
import { storedLanguage } from '../i18n/stored-language';
import { TaskPane } from '../TaskPane';
import { OpenWorkbookButton } from './OpenWorkbookButton';
import type { PreviewWorkbook } from './preview-workbook';
import { WorkbookView } from './WorkbookView';

const useStyles = makeStyles({
  app: { display: 'flex', flexDirection: 'column', height: '100vh', backgroundColor: tokens.colorNeutralBackground3 },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: '#107C41',
    color: '#fff',
    flexShrink: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  about: { color: '#e6f4ec', flexGrow: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  main: { display: 'flex', flexGrow: 1, minHeight: 0 },
  pane: {
    width: '380px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
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
  return (
    <div className={styles.app}>
      <header className={styles.bar}>
        <h1 className={styles.title}>Сверка — предпросмотр</h1>
        <Text size={200} className={styles.about}>
          {opened.name ? `Книга: ${opened.name}. ` : ''}Книга Excel в памяти браузера; панель справа — настоящая надстройка. Двойной щелчок по ячейке — ввести значение.
        </Text>
        <OpenWorkbookButton
          onOpened={(grids, name) => {
            workbook.replaceWith(grids);
            setOpened((o) => ({ count: o.count + 1, name }));
          }}
        />
      </header>
      <div className={styles.main}>
        <WorkbookView workbook={workbook} />
        <aside className={styles.pane} aria-label="Панель надстройки «Сверка»">
          <TaskPane key={opened.count} host={host} initialLang={storedLanguage()} />
        </aside>
      </div>
    </div>
  );
}
