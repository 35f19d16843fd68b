// The formula a fix will write, shown as Excel in the pane's language shows it: the Russian pane «=СУММ(D10:H10)»
// — what the finance officer then sees in the formula bar of a Russian Excel —, not «=SUM(D10:H10)».
import { MESSAGES, russianFormula } from '../../src/taskpane/i18n/messages';

describe('a formula in the pane', () => {
  it('Russian: the functions by their Russian names, «;» between arguments', () => {
    expect(MESSAGES.ru.formulaShown('SUM(D10:H10)')).toBe('СУММ(D10:H10)');
    expect(russianFormula('SUMIF($B$10:$B$17,$B19,D10:D17)')).toBe('СУММЕСЛИ($B$10:$B$17;$B19;D10:D17)');
    expect(russianFormula('IF(OR(D9="",D9=0),"-",ROUND(E9/D9*100,1))')).toBe('ЕСЛИ(ИЛИ(D9="";D9=0);"-";ОКРУГЛ(E9/D9*100;1))');
  });

  it('what is quoted or only looks like a name stays', () => {
    expect(russianFormula('IF(A1="SUM(1,2)",1,2)')).toBe('ЕСЛИ(A1="SUM(1,2)";1;2)');
    expect(russianFormula('SUM(SUM1:SUM2)')).toBe('СУММ(SUM1:SUM2)');
    expect(russianFormula('MAX(A1,A2)')).toBe('MAX(A1;A2)');
  });

  it('English: as Excel’s invariant form', () => {
    expect(MESSAGES.en.formulaShown('SUM(D10:H10)')).toBe('SUM(D10:H10)');
  });
});
