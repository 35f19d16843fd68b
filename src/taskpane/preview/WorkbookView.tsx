import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useSyncExternalStore } from 'react';
import type { PreviewWorkbook } from './preview-workbook';
import type { PreviewWords } from './preview-words';
import { SheetTable } from './SheetTable';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, flexGrow: 1, backgroundColor: '#fff' },
  nameBox: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `1px solid #d0d0d0`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    minHeight: '24px',
  },
  address: { minWidth: '72px', paddingInline: tokens.spacingHorizontalXS, border: '1px solid #c8c8c8', backgroundColor: '#fff' },
  formula: { color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  tabs: { borderTop: '1px solid #d0d0d0', backgroundColor: '#f3f3f3', overflowX: 'auto', flexShrink: 0 },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
});

/** The in-memory workbook as Excel would show it: the active sheet's grid and the sheet tabs. */
export function WorkbookView({ workbook, words }: { workbook: PreviewWorkbook; words: PreviewWords }) {
  const styles = useStyles();
  const version = useSyncExternalStore(workbook.subscribe, workbook.snapshot);
  const { book } = workbook;
  // Read the book again whenever a batch ran (version changed).
  const grids = useMemo(() => (version >= 0 ? book.toGrids() : []), [book, version]);
  const active = grids.find((g) => g.name === book.activeSheet) ?? grids[0];
  const selection = book.selection;
  const selectedHere = selection && active && selection.sheet.toLowerCase() === active.name.toLowerCase() ? selection.address : null;
  const selectedCell = selectedHere ? selectedHere.slice(selectedHere.lastIndexOf('!') + 1).replace(/\$/g, '') : null;
  const formula = useMemo(() => {
    if (!active || !selectedCell) return '';
    const top = active.origin?.row ?? 0;
    const left = active.origin?.col ?? 0;
    const m = /^([A-Z]+)(\d+)/.exec(selectedCell);
    if (!m) return '';
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    const cell = active.rows[Number(m[2]) - 1 - top]?.[col - 1 - left];
    if (!cell) return '';
    return cell.formula ? `=${cell.formula}` : cell.value === null ? '' : String(cell.value);
  }, [active, selectedCell]);

  return (
    <section className={styles.view} aria-label={words.workbookLabel} data-testid="workbook-view">
      <div className={styles.nameBox}>
        <span className={styles.address} data-testid="name-box" aria-label={words.nameBox}>
          {selectedCell ?? ''}
        </span>
        <span className={styles.formula} title={formula}>
          {formula}
        </span>
      </div>
      {active ? <SheetTable
          key={active.name}
          grid={active}
          selected={selectedCell}
          onSelect={(row, col) => workbook.selectCell(active.name, row, col)}
          onEdit={(row, col, text) => workbook.editCell(active.name, row, col, text)}
          words={words}
        /> : <Text className={styles.empty}>{words.emptyBook}</Text>}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={active?.name ?? ''}
        onTabSelect={(_, data) => workbook.activate(String(data.value))}
        aria-label={words.sheetTabs}
      >
        {grids.map((g) => (
          <Tab key={g.name} value={g.name} data-sheet-tab={g.name}>
            {g.name}
          </Tab>
        ))}
      </TabList>
    </section>
  );
}
