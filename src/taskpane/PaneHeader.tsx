import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../domain/finding';
import type { PaneMessages } from './i18n/messages';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

export interface PaneHeaderProps {
  t: PaneMessages;
  lang: Lang;
  onLanguage(lang: Lang): void;
}

export function PaneHeader({ t, lang, onLanguage }: PaneHeaderProps) {
  const styles = useStyles();
  const other: Lang = lang === 'ru' ? 'en' : 'ru';
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <h1 className={styles.title}>{t.paneTitle}</h1>
        <Text size={200} className={styles.subtitle}>
          {t.paneSubtitle}
        </Text>
      </div>
      <Button size="small" appearance="subtle" lang={other} title={t.switchLanguageLabel} onClick={() => onLanguage(other)}>
        {t.switchLanguage}
      </Button>
    </header>
  );
}
