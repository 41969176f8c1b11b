// NFKC normalisation (full-width → half-width) with a fast path: ASCII text is already normalised.

const NON_ASCII = /[^\x20-\x7e]/;

export function nfkc(s: string): string {
  return NON_ASCII.test(s) ? s.normalize('NFKC') : s;
}
