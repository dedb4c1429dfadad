// Offramp-Geschichte: „Mein Bruder“ (Deutsch)
// Dateien: main.ink (Variablen, Start), part1.ink (opening, dinner), part1b.ink (the_bike),
// part2.ink (the_post, the_talk), part2b.ink (late_message), endings.ink (crossroads, endings.close / withdrawn / open).
// Die Bewegung „Emberline“ und alle, die dazugehören, sind frei erfunden.

INCLUDE part1.ink
INCLUDE part1b.ink
INCLUDE part2.ink
INCLUDE part2b.ink
INCLUDE endings.ink

// Vertrauen zwischen dir und Jonas: steigt, wenn du neugierig bleibst, sinkt bei Spott und Druck.
VAR trust = 0
VAR snooped = false
VAR told_adult = false
VAR mocked = false
VAR defended = false

-> opening
