// Teil 2b: ein Video um zwei Uhr nachts, und was Mama bei der Beratung gehört hat.

=== late_message ===
= night
Zwei Uhr nachts. Dein Handy vibriert auf dem Nachttisch. Jonas. # scene: phone # ui: phone # mood: tense
Er hat dir ein Video geschickt. Keine Nachricht, nur das Video. Das Vorschaubild: eine graue Stadt, eine Flamme, große weiße Buchstaben: „WER HAT DAS ZUGELASSEN?“ # ui: phone # technique: grievance
Dann, nach einer Minute: # ui: phone
schau’s dir an. richtig. und dann sag mir, dass ich falsch lieg. # ui: phone # speaker: Jonas
Das Video ist dreiundzwanzig Minuten lang. Es fängt mit einer leeren Fabrik und trauriger Musik an. Dann redet ein Mann im Hoodie mit verpixeltem Gesicht über „die, die uns verkauft haben“. Wer genau, sagt er nie. Das ist der Trick, denkst du: Jeder darf sich seinen eigenen Feind einsetzen. # ui: phone # technique: us-versus-them
* [Es dir anschauen und ihm Fragen dazu stellen]
    ~ trust = trust + 1
    Du schaust es ganz. Dann schreibst du zurück, vorsichtig. # ui: phone
    hab’s geschaut. das mit der fabrik war traurig. wen meint er denn mit „die, die uns verkauft haben“? # ui: phone
    Er braucht eine Weile. # ui: phone
    keine ahnung. politiker. die leute aus den nachrichten. alle, denen leute wie wir egal sind # ui: phone # speaker: Jonas
    gehör ich da auch dazu? # ui: phone
    Lange nichts. Dann: # ui: phone
    nein. du doch nicht. # ui: phone # speaker: Jonas
    geh schlafen, du hast morgen schule # ui: phone # speaker: Jonas
    Das ist das Großer-Bruder-igste, was er seit Monaten gesagt hat.
* [Zurückschreiben, dass das eindeutig Propaganda ist]
    ~ trust = trust - 1
    das ist wortwörtlich propaganda. ein verpixelter typ mit trauriger musik. ernsthaft? # ui: phone
    wusste, dass du das sagst. genau das bringen die euch bei. # ui: phone # speaker: Jonas
    Sparrow hat gesagt, dass du so reagierst. er hatte recht # ui: phone # speaker: Jonas # technique: us-versus-them
    Du starrst auf den Namen. Sparrow weiß von dir. Sparrow hat dich vorhergesagt. Dir wird ein bisschen schlecht, und du weißt nicht genau, warum.
* [Das Handy umdrehen und versuchen zu schlafen]
    Du legst das Handy mit dem Display nach unten. Es vibriert noch zweimal. Du schaust nicht hin.
    Am Morgen ist da noch eine Nachricht: „dachte ich mir.“ Das kleine „gelesen“ liegt unter deinem Schweigen wie ein Stein. # ui: phone
- -> morning

= morning
Samstagmorgen. Küche. Mama kocht Kaffee, viel zu viel davon. # scene: kitchen # mood: calm
{told_adult: Sie hat gestern bei der Beratung für Familien angerufen. Sie erzählt dir davon, während die Kaffeemaschine gluckert.|Sie sieht aus, als hätte sie nicht geschlafen. „Ich hab jemanden angerufen“, sagt sie. „Eine Beratung für Familien. Eine Kollegin hat mir davon erzählt. Ich wollte nicht einfach weiter abwarten.“}
Die Frau am Telefon war total nett. Sie hat gesagt, wir sollen nicht versuchen, ihm das auszureden. Das klappt wohl nicht. Niemandem wird ausgeredet, dass er irgendwo dazugehört. # speaker: Mama
Sie hat gesagt: in Kontakt bleiben, egal was passiert. Interesse an ihm zeigen, nicht an der Gruppe. Klar sagen, was nicht okay ist, wie der Post über den Bahnhof, aber ohne ihn rauszuwerfen oder sich lustig zu machen. # speaker: Mama
Und sie hat gesagt, wir sollen nicht in seinen Sachen wühlen. Das fühlt sich an, als würde man was tun, aber wenn er es merkt, ist es für die Gruppe der Beweis, dass man uns nicht trauen kann. # speaker: Mama
{snooped: Du schaust in deine Tasse. Mama schaut dich an. „Hast du schon, oder?“ Du nickst. Sie schimpft nicht. Sie seufzt nur und drückt deine Hand.|Du denkst an das Handy auf dem Küchentisch und bist froh, dass du es liegen gelassen hast.}
Sie hat gesagt, wir können jederzeit wieder anrufen. Und dass es Beraterinnen und Berater gibt, die auch mit den jungen Leuten selbst arbeiten, falls Jonas das irgendwann will. # speaker: Mama
Oben geht Jonas’ Tür auf. Du hörst ihn auf der Treppe. Mama räumt schnell den Notizblock weg. # mood: tense
-> crossroads
