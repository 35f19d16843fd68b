import { Button, Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneMessages } from './i18n/messages';
import type { TemplateKind } from './state/template-grids';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalS },
});

export interface ActionBarProps {
  t: PaneMessages;
  busy: boolean;
  totalFixCount: number;
  highlighted: boolean;
  onTemplate(kind: TemplateKind): void;
  onValidate(): void;
  onFixAllTotals(): void;
  onClearHighlights(): void;
}

export function ActionBar({ t, busy, totalFixCount, highlighted, onTemplate, onValidate, onFixAllTotals, onClearHighlights }: ActionBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="group" aria-label={t.paneTitle}>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton disabledFocusable={busy} aria-label={t.loadTemplateLabel} title={t.loadTemplateLabel}>
            {t.loadTemplate}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => onTemplate('blank')}>{t.templateBlank}</MenuItem>
            <MenuItem onClick={() => onTemplate('example')}>{t.templateExample}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Button appearance="primary" disabledFocusable={busy} title={t.validateLabel} onClick={onValidate} data-action="validate">
        {t.validate}
      </Button>
      <Button disabledFocusable={busy || totalFixCount === 0} title={t.fixAllTotalsLabel} onClick={onFixAllTotals} data-action="fix-all-totals">
        {t.fixAllTotals(totalFixCount)}
      </Button>
      <Button disabledFocusable={busy || !highlighted} title={t.clearHighlightsLabel} onClick={onClearHighlights} data-action="clear-highlights">
        {t.clearHighlights}
      </Button>
    </div>
  );
}
