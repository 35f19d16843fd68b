// Writes docs/rules.md from the rules (npm run docs:rules).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRulesDoc } from './rules-doc';

writeFileSync(join(__dirname, '../../../docs/rules.md'), renderRulesDoc());
console.log('docs/rules.md written');
