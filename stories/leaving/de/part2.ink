// Teil 2: der erste anonyme Kontakt, zu Hause, und der Druck aus der Gruppe.

=== first_contact ===
Zurück in deinem Zimmer öffnest du den Tab, den du am Sonntag offen gelassen hast. # scene: bedroom # mood: calm
Da ist ein Button: „Mit jemandem reden“. Darunter, klein: anonym, kein Name, keine Nummer, du kannst jederzeit aufhören. Unter den Beraterinnen und Beratern sind auch Leute, die selbst aus Gruppen ausgestiegen sind.
Dein Daumen schwebt lange darüber.
* [Den Chat öffnen]
    ~ wrote_counsellor = true
    Du drückst drauf. Ein kleines Formular fragt, was du willst. Du klickst „aus einer Gruppe aussteigen“ an. Sonst nichts. Nicht mal einen falschen Namen gibst du an. Der Chat nennt dich Gast-4R7M.
* [Zumachen. Nicht heute]
    Du machst es zu. Dann liegst du eine Stunde mit offenen Augen da, und um zwei Uhr nachts öffnest du es wieder und klickst „aus einer Gruppe aussteigen“ an, bevor du nachdenken kannst. Der Chat nennt dich Gast-4R7M.
    ~ wrote_counsellor = true
- Vier Minuten. Dann eine Nachricht. # ui: phone # scene: phone # sfx: message
Hi. Ich bin Ash. Das ist nicht mein echter Name, und deinen musst du mir auch nicht sagen. Ich bin hier Berater, und davor war ich fünf Jahre in einer Gruppe. Nicht deine. Was Ähnliches. Ausgestiegen bin ich mit zweiundzwanzig. # ui: phone # speaker: Berater
Ich tu nicht so, als wüsste ich genau, wie es bei dir ist. Aber das Gefühl um zwei Uhr nachts kenne ich. Magst du mir ein bisschen erzählen? # ui: phone # speaker: Berater
Deine Finger zittern. Du tippst, löschst, tippst neu. Am Ende schreibst du: „ich will raus aber das sind meine freunde. alle. und die wissen wo meine mutter wohnt.“
Das ist eine Menge, um es allein zu tragen. Danke, dass du es aufgeschrieben hast. Erste Frage, und das ist die wichtige: Bist du gerade sicher, heute Nacht? # ui: phone # speaker: Berater
* [Ja sagen, du bist zu Hause und es ist ruhig]
    Du sagst ja. Du bist zu Hause. Deine Mutter schläft. Die Tür ist abgeschlossen.
    Gut. Dann haben wir Zeit. Wir müssen heute Nacht nicht alles lösen. Keiner steigt in einer Nacht aus, nicht wirklich. # ui: phone # speaker: Berater
* [Sagen, dass du es nicht weißt]
    ~ opened_up = opened_up + 1
    Du schreibst „weiß nicht“ und erzählst Ash von Rooks Nachricht. Von dem Satz über deine Mutter.
    Okay. Das ist eine Drohung, und es ist richtig, sie ernst zu nehmen. Wenn jemand gerade in Gefahr ist, dann ist das die Polizei, nicht ein Chat, und das sag ich jedes Mal. Ist gerade jemand da? # ui: phone # speaker: Berater
    Du sagst nein. Nur die Nachricht.
    Dann heb sie auf. Screenshot, Datum, nicht antworten. Nicht, um einen Krieg anzufangen. Nur damit es nicht bloß in deinem Kopf ist. # ui: phone # speaker: Berater
    ~ kept_screenshots = true
- Ihr schreibt fast eine Stunde. Ash fragt Sachen, die bei Emberline nie jemand gefragt hat. Nicht: „Bist du loyal?“ Sondern: Was hast du früher gern gemacht? Wen hast du angerufen, wenn’s dir schlecht ging? Wie würde ein normaler Dienstag aussehen, wenn du es dir aussuchen könntest?
Du merkst, dass du auf die letzte Frage keine Antwort hast.
Irgendwann fragst du Ash, wer diesen Chat sieht. Ash antwortet direkt: keiner aus deiner Gruppe, keiner von der Arbeit, nicht deine Mutter. Es ist anonym, und du kannst alles löschen, wann du willst. Die einzige Ausnahme: Wenn Ash glauben würde, dass gerade jemand in Lebensgefahr ist, würde Ash es dir zuerst sagen und mit dir über Hilfe reden. # ui: phone
Du fragst, warum Ash ausgestiegen ist. Ash braucht eine Weile für die Antwort.
Jemand, den ich selbst reingeholt hatte, ein Junge mit fünfzehn, wurde bei einer unserer „Aktionen“ verletzt. Ich saß auf dem Parkplatz vom Krankenhaus und dachte: Das war ich. Nicht die Gruppe. Ich. Bis ich wirklich gegangen bin, hat es trotzdem noch ein Jahr gedauert. # ui: phone # speaker: Berater
Das ist normal. Die Gruppe gibt dir ein komplettes Leben, fertig verpackt. Freunde, Feinde, Pläne, sogar einen Namen. Wenn du rausgehst, entsteht eine Lücke. Die füllen wir langsam, mit Sachen, die wirklich deine sind. # ui: phone # speaker: Berater # technique: identity
Ash fragt, was du dir von dem Gespräch wünschst. Nicht, was Ash will. Was du willst.
* [Sagen: „Raus, ohne dass jemand verletzt wird“]
    Raus, ohne dass jemand verletzt wird. Auch nicht deine Mutter. Auch nicht du. # ui: phone
* [Sagen: „Kai nicht verlieren“]
    ~ opened_up = opened_up + 1
    Kai nicht verlieren. Auf dem Bildschirm sieht das albern aus, und es ist das Ehrlichste, was du die ganze Nacht geschrieben hast. # ui: phone
- Ash schreibt es auf, sagt Ash jedenfalls. Dann schlägt Ash drei kleine Sachen für diese Woche vor. Du kannst sie ändern. Du kannst zu allen Nein sagen. # ui: phone # mood: warm
Eins: Geh nicht zu den Plakaten am Dienstag. Du musst nichts ankündigen. Zwei: Sag einer Person außerhalb der Gruppe etwas Wahres. Muss nicht alles sein. Drei: Schreib mir wieder, Donnerstag, gleiche Zeit, oder wann du willst. # ui: phone # speaker: Berater
Und wenn du noch nicht so weit bist, ist das auch okay. Die Tür hier geht nicht zu. # ui: phone # speaker: Berater
Um zehn vor drei loggst du dich aus. Zum ersten Mal seit Wochen schläfst du schnell ein.
-> kitchen

=== kitchen ===
Mittwochmorgen. Deine Mutter sitzt mit ihrem Tee am Küchentisch und macht das Kreuzworträtsel, das sie nie fertig kriegt. # scene: kitchen # mood: calm
Sie schaut hoch. Sie merkt, dass was nicht stimmt. Das merkt sie schon länger. Drei Jahre, in denen du um eins nachts heimkommst, drei Jahre, in denen du nicht sagst, wo du warst.
Du siehst müde aus, Schatz. Müder als sonst. # speaker: Mama
* [Ihr ein bisschen was erzählen]
    ~ told_mum = true
    ~ opened_up = opened_up + 1
    Du setzt dich. Du erzählst ihr nicht alles. Du erzählst, dass die Gruppe nicht das ist, was du gedacht hast, dass du aufhören willst, dass manche sauer werden könnten.
    Sie legt den Stift ganz vorsichtig hin.
    Danke, dass du mir das sagst. Ich schrei jetzt nicht rum. Ich bleib einfach hier sitzen, okay? # speaker: Mama
    Sie fragt, ob sie sich Sorgen machen muss. Du erzählst ihr von der Nachricht, weil Ash gesagt hat: keine blöden Geheimnisse. Sie nickt langsam und sagt, ihr kriegt das zusammen hin. Dann macht sie dir Toast, als wärst du zwölf. # mood: warm
* [Sagen, dass es nur die Arbeit ist]
    Du sagst, es sind nur die Nachtschichten. Sie nickt, als würde sie dir glauben. Tut sie nicht.
    Wenn’s mal nicht nur die Arbeit ist, kannst du’s mir sagen. Auch das Schlimme. Gerade das. # speaker: Mama
    Du nickst. Du isst deinen Toast. Als sie geht, lässt sie das Radio an, wie früher, als du klein warst. # mood: warm
- Im Bus zur Arbeit schaust du auf deine Hände und denkst: eine wahre Sache. Mehr nicht. # calm # hook: reflect
-> pressure

=== pressure ===
Donnerstag. Am Dienstag bist du nicht zu den Plakaten gegangen. Du hast gesagt, du hast eine Doppelschicht. Stimmte nicht. # scene: phone # ui: phone # mood: tense
Im Kern-Chat fällt es innerhalb einer Stunde auf.
komisch, dass flint immer arbeiten muss, wenn’s drauf ankommt # ui: phone # speaker: Rook # technique: us-versus-them
wir lassen unsere leute nicht fallen. lass mich nicht denken, dass du uns fallen lässt. # ui: phone # speaker: Juno # technique: isolation
Dann eine private Nachricht. Von Kai.
alter was machst du. die reden über dich. {kai_vouched: ich hab mich dienstag für dich aus dem fenster gelehnt.} ich kann dich nicht ewig decken. komm einfach freitag, entschuldig dich bei juno, dann ist das gegessen # ui: phone # speaker: Kai
* [Kai die Wahrheit sagen]
    ~ opened_up = opened_up + 1
    Du tippst lange. Dass du fertig bist. Dass du ihn nicht verlieren willst, aber keine Flammen mehr an Türen kleben kannst, hinter denen Kinder wohnen.
    Die Pünktchen erscheinen und verschwinden. Erscheinen. Verschwinden. # ui: phone
    Das kann ich mir nicht anhören, Flint. Verlang das nicht von mir. # ui: phone # speaker: Kai
    Eine Minute später: „lösch das. zu deinem eigenen besten.“ # ui: phone # speaker: Kai
* [Sagen, dass du drüber nachdenkst]
    Du schreibst „vielleicht. mal sehen.“ Kai schickt einen Daumen hoch. Dann: „hab dich lieb, alter. mach keinen mist.“ # ui: phone # speaker: Kai
    Das hat er noch nie geschrieben. Du schaust lange drauf.
- -> kai_visit

=== kai_visit ===
Freitagnacht, halb zwölf. Jemand klopft an dein Fenster, dreimal, so wie es nur einer macht. # scene: street-night # mood: tense
Kai steht in seiner Arbeitsjacke auf dem Gehweg, die Hände in den Taschen, sein Atem weiß in der Kälte. Reinkommen will er nicht. Er will laufen.
Ihr lauft. Am zugemachten Bäcker vorbei, am Spielplatz mit der kaputten Schaukel, auf der ihr mit sechzehn gesessen habt, billigen Cidre getrunken und geplant, wie ihr zusammen aus diesem Kaff rauskommt.
Juno will dich bei der Fahrt an den See dabeihaben. Wenn du mitkommst, ist alles vergessen. Das ist der Deal. # speaker: Kai
Und wenn nicht? # speaker: Flint
Kai kickt einen Stein in den Rinnstein.
Dann bist du raus. Richtig raus. Und dann kann ich nicht mehr dein Kumpel sein, das würden die nie vergessen. Du weißt doch, wie das läuft. Ich hab auch sonst keinen, Flint. # speaker: Kai # technique: isolation
* [Kai von Ash und dem Chat erzählen]
    ~ kai_heard = true
    ~ opened_up = opened_up + 1
    Du erzählst es ihm. Keinen Namen, keine Einzelheiten. Nur, dass es da jemanden gibt, einen Berater, der selbst mal in so einer Gruppe war und rausgekommen ist. Dass ihr eine Stunde geschrieben habt und du dich kein einziges Mal wie ein Verräter gefühlt hast.
    Kai lacht, aber es klingt schief.
    Ein Berater. So wie vom Jugendamt? Die verpfeifen dich doch. Das machen die. # speaker: Kai # technique: us-versus-them
    Du sagst nein. Anonym. Kein Name, keine Nummer. Du kannst jederzeit aufhören. Du hörst dich reden und merkst, dass du klingst wie jemand, der das glaubt.
    Kai antwortet nicht. Aber er geht auch nicht weg.
* [Kai fragen, ob er nie Zweifel hatte]
    ~ opened_up = opened_up + 1
    Du fragst ihn direkt: Hat er das nie gespürt? Das flaue Gefühl nach der Sache mit der Tür?
    Kai bleibt unter einer Laterne stehen. Für eine Sekunde siehst du ihn wieder mit sechzehn, vor Flint, vor allem.
    Klar. Jedes Mal. Aber was bin ich denn ohne das? Ein Typ, der Regale einräumt. Im Kern bin ich wer. # speaker: Kai # technique: identity
    Du willst sagen: Du warst vorher auch wer. Du warst der, der mir das Autofahren beigebracht hat. Du kriegst es nicht rechtzeitig raus.
* [Nichts sagen und einfach laufen]
    Du sagst nichts. Ihr lauft nebeneinander, wie tausendmal vorher, und das Schweigen sagt mehr, als ihr beide könntet.
    An der Ecke stupst Kai dich an der Schulter an, diesmal sanft. Nicht wie Rook.
- Am Ende steht ihr wieder vor deiner Tür. Kai schaut hoch zu deinem Fenster, zum Licht im Zimmer deiner Mutter.
Rook redet nur, weißt du. Meistens. # speaker: Kai
Meistens. Das Wort hängt noch in der Luft, als er längst weg ist.
Zurück in deinem Zimmer schaust du aufs Handy. {wrote_counsellor: Es ist fast Samstag. Ash hat gesagt: gleiche Zeit, oder wann du willst.|Dein Akku ist auf zwei Prozent.} # scene: bedroom
-> crossroads
