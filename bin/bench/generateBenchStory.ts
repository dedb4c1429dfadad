/**
 * Writes the story `offramp walk` is measured on: about 30 knots, 30 stitches and 350 choices,
 * with branches that plain random play rarely reaches:
 * - `confide` needs `trust >= 5`, and trust grows by one only on particular choices;
 * - `barista` needs four visits to the `cafe` loop;
 * - `vault` (the deliberately hard one) needs option 3 of 4 at six consecutive choice points
 *   of `lockbox` in one pass (the box cannot be retried), which only some paths reach, and
 *   `courage >= 1` on the way in;
 * - `drafts` (with its stitch) and the stitch `lockbox.hint` are written but nothing diverts to
 *   them: unreachable, so never visited, and no error either.
 * The text is filler; the structure is what counts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BenchStory {
  entry: string;
  /** Knots and stitches no divert leads to. */
  unreachable: string[];
}

const ACTS = 5;
const PLACES = ['bus_stop', 'library', 'park', 'kitchen'] as const;
const LOCK_POINTS = 6;

function chapter(act: number, place: string): string {
  return `act${act}_${place}`;
}

/** The chapters of the next act a chapter leads on to: three of the four, rotating. */
function nextChapters(act: number, placeIndex: number): string[] {
  if (act === ACTS) return ['ending_out', 'ending_in', 'ending_out'];
  return [0, 1, 2].map((offset) =>
    chapter(act + 1, PLACES[(placeIndex + offset) % PLACES.length] ?? 'park'),
  );
}

function chapterKnot(act: number, placeIndex: number): string {
  const place = PLACES[placeIndex] ?? 'park';
  const name = chapter(act, place);
  const [first, second, third] = nextChapters(act, placeIndex);
  const detour =
    act === 2 && place === 'park'
      ? '* [Get a coffee first] -> cafe'
      : act === 3 && place === 'library'
        ? '* [Look at the old lockbox] -> lockbox'
        : `* [Take the long way] -> ${second}`;
  const secret =
    act === ACTS
      ? '* {trust >= 5} [Tell Sam everything] -> confide'
      : `* {doubt >= 3} [Walk away from it all] -> ${third}`;
  return `
=== ${name} ===
Day ${act}, at the ${place.replace('_', ' ')}. {describe(trust)}
* [Listen to Sam]
    ~ trust++
    Sam talks about the week.
* [Check the group chat]
    ~ doubt++
    The chat is loud, as always.
* [Say nothing]
    You keep quiet.
* {act${act}_${place} > 1} [Remember last time]
    It feels familiar.
- (decide) What now?
* [Go on] -> ${first}
${detour}
* [Think it over] -> thoughts
${secret}
- -> ${first}

= thoughts
You sit down for a moment.
* [Breathe]
    ~ courage++
    You breathe out slowly.
* [Remember a good day] -> flashback -> ${first}
* [Text a friend]
    Nobody answers yet.
* [Stand up again]
- Time to go.
* [Go to ${first}] -> ${first}
* [Go to ${second}] -> ${second}
* [Go to ${third}] -> ${third}
`;
}

function lockbox(): string {
  const points = Array.from({ length: LOCK_POINTS }, (_, index) => {
    const point = index + 1;
    const options = [1, 2, 3, 4]
      .map((option) => `* (p${point}_${option}) [Turn dial ${point} to ${option}]`)
      .join('\n');
    return `${options}\n- `;
  }).join('');
  const solved = Array.from({ length: LOCK_POINTS }, (_, index) => `p${index + 1}_3`).join(' && ');
  return `
=== lockbox ===
An old lockbox with ${LOCK_POINTS} dials.
${points}{ ${solved} && courage >= 1:
    The lid clicks open. -> vault
}
Nothing happens.
* [Shake the box] -> act4_library
* [Give up] -> act4_park

= hint
There is a note under the box: three, always three.
-> lockbox
`;
}

function specialKnots(): string {
  return `
=== cafe ===
The café smells of burnt milk. {cafe > 1: You have been here {cafe} times now.}
+ [Order another coffee] -> counter
* [Read the flyers on the wall] -> cafe.flyers
* {cafe >= 4} [Ask the barista about the flyers] -> barista
* [Leave] -> act3_park

= flyers
A flyer for a group that promises answers.
* [Take one]
    ~ doubt++
* [Leave it]
- -> cafe

// A knot that diverts to itself does not count as visited again, so the loop goes through here.
=== counter ===
You queue at the counter again.
-> cafe

=== barista ===
The barista shrugs. "They come in every week."
* [Ask more] -> barista.more
* [Thank her] -> act3_library

= more
"They never pay for their coffee."
* [Laugh]
* [Frown]
- -> act3_library

=== confide ===
You tell Sam everything. Sam listens. # calm # hook: chat
* [Ask for help] -> confide.plan
* [Just talk] -> ending_out

= plan
Sam finds the number of a counselling service. # debrief # hook: helpline
* [Call now] -> ending_out
* [Call tomorrow] -> ending_out

=== vault ===
Inside: letters from someone who left the group years ago. # distressing
* [Read them] -> vault.letters
* [Close the box] -> act4_park

= letters
The letters say it is possible to walk away. # debrief # hook: reflect
* [Keep one] -> act4_park
* [Put them back] -> act4_park

=== flashback ===
A summer day, years ago, laughing with Sam.
+ [Smile]
+ [Sigh]
- ->->

=== ending_out ===
You step away from the group. # calm # hook: resources
* [Look back] -> ending_out.epilogue
* [Look ahead] -> END

= epilogue
It was not easy. It was worth it. # debrief # hook: reflect
-> END

=== ending_in ===
You stay in the group. The chat never sleeps. # distressing
* [Mute it for a day] -> ending_in.epilogue
* [Keep reading] -> END

= epilogue
Someone asks if you are okay. # calm # hook: chat
-> END

=== drafts ===
An unused draft: nothing diverts here.
* [A] -> drafts.more
* [B] -> END

= more
Still unused.
-> END

=== function describe(level) ===
{ level:
- 0: You feel alone.
- 1: You feel a little better.
- else: You feel someone has your back.
}
`;
}

/** Writes the story into `dir` (main.ink and an INCLUDEd chapters.ink) and describes it. */
export function generateBenchStory(dir: string): BenchStory {
  mkdirSync(dir, { recursive: true });
  const chapters: string[] = [];
  for (let act = 1; act <= ACTS; act++) {
    PLACES.forEach((_, placeIndex) => chapters.push(chapterKnot(act, placeIndex)));
  }
  const main = `// Generated by bin/bench/generateBenchStory.ts: the story \`offramp walk\` is measured on.
INCLUDE chapters.ink
VAR trust = 0
VAR doubt = 0
VAR courage = 0
It is the first day of the holidays.
* [Go to the bus stop] -> act1_bus_stop
* [Go to the library] -> act1_library
* [Go to the park] -> act1_park
* [Stay in the kitchen] -> act1_kitchen
${lockbox()}${specialKnots()}`;
  const chaptersSource = `// Generated: the five acts.\n${chapters.join('')}`;
  const entry = path.join(dir, 'main.ink');
  writeFileSync(entry, main);
  writeFileSync(path.join(dir, 'chapters.ink'), chaptersSource);
  return {
    entry,
    unreachable: ['drafts', 'drafts.more', 'lockbox.hint'],
  };
}
