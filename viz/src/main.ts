// Entry point: login or the workbench shell with hash routing; each view's cleanup runs when it is left.
import './styles.css';
import './print.css';
import { probe, type Ctx, type View } from './app';
import { HttpApi } from './api/http';
import { apiKey, isDemo, signOut } from './api/session';
import { h, mount } from './dom';
import { lang, setLang, t, type MsgKey } from './i18n';
import { DemoApi } from './fixture/demo-api';
import { warmIcons } from './graph/icons';
import { alertsView } from './views/alerts';
import { benchView } from './views/bench';
import { conflictView } from './views/conflict';
import { dashboardView } from './views/dashboard';
import { loginView } from './views/login';
import { networkView } from './views/network';
import { ringView, ringsView } from './views/rings';
import { searchView } from './views/search';

const ROUTES: Record<string, View> = {
  search: searchView,
  entity: searchView,
  network: networkView,
  rings: ringsView,
  ring: ringView,
  conflict: conflictView,
  alerts: alertsView,
  dashboard: dashboardView,
  bench: benchView,
};

const NAV: [string, MsgKey][] = [
  ['search', 'search'],
  ['network', 'network'],
  ['rings', 'rings'],
  ['conflict', 'conflict'],
  ['alerts', 'alerts'],
  ['dashboard', 'dashboard'],
];

const app = document.getElementById('app') as HTMLElement;
let cleanup: (() => void) | void;

function parse(): { name: string; arg: string; params: URLSearchParams } {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name, ...rest] = path.split('/');
  return {
    name: name || 'search',
    arg: decodeURIComponent(rest.join('/')),
    params: new URLSearchParams(query),
  };
}

function header(active: string): HTMLElement {
  return h(
    'header.top',
    null,
    h('strong.brand', null, t('appTitle')),
    h(
      'nav',
      null,
      NAV.map(([r, k]) =>
        h('a', { href: `#/${r}`, class: active === r ? 'active' : '', 'data-nav': r }, t(k)),
      ),
    ),
    h('span.spacer'),
    isDemo() ? h('span.badge', null, t('demo')) : null,
    h(
      'button.link',
      {
        type: 'button',
        'data-testid': 'lang',
        onclick: () => (setLang(lang() === 'zh' ? 'en' : 'zh'), render()),
      },
      lang() === 'zh' ? 'English' : '中文',
    ),
    h('button.link', { type: 'button', onclick: () => (signOut(), render()) }, t('logout')),
  );
}

function render(): void {
  if (cleanup) cleanup();
  cleanup = undefined;
  probe().view = null;
  document.title = t('appTitle');
  if (!apiKey() && !isDemo()) return loginView(app, render);
  const ctx: Ctx = { api: isDemo() ? demo() : new HttpApi(), go: (hash) => (location.hash = hash) };
  const { name, arg, params } = parse();
  const main = h('main.view', { 'data-view': name });
  mount(app, header(name === 'entity' ? 'search' : name === 'ring' ? 'rings' : name), main);
  cleanup = (ROUTES[name] ?? searchView)(main, ctx, arg, params);
}

let demoApi: DemoApi | null = null;
const demo = () => (demoApi ??= new DemoApi());

setLang(lang());
warmIcons();
window.addEventListener('hashchange', render);
render();
