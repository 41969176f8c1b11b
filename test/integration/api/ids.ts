// Valid test identifiers: 身份证号 and USCCs with correct check characters.
import { idCardCheckChar, usccCheckChar } from '../../../core/ids';

export function idCard(n: number): string {
  const first17 = `1101051990${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

export function uscc(n: number): string {
  const first17 = `91330100${String(n).padStart(9, '0')}`;
  return first17 + usccCheckChar(first17);
}
