// Offramp-Demo-Geschichte: der Chat mit Kai (Deutsch). Wird per INCLUDE aus main.ink eingebunden.

=== phone_chat ===
Hey!! Hab deine Frage im Mathe-Forum von deiner Schule gesehen. Ehrlich, die klügste Frage der ganzen Woche. # scene: phone # ui: phone # speaker: Kai # technique: love-bombing
Wir sind ein kleiner Lernkreis. Keiner urteilt, alle helfen sich. Du würdest super reinpassen. # ui: phone # speaker: Kai
Echt jetzt, Leute wie dich gibt's selten. # ui: phone # speaker: Kai # sfx: message
{opened_invite: Du grinst das Display an. So was hat lange keiner mehr zu dir gesagt.|Ganz schön viele Komplimente von jemandem, den du nie getroffen hast. Fühlt sich trotzdem gut an.}
* [Danke sagen und beitreten]
    Du tippst „ok, bin dabei“, bevor du zu lange darüber nachdenkst.
    JAAA. Willkommen im Lernkreis! # ui: phone # speaker: Kai # sfx: message
* [Fragen, wer noch in der Gruppe ist]
    Du fragst, wer sonst noch dabei ist.
    Lauter coole Leute, wirst schon sehen. Tritt erst mal bei, dann stell ich dich allen vor. # ui: phone # speaker: Kai
    Du trittst bei.
- Drei Tage später ist im Lernkreis-Chat Tag und Nacht was los, und Kai antwortet auf alles, was du schreibst, innerhalb einer Minute. # mood: warm
Mal ehrlich? Die Leute in deiner Klasse verstehen dich nicht. Partys und Fußball, mehr interessiert die nicht. # ui: phone # speaker: Kai # technique: us-versus-them # mood: tense
Hier denken wir wenigstens nach. Da draußen eher nicht so. # ui: phone # speaker: Kai
Große Lernkreis-Sitzung am Samstag. Alle kommen. Lass uns nicht hängen. # ui: phone # speaker: Kai # sfx: message
* [Sagen, dass du dabei bist]
    Du schickst einen Daumen hoch. Kai schickt drei Herzen zurück.
* [Erwähnen, dass Mia am Samstag Geburtstag hat]
    Du erwähnst, dass Mia am Samstag Geburtstag hat.
    Mia? Die Fußballerin? Die schreibt dir doch nur, wenn das Training ausfällt. Tolle Freundin. # ui: phone # speaker: Kai # technique: isolation
    Dir fällt keine Antwort ein, also schreibst du nichts.
- -> school_yard
