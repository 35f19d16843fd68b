// The registry: every rule of the catalogue, in catalogue order. (Filled in by the rule modules.)
import type { Rule } from './define-rule';

export const ALL_RULES: readonly Rule[] = [];
