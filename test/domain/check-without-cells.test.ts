// A program pushed without the cells it was read from (the store, `sverka validate program.json`) is checked
// without looking any path up (no provenance): the same findings as with an empty provenance — no cell, no F009.
import { checkProgram } from '../../src/domain/check-program';
import { Program } from '../../src/domain/model/program';
import example from '../../examples/stupino-2020-2024.program.json';

describe('a program checked without its cells', () => {
  it('has the findings it has with an empty provenance, none of them located', () => {
    const program = Program.parse(example);
    // A total off, so that a folded sum names the cells it affects too.
    program.funding!.subprograms[0].sources[0].years[0] = '1';
    const without = checkProgram({ program });
    expect(without).toEqual(checkProgram({ program, provenance: new Map() }));
    expect(without.findings.length).toBeGreaterThan(5);
    expect(without.findings.every((f) => f.sheet === null && f.cell === null)).toBe(true);
    expect(without.findings.some((f) => (f.affects ?? []).length > 0)).toBe(true);
  });
});
