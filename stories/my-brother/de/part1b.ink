// Teil 1b: die Fahrradkette. Ein gemeinsames Ding, und was Streiten bringt.

=== the_bike ===
Dienstagabend. Deine Fahrradkette ist schon wieder abgesprungen, direkt vorm Haus. Es wird dunkel, die Straßenlaternen gehen eine nach der anderen an. # scene: street-night # mood: calm
Du fluchst gerade vor dich hin, als Jonas mit den Müllsäcken rauskommt. Er bleibt stehen. Er schaut auf die Kette, dann auf dich, so wie er dich angeschaut hat, als du acht warst.
Gib her. Du machst das falsch rum. Hast du schon immer falsch rum gemacht. # speaker: Jonas
Er hockt sich hin. Nach ein paar Sekunden sind seine Hände schwarz vom Öl. Beim Arbeiten summt er, irgendeine Melodie, die du nicht kennst. Sein Handy vibriert zweimal in der Hosentasche. Er ignoriert es.
So. Erst rückwärts treten, dann anheben. Wie oft hab ich dir das gezeigt? # speaker: Jonas
„Ungefähr hundertmal“, sagst du. Er lächelt fast.
Er bleibt länger beim Rad hocken als nötig und wischt sich die Hände an einem alten Lappen ab.
* [Ihn nach der Zeit in der Werkstatt fragen]
    ~ trust = trust + 1
    „Fehlt sie dir? Die Werkstatt?“
    Erst antwortet er nicht. Er dreht das Hinterrad und schaut zu, wie es sich dreht.
    Jeden Tag. Ich war gut, weißt du. Der alte Herr Yılmaz hat gesagt, ich hab ein Gefühl für Motoren. Dann taucht der Neffe vom Chef auf, und plötzlich ist kein Platz mehr für mich. # speaker: Jonas
    Nicht mal Entschuldigung hat einer gesagt. Nur „so läuft das halt“. # speaker: Jonas
    „Das ist echt unfair“, sagst du. Und das ist es. Du hängst kein „aber“ dran.
    Er nickt langsam, als würde er prüfen, ob du das ernst meinst. Dann sagt er leiser: „Die Leute im Chat waren die Ersten, die das auch gesagt haben.“
    Da verstehst du es ein bisschen besser. Es waren nicht zuerst die Flammen, die ihn reingezogen haben. Es war jemand, der laut gesagt hat: „Das ist unfair.“ # technique: grievance
* [Ihm mit Fakten erklären, dass das vom Abendessen einfach falsch ist]
    ~ trust = trust - 1
    „Das, was du beim Essen gesagt hast, dass denen alles hinterhergeworfen wird. Das stimmt einfach nicht. Ich hab’s nachgeschaut. Die kriegen nicht mal …“
    Jetzt geht’s los. Hat dir das deine Lehrerin erzählt? # speaker: Jonas
    Du zählst Zahlen auf. Er zählt andere Zahlen auf, aus einem Video. Du sagst, sein Video ist fake. Er sagt, deine Zahlen sind fake. Es dreht sich im Kreis wie das Hinterrad.
    Du checkst es nicht. Du hast Schule, du hast Kai, du hast einen Plan. Ich hab nichts. Und du willst eine Diskussion gewinnen. # speaker: Jonas
    Er steht auf, lässt den Lappen auf den Gehweg fallen und geht rein. Die Kette ist repariert. Sonst nichts.
    Später schreibt Kai: „fakten sind gut. aber vielleicht nicht als waffe?“ Du antwortest nicht, weil er recht hat, und das nervt. # ui: phone # speaker: Kai
* [Ihn fragen, wer die Leute in der Gruppe eigentlich sind]
    ~ trust = trust + 1
    „Wer sind die eigentlich? Die Leute, mit denen du die ganze Nacht schreibst?“
    Er schaut dich kurz misstrauisch an. Dann scheint er zu entscheiden, dass du ihn nicht angreifst.
    Meistens Typen wie ich. Viele haben ihren Job verloren oder nie einen gekriegt. Einer, Sparrow, der ist älter. Der hält das irgendwie zusammen. Der schreibt mir jeden Morgen. Fragt, wie’s mit den Bewerbungen läuft. # speaker: Jonas # technique: love-bombing
    „Jeden Morgen?“
    Jeden Morgen. Mama fragt gar nicht mehr. # speaker: Jonas
    Er sagt es wie eine Tatsache, nicht wie einen Vorwurf. Es tut trotzdem ein bisschen weh. Du merkst es dir: Sparrow. Jeden Morgen. Ziemlich viel Aufmerksamkeit von einem Fremden.
- Jonas geht rein. Durchs Küchenfenster siehst du, wie er aufs Handy schaut und schnell tippt, im Stehen, ohne die Jacke auszuziehen. # mood: calm
-> the_post
