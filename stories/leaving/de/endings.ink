// Enden: Hilfe holen und den Ausstieg anfangen, vorerst bleiben, oder alles auf einmal hinschmeißen.

=== crossroads ===
Du sitzt auf der Bettkante. Auf dem Bildschirm: der Kern-Chat, Kais Nachricht und der Tab mit dem kleinen Chat-Button. # scene: bedroom # mood: calm
Drei Jahre. Deine Freunde, deine Abende, dein Name. Und eine Tür in der Weberstraße, an der ein Kinderbild mit einem Bagger klebt.
* [Ash noch mal schreiben und einen Plan machen]
    -> endings.way_out
* [Am Freitag hingehen. Noch nicht. Nicht so]
    -> endings.staying
* [Im Kern posten, dass du mit allen fertig bist, und alle blockieren]
    -> endings.abrupt

=== endings ===
= way_out
Du öffnest den Chat. Er erkennt dich an dem Satz, den er dir gegeben hat, drei zufällige Wörter, die du hinten auf einen Kassenzettel geschrieben hast. # scene: phone # ui: phone
hey. hier ist gast-4R7M. ich war dienstag nicht da. # ui: phone
Das ist ein großer Schritt. Wie hat sich das angefühlt? Und wie geht’s dir, ehrlich? # ui: phone # speaker: Berater
Du erzählst Ash alles: Rook, Junos Nachrichten, Kai. {told_mum: Dass du es deiner Mutter gesagt hast und sie dir Toast gemacht hat.|Dass du es deiner Mutter immer noch nicht gesagt hast.}
Ash jubelt nicht und gerät nicht in Panik. Ash stellt Fragen, und dann macht ihr zusammen einen Plan, auf dem Bildschirm, wo ihr ihn beide sehen könnt. # mood: calm
Eins. Kein großer Abschied. Du wirst leiser, du verlässt die Chats einen nach dem anderen, erst stummschalten, dann blockieren. Eine große Ansage gibt ihnen nur was, wogegen sie kämpfen können. # ui: phone # speaker: Berater
Zwei. Sicherheit. {kept_screenshots: Rooks Nachricht hast du schon gesichert. Gut.|Mach einen Screenshot von Rooks Nachricht, mit Datum.} Sag es jemandem zu Hause. Nimm eine Weile einen anderen Weg zur Arbeit. Wenn jemand auftaucht oder es konkreter wird, ist das was für die Polizei, und die Nachricht kannst du dort anzeigen. Ich helf dir beim Durchdenken, wenn du willst. # ui: phone # speaker: Berater
Drei. Etwas, das dir gehört. Was hast du vor Emberline gemacht? # ui: phone # speaker: Berater
Du denkst lange nach. Dann: Fahrräder repariert. Mit deinem Vater, bevor er weg ist. Du warst gut darin.
Es gibt eine Fahrradwerkstatt, wo Leute samstags ehrenamtlich schrauben. Keine Gruppe. Nur Fahrräder. Willst du mal schauen? Kein Druck. # ui: phone # speaker: Berater
Und Ash sagt noch was: dass es eine Ausstiegsberatung mit einem Büro in der Stadt gibt, dass du dort jemanden persönlich treffen könntest, bei einer Tasse Tee, wenn dir das lieber ist. Dass online eine Möglichkeit ist, nicht die einzige. # ui: phone
Du schreibst: „wird das schwer?“ # ui: phone
Ja. An manchen Tagen wird es richtig schwer. Ich hab fast alle verloren, als ich gegangen bin. Ein paar kamen Jahre später zurück. Die meisten nicht. Da lüg ich dich nicht an. # ui: phone # speaker: Berater
Aber ich bin noch da, und meine Dienstage mag ich inzwischen. Du baust dir deine. Kleine Schritte. Ich bin bei jedem dabei, bei dem du mich haben willst. # ui: phone # speaker: Berater
Die nächsten Wochen sind nicht dramatisch. Sie sind langsam. An einem Sonntagabend verlässt du den Kern. Juno schreibt zweimal, dann nichts mehr. Rook postet „Ratte“ unter ein altes Foto von dir, und du sicherst es und meldest es, und {told_mum: deine Mutter sitzt dabei neben dir.|endlich erzählst du es deiner Mutter, und sie sitzt dabei neben dir.} # scene: bedroom
{kept_screenshots: Die Screenshots landen in einem Ordner namens „nur für den Fall“. Du hoffst, dass du ihn nie brauchst.}
{kai_heard:
    Sechs Wochen schreibt Kai nicht. Dann, eines Nachts, eine Nachricht ohne Worte: ein Screenshot von demselben kleinen Chat-Button und ein Fragezeichen. Du schreibst zurück: „anonym. kein name. du kannst jederzeit aufhören.“ Er antwortet nicht. Aber er liest es. # ui: phone
- else:
    Kai schreibt nicht. Du schreibst ihm auch nicht. Noch nicht. Irgendwann, denkst du, schickst du ihm was, das gar nichts mit Emberline zu tun hat. Ein Lied von damals, als ihr siebzehn wart.
}
Am Samstag stehst du in der Fahrradwerkstatt und hast Öl an den Händen. Keiner hier weiß, was Flint bedeutet. Jemand ruft dich bei deinem echten Namen, und du drehst dich als Erstes danach um. # mood: warm # calm # hook: resources
Rückblick: Emberline hat dich mit Zugehörigkeit und Love-Bombing gehalten (Freunde, die jeden Abend anrufen), mit einer neuen Identität (Flint), mit Wir-gegen-die (die anderen, die Weicheier, die Ratten), und hat Menschen zu Zielscheiben gemacht (Entmenschlichung). Als du gezweifelt hast, kamen Isolation und Drohungen, um dich zu halten. Geholfen hat keine große Geste: sondern ein wahrer Satz zu deiner Mutter, ein Berater, der selbst ausgestiegen ist, und ein Plan, den ihr zusammen gemacht habt. # debrief # hook: chat
Was wäre für dich der erste kleine Schritt, wenn du aus etwas rauswolltest? Wem in deinem Leben könntest du eine wahre Sache sagen? # debrief
-> END

= staying
Am Freitag gehst du hin. Du entschuldigst dich bei Juno. Juno umarmt dich, lange, vor allen. # scene: street-night # mood: tense
wusste, dass du zurückkommst. familie ist für immer 🔥 # ui: phone # speaker: Juno # technique: love-bombing
Kai ist erleichtert. Auf dem Heimweg spendiert er dir Pommes und redet vom See im Sommer. Du lachst an den richtigen Stellen.
Aber zur nächsten Plakataktion gehst du nicht. Du sagst, du musst arbeiten, und diesmal stimmt es: Du hast die Schichten extra genommen.
Die Fahrt an den See ist im Juni. Im Kleinbus singen alle, die alten Lieder, bei denen du dich immer gefühlt hast, als würdest du irgendwo dazugehören. Nachts am Feuer hält Juno eine Rede über Treue und schaut dich dabei die ganze Zeit an. Rook nennt dich „unser verlorener Sohn“, alle lachen, du lachst mit, und danach gehst du allein runter ans Wasser und bleibst stehen, bis deine Füße kalt sind. # technique: identity
Du denkst an den kleinen Bagger an der Tür. Du denkst an das Fahrrad, das du und dein Vater nie fertig gemacht habt. Du denkst daran, wie Ash geschrieben hat: „Hier führt keiner Strichliste.“
Und spät am Sonntag öffnest du den kleinen Chat wieder. # scene: phone # ui: phone # mood: calm
war wieder da. sorry. # ui: phone
Du schuldest mir kein Sorry. Viele gehen ein paarmal zurück, bevor sie aussteigen, und manche steigen aus und kommen wieder. Hier führt keiner Strichliste. Wie geht’s dir? # ui: phone # speaker: Berater
Du sagst, du fühlst dich bei den Treffen wie ein Lügner und zu Hause auch.
Das ergibt Sinn. Wollen wir eine Sache vom letzten Mal behalten? Nur eine. Du suchst aus. # ui: phone # speaker: Berater
{told_mum: Du nimmst deine Mutter: ihr weiter wahre Sachen sagen, auch kleine.|Du nimmst diesen Chat: weiter schreiben, auch wenn sich nichts ändert.} # ui: phone
Und wenn sich was ändert, wenn es gefährlich wird oder du schneller rauswillst, weißt du, wo die Tür ist. Sie bleibt offen. # ui: phone # speaker: Berater
In diesem Monat steigst du nicht aus. Aber du reagierst nicht mehr mit Flammen. Du lässt den Tab offen. Die drei Wörter auf dem Kassenzettel bleiben in deinem Portemonnaie. # mood: calm # calm # hook: reflect
Rückblick: Die Gruppe zieht dich zurück mit Love-Bombing (die lange Umarmung, „Familie ist für immer“), mit Identität (du bist Flint, du gehörst zu uns), mit Wir-gegen-die und mit der Angst, als Ratte zu gelten (Isolation und Drohungen gegen alle, die gehen). Vorerst zu bleiben ist kein Versagen. Viele brauchen mehrere Anläufe. Eine Verbindung nach draußen offen zu halten, einen Menschen, einen Chat, macht den nächsten Anlauf möglich. # debrief # hook: chat
Warum ist es so schwer, von Leuten wegzugehen, die man mag, auch wenn man ihre Meinung nicht mehr teilt? Woran würdest du merken, dass es Zeit ist zu gehen? # debrief
Die Tür bleibt offen. Durchgehen musst du nicht allein. # calm # hook: helpline
-> END

= abrupt
Du schreibst es in einem Rutsch, ohne Punkt, alles: dass sie Feiglinge sind, die Kindern Angst machen, dass Juno lügt, dass Rook erbärmlich ist, dass du fertig bist. Du postest es im Kern. Dann blockierst du alle einundvierzig, Kai auch, und schaltest das Handy aus. # scene: bedroom # mood: dark
Eine Stunde lang fühlst du dich frei.
Als du das Handy wieder anmachst, ist deine alte Nummer überall. Jemand hat ein Foto von dir von der Sommerfahrt gepostet, quer über dein Gesicht steht „RATTE“. Fremde, die du nie getroffen hast, schreiben auf die Seite deiner Firma. # ui: phone # cw: threats # distressing
Am Samstag steht Rooks Cousin vor dem Lager, steht einfach da und schaut. Du gehst hinten raus. # cw: threats # distressing
* [Alles löschen und abtauchen]
    Du löschst deine Accounts, alle. Deine Bilder, drei Jahre lang. Als würdest du dich selbst löschen.
* [Die Screenshots aufheben, für alle Fälle]
    ~ kept_screenshots = true
    Mit zitternden Händen machst du Screenshots von allem, bevor du es löschst, und steckst sie in einen Ordner ohne Namen.
- Eine Woche später. Jetzt ist es ruhig. Ruhig wie eine leere Wohnung. # mood: dark
Dienstags ruft keiner an. Überhaupt ruft keiner an. Deine Abende waren immer voll. Jetzt sind da nur du, der Fernseher und deine Mutter, die fragt, was los ist, {told_mum: und diesmal kannst du ihr ein bisschen was erzählen.|und du kriegst es immer noch nicht raus.}
Einmal siehst du Kai auf der anderen Straßenseite. Er schaut dich an. Er schaut weg. Du weißt nicht, wem von euch beiden es mehr wehtut.
{kai_heard: Du denkst daran, wie du ihm in der Nacht am Spielplatz von dem Chat erzählt hast. Ob er sich auch daran erinnert?|Du fragst dich, was du ihm in der Nacht am Spielplatz gesagt hättest, wenn du überhaupt was gesagt hättest.}
Deine Mutter lässt jetzt abends das Licht im Flur an. Sie sagt nicht, warum. Du fragst nicht. Zur Arbeit fährst du zwei Haltestellen weiter und läufst zurück, nur für den Fall, und kommst dir dabei blöd vor, und machst es trotzdem.
* [Den kleinen Chat wieder öffnen]
    Du öffnest den Tab. Deine Finger zögern. Du schreibst: „ich hab’s auf die dumme art gemacht.“ # ui: phone
    Es gibt keine dumme Art zu gehen. Es gibt schwerere. Bist du gerade sicher? Fangen wir da an. # ui: phone # speaker: Berater
* [Noch nicht. Vielleicht morgen]
    Du lässt den Tab offen. Morgen, denkst du. Oder übermorgen.
- Gehen war richtig. Dass du es auf einmal und allein gemacht hast, hat es teurer gemacht als nötig: die Drohungen, die Einsamkeit, das plötzliche Loch, wo vorher dein ganzes Leben war. # mood: calm
Rückblick: Emberline hat dich mit Love-Bombing und Zugehörigkeit gehalten, dir eine neue Identität gegeben (Flint), dir Wir-gegen-die beigebracht und eine Familie in der Weberstraße zur Zielscheibe gemacht (Entmenschlichung). Als du gegangen bist, haben sie mit Drohungen und Isolation bestraft und allen anderen eine Warnung geschickt. Ein Plan, jemand zu Hause, der Bescheid weiß, und ein Berater, der das selbst erlebt hat, halten das nicht alles auf. Aber du musst es dann nicht allein tragen. # debrief # hook: chat
Wenn jemand, den du kennst, aus so einer Gruppe rauswollte: Was sollte er oder sie als Erstes wissen? Was könnte die erste Woche nach dem Ausstieg weniger einsam machen? # debrief
Es ist nicht zu spät, dir Hilfe zu holen, auch wenn die Tür schon zugeknallt ist. # calm # hook: helpline
-> END
