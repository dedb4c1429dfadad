/**
 * The art layer in the browser: it draws each `# scene` of the demo story as the story
 * advances (with its speakers and moods), stays out of the way of assistive technology and
 * input, and under reduced motion stops animating: the game loop sleeps and draws no frames.
 *
 * The art layer reports what is on screen as data attributes on #art (game/art/artLayer.ts);
 * an init script records every value they take, so quick passages are not missed.
 */
import type { Page } from '@playwright/test';
import {
  ContentNotesPage,
  DEMO,
  StoryLibraryPage,
  StoryPlayerPage,
  expect,
  test,
  useSettings,
} from './fixtures.ts';

const ART = '#art';
/** Bounds, not goals: the demo ends in well under this many moves. */
const MAX_MOVES = 60;
/** How long the loop must stay without frames to count as asleep (a bound, not a speed). */
const QUIET_WINDOW_MS = 600;

interface ArtHistory {
  scene: string[];
  speaker: string[];
  mood: string[];
}

/**
 * Records each new value of the art layer's attributes, and counts the frames drawn on the
 * page's canvas (Phaser's Canvas renderer draws the backdrop picture once per frame).
 */
function recordArt(): void {
  const history: Record<string, string[]> = { scene: [], speaker: [], mood: [] };
  const page = window as unknown as { artHistory: typeof history; framesDrawn: number };
  page.artHistory = history;
  page.framesDrawn = 0;
  const context = CanvasRenderingContext2D.prototype;
  const drawImage = context.drawImage;
  context.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
    if (this.canvas.isConnected) page.framesDrawn++;
    return (drawImage as (...drawArgs: unknown[]) => void).apply(this, args);
  } as typeof drawImage;
  new MutationObserver((records) => {
    for (const record of records) {
      const name = record.attributeName?.replace(/^data-/, '');
      const values = name ? history[name] : undefined;
      const value = (record.target as Element).getAttribute(record.attributeName ?? '');
      if (values && value && values.at(-1) !== value) values.push(value);
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-scene', 'data-speaker', 'data-mood'],
  });
}

const artHistory = (page: Page) =>
  page.evaluate(() => (window as unknown as { artHistory: ArtHistory }).artHistory);
const framesDrawn = (page: Page) =>
  page.evaluate(() => (window as unknown as { framesDrawn: number }).framesDrawn);

async function openDemo(page: Page): Promise<StoryPlayerPage> {
  const library = new StoryLibraryPage(page);
  await page.goto('/');
  await library.button(DEMO.title.en, 'Start').click();
  await new ContentNotesPage(page, DEMO.title.en).confirm().click();
  const player = new StoryPlayerPage(page);
  await expect(player.story).toBeVisible();
  return player;
}

/** Expects no frame to be drawn during a quiet window. */
async function expectNoFrames(page: Page): Promise<void> {
  // Art that finishes loading late (on a busy machine, well after the first picture) or a layout
  // change wakes the loop for a frame or two, as it should: so ask for a whole quiet window,
  // again until one comes. A loop that keeps animating never gives one, and fails here.
  await expect
    .poll(
      async () => {
        const start = await framesDrawn(page);
        await page.waitForTimeout(QUIET_WINDOW_MS);
        return (await framesDrawn(page)) - start;
      },
      { message: 'frames drawn while asleep', timeout: 15_000, intervals: [0] },
    )
    .toBe(0);
}

test.beforeEach(async ({ page }) => {
  await useSettings(page, {});
  await page.addInitScript(recordArt);
});

test.describe('with reduced motion from the system', () => {
  test.use({ reducedMotion: 'reduce' });

  test('draws the scenes, speakers and moods of the demo story as it advances', async ({
    page,
  }) => {
    const player = await openDemo(page);
    const art = page.locator(ART);
    await expect(art).toHaveAttribute('aria-hidden', 'true');
    await expect(art).toHaveAttribute('data-scene', 'bedroom');
    const canvas = art.locator('canvas');
    await expect(canvas).toHaveCount(1);
    await expect(canvas).toHaveAttribute('aria-hidden', 'true');
    expect(await canvas.evaluate((element) => getComputedStyle(element).pointerEvents)).toBe(
      'none',
    );
    // Nothing moves: after drawing the picture the game loop sleeps and asks for no frames.
    await expect(art).toHaveAttribute('data-loop', 'asleep');
    await expectNoFrames(page);

    for (let moves = 0; !(await player.end.isVisible()); moves++) {
      expect(moves, 'the story should end').toBeLessThan(MAX_MOVES);
      await player.advance(1);
      await expect(player.beat.or(player.choices.first()).or(player.end)).toBeVisible();
      // Changes are paced (no flashing): read on once the picture has caught up, as a person would.
      await expect(art).not.toHaveAttribute('data-pending');
    }
    await expect(art).toHaveAttribute('data-scene', 'kitchen');
    await expect(art).toHaveAttribute('data-loop', 'asleep');
    await expectNoFrames(page);

    const history = await artHistory(page);
    // Each scene in story order; the library's backdrop may come first if the art was quicker.
    expect(history.scene.filter((scene) => scene !== 'library')).toEqual([
      'bedroom',
      'phone',
      'school-yard',
      'street-night',
      'kitchen',
    ]);
    for (const portrait of ['kai', 'mia', 'parent']) expect(history.speaker).toContain(portrait);
    for (const mood of ['calm', 'warm', 'tense', 'dark']) expect(history.mood).toContain(mood);
  });
});

test('animates quietly, and stops when the player asks for reduced motion', async ({ page }) => {
  const player = await openDemo(page);
  const art = page.locator(ART);
  await expect(art).toHaveAttribute('data-scene', 'bedroom');
  // The bedroom has ambient life (a blinking phone light): the loop runs.
  await expect(art).toHaveAttribute('data-loop', 'running');

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const reduceMotion = page.getByRole('checkbox', { name: /Reduce motion/ });
  await reduceMotion.check();
  await expect(art).toHaveAttribute('data-loop', 'asleep');
  await expectNoFrames(page);

  await reduceMotion.uncheck();
  await expect(art).toHaveAttribute('data-loop', 'running');
  const framesBefore = await framesDrawn(page);
  await expect.poll(() => framesDrawn(page)).toBeGreaterThan(framesBefore);

  // A change of scene cross-fades to the next backdrop.
  await page.keyboard.press('Escape');
  for (let moves = 0; (await art.getAttribute('data-scene')) === 'bedroom'; moves++) {
    expect(moves, 'the story should leave the bedroom').toBeLessThan(MAX_MOVES);
    await player.advance(1);
    await expect(player.beat.or(player.choices.first()).or(player.end)).toBeVisible();
    await expect(art).not.toHaveAttribute('data-pending');
  }
  await expect(art).toHaveAttribute('data-scene', 'phone');
});
