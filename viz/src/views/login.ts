// Login screen: the user pastes an API key; it is checked against /api/v1/me and kept in sessionStorage.
import { HttpApi } from '../api/http';
import { enterDemo, signIn, signOut } from '../api/session';
import { h } from '../dom';
import { t } from '../i18n';

export function loginView(root: HTMLElement, done: () => void): void {
  const key = h('input', {
    type: 'password',
    placeholder: t('apiKey'),
    'data-testid': 'api-key',
    autocomplete: 'off',
  });
  const msg = h('p.error', { role: 'alert' });
  const submit = async (e: Event) => {
    e.preventDefault();
    signIn(key.value);
    try {
      await new HttpApi().check();
      done();
    } catch (err) {
      signOut();
      msg.textContent = `${t('loginFailed')}：${(err as Error).message}`;
    }
  };
  root.replaceChildren(
    h(
      'form.login',
      { onsubmit: submit },
      h('h1', null, t('appTitle')),
      h('p.hint', null, t('loginHint')),
      key,
      h('button', { type: 'submit', 'data-testid': 'login' }, t('login')),
      h('button.link', { type: 'button', onclick: () => (enterDemo(), done()) }, t('demo')),
      msg,
    ),
  );
  key.focus();
}
