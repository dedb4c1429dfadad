/**
 * After the browser tests (the `privacy-scan` project in playwright.config.ts depends on all of
 * them): the run's data folder and its server's log hold no IP address and none of the text the
 * tests sent through the real server (DESIGN.md: "No IP address is written to disk or logs.
 * Messages are encrypted at rest").
 *
 * It cannot pass on nothing: the list of sent text must be non-empty, the data folder must hold
 * a conversation, and decrypting that conversation with the real data key through the store's
 * own code must give back a message the tests sent; the log must hold the server's request
 * entries. The server still runs and holds the folder's lock, so the files are only read.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { conversationDocumentSchema } from '../store/conversationDocument.ts';
import {
  CONVERSATIONS_DIR_NAME,
  DATA_KEY_ENV,
  deriveDataKeys,
  KEY_FILE_NAME,
  parseDataKey,
} from '../store/dataKey.ts';
import { decryptDocument } from '../store/encryptedJsonFile.ts';
import { findAddresses, findPlaintexts, type Finding } from './privacyFindings.ts';

function runFile(variable: string): string {
  const value = process.env[variable];
  if (!value) throw new Error(`${variable} is not set: run this through playwright.config.ts`);
  return value;
}

const dataDir = runFile('OFFRAMP_E2E_DATA_DIR');
const serverLog = runFile('OFFRAMP_E2E_SERVER_LOG');
const sentMessagesFile = runFile('OFFRAMP_E2E_SENT_MESSAGES');

/** The line counsellor/e2e/sentMessages.ts writes (server/ may not import it). */
const sentRecordSchema = z.strictObject({
  kind: z.enum(['message', 'resume-phrase']),
  text: z.string().min(1),
});
type SentRecord = z.infer<typeof sentRecordSchema>;

async function readSentRecords(): Promise<SentRecord[]> {
  const text = await readFile(sentMessagesFile, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = sentRecordSchema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        throw new Error(`${sentMessagesFile}:${index + 1}: ${parsed.error.issues[0]?.message}`);
      }
      return parsed.data;
    });
}

/** What must not appear: each sent text, and a resume phrase also as its bare words. */
function secretsOf(records: SentRecord[]): string[] {
  const secrets = new Set<string>();
  for (const record of records) {
    secrets.add(record.text);
    if (record.kind === 'resume-phrase') {
      const words = record.text.split(/[^\p{L}]+/u).filter(Boolean);
      secrets.add(words.join(' '));
      secrets.add(words.join('-'));
    }
  }
  return [...secrets];
}

interface DataFile {
  file: string;
  bytes: Buffer;
}

/** Every file below `dir`; one that vanishes while it is listed (a rename) held nothing. */
async function readAllFiles(dir: string): Promise<DataFile[]> {
  const found: DataFile[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await readAllFiles(file)));
    } else {
      const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (bytes) found.push({ file, bytes });
    }
  }
  return found;
}

function describe(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.where}: ${finding.what}`);
}

test('the detectors find addresses and plain text, and leave look-alikes alone', () => {
  const addressesIn = (text: string): string[] =>
    findAddresses('sample', Buffer.from(text, 'latin1')).map((finding) => finding.what);
  for (const [text, found] of [
    ['{"client":"10.0.0.1"}', ['IPv4 address 10.0.0.1']],
    ['from 127.0.0.1.', ['IPv4 address 127.0.0.1']],
    ['host.192.168.1.20:8080', ['IPv4 address 192.168.1.20']],
    ['"::1"', ['IPv6 address ::1']],
    ['http://[::1]:4173/', ['IPv6 address ::1']],
    ['::ffff:127.0.0.1', ['IPv4 address 127.0.0.1', 'IPv6 address ::ffff:127.0.0.1']],
    [
      'peer fe80::1%eth0 and 2001:DB8::8a2e:370:7334.',
      ['IPv6 address fe80::1', 'IPv6 address 2001:DB8::8a2e:370:7334'],
    ],
    ['{"time":"2026-11-27T04:36:33.101Z","durationMs":4.2}', []],
    ['vite v8.3.1, oid 1.3.6.1.4.1, 256.1.1.1, 1234.5.6.7', []],
    ['Foo::bar, a:b, "key":"value", http://localhost:4173', []],
  ] as const) {
    expect(addressesIn(text), text).toEqual(found);
  }

  const secret = 'She said "leave"\nand left.';
  const encodings = [
    Buffer.from(`{"text":${JSON.stringify(secret)}}`),
    Buffer.from(`x${Buffer.from(`ab${secret}cd`).toString('base64')}y`),
    Buffer.from(`/say?q=${encodeURIComponent(secret)}`),
  ];
  for (const bytes of encodings) {
    expect(findPlaintexts('sample', bytes, [secret]), bytes.toString()).not.toEqual([]);
  }
  expect(findPlaintexts('sample', Buffer.from('She said leave and left.'), [secret])).toEqual([]);
});

test('the data folder holds no IP address and no sent text in the clear', async () => {
  const secrets = secretsOf(await readSentRecords());
  expect(secrets.length, `nothing recorded in ${sentMessagesFile}`).toBeGreaterThan(0);
  const files = await readAllFiles(dataDir);
  expect(files.length, `no files in ${dataDir}`).toBeGreaterThan(0);
  const findings = files.flatMap(({ file, bytes }) => [
    ...findAddresses(file, bytes),
    ...findPlaintexts(file, bytes, secrets),
  ]);
  expect(describe(findings), `found in ${dataDir}`).toEqual([]);
});

test('the server log holds no IP address and no sent text', async () => {
  const secrets = secretsOf(await readSentRecords());
  expect(secrets.length, `nothing recorded in ${sentMessagesFile}`).toBeGreaterThan(0);
  const bytes = await readFile(serverLog);
  const requestEntries = bytes
    .toString('utf8')
    .split('\n')
    .filter((line) => /^\{"time":"[^"]+","level":"info","msg":"request"/.test(line));
  expect(requestEntries.length, `no info-level request entries in ${serverLog}`).toBeGreaterThan(0);
  // The logger replaces anything address-shaped with this placeholder. It turning up means the
  // server tried to log an address (the run's own is logged as `localhost`, see
  // server/startServer.ts browsableHost): a leak stopped only by the second line of defence.
  const placeholderFindings = findPlaintexts(serverLog, bytes, ['[address]']).map((finding) => ({
    ...finding,
    what: 'the logger had to scrub an address here: something tried to log one',
  }));
  const findings = [
    ...findAddresses(serverLog, bytes),
    ...findPlaintexts(serverLog, bytes, secrets),
    ...placeholderFindings,
  ];
  expect(describe(findings), `found in ${serverLog}`).toEqual([]);
});

test('the scan sees real data: a kept conversation decrypts to a message the tests sent', async () => {
  const sentMessages = new Set(
    (await readSentRecords())
      .filter((record) => record.kind === 'message')
      .map((record) => record.text),
  );
  expect(sentMessages.size, `no messages recorded in ${sentMessagesFile}`).toBeGreaterThan(0);

  // The key as the server found it (server/store/dataKey.ts loadDataKey, without creating one).
  const keyFile = path.join(dataDir, KEY_FILE_NAME);
  const fromEnvironment = process.env[DATA_KEY_ENV]?.trim();
  const keys = deriveDataKeys(
    fromEnvironment
      ? parseDataKey(fromEnvironment, DATA_KEY_ENV)
      : parseDataKey(await readFile(keyFile, 'utf8'), keyFile),
  );

  const conversationsDir = path.join(dataDir, CONVERSATIONS_DIR_NAME);
  const conversationFiles = (await readAllFiles(conversationsDir)).filter(({ file }) =>
    file.endsWith('.json'),
  );
  expect(conversationFiles.length, `no conversation in ${conversationsDir}`).toBeGreaterThan(0);

  const storedSentMessages: string[] = [];
  for (const { file, bytes } of conversationFiles) {
    // The context lowdbChatStore binds each conversation file to.
    const context = `conversation:${path.basename(file, '.json')}`;
    const plaintext = decryptDocument(
      bytes.toString('utf8'),
      keys.fileKey(context),
      keys.keyId,
      context,
      file,
    );
    const document = conversationDocumentSchema.parse(JSON.parse(plaintext.toString('utf8')));
    for (const message of document.messages) {
      if (sentMessages.has(message.text)) storedSentMessages.push(`${message.text} (${file})`);
    }
  }
  expect(
    storedSentMessages.length,
    `none of the ${conversationFiles.length} conversation files decrypts to a sent message`,
  ).toBeGreaterThan(0);
});
