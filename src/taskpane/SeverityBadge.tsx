import { Badge } from '@fluentui/react-components';
import type { Severity } from '../domain/severity';

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const MARK = { error: '!', warning: '⚠', info: 'i' } as const;

/** A coloured mark of the severity; the words come from the surrounding text, so it is hidden from screen readers. */
export function SeverityBadge({ severity, count }: { severity: Severity; count?: number }) {
  return (
    <Badge appearance={count === undefined ? 'filled' : 'tint'} color={COLOR[severity]} shape="rounded" size="medium" aria-hidden="true">
      {count === undefined ? MARK[severity] : count}
    </Badge>
  );
}
