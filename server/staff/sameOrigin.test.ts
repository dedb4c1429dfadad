import { describe, expect, it } from 'vitest';
import { judgeOrigin } from './sameOrigin.ts';

describe('judgeOrigin', () => {
  it('compares the Origin header with the scheme and Host of the request', () => {
    const host = 'offramp.example.org:8080';
    expect(judgeOrigin({ host, origin: 'http://offramp.example.org:8080' }, 'http')).toBe(
      'same-origin',
    );
    expect(judgeOrigin({ host, origin: 'https://offramp.example.org:8080' }, 'http')).toBe(
      'foreign',
    );
    expect(
      judgeOrigin(
        { host: 'Offramp.Example.org:443', origin: 'https://offramp.example.org' },
        'https',
      ),
    ).toBe('same-origin');
    expect(judgeOrigin({ host: '[::1]:8080', origin: 'http://[::1]:8080' }, 'http')).toBe(
      'same-origin',
    );
  });

  it('refuses what is missing, opaque or not a bare origin', () => {
    const host = 'localhost:8080';
    expect(judgeOrigin({ host }, 'http')).toBe('missing');
    expect(judgeOrigin({ host, origin: '' }, 'http')).toBe('missing');
    for (const origin of [
      'null',
      'http://localhost:8080/path',
      'localhost:8080',
      'http://localhost:80800',
    ]) {
      expect(judgeOrigin({ host, origin }, 'http'), origin).toBe('foreign');
    }
    expect(judgeOrigin({ origin: 'http://localhost:8080' }, 'http')).toBe('foreign');
  });

  it('with allowedOrigins, ignores the Host header', () => {
    const options = { allowedOrigins: ['https://offramp.example.org'] };
    expect(
      judgeOrigin(
        { host: 'internal:8080', origin: 'https://offramp.example.org' },
        'http',
        options,
      ),
    ).toBe('same-origin');
    expect(
      judgeOrigin({ host: 'internal:8080', origin: 'http://internal:8080' }, 'http', options),
    ).toBe('foreign');
  });
});
