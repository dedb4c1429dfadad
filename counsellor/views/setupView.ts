/**
 * Creating the first admin account from the one-time setup link (`/counsellor/#setup=…`):
 * name, optional pseudonym, password twice. The token came in the link's fragment and is
 * only ever sent in this form's request body.
 */
import { el } from '../dom.ts';
import type { Translate } from '../i18n.ts';
import type { StaffClient } from '../staffClient.ts';
import { MIN_PASSWORD_LENGTH, type StaffSessionResponse } from '../../core/protocol/staffApi.ts';
import { errorText } from './errorText.ts';
import { formField, showFormError } from './formField.ts';

export interface SetupView {
  root: HTMLElement;
  focus(): void;
}

export function setupView(options: {
  t: Translate;
  client: StaffClient;
  token: string;
  onCreated(session: StaffSessionResponse): void;
  onGoToLogin(): void;
}): SetupView {
  const { t, client } = options;
  const name = formField({
    id: 'setup-name',
    label: t('setup.name'),
    autocomplete: 'username',
    hint: t('setup.nameHint'),
  });
  const pseudonym = formField({
    id: 'setup-pseudonym',
    label: t('setup.pseudonym'),
    autocomplete: 'nickname',
    required: false,
    hint: t('setup.pseudonymHint'),
  });
  const password = formField({
    id: 'setup-password',
    label: t('setup.password'),
    type: 'password',
    autocomplete: 'new-password',
    hint: t('setup.passwordHint', { min: MIN_PASSWORD_LENGTH }),
  });
  const again = formField({
    id: 'setup-password-again',
    label: t('setup.passwordAgain'),
    type: 'password',
    autocomplete: 'new-password',
  });
  const fields = [name.input, pseudonym.input, password.input, again.input];
  const alert = el('p', { class: 'form-error', role: 'alert', hidden: true });
  const submit = el('button', { type: 'submit', class: 'primary' }, t('setup.submit'));
  const toLogin = el('button', { type: 'button', class: 'link' }, t('setup.toLogin'));
  toLogin.addEventListener('click', () => options.onGoToLogin());
  const form = el(
    'form',
    { class: 'panel', novalidate: true, 'aria-labelledby': 'setup-heading' },
    el('h2', { id: 'setup-heading' }, t('setup.heading')),
    el('p', {}, t('setup.intro')),
    alert,
    name.wrapper,
    pseudonym.wrapper,
    password.wrapper,
    again.wrapper,
    submit,
    toLogin,
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const empty = [name.input, password.input, again.input].filter((f) => f.value === '');
      if (empty.length > 0) {
        showFormError(alert, t('errors.fillIn'), fields, empty);
        empty[0]?.focus();
        return;
      }
      if (password.input.value !== again.input.value) {
        showFormError(alert, t('errors.passwordsDiffer'), fields, [again.input]);
        again.input.focus();
        return;
      }
      submit.disabled = true;
      form.setAttribute('aria-busy', 'true');
      const result = await client.setup(
        options.token,
        name.input.value,
        password.input.value,
        pseudonym.input.value.trim() || undefined,
      );
      submit.disabled = false;
      form.removeAttribute('aria-busy');
      if (result.ok) {
        options.onCreated(result.session);
        return;
      }
      const invalid =
        result.code === 'name-invalid' || result.code === 'name-taken'
          ? [name.input]
          : result.code === 'pseudonym-invalid'
            ? [pseudonym.input]
            : result.code.startsWith('password-')
              ? [password.input, again.input]
              : [];
      showFormError(alert, errorText(t, result.code, result.retryAfterSeconds), fields, invalid);
      (invalid[0] ?? name.input).focus();
    })();
  });

  return { root: el('div', { class: 'setup' }, form), focus: () => name.input.focus() };
}
