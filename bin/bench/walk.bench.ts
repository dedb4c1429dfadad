/**
 * `npm run bench:walk`: the quality bar of issue 2 — `offramp walk` visits every reachable knot
 * and stitch of a ~30 knot / ~30 stitch / ~350 choice story within 60 s.
 *
 * Generates the story (generateBenchStory.ts) into a temporary folder, walks it guided with a
 * few seeds (each stopping once everything is visited), once as `offramp walk` does by default,
 * then plays plain random walks for the whole budget, and compares: when the guided walks had
 * visited everything, how much had random play visited by then, and by the end?
 * Prints a table and one JSON line. Exits 1 when a guided walk misses the bar.
 *
 * Options: --seconds N (budget, default 60), --seeds N (guided walks, default 3).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compileInkFile } from '../../core/story/compileInk.node.ts';
import { walkStory, type WalkResult } from '../../core/story/storyWalker.ts';
import { generateBenchStory } from './generateBenchStory.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, seeds: { type: 'string', default: '3' } },
});
const budgetMs = Number(values.seconds) * 1000;
const seeds = Number(values.seeds);
if (!(budgetMs > 0) || !(Number.isInteger(seeds) && seeds > 0)) {
  console.error('usage: walk.bench.ts [--seconds N] [--seeds N]');
  process.exit(2);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'offramp-walk-bench-'));
try {
  const story = generateBenchStory(dir);
  const compileStarted = performance.now();
  const compiled = compileInkFile(story.entry, { outline: true, countAllVisits: true });
  const compileMs = performance.now() - compileStarted;
  const outline = compiled.outline;
  if (!outline) throw new Error('no outline');
  const knots = outline.nodes.filter((node) => node.kind === 'knot').length;
  const stitches = outline.nodes.filter((node) => node.kind === 'stitch').length;
  const choices = outline.choicePoints.reduce((sum, point) => sum + point.choices, 0);
  const reachable = outline.nodes
    .filter(
      (node) =>
        (node.kind === 'knot' || node.kind === 'stitch') && !story.unreachable.includes(node.id),
    )
    .map((node) => node.id);

  /** When every reachable node had been visited, or undefined if some never were. */
  const fullCoverage = (result: WalkResult) => {
    const visits = result.firstVisits.filter((visit) => reachable.includes(visit.node));
    if (visits.length < reachable.length) return undefined;
    return visits.reduce((last, visit) => (visit.elapsedMs > last.elapsedMs ? visit : last));
  };
  const visitedBy = (result: WalkResult, elapsedMs: number) =>
    result.firstVisits.filter(
      (visit) => reachable.includes(visit.node) && visit.elapsedMs <= elapsedMs,
    ).length;
  const missed = (result: WalkResult) =>
    reachable.filter((id) => !result.nodes.find((node) => node.id === id)?.visited);

  // Each seed stops as soon as everything is visited; `offramp walk` itself would go on
  // looking for new states for a while (the last row shows it, with its defaults).
  const guided = Array.from({ length: seeds }, (_, index) => {
    const result = walkStory(compiled.json, outline, {
      seed: index + 1,
      timeBudgetMs: budgetMs,
      quietPlaythroughs: 0,
    });
    return { seed: index + 1, result, full: fullCoverage(result) };
  });
  const asCommand = walkStory(compiled.json, outline, { timeBudgetMs: budgetMs });
  const unlinked = asCommand.nodes
    .filter((node) => !node.reachableByDiverts)
    .map((node) => node.id);
  if ([...unlinked].sort().join() !== [...story.unreachable].sort().join()) {
    console.warn(
      `note: the walker finds ${unlinked.join(', ')} unreachable, the story says ${story.unreachable.join(', ')}`,
    );
  }
  const random = walkStory(compiled.json, outline, {
    seed: 1,
    timeBudgetMs: budgetMs,
    strategy: 'random',
    stopWhenComplete: false,
  });
  const randomFull = fullCoverage(random);
  const slowestGuided = Math.max(...guided.map((run) => run.full?.elapsedMs ?? Infinity));

  const seconds = (ms: number | undefined) =>
    ms === undefined || !Number.isFinite(ms) ? 'never' : `${(ms / 1000).toFixed(2)} s`;
  const count = (value: number) => value.toLocaleString('en');
  const rows = [
    [
      'strategy',
      'seed',
      'stopped',
      'seconds',
      'playthroughs',
      'reachable visited',
      'all reachable visited at',
      'missed',
    ],
    ...guided.map(({ seed, result, full }) => [
      'guided',
      String(seed),
      result.stopReason,
      seconds(result.elapsedMs),
      count(result.playthroughs),
      `${visitedBy(result, Infinity)}/${reachable.length}`,
      full ? `${seconds(full.elapsedMs)} (playthrough ${count(full.playthroughs)})` : 'never',
      missed(result).join(' ') || '-',
    ]),
    [
      'offramp walk',
      '1',
      asCommand.stopReason,
      seconds(asCommand.elapsedMs),
      count(asCommand.playthroughs),
      `${visitedBy(asCommand, Infinity)}/${reachable.length}`,
      fullCoverage(asCommand) ? seconds(fullCoverage(asCommand)?.elapsedMs) : 'never',
      missed(asCommand).join(' ') || '-',
    ],
    [
      'random',
      '1',
      random.stopReason,
      seconds(random.elapsedMs),
      count(random.playthroughs),
      `${visitedBy(random, Infinity)}/${reachable.length}`,
      randomFull
        ? `${seconds(randomFull.elapsedMs)} (playthrough ${count(randomFull.playthroughs)})`
        : 'never',
      missed(random).join(' ') || '-',
    ],
  ];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  const randomAtGuided = Number.isFinite(slowestGuided)
    ? visitedBy(random, slowestGuided)
    : undefined;

  console.log(
    `offramp walk benchmark: ${knots} knots, ${stitches} stitches, ${choices} choices; ` +
      `${reachable.length} knots and stitches reachable (${story.unreachable.join(', ')} unreachable by design); ` +
      `compiled in ${seconds(compileMs)}; budget ${seconds(budgetMs)}; ${os.cpus().length} CPUs\n`,
  );
  for (const row of rows)
    console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
  console.log(
    `\nWhen the slowest guided walk had visited all ${reachable.length} (${seconds(slowestGuided)}), random play had visited ` +
      `${randomAtGuided ?? '-'}; after ${seconds(random.elapsedMs)} it had ${visitedBy(random, Infinity)}.`,
  );
  const passed = guided.every((run) => run.full !== undefined && run.full.elapsedMs <= budgetMs);
  console.log(
    JSON.stringify({
      bench: 'walk',
      knots,
      stitches,
      choices,
      reachable: reachable.length,
      budgetSeconds: budgetMs / 1000,
      guided: guided.map(({ seed, result, full }) => ({
        seed,
        stopReason: result.stopReason,
        seconds: result.elapsedMs / 1000,
        playthroughs: result.playthroughs,
        visited: visitedBy(result, Infinity),
        fullCoverageSeconds: full ? full.elapsedMs / 1000 : null,
        fullCoveragePlaythroughs: full ? full.playthroughs : null,
        errors: result.errors.length,
      })),
      command: {
        stopReason: asCommand.stopReason,
        seconds: asCommand.elapsedMs / 1000,
        playthroughs: asCommand.playthroughs,
        visited: visitedBy(asCommand, Infinity),
        errors: asCommand.errors.length,
      },
      random: {
        seconds: random.elapsedMs / 1000,
        playthroughs: random.playthroughs,
        visited: visitedBy(random, Infinity),
        visitedWhenGuidedComplete: randomAtGuided ?? null,
        fullCoverageSeconds: randomFull ? randomFull.elapsedMs / 1000 : null,
        missed: missed(random),
      },
      /** Guided coverage over random coverage at the moment the guided walks were complete. */
      coverageRatioAtGuidedComplete: randomAtGuided ? reachable.length / randomAtGuided : null,
      coverageRatioAtBudget: reachable.length / Math.max(1, visitedBy(random, Infinity)),
      passed,
    }),
  );
  process.exitCode = passed ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
