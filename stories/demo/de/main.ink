// Offramp-Demo-Geschichte: „Der Lernkreis“ (Deutsch)
// Knoten: intro, phone_chat (phone.ink), school_yard, street_night, kitchen
// Stitches: kitchen.way_out, kitchen.still_in (die zwei Enden)
// Die Gruppe in dieser Geschichte ist frei erfunden.

INCLUDE phone.ink

VAR opened_invite = false
VAR told_mia = false
VAR went_home = false

-> intro

=== intro ===
Sonntagabend. Am Dienstag ist Mathe-Arbeit, und das Arbeitsblatt auf deinem Schreibtisch liegt seit einer Stunde unverändert da. # scene: bedroom # mood: calm
Mia hat vorhin geschrieben. Schon wieder Fußballtraining. Alle haben was vor, nur du nicht.
Dein Handy leuchtet auf. Jemand namens Kai: „Du bist zum Lernkreis eingeladen!“ # sfx: message
* [Die Einladung öffnen]
    ~ opened_invite = true
    Du tippst drauf. Ist doch nur eine Lerngruppe. Was soll schon passieren?
* [Bis morgen liegen lassen]
    Du legst das Handy mit dem Display nach unten hin. Es vibriert wieder. Und wieder.
    Na gut. Du machst sie auf.
- -> phone_chat

=== school_yard ===
Montag. Auf dem Schulhof ist es laut, und es riecht nach Regen. # scene: school-yard # mood: calm
Mia holt dich bei den Fahrradständern ein. Sie hat zwei Muffins dabei, einen für dich, wie jeden Montag.
Du bist in letzter Zeit echt still geworden. Alles okay bei dir? # speaker: Mia
Plötzlich merkst du, wie lange ihr zwei schon nicht mehr zusammen über irgendwas gelacht habt. # calm # hook: reflect
Und am Samstag kommst du doch, oder? Mein Geburtstag? Du hast es versprochen. # speaker: Mia
* [Ihr vom Lernkreis erzählen]
    ~ told_mia = true
    Du erzählst ihr von der Lerngruppe. Von Kai. Davon, wie nett alle sind.
    Eine Gruppe, die um zwei Uhr nachts online ist und dir die ganze Zeit sagt, wie toll du bist? Klingt ein bisschen heftig. # speaker: Mia
    Du zuckst mit den Schultern. Sie versteht das nicht. Oder vielleicht doch.
* [Sagen, dass du nur viel zu tun hast]
    „Hab grad einfach viel zu tun. Prüfungen und so“, sagst du.
    Okay. Wenn du meinst. # speaker: Mia
    Sie sieht nicht überzeugt aus.
- Es klingelt.
-> street_night

=== street_night ===
Samstag, halb zehn. Die Sitzung vom Lernkreis hat ewig gedauert, und Kai meinte, wer früher geht, lässt das Team hängen. Mias Party hast du verpasst. # scene: street-night # mood: dark # cw: manipulation # distressing
Jetzt stehst du mit Kai und drei Leuten aus dem Chat, die du noch nie in echt gesehen hast, an einer Bushaltestelle.
Wer wirklich dazugehört, blendet den ganzen Lärm aus. Verlass Mias Gruppenchat. Jetzt sofort, damit wir es sehen. # speaker: Kai # technique: isolation
Alle schauen dich an. # pause: 1s
* [Mias Chat verlassen]
    Dein Daumen zögert, dann drückst du. „Du hast die Gruppe verlassen.“ Kai klopft dir auf die Schulter.
    Alle jubeln. Dir ist schlecht.
* [Nein sagen und nach Hause gehen]
    ~ went_home = true
    „Nein“, sagst du. „Sie ist meine beste Freundin.“ Deine Stimme zittert ein bisschen.
    Keiner sagt was. Du drehst dich um und gehst nach Hause, schnell, ohne dich umzudrehen.
- -> kitchen

=== kitchen ===
Sonntagmorgen. Mama macht Pfannkuchen, und die Küche riecht nach Butter. # scene: kitchen # mood: warm
{went_home: Auf deinem Handy warten vierzig ungelesene Nachrichten aus dem Lernkreis. Du hast keine einzige geöffnet.|Mias Chat ist von deinem Handy verschwunden. Im Lernkreis-Chat gibt es vierzig neue Nachrichten, alle darüber, dass du jetzt „richtig dazugehörst“.}
Du siehst müde aus, Schatz. Ist alles in Ordnung? # speaker: Mama
* [Mama erzählen, was los ist]
    -> way_out
* [Sagen, dass alles gut ist, und in den Lernkreis-Chat schauen]
    -> still_in

= way_out
Du erzählst es ihr. Die Komplimente, die Nachrichten um zwei Uhr nachts, der Samstag, Mia. Alles kommt durcheinander raus.
Danke, dass du mir das erzählst. Das war mutig. # speaker: Mama
{told_mia: Später schreibst du Mia. Sie antwortet sofort: „Ich hab doch gemerkt, dass was nicht stimmt. Kommst du vorbei?“|Später schreibst du Mia und erzählst ihr zum ersten Mal vom Lernkreis. Sie schickt eine Reihe Herzen, dann: „Kommst du vorbei?“}
{not went_home: Sie fügt dich wieder zum Gruppenchat hinzu und verliert kein Wort darüber.}
Du schaltest den Lernkreis stumm. Eine letzte Nachricht von Kai: „Enttäuschend.“ Dann nichts mehr. # sfx: message
Du legst das Handy weg und holst dir einen Pfannkuchen. # mood: calm # calm # hook: resources
Rückblick: Kai hat Love-Bombing benutzt (Dauerlob vom ersten Tag an), Wir-gegen-die („die verstehen dich nicht, wir schon“) und Isolation (dich von Mia wegziehen). Welcher Moment hätte dich als Erstes stutzig machen können? # debrief # hook: reflect
-> END

= still_in
„Alles gut“, sagst du und öffnest den Lernkreis-Chat.
Mama sieht dich einen Moment lang an, dann dreht sie sich wieder zur Pfanne.
{ went_home:
    Gestern Abend war ein Test. Jeder kriegt eine zweite Chance. Heute Abend ist Sitzung, lass uns nicht hängen. # ui: phone # speaker: Kai # sfx: message
- else:
    Bin stolz auf dich. Jetzt gehörst du richtig dazu. Heute Abend ist die nächste Sitzung. # ui: phone # speaker: Kai # sfx: message
}
Die Pfannkuchen werden kalt. Du merkst es nicht.
Rückblick: Kai hat Love-Bombing benutzt (Dauerlob vom ersten Tag an), Wir-gegen-die („die verstehen dich nicht, wir schon“) und Isolation (dich von Mia wegziehen). Mit wem könntest du reden, wenn eine Gruppe anfängt zu bestimmen, wer deine Freunde sind? # debrief # hook: chat
Damit musst du nicht allein klarkommen. # calm # hook: helpline
-> END
