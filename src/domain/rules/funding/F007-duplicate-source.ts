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
      en: 'The same source (by category) appears twice within one subprogram (or among the rows under ИТОГО).',
    },
    messages: {
      duplicateSource: {
        ru: 'Приложение 1, {{where}}: источник «{{source}}» уже указан выше в этой {{block}}',
        en: 'Приложение 1, {{whereEn}}: the source "{{source}}" already appears above in this {{blockEn}}',
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
      const inSubprogram = r.kind === 'source';
      ctx.report({
        messageId: 'duplicateSource',
        path: r.path,
        data: {
          where: r.block.ru, whereEn: r.block.en, source,
          block: inSubprogram ? 'подпрограмме' : 'части «в том числе»', blockEn: inSubprogram ? 'subprogram' : '"в том числе" part',
        },
        actual: source,
      });
    }
  },
});
