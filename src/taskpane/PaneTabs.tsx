import { Button, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../domain/finding';
import type { PaneMessages } from './i18n/messages';
import { PANE_VIEWS, type PaneView } from './state/pane-view';

const useStyles = makeStyles({
  // Office shows the add-in's name in the task pane's own title bar: no second title here, the views come first.
  bar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // More views than fit (a narrow pane, a fourth view) wrap onto a second row instead of widening the pane.
  tabs: { flexWrap: 'wrap', flexShrink: 1, minWidth: 0 },
  mark: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold, marginInlineStart: tokens.spacingHorizontalXXS },
});

export interface PaneTabsProps {
  t: PaneMessages;
  lang: Lang;
  view: PaneView;
  /** Views with a failure message the person has not seen there yet. */
  marked: ReadonlySet<PaneView>;
  onView(view: PaneView): void;
  onLanguage(lang: Lang): void;
}

/** The views of the pane as tabs, and the language switch. */
export function PaneTabs({ t, lang, view, marked, onView, onLanguage }: PaneTabsProps) {
  const styles = useStyles();
  const other: Lang = lang === 'ru' ? 'en' : 'ru';
  return (
    <div className={styles.bar}>
      <TabList className={styles.tabs} size="small" selectedValue={view} onTabSelect={(_, data) => onView(data.value as PaneView)} aria-label={t.viewsLabel}>
        {PANE_VIEWS.map((v) => (
          <Tab key={v} value={v} id={`sverka-tab-${v}`} aria-controls={`sverka-view-${v}`} data-view-tab={v}>
            {t.views[v]}
            {marked.has(v) && v !== view && (
              <span className={styles.mark} aria-label={t.viewHasProblem}>
                !
              </span>
            )}
          </Tab>
        ))}
      </TabList>
      <Button size="small" appearance="subtle" title={t.switchLanguageLabel} aria-label={t.switchLanguageLabel} onClick={() => onLanguage(other)} data-action="language">
        {t.switchLanguage}
      </Button>
    </div>
  );
}
