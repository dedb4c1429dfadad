// Teil 3: das Treffen und drei Wege, wie es ausgehen kann.

=== crossroads ===
Samstagabend. Jonas steht im Flur und zieht seine Stiefel an. Der Flammensticker klebt jetzt auf seiner Jacke. # scene: street-night # mood: tense
Treffen. Ein paar Leute aus dem Kern. Wartet nicht auf mich. # speaker: Jonas
{trust >= 1: Er sagt es zu dir, nicht zur Tür. Das ist neu.|Er sagt es zur Tür, nicht zu dir.}
{snooped: Er schaut auf sein Handy, steckt es dann in die Innentasche und macht den Reißverschluss zu.}
{mocked: Im Vorbeigehen sagt er, nicht laut: „Na los, mach einen Witz. Machen doch alle.“ Du machst keinen.}
Mama steht mit einem Geschirrtuch in der Küchentür und sagt nichts. Sie sieht dich an. Diesmal heißt das nicht „such dir eine Seite aus“. Es heißt „bitte“.
Dein Handy vibriert. Kai: „egal was du machst, mach’s nicht allein“. # ui: phone # speaker: Kai
* [Ihn bitten, zu bleiben und mit dir das alte Spiel zu zocken]
    ~ trust = trust + 1
    {told_adult and trust >= 1: -> endings.close | -> endings.open}
* [Dich vor die Tür stellen: „Steig heute noch aus, oder ich zeig allen, was du geschrieben hast“]
    -> endings.withdrawn
* [Ihn gehen lassen und ihm schreiben, dass du da bist, wenn er dich braucht]
    -> endings.open

=== endings ===
= close
„Bleib“, sagst du. „Das alte Rennspiel. Du darfst sogar das rote Auto nehmen.“ # scene: bedroom # mood: warm
Jonas lacht, ein echtes Lachen, das ihm einfach rausrutscht. Er schaut auf sein Handy. Sparrow hat dreimal geschrieben: „wo bist du, Torch?“ # ui: phone
Die werden sagen, ich bin schwach. # speaker: Jonas
„Kann sein“, sagst du. „Und ich sag, du bist mein Bruder.“
Er sieht dich lange an. Dann zieht er die Stiefel aus.
Ihr spielt bis zwei. Irgendwann gegen Mitternacht sagt er, ohne vom Bildschirm wegzuschauen, dass es im Kern-Chat komisch geworden ist. Dass jemand Namen und Adressen von „Kollaborateuren“ sammeln will. Dass ihm davon schlecht geworden ist. # mood: calm
Du sagst nicht „hab ich doch gesagt“. Du sagst: „Klingt gruselig. Was willst du jetzt machen?“
Am Montag erzählt Mama Jonas, dass sie bei einer Beratung für Familien angerufen hat. Er ist ungefähr zehn Minuten sauer. Dann fragt er, was die gesagt haben. # scene: kitchen # mood: calm
Dass es normal ist, sich Sorgen zu machen, und dass das Wichtigste ist, dass wir mit dir in Kontakt bleiben. Und dass es Leute gibt, die jungen Erwachsenen helfen, die aus so einer Gruppe aussteigen wollen. Ohne sie zu verurteilen. # speaker: Mama
Ich steig aus gar nichts aus. # speaker: Jonas
Das sagt Jonas. Aber er steht nicht vom Tisch auf. Und zwei Wochen später schaltet er den Kern „nur mal kurz“ stumm und fragt beim Jobcenter noch mal nach Lehrstellen. # mood: warm
Eines Nachmittags kommt Kai vorbei. Jonas steht in der Küche, und für eine Sekunde erstarren alle. # scene: kitchen # mood: calm
{defended: Dann sagt Jonas: „Irgendwer hat im Klassenchat gesagt, die sollen mit dem Sticker aufhören. Wart ihr das?“ Kai zuckt mit den Schultern. „Bisschen beides.“|Dann sagt Jonas: „Ich hab den Sticker gesehen, übrigens. Den mit der Flamme.“ Kai schaut auf den Boden. „Ja. Das war mies. Sorry.“ Jonas zuckt mit den Schultern, aber er geht nicht.} Jonas macht euch allen dreien Toast, ziemlich schlecht, und keiner redet über Flammen. Es ist der normalste Nachmittag seit Monaten.
Vorbei ist es nicht. Manche Nächte vibriert die Flamme noch auf seinem Handy. Aber er redet wieder mit dir. Das ist der Faden, an dem ihr euch beide festhaltet. # calm # hook: resources
Rückblick: Die Gruppe hat Jonas’ echte Enttäuschung zu einem Groll gemacht (grievance), die Welt in „Wache“ und „Schläfer“ geteilt (us-versus-them), ihm einen neuen Namen gegeben (identity), ihm gesagt, er soll es vor der Familie verheimlichen (secrecy, isolation), und seine Wut mit Wärme belohnt (love-bombing). Was dagegen geholfen hat, war kein gewonnener Streit: Du bist in Kontakt geblieben, hast nach seinem Leben gefragt statt nach der Ideologie, {mocked: hast mit den Witzen aufgehört|hast dich nicht lustig gemacht} und früh Erwachsene und Beratung dazugeholt. # debrief # hook: reflect
Was hast du Jonas gefragt, dass er angefangen hat zu reden? An wen könntet du und deine Familie euch wenden, wenn das wirklich passieren würde? # debrief
-> END

= withdrawn
Du stellst dich vor die Tür. „Nein. Du steigst aus. Heute noch. Sonst stell ich alles, was du geschrieben hast, in den Klassenchat. Und in der Werkstatt erzähl ich’s auch.“ # scene: street-night # mood: dark # cw: family-conflict
Jonas starrt dich an.
{snooped: Erst mein Handy, jetzt das. Sparrow hatte recht mit dir.|So denkst du also über mich.} # speaker: Jonas # technique: us-versus-them
Er schiebt sich an dir vorbei. Nicht fest. Aber er hat dich noch nie weggeschoben.
In der Nacht postest du den Screenshot in den Klassenchat. Einunddreißig Reaktionen. „dein bruder ist voll der freak lol.“ „flut-typ 💀“. Es fühlt sich nicht an wie gewinnen. # ui: phone # cw: family-conflict
Am Sonntag kommt Jonas nicht nach Hause. Am Montag schon, und an seiner Tür ist jetzt ein Schloss. # scene: bedroom # mood: dark
Beim Abendessen nimmt er die Kopfhörer gar nicht mehr raus. Wenn Mama ihn was fragt, antwortet er seinem Handy. # scene: kitchen
Auf seinem Account ein neuer Post: „Sogar die eigene Familie fällt einem in den Rücken. Nur der Kern bleibt.“ Sparrow hat als Erster geliked. # ui: phone # technique: isolation
Eine Woche später sitzt du bei Frau Okafor. Du erzählst ihr alles, auch das mit dem Screenshot. # scene: school-yard # mood: calm
Du hattest Angst und wolltest, dass es aufhört. Das versteh ich. Aber Spott und Ultimaten machen meistens die Arbeit der Gruppe: Sie beweisen, was die Gruppe ihm gesagt hat, nämlich dass seine Familie gegen ihn ist. # speaker: Beraterin
Es ist nicht zu spät. Entschuldige dich für den Post. Keine Rede, nur Entschuldigung. Lass die Tür offen. Und deine Mama kann bei einer Beratung für Familien anrufen, damit ihr nicht allein rumrätselt. # speaker: Beraterin
Zu Hause schreit Mama auch nicht. Sie setzt sich auf dein Bett und sagt, sie versteht, warum du das gemacht hast, und dass sie auch Angst hat. Dann fragt sie, ob du dabei bist, wenn sie bei der Beratung für Familien anruft, damit du hörst, was die zu dem Post sagen. # scene: bedroom # mood: calm
Du sagst ja. Es ist das Erste seit einer Woche, das sich wie ein echter Plan anfühlt und nicht wie eine Reaktion.
Du löschst den Screenshot. Am Abend schiebst du einen Zettel unter seiner abgeschlossenen Tür durch: „Sorry wegen dem Post. Ich hatte Angst. Rennspiel, wann immer du willst.“ Es kommt nichts zurück. Am nächsten Morgen ist der Zettel weg. # scene: bedroom # mood: calm # calm # hook: chat
Rückblick: Die Gruppe hatte Jonas längst eingeredet, dass seine Familie ihn auslachen würde (us-versus-them) und dass nur sie ihn verstehen (isolation, secrecy). Der Post, die Drohung und {snooped: das Lesen seines Handys|das Ultimatum} haben das bestätigt. Bloßstellen, Auslachen, Ultimaten und Herumschnüffeln fühlen sich an, als würde man etwas tun, aber meistens treiben sie jemanden noch tiefer hinein. # debrief # hook: reflect
Was hast du dir erhofft, als du dich vor die Tür gestellt hast? Was könntest du Jonas jetzt sagen, ohne dass er erst zugeben muss, dass er falschlag? # debrief
-> END

= open
Du gehst zur Seite. An der Tür sagst du: „Schreib mir, wenn ich dich abholen soll. Egal wann. Ernsthaft.“ # scene: street-night # mood: calm
Er nickt. Er sagt nichts. Die Tür fällt zu.
Um elf schreibst du ihm: „alles ok?“ # ui: phone
Um zwölf: immer noch nichts. # ui: phone
Um eins vibriert dein Handy. # ui: phone
war komisch heute. die haben über „listen“ geredet. bin früher gegangen. sag mama nichts. # ui: phone # speaker: Jonas # technique: secrecy
{told_adult: Du denkst an den Klebezettel, „Beratung für Familien“. Du denkst an Mamas Gesicht. Du schreibst zurück: „gut, dass du gegangen bist. ich mach kein drama. aber ich glaub, wir sollten mit jemandem reden. zusammen?“|Du starrst lange auf „sag mama nichts“. Dann schreibst du: „gut, dass du gegangen bist. können wir morgen reden?“} # ui: phone
Die Antwort dauert sechs Minuten. # ui: phone
vielleicht. # ui: phone # speaker: Jonas
Am Sonntag kommt er spät runter. Er sagt nichts zu der Nachricht. Du auch nicht. Er schüttet dir Müsli ein, ohne zu fragen, so wie früher, als du klein warst, und schiebt dir die Schüssel rüber. # scene: kitchen # mood: calm
„Listen“, denkst du. Namen von Menschen auf Listen. Du schreibst es in deine Notizen, gleich neben „Beratung für Familien“, damit du nicht vergisst, es jemandem zu erzählen, der weiß, was man damit macht.
Du weißt noch nicht, ob „vielleicht“ eine Tür ist, die aufgeht oder zugeht. Du weißt nur, dass sie nicht zu ist. # mood: calm # calm # hook: chat
Rückblick: Emberline hat aus einer echten Enttäuschung einen Groll gemacht (grievance), Jonas einen neuen Namen gegeben, „Torch“ (identity), sich selbst zu seiner eigentlichen Familie gemacht (love-bombing, isolation) und ihn gebeten, Geheimnisse zu haben (secrecy). Du hast eine Verbindung offen gehalten, ohne etwas zu erzwingen. Das zählt oft mehr als das perfekte Argument. Ob es reicht, hängt vielleicht davon ab, ob ihr euch Rat holt, für ihn und für dich. # debrief # hook: reflect
Was würdest du ihm morgen sagen? Wen könntest du noch dazuholen, damit du das nicht allein tragen musst? # debrief
Du musst das nicht allein herausfinden. # calm # hook: helpline
-> END
