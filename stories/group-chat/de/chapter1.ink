// Kapitel 1: Der Hangar ist weg, und online fällt jemandem auf, dass es dich gibt.

=== opening ===
Donnerstag, Viertel nach zehn. Die Hausaufgaben liegen offen auf dem Schreibtisch, und du hast noch kein einziges Wort geschrieben. # scene: bedroom # mood: calm
Stattdessen zeichnest du den Hangar. Schon wieder.
Der Hangar war der Jugendtreff am Kanal: hinten die Halfpipe, der Kunstraum mit dem farbverkrusteten Waschbecken, das Sofa, das nach Chips roch. Drei Jahre lang jeden Mittwoch. Du und Mia, nebeneinander, Comics zeichnen, die sonst nie jemand gesehen hat.
Letzte Woche kam ein Bauzaun drum herum. Am Tor ein Schild: „Geschlossen. Grundstück an Investor verkauft.“ Keiner hat dich gefragt. Keiner hat es dir überhaupt gesagt. Du hast es gemerkt, weil der Türcode nicht mehr ging.
Mia ist heute beim Fußball. Mia ist jetzt oft beim Fußball. Ihr neues Team hat einen Gruppenchat, der alle zwei Minuten pingt.
Aber deine Zeichnung ist gut. Die vernagelten Fenster, der Zaun, das kleine Sofa, das draußen im Regen stehen geblieben ist. Du willst, dass das jemand sieht.
Du öffnest Sketchwall, die Zeichen-App, in der du deine Sachen unter dem Namen „inkfox“ postest.
* [Mit einer leisen Bildunterschrift posten]
    Du schreibst: „Vermisse diesen Ort.“ Dazu ein Regenwolken-Emoji, und raus damit, bevor du es dir anders überlegst.
* [Mit einer wütenden Bildunterschrift posten]
    ~ angry_caption = true
    Du schreibst: „Die haben uns den einzigen Ort weggenommen, der uns gehört hat, und keinen gefragt. Hoffentlich säuft der Neubau ab.“ Fühlt sich ungefähr vier Sekunden lang gut an.
- Zwei Likes. Dann eine Weile gar nichts. Du fängst doch noch mit Mathe an. # mood: calm
Um 23:04 vibriert dein Handy. Ein Kommentar unter der Zeichnung. # sfx: message
Okay, das ist echt unglaublich. Das Sofa im Regen?? Da steckt die ganze Geschichte drin. # ui: phone # speaker: Juno # technique: love-bombing
Dann eine private Nachricht vom selben Account. Das Profilbild ist eine kleine orange Flamme. # sfx: message
-> first_contact

=== first_contact ===
Hey. Sorry, dass ich dich einfach anschreibe. Mach ich sonst nie. Aber deine Zeichnung hat mich irgendwie erwischt. # scene: phone # ui: phone # speaker: Juno
{angry_caption: Und deine Bildunterschrift? Genau so. Endlich sagt's mal jemand.|Und „Vermisse diesen Ort“ – ja. Drei Wörter, und ich hab's gespürt.} # ui: phone # speaker: Juno
Wir hatten auch so einen Ort. Vor zwei Jahren zugemacht. Gleicher Zaun, gleiches Schild. Jetzt ist da ein Parkplatz. # ui: phone # speaker: Juno # technique: grievance
Wie alt bist du eigentlich, wenn ich fragen darf? Du zeichnest wie jemand, der viel älter ist. # ui: phone # speaker: Juno
Du schreibst Juno, dass du fünfzehn bist. Juno ist neunzehn und „steinalt“, mit Totenkopf-Emoji.
Eine Stunde lang schreibt ihr über alles Mögliche. Comics. Die Schattierung am Sofa. Welche Stifte du benutzt. Juno fragt, was deine Mutter arbeitet, wie deine Schule so ist, ob du da viele Freunde hast. Juno merkt sich jede Antwort.
So viele Fragen hat dir seit Monaten keiner mehr gestellt. # mood: warm
Darf ich was sagen, ohne dass es komisch wird? Du wirkst wie jemand, der Sachen sieht, die anderen nicht auffallen. Das ist selten. Die meisten schlafwandeln einfach durchs Leben. # ui: phone # speaker: Juno # technique: love-bombing
Wir sind ein paar Leute. Wir schreiben jeden Abend. Kunst, Musik, was in dieser Stadt alles schiefläuft. Wir nennen uns Emberline. Du würdest reinpassen. # ui: phone # speaker: Juno
* [Sofort zusagen]
    ~ pull = pull + 1
    Du tippst „klar, warum nicht“ und merkst, wie dein Herz ein bisschen schneller schlägt.
    JA. Ich füg dich hinzu. Die werden dich lieben. # ui: phone # speaker: Juno # sfx: message
* [Fragen, was Emberline eigentlich ist]
    Du fragst, was Emberline eigentlich ist. Ein Verein? Eine Band? Ein Spiel?
    Eher so was wie eine Familie. Leute, die es satthaben, übersehen zu werden. Kein Drama, keine Fakes. Wirst schon sehen. # ui: phone # speaker: Juno # technique: identity
    Eine richtige Antwort ist das nicht. Aber es klingt schön. Du schreibst okay.
* [Sagen, dass du es dir überlegst]
    Du schreibst, dass du es dir überlegst, und legst das Handy auf den Nachttisch.
    Es vibriert zweimal. „Kein Stress!! Ehrlich.“ Dann eine Zeichnung: ein Fuchs mit einer winzigen Laterne. Darunter steht dein Username. # sfx: message
    Das hat Juno für dich gezeichnet. In zehn Minuten. Du öffnest die Einladung.
- Der Emberline-Chat explodiert in dem Moment, in dem du reinkommst. # ui: phone # sfx: message
willkommen inkfox!!! kunst-alarm 🔥🔥🔥 # ui: phone # speaker: Dex # technique: love-bombing
hab die Hangar-Zeichnung gesehen. Gänsehaut. ehrlich # ui: phone # speaker: Saffi
endlich mal jemand mit echtem talent hier lol # ui: phone # speaker: Rook
Dreiundzwanzig Leute. Überall Flammen. Alle scheinen deinen Namen schon zu kennen.
Um zwei schläfst du ein, das Handy auf der Brust, und grinst immer noch. # mood: warm
-> school_yard
