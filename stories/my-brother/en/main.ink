// Offramp story: "My Brother" (English)
// Files: main.ink (variables, start), part1.ink (opening, dinner), part1b.ink (the_bike),
// part2.ink (the_post, the_talk), part2b.ink (late_message), endings.ink (crossroads, endings.close / withdrawn / open).
// The movement "Emberline" and everyone in it are fictional.

INCLUDE part1.ink
INCLUDE part1b.ink
INCLUDE part2.ink
INCLUDE part2b.ink
INCLUDE endings.ink

// Trust between you and Jonas: rises when you stay curious, falls when you mock or push.
VAR trust = 0
VAR snooped = false
VAR told_adult = false
VAR mocked = false
VAR defended = false

-> opening
