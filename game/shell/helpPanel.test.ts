import { describe, expect, it } from 'vitest';
import { displayHost, telHref } from './helpPanel.ts';

describe('telHref', () => {
  it('dials the digits of a number written for people', () => {
    expect(telHref('0800 1111')).toBe('tel:08001111');
    expect(telHref('+49 (0) 800 111-0-333')).toBe('tel:+4908001110333');
    expect(telHref('116 111')).toBe('tel:116111');
  });
});

describe('displayHost', () => {
  it('shows the site of a web address without www.', () => {
    expect(displayHost('https://www.childline.org.uk/get-support/')).toBe('childline.org.uk');
    expect(displayHost('https://147.ch')).toBe('147.ch');
    expect(displayHost('not a url')).toBe('not a url');
  });
});
