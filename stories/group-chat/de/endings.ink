// Kapitel 4: was es kostet, und drei Wege, wie es ausgehen kann.

=== aftermath ===
Montag. Der Klassenchat läuft seit sechs Uhr morgens heiß. # scene: school-yard # mood: tense # cw: bullying
Jemand hat ein Foto gepostet: Mias Haustür, das Plakat, das Gesicht von Mias Mama mit einem Bauzaun über dem Mund. Siebenundvierzig Reaktionen. Tränenlach-Smileys. „wer war das 💀“ „ist das nicht mias mama??“ # ui: phone
{drew_poster: Unter dem Foto schreibt jemand: „der zeichenstil aber … sieht aus wie das zeug von inkfox auf sketchwall“. Drei Leute antworten mit Augen-Emojis.|Unter dem Foto schreibt jemand: „moment, das ist doch die hangar-zeichnung von sketchwall. von inkfox“. Drei Leute antworten mit Augen-Emojis.} # ui: phone
Bei Emberline wird gefeiert. „ERSTER SIEG.“ Juno hat das Foto zum Titelbild vom Chat gemacht. # ui: phone # technique: escalation
Mia steht bei den Fahrradständern. Kein Croissant. Ihre Augen sind rot.
{told_mia: Du hast gesagt, das sind einfach nette Leute aus dem Internet.|Mama hat geweint. In der Küche. Sie weint nie.} # speaker: Mia
Ich weiß, wie du zeichnest. Ich sitz seit drei Jahren neben dir. Sag mir einfach, dass du das nicht warst. # speaker: Mia
{walked_away: Du könntest ihr sagen, dass du gegangen bist. Dass du Nein gesagt hast. Aber die Zeichnung ist trotzdem von dir.|Du hast die Rolle gehalten. Du hast auf der Fußmatte ihrer Mama gestanden.}
* [Mia die Wahrheit sagen]
    Du erzählst es ihr. Nicht alles, dein Hals macht zu. {drew_poster: Dass du es gezeichnet hast.|Dass sie deine Zeichnung benutzt haben.} {walked_away: Dass du vor Mias Haus gegangen bist und sie es trotzdem gemacht haben.|Dass du dabei warst.}
    Mia starrt dich an, als würde sie nach jemandem suchen, den sie kennt.
    Ich kann grad nicht. Ich muss weg. # speaker: Mia
    Sie geht. Aber sie blockiert dich nicht. Du schaust zweimal nach.
* [Sagen, dass du nicht weißt, was sie meint]
    „Keine Ahnung, wovon du redest“, sagst du. Es geht ganz leicht. Das ist das Unheimliche. Es geht so leicht.
    Mia nickt langsam. „Okay.“ Sie geht, und eine Minute später zeigt dein Handy an, dass Mia euren gemeinsamen Chat verlassen hat, den mit dem Drachen-Sticker. # technique: isolation
    Juno schreibt sofort, als wüsste Juno immer Bescheid:
    siehst du? die schläfer lassen dich fallen, sobald's ernst wird. wir nie. # ui: phone # speaker: Juno # technique: us-versus-them
- Im Flur fängt Frau Brandt, die Schulsozialarbeiterin, deinen Blick auf. Sie sagt nichts. Sie nickt nur zu ihrer Tür, die offen steht, so wie immer.
-> crossroads

=== crossroads ===
Am Abend. Dein Zimmer. Die Zeichnung vom Hangar hängt immer noch über deinem Schreibtisch. # scene: bedroom # mood: calm
Auf deinem Handy sind drei Sachen.
{pull >= 5: Junos Chat ist oben angepinnt. Du weißt nicht mehr, wann du das gemacht hast.|Mias Chat ist immer noch oben angepinnt, mit dem Drachen-Sticker neben ihrem Namen.}
Emberline: zweiundneunzig Nachrichten. Der Kern will „das Nächste planen“. Juno hat dich zweimal markiert. # ui: phone
Ich bin immer noch sauer. Aber du fehlst mir. Ich versteh nicht, wie das passieren konnte. # ui: phone # speaker: Mia
{leo_knows: Leo will mir nichts verraten, nur dass du mich brauchst und ich nicht schimpfen darf. Tu ich nicht. Ich bin unten.|Leo sagt, du hast im Bad geweint. Ich bin unten. Keine Fragen, außer du willst.} # ui: phone # speaker: Mama
Unten hörst du den Wasserkocher. Nebenan spielt Leo zum hundertsten Mal dasselbe Level vom selben Spiel.
* [Runter zu Mama gehen]
    -> endings.way_out
* [Alles stumm schalten und dir die Decke über den Kopf ziehen]
    -> endings.drifting
* [Den Emberline-Chat öffnen]
    -> endings.deeper

=== endings ===
= way_out
Du gehst runter. Mama sitzt am Küchentisch mit zwei Tassen Tee, als hätte sie es gewusst. # scene: kitchen # mood: warm
{snapped_at_mum: „Tut mir leid wegen neulich, beim Essen“, sagst du als Erstes. Sie schüttelt den Kopf. „Setz dich, Schatz.“|Sie schiebt dir eine Tasse hin. „Setz dich, Schatz.“}
Du erzählst es ihr. Der Hangar, Juno, die Flammen, der Kern, das Plakat, der Samstagabend. Alles kommt in der falschen Reihenfolge raus, mittendrin fängst du an zu weinen, und sie unterbricht dich kein einziges Mal.
Danke, dass du mir das erzählst. Ehrlich. Ich bin nicht sauer auf dich. Ich bin sauer auf die, die dir das angetan haben. # speaker: Mama
Wir gehen zusammen zu Mias Mama. Und wir reden mit jemandem in der Schule, der sich mit so was auskennt. Damit bist du nicht allein. # speaker: Mama
Am Dienstag sitzt du bei Frau Brandt im Büro. Da steht eine halb vertrocknete Pflanze und eine Schale Bonbons, die nie jemand isst. # scene: school-yard # mood: calm
Was die mit dir gemacht haben, folgt einem Muster. Das liegt nicht daran, dass du dumm bist. Das liegt daran, dass die gut darin sind und dass dir das mit dem Hangar wehgetan hat. # speaker: Beraterin
Du musst heute nicht alle blockieren. Aber lass uns einen Plan machen: wen du anrufen kannst, wenn die dir schreiben, was du als Beweis aufhebst, und was du dir jetzt wünschst. # speaker: Beraterin
* [Fragen, ob du Ärger kriegst]
    „Krieg ich jetzt Ärger? Mit der Polizei oder so?“ Deine Stimme ist ganz klein.
    Die Plakate sind ein Problem, und darum kümmern wir uns ehrlich, zusammen mit deiner Mama. Aber du bist fünfzehn, und jemand Erwachsenes hat dich gezielt ausgesucht und ganz genau gewusst, was da läuft. Dass du jetzt hier sitzt, zählt. # speaker: Beraterin
    Es gibt auch Leute, deren ganzer Job genau das ist: jungen Leuten helfen, aus Gruppen wie Emberline rauszukommen. Manche waren früher selbst in so einer Gruppe. Mit denen kannst du auch anonym reden, wenn du willst. # speaker: Beraterin
* [Fragen, warum Juno ausgerechnet dich ausgesucht hat]
    „Warum ich?“, fragst du. „Warum hat Juno überhaupt mich ausgesucht?“
    Frau Brandt denkt richtig darüber nach, bevor sie antwortet. # mood: calm
    Weil du wegen etwas Echtem traurig und wütend warst und das öffentlich gesagt hast. Leute wie Juno suchen genau danach. Die schreiben am selben Abend Dutzende an. Du hast geantwortet, weil sich das, was sie dir angeboten haben, gut angefühlt hat. Das ist menschlich, nicht dumm. # speaker: Beraterin
    {vented_in_chat: Und Herr Adler sollte von dem Foto vom Schultor wissen. Nicht, damit du Ärger kriegst. Sondern damit keiner verletzt wird.|Deine Hangar-Zeichnung war übrigens echt. Das Gefühl war echt. Das gehört dir, nicht denen.} # speaker: Beraterin
- Du verlässt Emberline an ihrem Schreibtisch. Dein Daumen zittert. „Du hast die Gruppe verlassen.“ # ui: phone
Bevor du den Account blockierst, kommt noch eine letzte Nachricht. # cw: threats
du kommst wieder. so wie wir verstehen die dich nie. # ui: phone # speaker: Juno
Frau Brandt hilft dir, einen Screenshot davon zu sichern. Dann blockierst du.
Am Samstag gehst du mit Mama zu Mias Haus. Mias Mama macht die Tür auf. Das Plakat ist weg, aber man sieht noch die Kleisterränder. {drew_poster: Du sagst ihr, dass du es gezeichnet hast. Du entschuldigst dich, und es reicht nicht, und sie sagt trotzdem: „Danke, dass du gekommen bist.“|Du sagst ihr, dass es deine Zeichnung war, die sie benutzt haben. Du entschuldigst dich, und sie sagt: „Danke, dass du gekommen bist“, und meint es auch so.}
Mia bringt dich bis zum Ende der Straße. Sie sagt nicht, dass alles gut ist. Sie sagt: „Mittwoch? Im Sportzentrum gibt's jetzt einen Raum. Bring deine Stifte mit.“
Zu Hause hängst du eine neue Zeichnung über den Schreibtisch: zwei Leute auf einem Sofa im Regen, die zeichnen. # mood: calm # calm # hook: resources
Rückblick: Juno hat mit Love-Bombing angefangen (Lob für deine Zeichnung, endlos Fragen, immer da), dann deiner Wut über den Hangar eine Geschichte und einen Feind gegeben (Kränkung, Wir-gegen-die), einen neuen Namen und ein neues „Ich“ (Identität), die Regel, keinem was zu sagen (Geheimhaltung), weniger Zeit mit Mia und deiner Familie (Isolation) und Schritt für Schritt größere Forderungen, vom Flammen-Emoji bis zum Plakat an einer Haustür (Eskalation). Im Kern waren Menschen auf einmal keine Menschen mehr, sondern „Rauschen“ (Entmenschlichung). # debrief # hook: reflect
Welchen Moment würdest du heute als erstes Warnzeichen sehen? Zu wem in deinem Leben würdest du runtergehen? # debrief
-> END

= drifting
Du schaltest Emberline stumm. Du schaltest Mia stumm. Du schaltest Mama stumm. Du ziehst dir die Decke über den Kopf und wartest, dass das Gefühl aufhört. # scene: bedroom # mood: dark
Es hört nicht auf. Es wird nur leiser.
In den zwei Wochen danach verlässt du den Kern, ohne was zu sagen. Juno schreibt erst jeden Tag. „wo bist du?“ „wir machen uns sorgen.“ „lass uns nicht nach dir suchen müssen.“ Dann nichts mehr. # ui: phone # cw: threats
Du gehst nicht zurück. Aber du erzählst es auch keinem. {walked_away: Du hast am Zaun Nein gesagt, und das weißt nur du.|Du hast an Mias Tür die Rolle gehalten, und das weißt nur du.}
{ vented_in_chat:
    Jemand hat Papierflammen auf Herrn Adlers Auto geklebt. Im Unterricht sagt er nichts dazu, aber er macht keine Witze mehr. Jedes Mal, wenn er sich zur Tafel dreht, denkst du an deine Nachricht im großen Chat.
}
Mia sagt im Flur hallo, ganz vorsichtig, als wärst du ein Teller, der gleich zerbricht. Du sagst hallo zurück. Mehr nicht. # mood: calm
Sketchwall: Seitdem hast du nichts mehr gepostet. Unter deiner letzten Zeichnung steht immer noch Junos Kommentar. „Das Sofa im Regen?? Da steckt die ganze Geschichte drin.“ # ui: phone
Eines Abends kommt Leo rein, ohne zu klopfen, setzt sich auf deinen Boden und spielt neben dir sein Spiel, ohne was zu sagen. Irgendwann sagt er leise was.
Du darfst auch mal traurig sein, weißt du. Sagt Mama. # speaker: Leo
Fast erzählst du es ihm. Noch nicht. Aber als er geht, lässt du die Tür offen. # calm
Rückblick: Juno hat Love-Bombing benutzt (Lob, Aufmerksamkeit, immer da), Kränkung (der Hangar als Beweis, dass „die“ sich nicht kümmern), Wir-gegen-die (die Grauen, die Schläfer und die Wachen), Identität (ein neuer Name), Geheimhaltung (sag keinem was, vor allem nicht den Eltern), Isolation (Mia und deine Familie weggeschoben), Eskalation (von Emojis zu Plakaten) und Entmenschlichung (Menschen als „Rauschen“). Allein rauszukommen geht, aber es ist schwer, das allein zu tragen. # debrief # hook: chat
Was würde es leichter machen, einer Person zu erzählen, was passiert ist? Wer lässt dir vielleicht schon die Tür offen? # debrief
Damit musst du nicht allein klarkommen. # calm # hook: helpline
-> END

= deeper
Du öffnest Emberline. Aus zweiundneunzig Nachrichten werden hundertzehn. „SPARK.“ „unser künstlerherz.“ „die ganze stadt REDET.“ # scene: phone # ui: phone # mood: dark
Das Nächste wird größer. Die Eröffnung vom Sportzentrum. Alle werden da sein. Deine Zeichnungen, überall. Dafür bist du gemacht. # ui: phone # speaker: Juno # technique: escalation
Du liest Mias Nachricht noch mal. Dann Junos. Junos ist wärmer. Junos ist immer wärmer.
Du antwortest Mia nicht. Nach drei Tagen hört sie auf zu schreiben. Der Chat mit dem Drachen-Sticker ist weg. # technique: isolation
Du gehst nicht runter. Mama stellt dir Tee vor die Tür. Er wird kalt. Zweimal drückt sie die Klinke runter. Du schließt inzwischen ab. # cw: family-conflict
In der Schule rücken Leute ihre Taschen weg, wenn du dich hinsetzt. Jemand hat „inkfox“ auf deinen Spind geschrieben und einen Zaun durchgemalt. Die Tür von Frau Brandt steht immer noch offen. Du gehst jeden Tag daran vorbei. # scene: school-yard # cw: bullying
{ vented_in_chat:
    Jemand hat Herrn Adlers Auto mit Papierflammen zugeklebt, dazu ein Plakat von ihm mit Rauschen statt Gesicht. Im Unterricht sieht er jetzt älter aus. Du weißt genau, wer das war, und du weißt, dass es mit deiner Nachricht über das Skizzenbuch angefangen hat. # technique: dehumanisation
}
Im Kern bist du jetzt Spark, nur noch Spark. Deine alten Zeichnungen hast du gelöscht. In den neuen gibt es keine Sofas mehr, nur graue Gesichter und Rauschen. # scene: phone # ui: phone # technique: identity
Spät in einer Nacht scrollst du für eine Sekunde ganz nach oben zur allerersten Nachricht. „Hey. Sorry, dass ich dich einfach anschreibe. Mach ich sonst nie.“ Du fragst dich, wie vielen Leuten Juno das schon geschickt hat.
Dann pingt der Kern, und du machst es zu. # mood: calm
Rückblick: Angefangen hat es mit Love-Bombing (Lob für deine Zeichnung, jeden Abend Aufmerksamkeit), dann wurde deine Wut über den Hangar zu einer Kränkung mit einem Feind (Wir-gegen-die: die Grauen und die Schläfer), du hast einen neuen Namen bekommen (Identität), die Regel, still zu sein (Geheimhaltung), Abstand zu Mia und deiner Mama (Isolation) und immer größere Forderungen (Eskalation), bis Menschen nur noch „Rauschen“ waren (Entmenschlichung). Jeder Schritt hat sich klein angefühlt. # debrief # hook: chat
Wann hat die Gruppe angefangen zu bestimmen, wer deine Freunde sind? Was würdest du jemandem sagen, der dir wichtig ist und gerade da steht, wo Spark jetzt steht? # debrief
Es ist nie zu spät, die Tür wieder aufzumachen, und du musst das nicht allein schaffen. # calm # hook: helpline
-> END
