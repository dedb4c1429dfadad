/**
 * The review packet as one self-contained HTML page for the ethics board: inline CSS and
 * SVG, no scripts, nothing fetched (a Content-Security-Policy says so to the browser too).
 * Built for reading on screen at any zoom and for printing. Every piece of story text is
 * escaped; the story map comes from core/story/storyGraph.ts, which escapes its own text.
 *
 * Class names start with `rp-` because the inlined story maps bring style rules of their own.
 *
 * Shared code: no Node APIs.
 */
import { parseTag } from '../story/tags.ts';
import type { SourceProblem } from '../story/problems.ts';
import type { InkSourceLine, InkTextPart } from '../story/inkSourceLines.ts';
import type {
  HookOccurrence,
  LocaleWalk,
  PassageCell,
  PassageRow,
  ReviewPacket,
  SourceExcerpt,
} from './reviewPacketData.node.ts';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

const esc = escapeHtml;

function localeName(locale: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale);
    return name && name !== locale ? `${name} (${locale})` : locale;
  } catch {
    return locale;
  }
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function yesNo(value: boolean, yes = 'Yes', no = 'No'): string {
  return value
    ? `<span class="rp-ok">✓ ${esc(yes)}</span>`
    : `<span class="rp-bad">✗ ${esc(no)}</span>`;
}

/** Gives every passage a readable, unique anchor. */
class Anchors {
  private readonly byId = new Map<string, string>();

  constructor(rows: readonly PassageRow[]) {
    const used = new Set<string>();
    for (const row of rows) {
      const base =
        row.kind === 'root' ? 'passage-top' : `passage-${row.id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
      let anchor = base;
      for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
      used.add(anchor);
      this.byId.set(row.id, anchor);
    }
  }

  of(id: string): string | undefined {
    return this.byId.get(id);
  }

  link(id: string, text = id): string {
    const anchor = this.of(id);
    return anchor ? `<a href="#${anchor}">${esc(text)}</a>` : esc(text);
  }
}

function nodeLabel(id: string): string {
  return id === '(root)' ? 'Top of the story' : id;
}

function where(file: string | undefined, line?: number): string {
  if (!file) return '';
  return esc(line === undefined ? file : `${file}:${line}`);
}

export function renderReviewPacketHtml(packet: ReviewPacket): string {
  const anchors = new Anchors(packet.passages);
  const firstLocale = packet.locales[0] ?? packet.meta.locales[0] ?? 'en';
  const title = packet.meta.title[firstLocale] ?? packet.storyId;
  const sections = [
    overviewSection(packet),
    detailsSection(packet),
    checksSection(packet),
    hooksSection(packet, anchors),
    coverageSection(packet, anchors),
    graphSection(packet),
    passagesSection(packet, anchors),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="offramp review">
<title>Ethics review: ${esc(title)} (${esc(packet.storyId)})</title>
<style>${STYLE}</style>
</head>
<body>
<a class="rp-skip" href="#main">Skip to the packet</a>
<header class="rp-page-header">
<p class="rp-kicker">Offramp · ethics review packet</p>
<h1><span lang="${esc(firstLocale)}">${esc(title)}</span> <span class="rp-muted">(story <code>${esc(packet.storyId)}</code>)</span></h1>
<p>Generated ${esc(formatDate(packet.generatedAt))} with <code>offramp review ${esc(packet.storyId)}</code>. Content hash <code class="rp-hash">${esc(packet.contentHash)}</code></p>
</header>
${tableOfContents(packet, anchors)}
<main id="main">
${sections.join('\n')}
</main>
<footer class="rp-footer">
<p>This file is self-contained: it loads nothing from the network and runs no scripts. It describes the story files as they were when it was generated; any later edit changes the content hash and voids an approval.</p>
</footer>
</body>
</html>
`;
}

function formatDate(iso: string): string {
  return iso
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC')
    .replace(/Z$/, ' UTC');
}

function tableOfContents(packet: ReviewPacket, anchors: Anchors): string {
  const passages = packet.passages
    .map((row) => `<li>${anchors.link(row.id, nodeLabel(row.id))}</li>`)
    .join('');
  return `<nav class="rp-toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">Contents</h2>
<ol>
<li><a href="#overview">At a glance</a></li>
<li><a href="#details">Story details and approval</a></li>
<li><a href="#checks">Check results</a><ol><li><a href="#banned">Banned patterns</a></li><li><a href="#problems">All problems</a></li><li><a href="#config-problems">Ethics config</a></li></ol></li>
<li><a href="#hooks">Help hooks</a></li>
<li><a href="#coverage">Walker coverage</a></li>
<li><a href="#graph">Story map</a></li>
<li><a href="#passages">Passages side by side</a><ol class="rp-toc-passages">${passages}</ol></li>
</ol>
</nav>`;
}

function section(id: string, heading: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${heading}</h2>
${body}
</section>`;
}

function approvalSummary(packet: ReviewPacket): { text: string; tone: 'ok' | 'bad' | 'warn' } {
  const { approval } = packet;
  if (approval.status === 'none') {
    return { text: 'Not reviewed: no approval is recorded for this story', tone: 'warn' };
  }
  const by = `by ${approval.record.reviewer} on ${approval.record.date}`;
  if (approval.status === 'revoked') return { text: `Approval revoked (${by})`, tone: 'bad' };
  return approval.hashMatches
    ? { text: `Approved ${by}, for exactly this content`, tone: 'ok' }
    : {
        text: `Approved ${by}, but for different content: the story changed since, so the approval is void`,
        tone: 'bad',
      };
}

function countSeverities(problems: readonly SourceProblem[]): { errors: number; warnings: number } {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

function overviewSection(packet: ReviewPacket): string {
  const approval = approvalSummary(packet);
  const { errors, warnings } = countSeverities(packet.problems);
  const config = countSeverities(packet.configProblems);
  const hooksNeedingAttention = packet.hooks.filter(needsAttention).length;
  const walks = packet.walks
    .map(
      (walk) =>
        `<li lang="en">${esc(localeName(walk.locale))}: ${walk.visited} of ${walk.total} knots and stitches visited, ${plural(walk.endings.length, 'ending')} reached, ${plural(walk.errors.length, 'runtime problem')}</li>`,
    )
    .join('');
  const failed =
    packet.failedLocales.length > 0
      ? `<div><dt>Locales that did not compile</dt><dd><span class="rp-bad">✗ ${esc(packet.failedLocales.join(', '))}</span>: not shown below; see <a href="#problems">all problems</a></dd></div>`
      : '';
  return section(
    'overview',
    'At a glance',
    `<dl class="rp-glance">
<div><dt>Approval</dt><dd><span class="rp-status rp-status-${approval.tone}">${esc(approval.text)}</span></dd></div>
<div><dt>Content hash</dt><dd><code class="rp-hash">${esc(packet.contentHash)}</code><br><span class="rp-muted">sha256 over story.json and every ink file of every locale: the value <code>offramp approve</code> records.</span></dd></div>
<div><dt>Check</dt><dd>${errors === 0 ? '<span class="rp-ok">✓</span>' : '<span class="rp-bad">✗</span>'} ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in the story (<a href="#problems">details</a>); ${plural(config.errors, 'error')}, ${plural(config.warnings, 'warning')} in the ethics config</dd></div>
<div><dt>Banned patterns</dt><dd>${packet.bannedHits.length === 0 ? '<span class="rp-ok">✓ no hits</span>' : `<span class="rp-bad">✗ ${plural(packet.bannedHits.length, 'hit')}</span> (<a href="#banned">details</a>)`}</dd></div>
<div><dt>Help hooks</dt><dd>${plural(packet.hooks.length, 'hook')} across ${plural(packet.locales.length, 'locale')}; ${hooksNeedingAttention === 0 ? '<span class="rp-ok">✓ all allowed and well placed</span>' : `<span class="rp-bad">✗ ${hooksNeedingAttention} need attention</span>`} (<a href="#hooks">details</a>)</dd></div>
<div><dt>Walker coverage</dt><dd><ul class="rp-plain">${walks}</ul></dd></div>
${failed}
</dl>`,
  );
}

function badgeList(items: readonly string[], good: (item: string) => boolean): string {
  if (items.length === 0) return '<span class="rp-muted">none</span>';
  return items
    .map((item) =>
      good(item)
        ? `<span class="rp-badge rp-b-plain">${esc(item)}</span>`
        : `<span class="rp-badge rp-b-invalid">${esc(item)} ✗</span>`,
    )
    .join(' ');
}

/** How often each `# cw:` note is used, per locale. */
function contentNotesInPassages(packet: ReviewPacket): Map<string, Map<string, number>> {
  const notes = new Map<string, Map<string, number>>();
  for (const row of packet.passages) {
    for (const [locale, cell] of Object.entries(row.byLocale)) {
      for (const excerpt of cell?.excerpts ?? []) {
        for (const line of excerpt.lines) {
          for (const raw of 'tags' in line ? line.tags : []) {
            const parsed = parseTag(raw);
            if (parsed.ok && parsed.tag.kind === 'cw') {
              const counts = notes.get(parsed.tag.note) ?? new Map<string, number>();
              counts.set(locale, (counts.get(locale) ?? 0) + 1);
              notes.set(parsed.tag.note, counts);
            }
          }
        }
      }
    }
  }
  return notes;
}

function detailsSection(packet: ReviewPacket): string {
  const { meta, policy } = packet;
  const localeHeads = meta.locales
    .map((locale) => `<th scope="col">${esc(localeName(locale))}</th>`)
    .join('');
  const localised = (field: 'title' | 'summary') =>
    meta.locales
      .map((locale) => {
        const text = meta[field][locale];
        return `<td lang="${esc(locale)}">${text ? esc(text) : '<span class="rp-bad">missing</span>'}</td>`;
      })
      .join('');
  const declared = meta.contentNotes;
  const missingRequired = policy.requiredContentNotes.filter((note) => !declared.includes(note));
  const used = contentNotesInPassages(packet);
  const usedList =
    used.size === 0
      ? '<span class="rp-muted">no <code># cw:</code> tags</span>'
      : [...used]
          .map(([note, counts]) => {
            const badge = declared.includes(note)
              ? `<span class="rp-badge rp-b-cw">cw: ${esc(note)}</span>`
              : `<span class="rp-badge rp-b-invalid">cw: ${esc(note)} ✗ not declared</span>`;
            const perLocale = [...counts]
              .map(([locale, count]) => `${esc(locale)}: ${plural(count, 'line')}`)
              .join(', ');
            return `<div>${badge} ${perLocale}</div>`;
          })
          .join('');
  const declaredLocales = meta.locales
    .map((locale) =>
      packet.failedLocales.includes(locale)
        ? `<span class="rp-bad">${esc(locale)} (did not compile)</span>`
        : esc(localeName(locale)),
    )
    .join(', ');

  return section(
    'details',
    'Story details and approval',
    `<div class="rp-scroll" role="region" aria-labelledby="meta-caption" tabindex="0">
<table class="rp-table">
<caption id="meta-caption">Title and summary by locale (story.json)</caption>
<thead><tr><th scope="col">Field</th>${localeHeads}</tr></thead>
<tbody>
<tr><th scope="row">Title</th>${localised('title')}</tr>
<tr><th scope="row">Summary</th>${localised('summary')}</tr>
</tbody>
</table>
</div>
<table class="rp-table rp-facts">
<caption>Audience, content notes and themes</caption>
<tbody>
<tr><th scope="row">Minimum age</th><td>${meta.minAge} ${yesNo(meta.minAge >= policy.minimumAge, `at or above the audience minimum of ${policy.minimumAge}`, `below the audience minimum of ${policy.minimumAge}`)}</td></tr>
<tr><th scope="row">Content notes declared</th><td>${badgeList(declared, (note) => policy.allowedContentNotes.includes(note))}${missingRequired.length ? `<br><span class="rp-bad">✗ missing required: ${esc(missingRequired.join(', '))}</span>` : ''}</td></tr>
<tr><th scope="row">Content notes the config allows</th><td>${esc(policy.allowedContentNotes.join(', '))}${policy.requiredContentNotes.length ? `<br>Required in every story: ${esc(policy.requiredContentNotes.join(', '))}` : ''}</td></tr>
<tr><th scope="row">Content notes used in passages</th><td>${usedList}</td></tr>
<tr><th scope="row">Themes</th><td>${badgeList(meta.themes, () => true)}</td></tr>
<tr><th scope="row">Locales</th><td>${declaredLocales}</td></tr>
<tr><th scope="row">Entry file</th><td><code>${esc(meta.entry)}</code> in each locale folder</td></tr>
</tbody>
</table>
${approvalTable(packet)}`,
  );
}

function approvalTable(packet: ReviewPacket): string {
  const summary = approvalSummary(packet);
  const { approval } = packet;
  const rows =
    approval.status === 'none'
      ? `<tr><th scope="row">Status</th><td><span class="rp-status rp-status-warn">${esc(summary.text)}</span></td></tr>`
      : `<tr><th scope="row">Status</th><td><span class="rp-status rp-status-${summary.tone}">${esc(summary.text)}</span></td></tr>
<tr><th scope="row">Reviewer</th><td>${esc(approval.record.reviewer)}</td></tr>
<tr><th scope="row">Date</th><td>${esc(approval.record.date)}</td></tr>
<tr><th scope="row">Hooks approved</th><td>${badgeList(approval.record.hooks, () => true)}</td></tr>
<tr><th scope="row">Note</th><td>${approval.record.note ? esc(approval.record.note) : '<span class="rp-muted">none</span>'}</td></tr>
<tr><th scope="row">Recorded content hash</th><td><code class="rp-hash">${esc(approval.record.contentHash)}</code> ${yesNo(approval.hashMatches, 'matches the current content', 'differs from the current content')}</td></tr>`;
  return `<table class="rp-table rp-facts">
<caption>Approval recorded in the ethics config</caption>
<tbody>
${rows}
<tr><th scope="row">Current content hash</th><td><code class="rp-hash">${esc(packet.contentHash)}</code></td></tr>
</tbody>
</table>`;
}

function problemRows(problems: readonly SourceProblem[]): string {
  return problems
    .map(
      (problem) =>
        `<tr><td>${problem.severity === 'error' ? '<span class="rp-bad">✗ error</span>' : '<span class="rp-warn">! warning</span>'}</td><td><code>${where(problem.file, problem.line)}</code></td><td>${esc(problem.message)}</td></tr>`,
    )
    .join('\n');
}

function problemTable(id: string, caption: string, problems: readonly SourceProblem[]): string {
  return `<table class="rp-table rp-problems" id="${id}-table">
<caption>${esc(caption)}</caption>
<thead><tr><th scope="col">Severity</th><th scope="col">Where</th><th scope="col">Problem</th></tr></thead>
<tbody>
${problemRows(problems)}
</tbody>
</table>`;
}

function checksSection(packet: ReviewPacket): string {
  const banned =
    packet.bannedHits.length === 0
      ? '<p><span class="rp-ok">✓</span> No banned pattern matches any story text in any locale.</p>'
      : `<table class="rp-table rp-problems">
<caption>Banned-pattern hits (content.bannedPatterns)</caption>
<thead><tr><th scope="col">Where</th><th scope="col">Line as written</th><th scope="col">Pattern, match and reason</th></tr></thead>
<tbody>
${packet.bannedHits
  .map(
    (hit) =>
      `<tr><td><code>${where(hit.problem.file, hit.problem.line)}</code></td><td${hit.locale ? ` lang="${esc(hit.locale)}"` : ''}>${hit.sourceLine !== undefined ? `<code class="rp-source">${esc(hit.sourceLine)}</code>` : ''}</td><td>${esc(hit.problem.message)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`;
  const all =
    packet.problems.length === 0
      ? '<p><span class="rp-ok">✓</span> <code>offramp check</code> finds no problem in this story.</p>'
      : problemTable(
          'problems',
          `Everything offramp check reports for this story (${plural(packet.problems.length, 'problem')})`,
          packet.problems,
        );
  const config =
    packet.configProblems.length === 0
      ? '<p><span class="rp-ok">✓</span> No problems in the ethics config.</p>'
      : problemTable(
          'config-problems',
          'Problems in the ethics config (they concern every story)',
          packet.configProblems,
        );
  return section(
    'checks',
    'Check results',
    `<p>The same checks as <code>offramp check ${esc(packet.storyId)}</code>: compilation, tags, locale parity, banned patterns, content notes, hooks and their placement, and the approval.</p>
<h3 id="banned">Banned patterns</h3>
${banned}
<h3 id="problems">All problems</h3>
${all}
<h3 id="config-problems">Ethics config</h3>
${config}`,
  );
}

function needsAttention(hook: HookOccurrence): boolean {
  return (
    !hook.allowedByPolicy ||
    !hook.placementOk ||
    hook.inApproval === false ||
    hook.problems.length > 0
  );
}

function placementText(hook: HookOccurrence, onlyAtCalmOrDebrief: boolean): string {
  const marks = [hook.onCalm && '# calm', hook.onDebrief && '# debrief'].filter(Boolean);
  if (hook.onDistressing) {
    return '<span class="rp-bad">✗ on a # distressing line: help is never offered there</span>';
  }
  if (marks.length > 0) return `<span class="rp-ok">✓ on a ${esc(marks.join(' and '))} line</span>`;
  return onlyAtCalmOrDebrief
    ? '<span class="rp-bad">✗ not on a # calm or # debrief line, which the config requires</span>'
    : '<span class="rp-warn">! not on a # calm or # debrief line (the config allows that)</span>';
}

function hooksSection(packet: ReviewPacket, anchors: Anchors): string {
  const { policy } = packet;
  const approvalHooks =
    packet.approval.status === 'none' ? undefined : packet.approval.record.hooks;
  const intro = `<p>The config allows these hook types: ${badgeList(policy.allowedHooks, () => true)}. ${policy.onlyAtCalmOrDebrief ? 'Hooks may only sit on a <code># calm</code> or <code># debrief</code> line' : 'Hooks may sit on any line'}, and never on a <code># distressing</code> one. ${approvalHooks ? `The recorded approval allows: ${badgeList(approvalHooks, () => true)}.` : 'No approval is recorded yet.'}</p>`;
  if (packet.hooks.length === 0) {
    return section(
      'hooks',
      'Help hooks',
      `${intro}<p>This story has no <code># hook</code> tags.</p>`,
    );
  }
  const columns = 3;
  const bodies = packet.hooks
    .map((hook, index) => {
      const approved =
        hook.inApproval === undefined
          ? '<span class="rp-muted">no approval recorded</span>'
          : yesNo(hook.inApproval);
      const problems = hook.problems
        .map(
          (problem) =>
            `<li>${problem.severity === 'error' ? '<span class="rp-bad">✗ error:</span>' : '<span class="rp-warn">! warning:</span>'} ${esc(problem.message)}</li>`,
        )
        .join('');
      return `<tbody id="hook-${index + 1}">
<tr><td>${esc(localeName(hook.locale))}<br><code>${where(hook.file, hook.line)}</code><br>in ${anchors.link(hook.node, nodeLabel(hook.node))}</td><td><span class="rp-badge rp-b-hook">hook: ${esc(hook.hook)}</span></td><td><ul class="rp-verdicts">
<li>Allowed by the config: ${yesNo(hook.allowedByPolicy)}</li>
<li>In the approval: ${approved}</li>
<li>Line: ${placementText(hook, policy.onlyAtCalmOrDebrief)}</li>
${problems}</ul></td></tr>
<tr class="rp-context-row"><td colspan="${columns}" lang="${esc(hook.locale)}"><div class="rp-context-label" lang="en">Text around it</div>${renderExcerpt(hook.context, anchors, hook.node, hook.line)}</td></tr>
</tbody>`;
    })
    .join('\n');
  return section(
    'hooks',
    'Help hooks',
    `${intro}
<div class="rp-scroll" role="region" aria-labelledby="hooks-caption" tabindex="0">
<table class="rp-table rp-hooks">
<caption id="hooks-caption">Every <code># hook</code> in every locale (${plural(packet.hooks.length, 'hook')}), with the lines around it</caption>
<thead><tr><th scope="col">Where</th><th scope="col">Hook</th><th scope="col">Verdicts</th></tr></thead>
${bodies}
</table>
</div>`,
  );
}

function describeStop(walk: LocaleWalk): string {
  switch (walk.stopReason) {
    case 'complete':
      return 'stopped early: every knot and stitch a divert leads to was visited and nothing new turned up';
    case 'playthroughs':
      return 'stopped at the playthrough limit';
    case 'stuck':
      return 'stopped: the story loops forever before its first choice';
    default:
      return 'the time budget was used up';
  }
}

function choiceList(choices: readonly number[]): string {
  return choices.length === 0
    ? '<span class="rp-muted">none (from the start)</span>'
    : `<code>${choices.join(' → ')}</code>`;
}

function shellWord(word: string): string {
  return /^[\w./@:+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function reproduce(packet: ReviewPacket, locale: string, choices: readonly number[]): string {
  const play = `npx offramp play ${shellWord(packet.storyId)} --locale ${shellWord(locale)}`;
  return choices.length === 0
    ? `${play} < /dev/null`
    : `printf '${choices.join('\\n')}\\n' | ${play}`;
}

function coverageSection(packet: ReviewPacket, anchors: Anchors): string {
  const { walkSettings } = packet;
  const budget = Number.isFinite(walkSettings.seconds)
    ? `a budget of ${walkSettings.seconds} s per locale`
    : 'no time limit';
  const limit =
    walkSettings.maxPlaythroughs !== undefined
      ? `, at most ${walkSettings.maxPlaythroughs.toLocaleString('en')} playthroughs`
      : '';
  const perLocale = packet.walks.map((walk) => {
    const id = `coverage-${walk.locale}`;
    const unvisited =
      walk.unvisited.length === 0
        ? `<p><span class="rp-ok">✓</span> All ${walk.total} knots and stitches were visited.</p>`
        : `<table class="rp-table">
<caption>Knots and stitches not visited (${walk.unvisited.length} of ${walk.total})</caption>
<thead><tr><th scope="col">Knot or stitch</th><th scope="col">Where</th><th scope="col">Reachable by a divert</th></tr></thead>
<tbody>${walk.unvisited
            .map(
              (node) =>
                `<tr><td>${anchors.link(node.id)}</td><td><code>${where(node.file, node.line)}</code></td><td>${node.reachableByDiverts ? 'yes' : 'no divert leads here'}</td></tr>`,
            )
            .join('')}</tbody>
</table>`;
    const endings =
      walk.endings.length === 0
        ? '<p><span class="rp-bad">✗</span> No playthrough reached an END or DONE.</p>'
        : `<table class="rp-table">
<caption>Endings reached (${walk.endings.length})</caption>
<thead><tr><th scope="col">Ending in</th><th scope="col">Where</th><th scope="col">Shortest choices found (1-based)</th></tr></thead>
<tbody>${walk.endings
            .map(
              (ending) =>
                `<tr><td>${anchors.link(ending.node)}</td><td><code>${where(ending.file, ending.line)}</code></td><td>${choiceList(ending.choices)}</td></tr>`,
            )
            .join('')}</tbody>
</table>`;
    const errors =
      walk.errors.length === 0
        ? '<p><span class="rp-ok">✓</span> No runtime errors or warnings found.</p>'
        : `<table class="rp-table rp-problems">
<caption>Runtime errors and warnings (${walk.errors.length})</caption>
<thead><tr><th scope="col">Severity</th><th scope="col">Where</th><th scope="col">Problem</th><th scope="col">Choices that lead there</th></tr></thead>
<tbody>${walk.errors
            .map(
              (error) =>
                `<tr><td>${error.severity === 'error' ? '<span class="rp-bad">✗ error</span>' : '<span class="rp-warn">! warning</span>'}</td><td><code>${where(error.file, error.line)}</code>${error.node ? ` in ${anchors.link(error.node, nodeLabel(error.node))}` : ''}</td><td>${esc(error.text)}${error.endlessLoop ? ' <span class="rp-muted">(plays on forever)</span>' : ''}</td><td>${choiceList(error.choices)}<br><code class="rp-command">${esc(reproduce(packet, walk.locale, error.choices))}</code></td></tr>`,
            )
            .join('')}</tbody>
</table>`;
    return `<h3 id="${esc(id)}">${esc(localeName(walk.locale))}</h3>
<p>${walk.playthroughs.toLocaleString('en')} playthroughs in ${walk.seconds.toFixed(1)} s; ${esc(describeStop(walk))}. <strong>${walk.visited} of ${walk.total}</strong> knots and stitches visited.</p>
${unvisited}
${endings}
${errors}`;
  });
  return section(
    'coverage',
    'Walker coverage',
    `<p>The walker (<code>offramp walk</code>) played each locale over and over, steered towards branches it had not seen, with seed ${walkSettings.seed} and ${budget}${limit}. The same seed explores in the same order; the budget only decides how far.</p>
${perLocale.join('\n')}`,
  );
}

/**
 * Story maps are inlined; each brings ids (its title, arrow markers) that must stay unique
 * on a page with several maps.
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
  const scoped = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  return svg
    .replace(/(\sid=")([^"]+)"/g, (_, head: string, id: string) => `${head}${scoped(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${scoped(id)})`)
    .replace(
      /(\s(?:xlink:)?href="#)([^"]+)"/g,
      (_, head: string, id: string) => `${head}${scoped(id)}"`,
    )
    .replace(
      /(\saria-(?:labelledby|describedby)=")([^"]+)"/g,
      (_, head: string, list: string) => `${head}${list.split(/\s+/).map(scoped).join(' ')}"`,
    );
}

/** A map without its title (which names the locale), to see whether two locales draw the same. */
function mapShape(svg: string): string {
  return svg
    .replace(/<title[^>]*>[\s\S]*?<\/title>/, '')
    .replace(/<text class="heading"[^>]*>[\s\S]*?<\/text>/, '');
}

function graphSection(packet: ReviewPacket): string {
  const [first, ...others] = packet.graphs;
  if (!first)
    return section('graph', 'Story map', '<p>No locale compiled, so there is no map.</p>');
  const same = others.filter((graph) => mapShape(graph.svg) === mapShape(first.svg));
  const shown = [first, ...others.filter((graph) => !same.includes(graph))];
  const figures = shown.map(
    (graph) => `<figure class="rp-graph" id="graph-${esc(graph.locale)}">
<figcaption>${esc(localeName(graph.locale))}${graph === first && same.length ? `; the map of ${esc(same.map((other) => localeName(other.locale)).join(', '))} is the same` : ''}</figcaption>
<div class="rp-graph-frame">${scopeSvgIds(graph.svg, `graph-${graph.locale}`)}</div>
</figure>`,
  );
  return section(
    'graph',
    'Story map',
    `<p>Knots are boxes with their stitches inside; arrows are diverts and choices. Hooks, endings and <code># calm</code>, <code># debrief</code> and <code># distressing</code> passages are marked${packet.walks.length ? ', and so are passages the walker never reached' : ''}. The legend at the top of each map explains the marks.</p>
${figures.join('\n')}`,
  );
}

function passagesSection(packet: ReviewPacket, anchors: Anchors): string {
  const locales = packet.locales;
  const heads = locales
    .map((locale) => `<th scope="col" class="rp-locale-col">${esc(localeName(locale))}</th>`)
    .join('');
  const bodies = packet.passages
    .map((row) => {
      const anchor = anchors.of(row.id) ?? '';
      const kind =
        row.kind === 'root'
          ? 'before the first knot'
          : row.kind === 'function'
            ? 'function'
            : row.kind;
      const cells = locales
        .map((locale) => renderCell(row, locale, row.byLocale[locale], anchors))
        .join('');
      return `<tbody id="${esc(anchor)}">
<tr class="rp-passage-head"><th scope="rowgroup" colspan="${locales.length}">${esc(nodeLabel(row.id))} <span class="rp-kind">${esc(kind)}</span></th></tr>
<tr>${cells}</tr>
</tbody>`;
    })
    .join('\n');
  return section(
    'passages',
    'Passages side by side',
    `${KEY}
<div class="rp-scroll" role="region" aria-labelledby="passages-caption" tabindex="0">
<table class="rp-table rp-passages" style="--rp-cols: ${Math.max(1, locales.length)}">
<caption id="passages-caption">Every knot and stitch of every locale, in reading order (${plural(packet.passages.length, 'passage')})</caption>
<thead><tr>${heads}</tr></thead>
${bodies}
</table>
</div>`,
  );
}

const KEY = `<div class="rp-key" role="note" aria-labelledby="key-heading">
<h3 id="key-heading">How to read the passages</h3>
<ul>
<li><span class="rp-choice-box"><span class="rp-choice-kind">Choice</span> Text on the button</span> a choice the player can make; “then prints” is what the story says once it is chosen. <em>Repeatable</em> choices (ink <code>+</code>) can be chosen again.</li>
<li><span class="rp-gather-mark">Gather</span> where the branches above join again.</li>
<li><span class="rp-divert">→ target</span> the story continues at that knot or stitch; <span class="rp-divert">→ END</span> the story ends.</li>
<li><span class="rp-variant"><span class="rp-variant-label">if <code>flag</code></span> text <span class="rp-variant-label">otherwise</span> text</span> text that depends on earlier choices.</li>
<li><code class="rp-logic">~ logic</code> story logic (variables, conditions), not shown to the player.</li>
<li>Tags: <span class="rp-badge rp-b-hook">hook: chat</span> <span class="rp-badge rp-b-distressing">distressing</span> <span class="rp-badge rp-b-calm">calm</span> <span class="rp-badge rp-b-debrief">debrief</span> <span class="rp-badge rp-b-cw">cw: note</span> <span class="rp-badge rp-b-technique">technique: name</span> <span class="rp-badge rp-b-plain">scene: …</span>; the speaker of a line is shown before it. Numbers at the left are source line numbers.</li>
</ul>
</div>`;

function renderCell(
  row: PassageRow,
  locale: string,
  cell: PassageCell | undefined,
  anchors: Anchors,
): string {
  if (!cell) {
    return `<td lang="${esc(locale)}"><p class="rp-missing" lang="en">Not in this locale: the locales differ here (see <a href="#problems">problems</a>).</p></td>`;
  }
  const knot = row.id.split('.')[0] ?? row.id;
  const excerpts = cell.excerpts
    .map(
      (excerpt) =>
        `<div class="rp-where" lang="en">${esc(excerpt.file)}:${excerpt.from}${excerpt.to > excerpt.from ? `–${excerpt.to}` : ''}</div>${renderExcerpt(excerpt, anchors, knot === '(root)' ? '' : knot)}`,
    )
    .join('');
  return `<td lang="${esc(locale)}">${excerpts || '<p class="rp-muted" lang="en">(nothing before the first knot)</p>'}</td>`;
}

function renderExcerpt(
  excerpt: SourceExcerpt,
  anchors: Anchors,
  knotOrNode: string,
  highlightLine?: number,
): string {
  const knot = knotOrNode.split('.')[0] ?? '';
  const lines = excerpt.lines
    .filter((line) => !(line.kind === 'heading' && line.level !== 'function'))
    .map((line) => renderLine(line, anchors, knot, line.line === highlightLine))
    .join('');
  return lines
    ? `<div class="rp-lines">${lines}</div>`
    : '<p class="rp-muted" lang="en">(no story text)</p>';
}

function resolveTarget(target: string, knot: string, anchors: Anchors): string | undefined {
  const candidates = target.includes('.') ? [target] : [knot ? `${knot}.${target}` : '', target];
  return candidates.find((candidate) => candidate && anchors.of(candidate));
}

function renderDivert(divert: string, anchors: Anchors, knot: string): string {
  if (divert === '->')
    return '<span class="rp-divert">↩ back to where the tunnel was entered</span>';
  const tunnel = divert.endsWith('->');
  const target = divert.replace(/->\s*$/, '').trim();
  if (target === 'END')
    return '<span class="rp-divert">→ END <span lang="en">(the story ends)</span></span>';
  if (target === 'DONE')
    return '<span class="rp-divert">→ DONE <span lang="en">(this flow ends)</span></span>';
  const resolved = resolveTarget(target, knot, anchors);
  const shown = resolved ? anchors.link(resolved, target) : `<code>${esc(target)}</code>`;
  return `<span class="rp-divert">→ ${shown}${tunnel ? ' <span lang="en">(and back)</span>' : ''}</span>`;
}

const KEY_TAGS = new Set(['hook', 'distressing', 'calm', 'debrief', 'cw', 'technique']);

function renderTags(tags: readonly string[]): { speaker: string; badges: string } {
  let speaker = '';
  const badges: string[] = [];
  for (const raw of tags) {
    const parsed = parseTag(raw);
    if (!parsed.ok) {
      badges.push(
        `<span class="rp-badge rp-b-invalid" title="${esc(parsed.error)}"># ${esc(raw)} ✗</span>`,
      );
    } else if (parsed.tag.kind === 'speaker') {
      speaker = `<span class="rp-speaker">${esc(parsed.tag.name)}:</span> `;
    } else {
      const kind = parsed.tag.kind;
      badges.push(
        `<span class="rp-badge ${KEY_TAGS.has(kind) ? `rp-b-${kind}` : 'rp-b-plain'}">${esc(raw)}</span>`,
      );
    }
  }
  return {
    speaker,
    badges: badges.length ? ` <span class="rp-badges">${badges.join(' ')}</span>` : '',
  };
}

const NOTHING = '<span class="rp-muted">(nothing)</span>';

/**
 * Words, inline logic and variations. A line that is one variation and nothing else shows
 * each branch on a line of its own (`block`), which reads better than one long run.
 */
function renderParts(parts: readonly InkTextPart[], block = false): string {
  return parts
    .map((part) => {
      switch (part.kind) {
        case 'text':
          return esc(part.text);
        case 'logic':
          return `<code class="rp-logic">${esc(part.code)}</code>`;
        case 'conditional': {
          const branches = [
            `<span class="rp-branch"><span class="rp-variant-label">if <code>${esc(part.condition)}</code></span> ${renderParts(part.whenTrue) || NOTHING}</span>`,
            ...(part.otherwise
              ? [
                  `<span class="rp-branch"><span class="rp-variant-label">otherwise</span> ${renderParts(part.otherwise) || NOTHING}</span>`,
                ]
              : []),
          ];
          return variant(branches, block);
        }
        case 'alternatives': {
          const label = {
            sequence: 'each time the next',
            cycle: 'in turn',
            shuffle: 'at random',
            once: 'each once, then nothing',
          }[part.mode];
          return variant(
            part.options.map(
              (option, index) =>
                `<span class="rp-branch"><span class="rp-variant-label">${index === 0 ? `${label}:` : 'or'}</span> ${renderParts(option) || NOTHING}</span>`,
            ),
            block,
          );
        }
      }
    })
    .join('');
}

function variant(branches: string[], block: boolean): string {
  return `<span class="rp-variant${block ? ' rp-variant-block' : ''}">${branches.join(' ')}</span>`;
}

function renderLine(
  line: InkSourceLine,
  anchors: Anchors,
  knot: string,
  highlighted: boolean,
): string {
  const depth = line.kind === 'choice' || line.kind === 'gather' ? Math.max(0, line.depth - 1) : 0;
  const indent = Math.min(5, Math.max(Math.floor(line.indent / 4), depth));
  const body = renderLineBody(line, anchors, knot);
  return `<div class="rp-line rp-k-${line.kind} rp-indent-${indent}${highlighted ? ' rp-highlight' : ''}"><span class="rp-no" aria-label="line ${line.line}">${line.line}</span><div class="rp-body">${body}</div></div>`;
}

function renderLineBody(line: InkSourceLine, anchors: Anchors, knot: string): string {
  switch (line.kind) {
    case 'heading':
      return `<code class="rp-logic">${esc(line.source)}</code>`;
    case 'logic':
      return `<code class="rp-logic">${esc(line.code)}</code>`;
    case 'thread':
      return `<span class="rp-divert">⇉ also runs ${esc(line.target)}</span>${renderTags(line.tags).badges}`;
    case 'divert': {
      const { badges } = renderTags(line.tags);
      return `${renderDivert(line.divert, anchors, knot)}${badges}`;
    }
    case 'text': {
      const { speaker, badges } = renderTags(line.tags);
      const divert =
        line.divert !== undefined ? ` ${renderDivert(line.divert, anchors, knot)}` : '';
      const [only, ...more] = line.parts;
      const block =
        more.length === 0 && only !== undefined && only.kind !== 'text' && only.kind !== 'logic';
      return `${speaker}${renderParts(line.parts, block)}${divert}${badges}`;
    }
    case 'gather': {
      const { speaker, badges } = renderTags(line.tags);
      const label = line.label ? ` <code class="rp-logic">(${esc(line.label)})</code>` : '';
      const divert =
        line.divert !== undefined ? ` ${renderDivert(line.divert, anchors, knot)}` : '';
      return `<span class="rp-gather-mark" lang="en">Gather</span>${label} ${speaker}${renderParts(line.parts)}${divert}${badges}`;
    }
    case 'choice': {
      const { speaker, badges } = renderTags(line.tags);
      const text = renderParts(line.choiceText);
      const output = renderParts(line.outputText);
      const conditions = line.conditions
        .map((condition) => ` <code class="rp-logic">only if ${esc(condition)}</code>`)
        .join('');
      const label = line.label ? ` <code class="rp-logic">(${esc(line.label)})</code>` : '';
      const then =
        output && (line.bracketed || output !== text)
          ? `<div class="rp-then"><span class="rp-then-label" lang="en">then prints:</span> ${speaker}${output}</div>`
          : '';
      const divert =
        line.divert !== undefined ? ` ${renderDivert(line.divert, anchors, knot)}` : '';
      return `<span class="rp-choice-box"><span class="rp-choice-kind" lang="en">${line.sticky ? 'Choice (repeatable)' : 'Choice'}</span> ${text || '<span class="rp-muted" lang="en">(no text: taken automatically when nothing else is left)</span>'}</span>${conditions}${label}${divert}${badges}${then}`;
    }
  }
}

const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #c9ccd1; --soft: #f4f5f7;
  --ok: #1b5e20; --bad: #a4161a; --warn: #8a4b00; --accent: #1f4fa8; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { font-size: 100%; }
body { margin: 0 auto; max-width: 96rem; padding: 1rem 1.5rem 3rem; color: var(--ink); background: #fff;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.25rem 0 0.5rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
a { color: var(--accent); }
code, .rp-hash { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
.rp-hash { overflow-wrap: anywhere; }
.rp-skip { position: absolute; left: -100vw; }
.rp-skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; z-index: 1; }
.rp-kicker { margin: 0; text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; color: var(--muted); }
.rp-muted { color: var(--muted); font-weight: normal; }
.rp-ok { color: var(--ok); font-weight: 600; }
.rp-bad { color: var(--bad); font-weight: 600; }
.rp-warn { color: var(--warn); font-weight: 600; }
.rp-page-header { border-bottom: 1px solid var(--line); padding-bottom: 0.5rem; }
.rp-page-header p { margin: 0.25rem 0; overflow-wrap: anywhere; }
.rp-toc { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 0.25rem 1rem 0.75rem; margin: 1rem 0; }
.rp-toc h2 { border: 0; margin: 0.5rem 0; font-size: 1.1rem; }
.rp-toc ol { margin: 0.25rem 0; padding-left: 1.5rem; }
.rp-toc-passages { columns: 16rem; column-gap: 2rem; }
.rp-toc-passages li { break-inside: avoid; overflow-wrap: anywhere; }
.rp-glance { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0; margin: 0; border: 1px solid var(--line); border-radius: 6px; }
.rp-glance > div { display: contents; }
.rp-glance dt, .rp-glance dd { margin: 0; padding: 0.5rem 0.75rem; border-top: 1px solid var(--line); }
.rp-glance > div:first-child dt, .rp-glance > div:first-child dd { border-top: 0; }
.rp-glance dt { font-weight: 700; background: var(--soft); }
.rp-plain { list-style: none; margin: 0; padding: 0; }
.rp-status { display: inline-block; padding: 0.15rem 0.6rem; border-radius: 0.75rem; font-weight: 700; border: 2px solid; }
.rp-status-ok { color: var(--ok); background: #e6f4e7; }
.rp-status-bad { color: var(--bad); background: #fde7e7; }
.rp-status-warn { color: var(--warn); background: #fff1dc; }
.rp-scroll { overflow-x: auto; max-width: 100%; }
.rp-scroll:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
.rp-table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; }
.rp-table caption { text-align: left; font-weight: 700; padding: 0.25rem 0; caption-side: top; }
.rp-table th, .rp-table td { border: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
.rp-verdicts { margin: 0; padding-left: 1.1rem; }
.rp-hooks td:first-child { width: 14rem; }
.rp-hooks td:nth-child(2) { width: 9rem; }
.rp-table thead th { background: #e8eaee; }
.rp-facts th[scope="row"] { width: 16rem; background: var(--soft); }
.rp-problems td:first-child { white-space: nowrap; }
.rp-source, .rp-command { white-space: pre-wrap; overflow-wrap: anywhere; }
.rp-hooks tbody { border-top: 3px solid var(--ink); }
.rp-context-row td { background: #fcfcfd; }
.rp-context-label { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); margin-bottom: 0.25rem; }
.rp-graph { margin: 1rem 0 2rem; }
.rp-graph figcaption { font-weight: 700; font-size: 1.05rem; margin-bottom: 0.5rem; }
.rp-graph-frame { border: 1px solid var(--line); border-radius: 6px; overflow: auto; }
.rp-graph-frame svg { display: block; max-width: 100%; height: auto; }
.rp-key { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 0.5rem; }
.rp-key h3 { margin: 0.75rem 0 0.25rem; font-size: 1rem; }
.rp-key li { margin: 0.35rem 0; }
.rp-passages { table-layout: fixed; min-width: calc(var(--rp-cols, 2) * 16rem); }
.rp-passage-head th { background: #2b3340; color: #fff; font-size: 1.05rem; }
.rp-kind { font-weight: normal; font-size: 0.85rem; opacity: 0.85; margin-left: 0.5rem; }
.rp-where { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.8rem; color: var(--muted); margin: 0.1rem 0 0.35rem; overflow-wrap: anywhere; }
.rp-where:not(:first-child) { margin-top: 0.75rem; }
.rp-missing { color: var(--bad); font-weight: 600; }
.rp-lines { display: flex; flex-direction: column; gap: 0.2rem; }
.rp-line { display: grid; grid-template-columns: 2.75rem 1fr; gap: 0.4rem; align-items: baseline; break-inside: avoid; }
.rp-no { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.75rem; color: #6b6b6b; text-align: right; }
.rp-body { min-width: 0; overflow-wrap: anywhere; }
.rp-indent-1 .rp-body { padding-left: 1.25rem; } .rp-indent-2 .rp-body { padding-left: 2.5rem; }
.rp-indent-3 .rp-body { padding-left: 3.75rem; } .rp-indent-4 .rp-body { padding-left: 5rem; }
.rp-indent-5 .rp-body { padding-left: 6.25rem; }
.rp-highlight { background: #fff4c2; outline: 2px solid #c99a00; border-radius: 3px; }
.rp-speaker { font-weight: 700; }
.rp-k-choice { margin-top: 0.35rem; }
.rp-choice-box { display: inline-block; max-width: 100%; border: 2px solid var(--accent); border-radius: 6px; padding: 0.05rem 0.4rem; background: #eef3fc; font-weight: 600; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.rp-choice-kind { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--accent); font-weight: 700; margin-right: 0.2rem; }
.rp-then { margin-top: 0.15rem; font-size: 0.95rem; }
.rp-then-label { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.rp-gather-mark { display: inline-block; font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.05em; font-weight: 700; color: #3d3d3d; border: 1px dashed #6b6b6b; border-radius: 4px; padding: 0 0.3rem; margin-right: 0.3rem; }
.rp-divert { font-weight: 600; color: #2d3a8c; white-space: normal; }
.rp-logic { color: #4a4a4a; background: #eef0f2; border-radius: 3px; padding: 0 0.25rem; white-space: pre-wrap; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.rp-k-logic .rp-body, .rp-k-heading .rp-body { font-size: 0.9rem; }
.rp-variant { background: #f3efff; border-left: 3px solid #6a4bbf; padding: 0 0.3rem; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.rp-variant-label { font-size: 0.75rem; font-weight: 700; color: #4d2f9c; text-transform: uppercase; letter-spacing: 0.03em; }
.rp-variant-label code { text-transform: none; }
.rp-variant-block { display: block; }
.rp-variant-block > .rp-branch { display: block; }
.rp-badges { white-space: normal; }
.rp-badge { display: inline-block; font-size: 0.75rem; line-height: 1.3; padding: 0.05rem 0.4rem; border-radius: 999px; border: 1px solid; margin: 0.05rem 0; white-space: nowrap; font-weight: 600; }
.rp-b-plain { color: #444; background: #f1f1f1; border-color: #b5b5b5; font-weight: 500; }
.rp-b-hook { color: #fff; background: #5b2a9e; border-color: #5b2a9e; }
.rp-b-distressing { color: #fff; background: #a4161a; border-color: #a4161a; }
.rp-b-calm { color: #14501a; background: #dff2e0; border-color: #2e7d32; }
.rp-b-debrief { color: #0b3e66; background: #dcecf9; border-color: #1565c0; }
.rp-b-cw { color: #6b2d00; background: #ffe4cc; border-color: #b85c00; }
.rp-b-technique { color: #5a4500; background: #fff3bf; border-color: #a68500; }
.rp-b-invalid { color: var(--bad); background: #fff; border: 2px dashed var(--bad); }
.rp-footer { margin-top: 3rem; border-top: 1px solid var(--line); padding-top: 0.5rem; color: var(--muted); font-size: 0.9rem; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .rp-skip { display: none; }
  a { color: inherit; text-decoration: none; }
  .rp-toc { break-after: page; }
  #graph, #passages { break-before: page; }
  .rp-scroll, .rp-graph-frame { overflow: visible; }
  .rp-passages { min-width: 0; }
  .rp-graph { break-inside: avoid; }
  .rp-graph-frame svg { max-height: 165mm; }
  h2, h3, caption { break-after: avoid; }
  .rp-passage-head { break-after: avoid; }
  .rp-table tr { break-inside: avoid; }
  .rp-passages tr { break-inside: auto; }
}
`;
