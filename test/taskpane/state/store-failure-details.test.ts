// The keys a 422 names are read through the contract's detail schemas (ValidationFailedDetails,
// UnexplainedWarningsDetails): details in the contract's shape give their keys; anything else gives
// none, and the failure still carries the store's own words.
import { checkProgram } from '../../../src/domain/check-program';
import { Program } from '../../../src/domain/model/program';
import { StoreApiError } from '../../../src/store/client';
import { describeStoreFailure } from '../../../src/taskpane/state/store-failure';
import example from '../../../examples/stupino-2020-2024.program.json';

const PROGRAM_ID = 'gorodskogo-okruga-stupino-moskovskoy-oblasti-tsifrovoe-munitsipalnoe-obrazovanie-2020-2024';
const report = checkProgram({ program: Program.parse(example) });
const errorKeys = report.findings.filter((f) => f.severity === 'error').map((f) => f.key);
const warningKeys = report.findings.filter((f) => f.severity === 'warning').map((f) => f.key);

function refused(error: 'validation_failed' | 'unexplained_warnings', details: unknown): StoreApiError {
  return new StoreApiError(422, { error, message: 'Программа отклонена хранилищем.', messageEn: 'The program was refused.', details });
}

describe('422 details read through the contract', () => {
  test('the published worked example has both errors and warnings (the data these cases rely on)', () => {
    expect(errorKeys.length).toBeGreaterThan(0);
    expect(warningKeys.length).toBeGreaterThan(0);
  });

  test.each([
    ['validation_failed in the contract\'s shape: the errors of the report', 'validation_failed', { programId: PROGRAM_ID, report }, 'storeFoundErrors', errorKeys],
    ['unexplained_warnings in the contract\'s shape: the missing keys', 'unexplained_warnings', { programId: PROGRAM_ID, missing: warningKeys, report }, 'unexplainedWarnings', warningKeys],
    ['validation_failed without a programId', 'validation_failed', { report }, 'storeFoundErrors', undefined],
    ['validation_failed whose report is not a report', 'validation_failed', { programId: PROGRAM_ID, report: { findings: [{ key: 'P003:x', severity: 'error' }] } }, 'storeFoundErrors', undefined],
    ['unexplained_warnings with keys that are not strings', 'unexplained_warnings', { programId: PROGRAM_ID, missing: [1, 2], report }, 'unexplainedWarnings', undefined],
    ['unexplained_warnings with no details', 'unexplained_warnings', null, 'unexplainedWarnings', undefined],
  ] as const)('%s', (_what, code, details, kind, keys) => {
    const failure = describeStoreFailure(refused(code, details))!;
    expect(failure.kind).toBe(kind);
    expect(failure.keys).toEqual(keys);
    expect(failure.detail).toEqual({ ru: 'Программа отклонена хранилищем.', en: 'The program was refused.' });
  });
});
