/**
 * The mark on a story the ethics board has not approved (served only in development or with
 * OFFRAMP_SHOW_UNREVIEWED=1): nobody should mistake it for one that was reviewed.
 */
import type { Translate } from '../i18n/translator.ts';
import { el } from './dom.ts';

export function reviewBanner(t: Translate): HTMLElement {
  return el(
    'p',
    { class: 'review-banner' },
    el('strong', { class: 'review-banner-label' }, t('review.notReviewed')),
    ' ',
    t('review.explanation'),
  );
}
