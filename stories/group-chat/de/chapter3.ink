// Kapitel 3: der innere Chat, das Plakat und eine Nacht am Bauzaun.

=== inner_circle ===
Der neue Chat heißt „Kern“. Sieben Leute. Juno, Dex, Rook, Saffi, zwei, die du nicht kennst, und jetzt du. # scene: phone # ui: phone # mood: tense
Im Kern ist es anders. Weniger Witze. Mehr Pläne. # cw: manipulation
Du bist hier, weil du nicht nur redest. Die meisten im großen Chat sind Touris. Du bist Familie. # ui: phone # speaker: Juno # technique: love-bombing
Dex postet ein Meme: ein Foto von Leuten in Anzügen bei einer Stadtratssitzung, die Gesichter zu grauem Rauschen verpixelt. Darunter steht: # distressing
keine menschen. nur rauschen. # ui: phone # speaker: Dex # technique: dehumanisation # cw: hate-speech # distressing
Darunter schreibt Rook, was er mit „dem Rauschen“ gern machen würde. Alle reagieren mit Flammen. Saffi schreibt „lol chill mal“ und dann trotzdem eine Flamme. # ui: phone # distressing
In deinem Bauch wird irgendwas kalt. Aber alle anderen lachen, also liegst vielleicht du falsch.
Okay, Spark-inkfox-wie-auch-immer 😄 jetzt das Besondere. Wir machen ein Plakat. Die Stadt soll sehen, was die mit dem Hangar gemacht haben. # ui: phone # speaker: Juno # technique: escalation
Und wir brauchen ein Gesicht. Die Person, die das unterschrieben hat. Die Mutter von deiner Freundin. Bauamt. Steht öffentlich drin, haben wir nachgeschaut. # ui: phone # speaker: Juno
Du zeichnest sie als das, was sie ist: eine Graue. In deinem Stil. Keiner zeichnet wie du. # ui: phone # speaker: Juno # technique: escalation
Mias Mama. Die euch zwei in der siebten Klasse ans Meer gefahren hat und euch die ganze Fahrt die Musik hat aussuchen lassen.
Du machst nichts falsch. Du sagst die Wahrheit, mit einem Stift. Das machen Künstler nun mal. # ui: phone # speaker: Juno
* [Das Plakat zeichnen]
    ~ drew_poster = true
    ~ pull = pull + 1
    Du zeichnest es um Mitternacht, die Tür abgeschlossen. Eine graue Frau mit einem Bauzaun als Mund, die den Hangar platt stempelt. Es ist gut. Das ist das Schlimmste daran. Es ist richtig gut.
    Du schickst es ab. Der Kern dreht durch. Juno schreibt: „DAS. genau deswegen bist du Kern.“
    Du kannst nicht schlafen. Du siehst immer wieder Mias Mama vor dir, wie sie dir im Auto ein Trinkpäckchen nach hinten reicht.
* [Lieber den Hangar zeichnen, ohne Gesichter]
    Du zeichnest noch mal den Hangar, den Zaun, die graue Wand, wo früher der Drache war. Keine Menschen. Du schickst es ab.
    Schön. Aber ein bisschen … harmlos? Wir brauchen ein Gesicht, Spark. Auf Gebäude wird keiner wütend. # ui: phone # speaker: Juno
    Dann nichts. Keine Flammen. Den ganzen Abend schreibt dir im Kern keiner. Es fühlt sich an, als hätte man dich in die Kälte rausgesperrt.
    Um elf postet Dex im Kern:
    erledigt. hab die Hangar-Zeichnung von inkfox genommen und ihr foto draufgeklebt. teamwork 🔥 # ui: phone # speaker: Dex # technique: escalation
* [Sagen, dass du Hausaufgaben machen musst]
    Du tippst „heut nicht, morgen mathearbeit“ und drehst das Handy um.
    Als du es wieder umdrehst, sind da zwölf Nachrichten. „dachte, du bist familie.“ „wow.“ „doch nur touri.“ # ui: phone # technique: isolation
    Dann Juno, privat:
    hör nicht auf die. ich weiß, dass du zu uns gehörst. ich kümmer mich ums plakat. ich nehm deine hangar-zeichnung, ja? du musst gar nichts machen. # ui: phone # speaker: Juno
    Du hast nicht ja gesagt. Du hast nicht nein gesagt. Als du aufwachst, ist es schon passiert.
- Samstag. Neun Uhr am Hangar-Zaun. Der ganze Kern. Zum ersten Mal in echt. Sag keinem, wo du hingehst. # ui: phone # speaker: Juno # technique: secrecy
-> street_night

=== street_night ===
Die Straße am Kanal ist leer und orange unter den Laternen. Der Bauzaun steht da, wo er immer steht. # scene: street-night # mood: dark # cw: threats # distressing
Juno ist kleiner, als du gedacht hast, trägt eine schwarze Regenjacke und umarmt dich, als würdet ihr euch seit Jahren kennen. Dex hat eine Rolle Plakate und einen Eimer Kleister dabei. Rook sagt nicht viel. Er schaut dich nur an.
{drew_poster: Das oberste Plakat ist deins. Deine graue Frau, deine Linien, darunter ihr echter Name in großen Buchstaben.|Das oberste Plakat ist aus deiner Hangar-Zeichnung gemacht. Jemand hat das Foto von Mias Mama reingeklebt und darunter ihren echten Namen in großen Buchstaben.}
Dex scrollt durch eine Liste auf seinem Handy. Das Rathaus. Das Sportzentrum. Und eine Adresse, die du auswendig kennst. Mias Haus. # technique: escalation
Sie kommt von der Arbeit heim und sieht ihr eigenes Gesicht an ihrer eigenen Tür. So lernen die das. # speaker: Dex
Du musst den Pinsel nicht halten. Halt einfach die Rolle. Sei einfach hier, bei uns. # speaker: Juno # technique: love-bombing
Rook steht zwischen dir und dem Weg zurück zur Brücke. Vielleicht zufällig. # pause: 1s
* [Die Rolle halten]
    ~ pull = pull + 1
    Du hältst die Rolle. Am Rathaus. Am Sportzentrum. An Mias Haustür, wo auf der Fußmatte immer noch „Schön, dass du da bist“ steht, stehst du und hältst sie, während Dex den Kleister draufklatscht.
    Oben geht ein Licht an. Alle rennen. Du rennst mit und lachst, weil die anderen lachen, und dir ist so übel, dass du fast in den Kanal kotzt.
    Zu Hause ist der Kern eine Wand aus Flammen. „SPARK GEHÖRT ZU UNS.“ Du legst das Handy mit dem Display nach unten und liegst wach, bis es hell wird.
* [Nein sagen und gehen]
    ~ walked_away = true
    „Nicht an Mias Haus“, sagst du. Deine Stimme bricht. „Ich geh heim.“
    Eine Sekunde lang bewegt sich keiner. Dann lächelt Juno, ein kleines Lächeln, das du noch nie gesehen hast.
    Klar. Geh heim. Vergiss nur nicht: Die Zeichnung ist von dir. Dein Stil. Alle werden wissen, wer die gemacht hat. # speaker: Juno # technique: secrecy
    Du gehst. Du rennst nicht, weil Rook zuschaut, aber deine Beine zittern so, dass du dich am Brückengeländer festhalten musst.
    Hinter dir hörst du den Pinsel auf einer Wand. Sie machen es trotzdem.
- -> sunday_leo

=== sunday_leo ===
Sonntagmorgen. Du hast vielleicht zwei Stunden geschlafen. # scene: kitchen # mood: tense
Leo sitzt am Küchentisch und isst Müsli direkt aus der Packung. Er guckt auf deine Ärmel. Da sind getrocknete weiße Streifen drauf. Kleister. {walked_away: Dabei hattest du die Rolle nur eine Sekunde in der Hand, bevor du gegangen bist.}
Was ist das? Hast du ohne mich gebastelt? # speaker: Leo
Mama schläft noch, sie hatte Nachtschicht. In der Wohnung ist es sehr still. Dein Handy liegt mit dem Display nach unten auf dem Tisch und vibriert alle paar Sekunden.
{walked_away: Noch eine Nachricht von Juno. Keine Worte. Nur ein Foto von deiner Zeichnung an einer Wand und eine Flamme.|Noch eine Nachricht aus dem Kern. Ein Foto von Mias Tür. Deine Zeichnung. Hundert Flammen.} # ui: phone # sfx: message
* [Leo ein bisschen was erzählen]
    ~ leo_knows = true
    „Ich hab gestern Abend was Dummes gemacht“, sagst du. „Mit Leuten aus dem Internet. Sag Mama noch nichts, okay? Ich muss nachdenken.“
    Leo stellt die Packung ab. Ausnahmsweise macht er keinen Witz.
    Dummes Dummes oder lustiges Dummes? # speaker: Leo
    „Dummes Dummes.“
    Er nickt, ganz ernst, und schiebt dir die Packung rüber.
    Du kriegst die letzten Schokostücke. # speaker: Leo
* [Sagen, dass es nichts ist]
    „Nichts. Schulprojekt“, sagst du und wischst dir den Ärmel an der Jeans ab.
    Leo zuckt mit den Schultern und isst weiter. Aber als du später hochschaust, sieht er dich so an, wie Mama dich ansieht, wenn sie sich Sorgen macht.
- Du wäschst den Pulli zweimal. Die Streifen gehen nicht ganz raus.
-> aftermath
