import { Button, Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneMessages } from './i18n/messages';
import type { TemplateKind } from './state/template-grids';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalS },
});

export interface ActionBarProps {
  t: PaneMessages;
  busy: boolean;
  onTemplate(kind: TemplateKind): void;
  onValidate(): void;
}

/**
 * The check's two actions, in the order of the work: load the tables, check them. «Проверить» is the last
 * stop before the results, so that the summary and the first finding follow it directly from the keyboard.
 */
export function ActionBar({ t, busy, onTemplate, onValidate }: ActionBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="group" aria-label={t.views.check}>
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
    </div>
  );
}
