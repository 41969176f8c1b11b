// The user's API key for this tab (sessionStorage), or the demo mode that needs no server.
const KEY = 'mingjing.apiKey';
const DEMO = 'mingjing.demo';

export function apiKey(): string | null {
  return sessionStorage.getItem(KEY);
}

export function signIn(key: string): void {
  sessionStorage.setItem(KEY, key.trim());
  sessionStorage.removeItem(DEMO);
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(DEMO);
}

/** Demo mode: `?demo` in the URL or chosen on the login screen; serves a generated fixture world. */
export function isDemo(): boolean {
  return new URLSearchParams(location.search).has('demo') || sessionStorage.getItem(DEMO) === '1';
}

export function enterDemo(): void {
  sessionStorage.setItem(DEMO, '1');
}
