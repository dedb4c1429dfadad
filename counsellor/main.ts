/**
 * The counsellor workspace at /counsellor/: sign in, see who is signed in, sign out; with a
 * one-time link (`#setup=…`), create the first admin account. The inbox comes in a later issue.
 */
import { SETUP_TOKEN_PATTERN } from '../core/protocol/staffApi.ts';
import { createTranslate } from './i18n.ts';
import { StaffClient } from './staffClient.ts';
import { Workspace } from './workspace.ts';
import './counsellor.css';

/** The setup token from the address, which is then removed from it (and from the history). */
function takeSetupToken(): string | undefined {
  const match = /^#setup=([^&]*)$/.exec(window.location.hash);
  if (!match) return undefined;
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  const token = match[1] ?? '';
  return SETUP_TOKEN_PATTERN.test(token) ? token : '';
}

async function start(): Promise<void> {
  const root = document.getElementById('workspace');
  if (!root) throw new Error('the page has no #workspace element');
  const { language, t } = await createTranslate(navigator.languages);
  document.documentElement.lang = language;
  const client = new StaffClient();
  const workspace = new Workspace(root, t, client, language);
  // A setup link opened in a tab that shows the workspace already only changes the fragment.
  window.addEventListener('hashchange', () => {
    const token = takeSetupToken();
    if (token !== undefined) workspace.showSetup(token);
  });
  const setupToken = takeSetupToken();
  if (setupToken !== undefined) {
    workspace.showSetup(setupToken);
    return;
  }
  const me = await client.me();
  if (me.ok) workspace.showSignedIn(me.session);
  else workspace.showLogin();
}

void start();
