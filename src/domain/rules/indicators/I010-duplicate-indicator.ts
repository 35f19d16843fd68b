import { indicatorRows } from '../../indicator-rows';
import { paths } from '../../paths';
import { foldName } from '../../text/fold';
import { defineRule } from '../define-rule';

export const duplicateIndicator = defineRule({
  meta: {
    id: 'I010',
    title: { ru: 'Показатель повторяется', en: 'An indicator appears twice' },
    description: {
      ru: 'Один и тот же показатель (без учёта регистра, пробелов и кавычек) указан в одном мероприятии дважды.',
      en: 'The same indicator (case, spaces and quotes folded) appears twice under one activity.',
    },
    messages: {
      duplicateIndicator: {
        data: { indicator: 'place', first: 'integer' },
        ru: '{{indicator}}: показатель уже указан выше в этом мероприятии ({{first}}-й показатель мероприятия)',
        en: '{{indicator}}: the indicator already appears above under this activity (indicator no. {{first}})',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { indicators } = ctx.program;
    if (!indicators) return;
    // The names of one activity (the rows come activity by activity): a name is looked up as it is, no key made
    // of it and its activity's indices per indicator.
    const seen = new Map<string, number>();
    let sub = -1;
    let act = -1;
    const rows = indicatorRows(indicators);
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      const name = foldName(r.indicator.name);
      if (name === '') continue;
      if (r.sub !== sub || r.act !== act) {
        seen.clear();
        sub = r.sub;
        act = r.act;
      }
      const first = seen.get(name);
      if (first === undefined) { seen.set(name, r.ind); continue; }
      ctx.report({ messageId: 'duplicateIndicator', path: paths.indicatorField(r.sub, r.act, r.ind, 'name'), data: { indicator: r.place(), first: first + 1 } });
    }
  },
});
