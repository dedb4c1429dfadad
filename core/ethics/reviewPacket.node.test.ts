import { beforeAll, describe, expect, it } from 'vitest';
import { permissiveEthicsConfig } from '../testing/ethicsFixtures.node.ts';
import { writeTree } from '../testing/inkFixtures.node.ts';
import type { EthicsConfig } from './ethicsConfig.ts';
import {
  buildReviewPacket,
  ReviewPacketError,
  type ReviewPacket,
} from './reviewPacketData.node.ts';
import { renderReviewPacketHtml, scopeSvgIds } from './reviewPacketHtml.ts';
import { storyContentHash } from './storyContentHash.node.ts';

const TODAY = new Date('2026-11-27T10:00:00Z');

/**
 * A small story that trips every rule the packet reports on: text that looks like HTML, a
 * link (banned), a hook on a calm line, one on a distressing line, one of a type the config
 * does not allow, a knot the German locale lacks, a knot behind a condition nobody meets and
 * a knot that runs out of content.
 */
const EN = `// comment that must not show
VAR trust = 0
-> start

=== start ===
Hello <script>alert("x")</script> & welcome. # speaker: <img src=x onerror=alert(1)>
Visit https://example.org now.
* [Go <b>on</b>] -> middle
* {trust > 5} [Secret] -> secret
* [Wander] -> lost

=== middle ===
A quiet place. # calm # hook: chat
A hard moment. # distressing # hook: helpline
Think back. # calm # hook: reflect
-> END

=== secret ===
Nobody gets here.
-> END

=== lost ===
You wander off.
`;

const DE = `VAR trust = 0
-> start

=== start ===
Hallo <script>alert("x")</script> & willkommen. # speaker: Mia
Besuch https://example.org jetzt.
* [Weiter] -> middle
* [Herumlaufen] -> lost

=== middle ===
Ein ruhiger Ort. # calm # hook: chat
Ein schwerer Moment. # distressing # hook: helpline
Denk zurück. # calm # hook: reflect
-> END

=== lost ===
Du läufst weg.
`;

function storyJson(id: string): string {
  return JSON.stringify({
    id,
    title: { en: 'Tom & Jerry <script>alert(1)</script>', de: 'Kater & Maus' },
    summary: { en: 'A "test" story.', de: 'Eine Testgeschichte.' },
    minAge: 13,
    contentNotes: ['manipulation'],
    themes: ['testing'],
    locales: ['en', 'de'],
    entry: 'main.ink',
  });
}

function config(): EthicsConfig {
  const base = permissiveEthicsConfig(TODAY);
  return {
    ...base,
    content: {
      ...base.content,
      bannedPatterns: [{ pattern: 'https?://', flags: 'i', reason: 'No links <b>in</b> stories' }],
    },
    hooks: { ...base.hooks, allowed: ['chat', 'helpline'] },
    stories: {
      trap: {
        status: 'approved',
        contentHash: '0'.repeat(64),
        reviewer: 'Board <b>member</b>',
        date: '2026-11-01',
        hooks: ['chat'],
      },
    },
  };
}

function build(storiesDir: string, id = 'trap'): ReviewPacket {
  const ethicsConfig = config();
  return buildReviewPacket({
    storiesDir,
    storyId: id,
    ethics: {
      config: ethicsConfig,
      configFile: 'ethics.config.json',
      configText: JSON.stringify(ethicsConfig, null, 2),
      storiesDir,
      today: TODAY,
    },
    walk: { seed: 1, seconds: Infinity, maxPlaythroughs: 200 },
    generatedAt: TODAY,
  });
}

const STORIES_DIR = writeTree({
  'trap/story.json': storyJson('trap'),
  'trap/en/main.ink': EN,
  'trap/de/main.ink': DE,
  'broken/story.json': '{ "id": "broken" ',
});

describe('buildReviewPacket', () => {
  let packet: ReviewPacket;
  beforeAll(() => {
    packet = build(STORIES_DIR);
  });

  it('records the hash offramp approve binds to, and whether the approval on record matches it', () => {
    expect(packet.contentHash).toBe(storyContentHash(STORIES_DIR, 'trap'));
    expect(packet.approval).toMatchObject({ status: 'approved', hashMatches: false });
    expect(packet.generatedAt).toBe('2026-11-27T10:00:00.000Z');
  });

  it('matches passages across locales by id, in reading order, with each locale’s own lines', () => {
    expect(packet.passages.map((row) => row.id)).toEqual([
      '(root)',
      'start',
      'middle',
      'secret',
      'lost',
    ]);
    const secret = packet.passages.find((row) => row.id === 'secret');
    expect(Object.keys(secret?.byLocale ?? {})).toEqual(['en']);
    const start = packet.passages.find((row) => row.id === 'start');
    expect(start?.byLocale.en?.excerpts[0]).toMatchObject({
      file: 'trap/en/main.ink',
      from: 5,
      to: 10,
    });
    expect(start?.byLocale.de?.excerpts[0]?.lines.map((line) => line.kind)).toEqual([
      'heading',
      'text',
      'text',
      'choice',
      'choice',
    ]);
    const top = packet.passages[0]?.byLocale.en?.excerpts[0];
    expect(top?.lines.map((line) => line.line)).toEqual([2, 3]);
  });

  it('lists every hook per locale with its policy verdicts and the lines around it', () => {
    const summary = packet.hooks.map((hook) => [
      hook.locale,
      hook.line,
      hook.hook,
      hook.allowedByPolicy,
      hook.inApproval,
      hook.placementOk,
    ]);
    expect(summary).toEqual([
      ['en', 13, 'chat', true, true, true],
      ['de', 11, 'chat', true, true, true],
      ['en', 14, 'helpline', true, false, false],
      ['de', 12, 'helpline', true, false, false],
      ['en', 15, 'reflect', false, false, true],
      ['de', 13, 'reflect', false, false, true],
    ]);
    const helpline = packet.hooks[2];
    expect(helpline).toMatchObject({ onDistressing: true, node: 'middle' });
    expect(helpline?.context).toMatchObject({ from: 11, to: 16 });
    expect(helpline?.problems.map((problem) => problem.message)).toContain(
      'hook "helpline" is on a # distressing line: help is never offered in a distressing passage',
    );
    expect(packet.hooks[4]?.problems.map((problem) => problem.message)).toContain(
      'hook "reflect" is not allowed (allowed: chat, helpline)',
    );
  });

  it('shows banned-pattern hits with the line as written, and every check problem', () => {
    expect(packet.bannedHits.map((hit) => [hit.locale, hit.problem.line, hit.sourceLine])).toEqual([
      ['en', 7, 'Visit https://example.org now.'],
      ['de', 6, 'Besuch https://example.org jetzt.'],
    ]);
    const messages = packet.problems.map((problem) => problem.message).join('\n');
    expect(messages).toContain('matches "https://": No links <b>in</b> stories');
    expect(messages).toContain('hook "reflect" is not allowed');
    expect(messages).toContain('is on a # distressing line');
    expect(messages).toContain('knot "secret" is missing from the de locale');
    expect(messages).toContain('approval of "trap" (by Board <b>member</b> on 2026-11-01) is void');
  });

  it('walks every locale: unvisited knots, endings and runtime errors with their choices', () => {
    const en = packet.walks.find((walk) => walk.locale === 'en');
    expect(en).toMatchObject({ total: 4, visited: 3, stopReason: 'playthroughs' });
    expect(en?.unvisited.map((node) => [node.id, node.file, node.line])).toEqual([
      ['secret', 'trap/en/main.ink', 18],
    ]);
    expect(en?.endings.map((ending) => ending.node)).toEqual(['middle']);
    expect(en?.errors.length).toBeGreaterThan(0);
    expect(en?.errors[0]?.choices).toEqual([2]);
    expect(packet.graphs.map((graph) => graph.locale)).toEqual(['en', 'de']);
    expect(packet.graphs[0]?.svg.startsWith('<svg')).toBe(true);
  });

  it('refuses a story whose story.json cannot be read, naming the file', () => {
    expect(() => build(STORIES_DIR, 'broken')).toThrow(ReviewPacketError);
    expect(() => build(STORIES_DIR, 'broken')).toThrow(/broken\/story\.json:1: not valid JSON/);
  });
});

describe('renderReviewPacketHtml', () => {
  let packet: ReviewPacket;
  let html: string;
  beforeAll(() => {
    packet = build(STORIES_DIR);
    html = renderReviewPacketHtml(packet);
  });

  it('escapes every piece of story and config text: nothing in a story can inject markup', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>/);
    expect(html).toContain('Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain(
      'Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; welcome.',
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;:');
    expect(html).toContain('Go &lt;b&gt;on&lt;/b&gt;');
    expect(html).toContain('Board &lt;b&gt;member&lt;/b&gt;');
    expect(html).not.toContain('comment that must not show');
  });

  it('loads nothing from anywhere and says so to the browser', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(html).not.toMatch(/<[^>]*\s(?:src|srcset|action|formaction|background)=/i);
    expect(html).not.toMatch(/<(?:link|iframe|object|embed|base)\b/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?(?!#)/i);
    const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(hrefs.filter((href) => !href.startsWith('#'))).toEqual([]);
  });

  it('has an in-page target for every link and unique ids, also across the inlined maps', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(new Set(ids).size).toBe(ids.length);
    const targets = [...html.matchAll(/\shref="#([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(targets.filter((target) => !ids.includes(target))).toEqual([]);
    const references = [...html.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1] ?? '');
    expect(references.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('puts the locales side by side with their lang, as tables with captions and scoped headers', () => {
    expect(html).toContain('<th scope="col" class="rp-locale-col">English (en)</th>');
    expect(html).toContain('<th scope="col" class="rp-locale-col">German (de)</th>');
    expect(html).toMatch(/<td lang="de"><div class="rp-where" lang="en">trap\/de\/main\.ink:4–8/);
    expect(html).toMatch(/<td lang="de"><p class="rp-missing"/);
    const tables = html.match(/<table\b/g)?.length ?? 0;
    expect(html.match(/<caption\b/g)?.length).toBe(tables);
    expect(html).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)[^>]*>/);
  });

  it('marks choices, diverts (linked to their passage), tags and logic', () => {
    expect(html).toContain('<span class="rp-choice-kind" lang="en">Choice</span> Weiter</span>');
    expect(html).toContain('<code class="rp-logic">only if trust &gt; 5</code>');
    expect(html).toContain('<span class="rp-divert">→ <a href="#passage-middle">middle</a></span>');
    expect(html).toContain('<span class="rp-badge rp-b-distressing">distressing</span>');
    expect(html).toContain('<span class="rp-badge rp-b-hook">hook: reflect</span>');
    expect(html).toContain('<code class="rp-logic">VAR trust = 0</code>');
  });

  it('reports the verdicts: approval void, banned hits, hooks that need attention', () => {
    expect(html).toContain('but for different content: the story changed since');
    expect(html).toContain('✗ 2 hits');
    // chat is allowed, approved and on a calm line; whether the walk finds it after the
    // distressing line is offramp check's call, so count from the packet.
    const attention = packet.hooks.filter(
      (hook) =>
        !hook.allowedByPolicy ||
        !hook.placementOk ||
        hook.inApproval === false ||
        hook.problems.length > 0,
    ).length;
    expect(attention).toBeGreaterThanOrEqual(4);
    expect(html).toContain(`✗ ${attention} need attention`);
    expect(html).toContain('✗ on a # distressing line');
  });
});

describe('scopeSvgIds', () => {
  it('prefixes ids and every reference to them, and nothing else', () => {
    const svg =
      '<svg aria-labelledby="t d"><title id="t">x</title><desc id="d">y</desc>' +
      '<marker id="arrow"/><path marker-end="url(#arrow)"/><use href="#arrow"/><a href="#other"/></svg>';
    expect(scopeSvgIds(svg, 'g-en')).toBe(
      '<svg aria-labelledby="g-en-t g-en-d"><title id="g-en-t">x</title><desc id="g-en-d">y</desc>' +
        '<marker id="g-en-arrow"/><path marker-end="url(#g-en-arrow)"/><use href="#g-en-arrow"/><a href="#other"/></svg>',
    );
  });
});
