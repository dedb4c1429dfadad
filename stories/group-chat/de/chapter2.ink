// Kapitel 2: Schule, die Wut bekommt eine Form, Abendessen zu Hause.

=== school_yard ===
Freitag. Auf dem Schulhof riecht es nach nassem Asphalt und nach irgendwessen Energydrink. # scene: school-yard # mood: calm
Mia findet dich bei den Fahrradständern. Ihr Zopf ist noch nass vom Training.
Du siehst aus wie ein Zombie. Hast du überhaupt geschlafen? # speaker: Mia
Sie hält dir ein halbes Croissant hin. Sie bringt immer eine Hälfte mit. Das ist seit der fünften Klasse so.
Ich bin heute früh am Hangar vorbei. Die haben unsere Wand übermalt. Den Drachen, den wir zusammen gemacht haben. Einfach … grau jetzt. # speaker: Mia
Ihr steht kurz nur da und sagt nichts. Zum ersten Mal seit Langem fühlt es sich an wie früher. # calm # hook: reflect
Meine Mama sagt, die Stadt hatte echt kein Geld mehr. Sie arbeitet doch im Bauamt, sie war voll fertig deswegen. Vielleicht gibt's nächstes Jahr einen neuen Raum im Sportzentrum. # speaker: Mia
Dein Handy vibriert in der Hosentasche. Und noch mal. Emberline ist wach. # sfx: message
* [Mia von Emberline erzählen]
    ~ told_mia = true
    Du erzählst ihr von Juno, vom Chat, von dreiundzwanzig Leuten, die alle die Hangar-Zeichnung geliebt haben.
    Moment, die kennst du seit gestern Abend aus dem Internet, und das sind schon deine besten Freunde? # speaker: Mia
    Sie lacht, aber sie schaut dich dabei richtig an. „Pass einfach ein bisschen auf, ja? Leute im Netz können echt schnell echt nett sein.“
    Das trifft dich mehr, als es sollte. „Du hast deine Fußballleute“, sagst du. „Ich darf auch Leute haben.“
    Mias Lächeln wackelt. „Klar darfst du.“
* [Ihr die Zeichnung zeigen, aber nicht den Chat]
    Du zeigst ihr die Hangar-Zeichnung auf Sketchwall. Sie zoomt auf das Sofa und wird still.
    Das ist das Beste, was du je gemacht hast. Ernsthaft. Darf ich das meiner Mama schicken? # speaker: Mia
    Du sagst ja. Juno erwähnst du nicht, die Flammen auch nicht, den Chat auch nicht. Du weißt selbst nicht genau, warum.
* [Lieber aufs Handy schauen]
    ~ pull = pull + 1
    Du ziehst dein Handy raus und scrollst, während Mia noch redet.
    Langweile ich dich? # speaker: Mia
    „Sorry. Nur was Wichtiges“, sagst du und liest weiter. Mia isst ihre Croissanthälfte schweigend und geht rein, als es klingelt.
- Es klingelt. Neunzehn neue Nachrichten. Du liest sie die ganze Erdkundestunde lang unter dem Tisch.
-> grievance_chat

=== grievance_chat ===
In der Woche danach wird Emberline zu dem Ort, an dem deine Abende stattfinden. # scene: phone # mood: warm
Leute posten Zeichnungen, Songs, Memes, Fotos von zugemachten Orten in anderen Städten. Irgendwer antwortet dir immer innerhalb einer Minute. Juno schreibt dir jeden Abend privat.
Du hast doch erzählt, die Mutter von deiner Freundin arbeitet bei der Stadt, oder? Im Bauamt? # ui: phone # speaker: Juno # mood: tense
Weil, die Sache ist die: „Kein Geld“ sagen die immer. Für die Wohnungen war Geld da. Für Leute wie die ist immer Geld da. # ui: phone # speaker: Juno # technique: grievance
Die Grauen entscheiden. Die Stadt, die Lehrer, die Leute in Anzügen. Alle anderen machen einfach mit. Die nennen wir Schläfer. # ui: phone # speaker: Juno # technique: us-versus-them
Und dann gibt's uns. Die, die wach sind. Das heißt Emberline. Du bist eine von uns, inkfox. Oder einer. Egal. Du wusstest das schon, bevor du mich kanntest. # ui: phone # speaker: Juno # technique: identity
Du liest es dreimal. Es erklärt Sachen. Warum der Hangar weg ist. Warum keiner zuhört. Warum du dich so fühlst, wie du dich fühlst.
* [Juno zustimmen]
    ~ pull = pull + 1
    Du schreibst: „ist echt so, als wär alles schon entschieden, bevor wir überhaupt was sagen dürfen.“ Juno antwortet mit einer einzelnen Flamme, dann: „genau. du checkst es.“
* [Wegen Mias Mutter widersprechen]
    Du schreibst: „mias mama war aber echt traurig deswegen. die ist kein schlechter mensch.“
    Klar. Die Netten sind die besten Schläfer. Mit Nettsein halten die dich ruhig. # ui: phone # speaker: Juno # technique: us-versus-them
    Fragt Mia dich eigentlich jemals, wie's DIR geht? Oder immer nur was mit Fußball? # ui: phone # speaker: Juno # technique: isolation
    Du willst antworten und hörst wieder auf. Mia hat doch gefragt. Oder? Du weißt es auf einmal nicht mehr.
- Noch was. Behalt Emberline für dich, okay? Leute von außen verdrehen alles. Vor allem Eltern. Die sind grau, ohne es zu merken. # ui: phone # speaker: Juno # technique: secrecy
Im großen Chat postet Dex eine Regel: Alle suchen sich einen Emberline-Namen aus und tauschen ihr Profilbild gegen eine Flamme.
Altes Ich, neues Ich. # ui: phone # speaker: Dex # technique: identity
* [„Spark“ werden]
    ~ took_ember_name = true
    ~ pull = pull + 1
    Du änderst deinen Namen in Spark. Der Chat füllt sich mit Flammen. „SPARK!!!“ Jemand zeichnet dir eine kleine Flamme mit Fuchsohren.
    Es fühlt sich an, als würdest du beim Sport mal als Erstes ins Team gewählt.
* [„inkfox“ bleiben]
    Du bleibst inkfox. „ich mag meinen namen“, schreibst du.
    Eine Minute lang sagt keiner was. Dann Juno: „voll okay!! kein stress.“ Aber den Rest des Abends antworten dir weniger Leute.
- Dein Handy sagt, dass du heute sechs Stunden in der App warst. Du schaltest die Meldung ab.
-> detention

=== kitchen ===
Sonntag. Mama hat Lasagne gemacht, das heißt, sie gibt sich Mühe, denn sie hatte drei Nachtschichten hintereinander. # scene: kitchen # mood: warm
Leo, dein kleiner Bruder, ist elf und hat irgendwie Tomatensoße auf der Stirn.
Handys in den Korb, alle beide. Ein Abendessen. Mehr will ich doch gar nicht. # speaker: Mama
Leo wirft seins sofort rein. Deins vibriert in deiner Hand. Und noch mal. Bei Emberline wird gerade über irgendwas abgestimmt.
Wer ist Juno? # speaker: Leo
Er muss den Bildschirm gesehen haben. Er sagt es in diesem Singsang, in dem er alles sagt, was nervt.
Mama legt die Gabel weg.
Wer ist Juno, Schatz? # speaker: Mama
Behalt Emberline für dich. Vor allem vor Eltern. Du hörst es, als säße Juno mit am Tisch. # technique: secrecy # mood: tense
* [Mama anfahren]
    ~ snapped_at_mum = true
    ~ pull = pull + 1
    „Echt jetzt? Du bist doch eh nie da, und jetzt willst du plötzlich alles wissen?“ Es kommt lauter raus, als du wolltest. # cw: family-conflict
    Leo hört auf zu kauen. Mama sieht aus, als hättest du ihr eine geklebt.
    Das ist nicht fair. Ich arbeite, damit wir diese Wohnung behalten können. # speaker: Mama
    Du nimmst deinen Teller mit in dein Zimmer. Keiner hält dich auf. Im Chat schreibt Juno: „die spielen immer das opfer. du darfst wütend sein.“
    Später klopft es leise. „Im Ofen ist noch Lasagne“, sagt Mama durch die Tür. Du antwortest nicht.
* [Das Handy in den Korb legen]
    Du legst das Handy in den Korb. Es vibriert gegen Leos und bringt den ganzen Korb zum Klappern.
    „Nur jemand aus so einer Kunstgruppe“, sagst du. Ist nicht mal gelogen. Nicht so richtig.
    Mama lächelt müde.
    Zeigst du mir mal wieder was, was du gezeichnet hast? Ich vermiss das. # speaker: Mama
    Leo erzählt einen Pinguinwitz, der überhaupt keinen Sinn ergibt, und du lachst lauter als die ganze Woche. In deiner Brust fühlt sich was komisch an. Als hättest du was vergessen.
- Später, in deinem Zimmer, sind da einundvierzig Nachrichten. Drei davon sind von Juno, nur für dich.
Hey. Ich hab was Besonderes zu fragen. Nur die Leute, denen ich am meisten vertraue. # ui: phone # speaker: Juno # sfx: message
-> inner_circle

=== detention ===
Mittwoch, Mathe, vierte Stunde. Eigentlich sollst du Gleichungssysteme lösen. Stattdessen malst du Flammen an den Rand, Dutzende, jede ein bisschen anders. # scene: school-yard # mood: tense
Herr Adler bleibt neben deinem Tisch stehen. Er nimmt dein Skizzenbuch, das gute mit dem schwarzen Einband, in dem alle Hangar-Zeichnungen drin sind.
Das nehm ich mal. Nach der Schule kannst du's abholen. Und wenn du schon da bist, bleibst du gleich eine halbe Stunde nach. # speaker: Herr Adler
Hinten macht jemand „uuuuh“. Dein Gesicht brennt.
Mia, zwei Reihen vor dir, dreht sich um und formt mit den Lippen: „Alles okay?“ Du schaust weg.
Als es klingelt, hast du die ganze Sache in deinem Kopf schon in den Emberline-Chat getippt.
Erst nehmen sie euch den Hangar. Jetzt nehmen sie dir dein Skizzenbuch. Siehst du das Muster? Es liegt nicht an dir. Es lag noch nie an dir. # ui: phone # speaker: Juno # technique: grievance
Leute wie Adler brauchen dich klein. Klein und leise und du zeichnest, was die dir sagen. # ui: phone # speaker: Juno # technique: us-versus-them
* [Im Emberline-Chat Dampf ablassen]
    ~ vented_in_chat = true
    ~ pull = pull + 1
    Du schreibst alles in den großen Chat. Adler, das Skizzenbuch, das „uuuuh“. Deine Finger zittern.
    Nach einer Minute gibt es dreißig Antworten. „so ein grauer.“ „typisch.“ Dex postet ein Foto vom Eingangstor deiner Schule, das er irgendwo gefunden hat, und schreibt: „jemand sollte herrn adler mal sagen, was wir von ihm halten.“ # ui: phone # technique: escalation
    Du fühlst dich gesehen. Dir ist auch ein bisschen schlecht, und du weißt nicht, welchem Gefühl du glauben sollst.
* [Lieber Mia schreiben]
    Du schreibst Mia: „sorry, dass ich dich ignoriert hab. war einfach peinlich.“
    Sie antwortet in unter einer Minute.
    adler hat in der achten MEIN handy eingesammelt. ich hab auf dem klo geheult. am nächsten tag hat er's zurückgegeben und sich entschuldigt. der ist nicht böse, nur sehr verliebt in gleichungen 😅 # ui: phone # speaker: Mia
    Dann gleich noch eine:
    soll ich nach der schule mit dir warten? hab heut kein training. # ui: phone # speaker: Mia
    Du schreibst ja. Eine halbe Stunde lang sitzt sie vor der Klassenzimmertür und schickt dir furchtbare Zeichnungen von Herrn Adler als Dreieck. Du lachst laut los und kassierst einen Blick.
* [Hingehen und das Skizzenbuch zurückholen]
    Am Ende vom Nachsitzen gehst du zu Herrn Adlers Pult. „Tut mir leid. Ich hab nicht aufgepasst. Krieg ich mein Skizzenbuch wieder?“
    Er gibt es dir und tippt zu deiner Überraschung auf den Einband.
    Das Gebäude am Kanal. Das mit dem Sofa. Das ist richtig gut, weißt du. Ist das der alte Jugendtreff? # speaker: Herr Adler
    Du nickst. Er ist kurz still.
    Schade um den Laden. Meine Tochter war da auch immer. # speaker: Herr Adler
    Auf dem Heimweg fragt Juno, wie es gelaufen ist. Du schreibst „passt, hab's wieder“. Juno antwortet: „die tun immer nett, wenn sie erwischt werden.“ Du weißt nicht, was du darauf sagen sollst.
- In der Nacht schreibt Juno dir drei Stunden lang. Über den Hangar. Über Adler. Darüber, dass die Welt in zwei Hälften geteilt ist und dass du längst weißt, auf welcher Seite du stehst. # mood: dark
-> kitchen
