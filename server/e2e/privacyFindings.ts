/**
 * The privacy scan's detectors (privacyScan.spec.ts): IP addresses and known plain text in the
 * bytes of a file. Deliberately independent of server/logger.ts's scrubber, so a gap in one is
 * not hidden by the same gap in the other: IPv6 candidates are judged by Node's own parser.
 */
import { isIPv6 } from 'node:net';

export interface Finding {
  /** `file:line` */
  where: string;
  what: string;
}

/**
 * Four dotted numbers that are not part of a longer dotted number, so `1.2.3.4.5` (an OID, a
 * long version) is not an address but `v1.2.3.4` or `host.10.0.0.1` is: a four-part version
 * number in a log or a data file is rare enough to be worth a look.
 */
const IPV4_CANDIDATE = /(?<!\d)(?<!\d\.)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)/g;
/**
 * A whole run of hex digits, colons and dots with a colon in it, not glued to a word (so the
 * `::b` in `Foo::bar` and the clock time in `T04:36:33.101Z` are not candidates).
 */
const IPV6_CANDIDATE = /(?<![\w:.])[0-9a-f.]*:[0-9a-f:.]*(?![\w:.])/gi;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line += 1;
  }
  return line;
}

/** Every IPv4 or IPv6 address in `bytes` (read as Latin-1, so any byte sequence is text). */
export function findAddresses(file: string, bytes: Buffer): Finding[] {
  const text = bytes.toString('latin1');
  const findings: Finding[] = [];
  for (const match of text.matchAll(IPV4_CANDIDATE)) {
    if (match.slice(1, 5).every((octet) => Number(octet) <= 255)) {
      findings.push({
        where: `${file}:${lineOf(text, match.index)}`,
        what: `IPv4 address ${match[0]}`,
      });
    }
  }
  for (const match of text.matchAll(IPV6_CANDIDATE)) {
    // A sentence or a list may end right after an address.
    const candidate = match[0].replace(/[.:]+$/, (tail) => (tail.startsWith('::') ? '::' : ''));
    if (isIPv6(candidate)) {
      findings.push({
        where: `${file}:${lineOf(text, match.index)}`,
        what: `IPv6 address ${candidate}`,
      });
    }
  }
  return findings;
}

/** The base64 characters that depend only on `bytes`, at each of the three alignments. */
function base64Forms(bytes: Buffer): string[] {
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset += 1) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const start = offset === 0 ? 0 : 4;
    const end = Math.floor((offset + bytes.length) / 3) * 4;
    const form = encoded.slice(start, end);
    // Too short a fragment would match by chance in any ciphertext.
    if (form.length >= 12) forms.push(form, form.replaceAll('+', '-').replaceAll('/', '_'));
  }
  return forms;
}

/** How a text may be written down: as is, JSON-escaped, URL-encoded, base64. */
export function plaintextForms(text: string): Array<{ form: string; how: string }> {
  const forms = [
    { form: text, how: 'as is' },
    { form: JSON.stringify(text).slice(1, -1), how: 'JSON-escaped' },
    { form: encodeURIComponent(text), how: 'URL-encoded' },
    ...base64Forms(Buffer.from(text, 'utf8')).map((form) => ({ form, how: 'in base64' })),
  ];
  const seen = new Set<string>();
  return forms.filter(({ form }) => !seen.has(form) && seen.add(form));
}

/** Each of `secrets` that occurs in `bytes` in any of its plain forms. */
export function findPlaintexts(file: string, bytes: Buffer, secrets: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const secret of secrets) {
    for (const { form, how } of plaintextForms(secret)) {
      const index = bytes.indexOf(Buffer.from(form, 'utf8'));
      if (index >= 0) {
        const line = lineOf(bytes.subarray(0, index).toString('latin1'), index);
        findings.push({ where: `${file}:${line}`, what: `${JSON.stringify(secret)} ${how}` });
      }
    }
  }
  return findings;
}
