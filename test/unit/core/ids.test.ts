import { idCardCheckChar, isValidIdCard, isValidUscc, usccCheckChar } from '../../../core/ids';

describe('USCC check character (GB 32100-2015)', () => {
  it('accepts a published real code', () => {
    // 91350100M000100Y43 is a widely published sample USCC.
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
  });
  it('rejects a code whose check character is altered', () => {
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
  });
  it('rejects characters outside the alphabet (I, O, S, V, Z)', () => {
    expect(isValidUscc('91350100M0001O0Y43')).toBe(false);
  });
  it('computes a check character that validates', () => {
    const body = '91110108MA01234AB';
    expect(isValidUscc(body + usccCheckChar(body))).toBe(true);
  });
});

describe('身份证 check digit (ISO 7064 MOD 11-2)', () => {
  it('accepts the standard sample 11010519491231002X', () => {
    expect(isValidIdCard('11010519491231002X')).toBe(true);
    expect(idCardCheckChar('11010519491231002')).toBe('X');
  });
  it('rejects a wrong check digit', () => {
    expect(isValidIdCard('110105194912310021')).toBe(false);
  });
  it('rejects an impossible birth date even with a matching check digit', () => {
    const body = '11010519490231002';
    expect(isValidIdCard(body + idCardCheckChar(body))).toBe(false);
  });
});
