// Offramp story: "Leaving" (English)
// Files: main.ink (variables, start), part1.ink (opening, meeting), part2.ink (first_contact,
// kitchen, pressure), endings.ink (crossroads, endings.way_out / staying / abrupt).
// The movement "Emberline" and everyone in it are fictional. The counsellor is a former member
// who appears under a pseudonym, as counsellors do in Offramp.

INCLUDE part1.ink
INCLUDE part2.ink
INCLUDE endings.ink

// How much you have already said out loud to someone outside the group.
VAR opened_up = 0
VAR kai_vouched = false
VAR wrote_counsellor = false
VAR told_mum = false
VAR kept_screenshots = false
VAR kai_heard = false

-> opening
