/** The sign-in form: name, password, one button; errors in an alert the screen reader announces. */
import { el } from '../dom.ts';
import type { Translate } from '../i18n.ts';
import type { StaffClient } from '../staffClient.ts';
import type { StaffSessionResponse } from '../../core/protocol/staffApi.ts';
import { errorText } from './errorText.ts';
import { formField, showFormError } from './formField.ts';

export interface LoginView {
  root: HTMLElement;
  focus(): void;
}

export function loginView(options: {
  t: Translate;
  client: StaffClient;
  /** Shown above the form, e.g. "You have signed out." */
  notice?: string;
  onSignedIn(session: StaffSessionResponse): void;
}): LoginView {
  const { t, client } = options;
  const name = formField({ id: 'login-name', label: t('login.name'), autocomplete: 'username' });
  const password = formField({
    id: 'login-password',
    label: t('login.password'),
    type: 'password',
    autocomplete: 'current-password',
  });
  const fields = [name.input, password.input];
  const alert = el('p', { class: 'form-error', role: 'alert', hidden: true });
  const submit = el('button', { type: 'submit', class: 'primary' }, t('login.submit'));
  const form = el(
    'form',
    { class: 'panel', novalidate: true, 'aria-labelledby': 'login-heading' },
    el('h2', { id: 'login-heading' }, t('login.heading')),
    el('p', {}, t('login.intro')),
    alert,
    name.wrapper,
    password.wrapper,
    submit,
  );
  const notice = options.notice
    ? el('p', { class: 'notice', role: 'status' }, options.notice)
    : null;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const empty = fields.filter((field) => field.value === '');
      if (empty.length > 0) {
        showFormError(alert, t('errors.fillIn'), fields, empty);
        empty[0]?.focus();
        return;
      }
      submit.disabled = true;
      form.setAttribute('aria-busy', 'true');
      submit.textContent = t('login.submitting');
      const result = await client.login(name.input.value, password.input.value);
      let outcome = result;
      // The server said yes, but did the browser keep the cookie? (It refuses a Secure cookie
      // on plain http other than localhost.) Ask once more before claiming success.
      if (result.ok) {
        const check = await client.me();
        outcome = check.ok ? check : { ok: false, code: 'not-signed-in' };
      }
      submit.disabled = false;
      form.removeAttribute('aria-busy');
      submit.textContent = t('login.submit');
      if (outcome.ok) {
        options.onSignedIn(outcome.session);
        return;
      }
      password.input.value = '';
      const message =
        result.ok && !outcome.ok
          ? t('errors.cookieRefused')
          : errorText(t, outcome.code, outcome.retryAfterSeconds);
      const invalid = outcome.code === 'wrong-credentials' ? fields : [];
      showFormError(alert, message, fields, invalid);
      password.input.focus();
    })();
  });

  return {
    root: el('div', { class: 'login' }, notice, form),
    focus: () => name.input.focus(),
  };
}
