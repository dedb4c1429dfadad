// Teil 1: drei Jahre dabei, und der erste Riss.

=== opening ===
Sonntag, kurz nach Mitternacht. Du bist neunzehn, hast morgen Frühschicht im Lager und kannst nicht schlafen. # scene: bedroom # mood: calm
Dein Handy liegt mit dem Display nach unten auf der Bettdecke. Es brummt seit einer Stunde. Emberline Kern: einundvierzig neue Nachrichten.
Vor drei Jahren war Emberline das Beste, was dir je passiert ist. Du warst sechzehn, dein Vater war gerade ausgezogen, und die Schule fühlte sich an wie ein Wartezimmer. Dann hat Juno deine Posts gefunden, und auf einmal gab es Leute, die dich jeden Abend angerufen haben. Sie haben dir einen Namen gegeben: Flint. Auf den hörst du bis heute schneller als auf deinen eigenen.
Kai war von Anfang an dabei. Kai hat dir auf dem Parkplatz von seinem Onkel das Autofahren beigebracht. Kai saß mit dir im Krankenhaus, als deine Mutter operiert wurde. In allem Guten der letzten drei Jahre steckt irgendwo Kai.
Du drehst das Handy um.
flint. hast du gesehen, was rook über die neue familie in der weberstraße gepostet hat? so macht man das. # ui: phone # speaker: Juno
Darunter: ein Foto einer Haustür. Jemand hat Papierflammen rund um den Rahmen geklebt. Vierzig Leute haben mit Feuer reagiert. # cw: hate-speech
Die Familie hat zwei kleine Kinder. Du hast sie an der Bushaltestelle gesehen, der Kleine hat immer einen Spielzeugbagger in der Hand.
die gehören hier nicht hin. ganz einfach. bist du dienstag dabei oder was? # ui: phone # speaker: Rook # technique: dehumanisation
Seit Monaten redest du dir ein, das ist nur Gerede. Es ist kein Gerede mehr. Und das Gefühl im Magen ist auch nicht neu. Heute Nacht ist es nur lauter.
* [Mit einer Flamme reagieren, wie alle anderen]
    Du drückst auf die Flamme. Dauert keine Sekunde. Das flaue Gefühl danach dauert viel länger.
    gut. wussten wir doch, dass auf dich verlass ist 🔥 # ui: phone # speaker: Juno # technique: love-bombing
* [Nicht reagieren. Handy weglegen]
    Du legst das Handy wieder auf den Bauch. Dein Herz hämmert, als hättest du gerade was gebrüllt.
    Zwei Minuten später: „flint? bist du da?“ Dann: „gelesen 00:14“. Sie sehen, dass du es gelesen hast. # ui: phone # sfx: message
* [„Bisschen krass, oder?“ schreiben]
    ~ opened_up = opened_up + 1
    Du tippst „bisschen krass, oder? die haben kinder“ und schickst es ab, bevor du es löschen kannst.
    Elf Sekunden ist Ruhe im Chat. Dann Juno: „reden wir dienstag drüber.“ Sonst nichts. Auch sonst sagt keiner was. # ui: phone # technique: us-versus-them
- Du liegst bis drei Uhr wach. Irgendwann öffnest du den Browser und tippst „wie steigt man aus einer gruppe aus die“ und hörst auf. Du weißt nicht, wie der Satz weitergeht. # mood: tense
Unter den Ergebnissen ist ein Spiel. Offramp. Geschichten über Leute wie dich, und ein Chat. Anonym. Du machst es zu. Dann machst du es wieder auf und lässt den Tab offen.
-> meeting

=== meeting ===
Dienstagabend. Das Treffen ist wie immer im Hinterzimmer der Werkstatt von Rooks Cousin. # scene: street-night # mood: tense
Kai holt dich ab. Er hat gute Laune, trommelt aufs Lenkrad und spielt das Lied, das ihr beide mit siebzehn gefeiert habt.
Alles klar bei dir? Du bist komisch seit Sonntag. # speaker: Kai
* [Kai von deinen Zweifeln erzählen]
    ~ opened_up = opened_up + 1
    Du sagst es leise und schaust dabei aus dem Fenster. Dass sich das mit der Tür falsch angefühlt hat. Dass du müde bist.
    Kai sagt eine Weile nichts. Dann dreht er die Musik leiser.
    Versteh ich. Echt. Aber das kannst du da drin nicht sagen. Nicht jetzt. Juno hat dich eh schon auf dem Kieker. # speaker: Kai
    Er drückt deine Schulter. Das ist lieb gemeint, und es ist eine Warnung, und du weißt nicht, was davon er mehr meint.
* [Sagen, dass du nur müde von der Arbeit bist]
    Du sagst, die Nachtschichten machen dich fertig. Kai lacht und meint, du brauchst Urlaub, „die Kern-Fahrt im Sommer, der See, wie früher“.
    Du lachst mit. Klingt fast echt.
- Im Hinterzimmer riecht es nach Farbe und kaltem Kaffee. Zwölf Leute. Juno steht am Whiteboard. Rook filmt „fürs Archiv“.
Die Handys kommen wie immer in den Schuhkarton neben der Tür. Was im Kern gesagt wird, bleibt im Kern. Nicht deiner Mutter, nicht deinem Chef, nicht deiner Ex. Leute von draußen verstehen das nicht, und was sie nicht verstehen, zeigen sie an. # technique: secrecy
Du weißt noch, wie es nur Aufkleber waren. Dann Aufkleber nachts an Laternen. Dann Graffiti. Dann Namen auf einer Liste, „nur damit wir Bescheid wissen“. Jetzt sind es Türen. Jeder Schritt nur ein winziges Stück weiter als der davor, sodass er sich nie wie ein Schritt angefühlt hat. # technique: escalation
Juno redet von „unseren Straßen“, von „denen“, die hier einziehen, davon, dass die Weicheier immer zuerst gehen und dass Emberline nicht vergisst, wer treu geblieben ist. # technique: us-versus-them
Dann schaut Juno dich an.
Flint war in letzter Zeit ziemlich still. Oder, Flint? Familie ist für immer. Das weißt du. Und Leute, die ihre Familie im Stich lassen, wie nennen wir die? # speaker: Juno # technique: identity
Jemand ganz hinten sagt „Ratten“. Ein paar lachen. # cw: threats
* [Etwas zu deiner Verteidigung sagen]
    ~ opened_up = opened_up + 1
    Du sagst, dass du nur viel gearbeitet hast, dass du doch hier bist, oder?
    Kai springt ein. „Auf Flint ist Verlass. Das wüsste ich.“ Juno lächelt ihn an, nicht dich.
    ~ kai_vouched = true
* [Nichts sagen und auf den Boden schauen]
    Du starrst auf einen Farbfleck am Boden, bis er kein Fleck mehr ist, sondern eine Form. Das Lachen hört von selbst auf.
- Diesmal sind Plakate dran. Wieder die Häuser in der Weberstraße. Du stehst auf der Liste, neben Kai.
Beim Rausgehen rempelt Rook dich an der Schulter an, fester als nötig.
wir wissen, wo deine mutter wohnt, ratte. nur spaß 🙂 # ui: phone # speaker: Rook # cw: threats # distressing
Kai sieht es über deine Schulter. Er sagt nichts. Er lässt nur den Motor an.
* [Kai bitten, dich nach Hause zu fahren]
    Kai fährt dich schweigend heim. Als du aussteigst, sagt er: „Mach keinen Scheiß, ja?“ Du weißt nicht, ob er das Aussteigen meint oder das Bleiben.
* [Allein nach Hause laufen]
    Du sagst Kai, du brauchst Luft. Du nimmst den langen Weg, an der Bushaltestelle vorbei, durch die Weberstraße. Die Papierflammen sind weg. Jemand hat sie abgemacht. Stattdessen klebt ein Kinderbild an der Tür: ein Bagger, ein Haus und eine Sonne.
- -> first_contact
