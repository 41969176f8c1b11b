// Normalises ids typed by users the way ingest normalised them: USCC and 身份证号 upper-cased (a trailing
// x becomes X); phones and e-mails through ingest's own normalisers, so a lookup meets the stored node.
import { looksLikeIdCard, looksLikeUscc } from '../../core/ids';
import { normaliseEmail as ingestEmail, normalisePhone as ingestPhone } from '../../ingest/normalise';

export function normaliseKey(raw: string): string {
  const s = raw.trim();
  return looksLikeUscc(s) || looksLikeIdCard(s) ? s.toUpperCase() : s;
}

function attempt(fn: (s: string) => string, raw: string): string | null {
  try {
    return fn(raw);
  } catch {
    return null;
  }
}

/** The phone node value for a typed number, or null when it does not look like a phone number. */
export function normalisePhone(raw: string): string | null {
  if (!/^[\d\s()+\-－—]{5,30}$/.test(raw.trim())) return null;
  return attempt(ingestPhone, raw);
}

export function normaliseEmail(raw: string): string | null {
  return raw.includes('@') ? attempt(ingestEmail, raw) : null;
}
