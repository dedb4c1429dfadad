/**
 * The workspace once signed in: who is signed in, Sign out, and the section the inbox of
 * waiting contacts fills (counsellor/inbox/inboxView.ts).
 */
import { el, focusStatic } from '../dom.ts';
import type { Translate } from '../i18n.ts';
import type { CounsellorKind } from '../../core/protocol/chatProtocol.ts';
import type {
  StaffAccountView,
  StaffRole,
  StaffSessionResponse,
} from '../../core/protocol/staffApi.ts';

const ROLE_KEYS: Record<StaffRole, string> = {
  counsellor: 'roles.counsellor',
  supervisor: 'roles.supervisor',
  reviewer: 'roles.reviewer',
  admin: 'roles.admin',
};

const PROFILE_KIND_KEYS: Record<CounsellorKind, string> = {
  professional: 'signedIn.kind.professional',
  'former-member': 'signedIn.kind.formerMember',
  survivor: 'signedIn.kind.survivor',
};

/** What players are matched on, or why this account cannot take chats yet. */
function profileLine(t: Translate, account: StaffAccountView): HTMLElement | null {
  const { profile } = account;
  if (!profile) {
    return CHAT_ROLES.includes(account.role)
      ? el('p', { class: 'notice' }, t('signedIn.noProfile'))
      : null;
  }
  const languages = new Intl.ListFormat([document.documentElement.lang || 'en'], {
    type: 'conjunction',
  }).format(profile.languages.map((code) => languageName(code)));
  return el(
    'p',
    { class: 'profile' },
    t('signedIn.profile', { kind: t(PROFILE_KIND_KEYS[profile.kind]), languages }),
  );
}

function languageName(code: string): string {
  try {
    return (
      new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'language' }).of(
        code,
      ) ?? code
    );
  } catch {
    return code;
  }
}

const CHAT_ROLES: readonly StaffRole[] = ['counsellor', 'supervisor'];

export interface SignedInView {
  root: HTMLElement;
  /** Where the inbox goes. */
  inbox: HTMLElement;
  focus(): void;
}

export function signedInView(options: {
  t: Translate;
  session: StaffSessionResponse;
  /** false when the server could not be reached: the view says so and stays. */
  onSignOut(): Promise<boolean>;
}): SignedInView {
  const { t } = options;
  const { account } = options.session;
  const signOut = el('button', { type: 'button', class: 'secondary' }, t('signedIn.signOut'));
  const alert = el('p', { class: 'form-error', role: 'alert', hidden: true });
  signOut.addEventListener('click', () => {
    signOut.disabled = true;
    void options.onSignOut().then((done) => {
      signOut.disabled = false;
      alert.textContent = done ? '' : t('errors.network');
      alert.hidden = done;
    });
  });
  const who = el(
    'p',
    { class: 'who' },
    t('signedIn.who', { name: account.name, role: t(ROLE_KEYS[account.role]) }),
  );
  const heading = el('h2', { id: 'inbox-heading' }, t('signedIn.inboxHeading'));
  const inbox = el(
    'section',
    { class: 'panel inbox', 'aria-labelledby': 'inbox-heading' },
    heading,
  );
  const bar = el(
    'div',
    { class: 'account-bar' },
    el(
      'div',
      {},
      who,
      account.pseudonym
        ? el('p', { class: 'pseudonym' }, t('signedIn.pseudonym', { pseudonym: account.pseudonym }))
        : null,
      profileLine(t, account),
    ),
    signOut,
  );
  return {
    root: el('div', { class: 'signed-in' }, bar, alert, inbox),
    inbox,
    focus: () => focusStatic(heading),
  };
}
