// Offramp-Geschichte: „Raus“ (Deutsch)
// Dateien: main.ink (Variablen, Start), part1.ink (opening, meeting), part2.ink (first_contact,
// kitchen, pressure), endings.ink (crossroads, endings.way_out / staying / abrupt).
// Die Bewegung „Emberline“ und alle ihre Mitglieder sind erfunden. Der Berater ist ein
// Aussteiger, der unter Pseudonym auftritt, wie Beraterinnen und Berater in Offramp.

INCLUDE part1.ink
INCLUDE part2.ink
INCLUDE endings.ink

// Wie viel du schon jemandem außerhalb der Gruppe gesagt hast.
VAR opened_up = 0
VAR kai_vouched = false
VAR wrote_counsellor = false
VAR told_mum = false
VAR kept_screenshots = false
VAR kai_heard = false

-> opening
