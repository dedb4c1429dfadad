// Offramp-Geschichte: „Gruppenchat“ (Deutsch)
// Dateien: main.ink (Variablen, Start), chapter1.ink (opening, first_contact),
// chapter2.ink (school_yard, grievance_chat, detention, kitchen), chapter3.ink (inner_circle,
// street_night, sunday_leo), endings.ink (aftermath, crossroads, endings.way_out / drifting / deeper).
// Die Bewegung „Emberline“ und alle, die dazugehören, sind frei erfunden.

INCLUDE chapter1.ink
INCLUDE chapter2.ink
INCLUDE chapter3.ink
INCLUDE endings.ink

// Wie weit Juno dich schon reingezogen hat: steigt jedes Mal, wenn du dich der Gruppe zuwendest.
VAR pull = 0
VAR angry_caption = false
VAR told_mia = false
VAR took_ember_name = false
VAR snapped_at_mum = false
VAR drew_poster = false
VAR walked_away = false
VAR vented_in_chat = false
VAR leo_knows = false

-> opening
