import { fundingRows } from '../../funding-rows';
import { sourceMatchKey } from '../../funding-sums';
import { collapseSpaces } from '../../text/fold';
import { defineRule } from '../define-rule';

export const duplicateSource = defineRule({
  meta: {
    id: 'F007',
    title: { ru: 'Источник указан дважды', en: 'A source appears twice' },
    description: {
      ru: 'Один и тот же источник (с точностью до вида бюджета) встречается в подпрограмме (или в строках «в том числе» под «ИТОГО») дважды.',
      en: 'The same source (by category) appears twice within one subprogram (or among the "of which" rows under the program total).',
    },
    messages: {
      duplicateSource: {
        data: {
          block: 'place',
          source: 'text',
          within: { ru: { subprogram: 'подпрограмме', bySource: 'части «в том числе»' }, en: { subprogram: 'subprogram', bySource: '"of which" part' } },
          actual: 'text',
        },
        ru: '{{block}}: источник «{{source}}» уже указан выше в этой {{within}}',
        en: '{{block}}: the source "{{source}}" already appears above in this {{within}}',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { funding } = ctx.program;
    if (!funding) return;
    for (const r of fundingRows(funding)) {
      if (r.key === null || r.key === sourceMatchKey(r.key)) continue;
      const source = collapseSpaces(r.row.source);
      ctx.report({ messageId: 'duplicateSource', path: r.path, data: { block: r.block, source, within: r.kind === 'source' ? 'subprogram' : 'bySource', actual: source } });
    }
  },
});
