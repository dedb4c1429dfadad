import { describe, expect, it } from 'vitest';
import { ADDRESS_PLACEHOLDER, createLogger, scrubAddresses, type LogFields } from './logger.ts';

function capture(level?: 'debug' | 'info' | 'warn' | 'error') {
  const lines: string[] = [];
  const logger = createLogger({
    ...(level ? { level } : {}),
    write: (line) => lines.push(line),
    now: () => new Date('2026-01-02T03:04:05.678Z'),
  });
  const entries = (): LogFields[] => lines.map((line) => JSON.parse(line) as LogFields);
  return { logger, lines, entries };
}

describe('logger', () => {
  it('writes one JSON object per line with time, level and message first', () => {
    const { logger, lines } = capture();
    logger.info('request', { method: 'GET', status: 200 });
    expect(lines).toEqual([
      '{"time":"2026-01-02T03:04:05.678Z","level":"info","msg":"request","method":"GET","status":200}\n',
    ]);
  });

  it('drops entries below its level', () => {
    const { logger, entries } = capture('warn');
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(entries().map((entry) => entry.level)).toEqual(['warn', 'error']);
  });

  it('never lets a field overwrite time, level or msg', () => {
    const { logger, entries } = capture();
    logger.info('real', { level: 'fake', msg: 'fake', time: 'fake' });
    expect(entries()[0]).toMatchObject({
      level: 'info',
      msg: 'real',
      'field.level': 'fake',
      'field.msg': 'fake',
    });
  });

  it('records errors with their stack', () => {
    const { logger, entries } = capture();
    logger.error('failed', { error: new TypeError('boom') });
    const error = entries()[0]?.error as Record<string, string>;
    expect(error.name).toBe('TypeError');
    expect(error.message).toBe('boom');
    expect(error.stack).toContain('logger.test.ts');
  });

  it.each([
    ['192.168.0.1', ADDRESS_PLACEHOLDER],
    ['client 10.0.0.255:443 closed', `client ${ADDRESS_PLACEHOLDER}:443 closed`],
    ['host:10.0.0.1', `host:${ADDRESS_PLACEHOLDER}`],
    ['2001:db8::1', ADDRESS_PLACEHOLDER],
    ['2001:0db8:85a3:0000:0000:8a2e:0370:7334', ADDRESS_PLACEHOLDER],
    ['FE80::ABCD%eth0', ADDRESS_PLACEHOLDER],
    ['::1', ADDRESS_PLACEHOLDER],
    ['::ffff:192.0.2.1', ADDRESS_PLACEHOLDER],
    ['[::1]:8080', `[${ADDRESS_PLACEHOLDER}]:8080`],
    ['from 2001:db8::7: refused.', `from ${ADDRESS_PLACEHOLDER}: refused.`],
  ])('scrubs the address in %j', (text, scrubbed) => {
    expect(scrubAddresses(text)).toBe(scrubbed);
  });

  it.each([
    '2026-01-02T03:04:05.678Z',
    '12:34:56',
    'at handler (file:///srv/offramp/server/app.ts:12:34)',
    'GET /api/stories/demo/en',
    'v1.2.3',
    'Story::choose',
    '1.2.3.456',
    '9e96b818caab8624d434d5b279db5c68324611e9139f9bfefa5a957ab69ae4f7',
  ])('leaves %j alone', (text) => {
    expect(scrubAddresses(text)).toBe(text);
  });

  it('scrubs addresses from the message, nested fields, keys, arrays and errors', () => {
    const { logger, lines } = capture();
    logger.warn('peer 203.0.113.9 hung up', {
      nested: { list: ['fine', 'fd00::2'], deeper: { text: 'via 198.51.100.7' } },
      ['10.1.2.3']: 'as a key',
      error: new Error('connect ECONNREFUSED 127.0.0.1:5432'),
    });
    const [line] = lines;
    expect(line).not.toMatch(/203\.0\.113\.9|fd00::2|198\.51\.100\.7|10\.1\.2\.3|127\.0\.0\.1/);
    expect(JSON.parse(line ?? '')).toMatchObject({
      msg: `peer ${ADDRESS_PLACEHOLDER} hung up`,
      nested: {
        list: ['fine', ADDRESS_PLACEHOLDER],
        deeper: { text: `via ${ADDRESS_PLACEHOLDER}` },
      },
      [ADDRESS_PLACEHOLDER]: 'as a key',
    });
  });

  it('blanks fields named for an address or a client fingerprint, whatever they hold', () => {
    const { logger, entries } = capture();
    logger.info('request', {
      ip: 'somewhere',
      remoteAddress: 'unix socket',
      'X-Forwarded-For': 'a proxy',
      userAgent: 'Firefox',
      method: 'GET',
    });
    expect(entries()[0]).toMatchObject({
      ip: '[redacted]',
      remoteAddress: '[redacted]',
      'X-Forwarded-For': '[redacted]',
      userAgent: '[redacted]',
      method: 'GET',
    });
  });

  it('survives cyclic and deep values', () => {
    const { logger, entries } = capture();
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    logger.info('cyclic', { cyclic, big: 10n });
    expect(entries()[0]).toMatchObject({ cyclic: { name: 'loop' }, big: '10' });
  });
});
