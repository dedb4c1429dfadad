// Teil 1: Bemerken. Jonas ist neunzehn, du bist siebzehn.

=== opening ===
Samstagmorgen. Dein Zimmer. Durch die Wand hörst du Jonas reden, schnell und leise, so wie er früher nie geredet hat. # scene: bedroom # mood: calm
Jonas ist zwei Jahre älter als du. Er hat dir Kartentricks beigebracht, wie man eine Fahrradkette wieder drauf kriegt und wie man beim Zahnarzt so tut, als hätte man keine Angst.
Seit er im Frühling die Lehrstelle in der Werkstatt nicht bekommen hat, hängt er viel in seinem Zimmer. Kopfhörer. Lange Videos. Ein neuer Gruppenchat, der die ganze Nacht vibriert.
In deinem Regal liegt noch das Kartenspiel, das er dir zum zehnten Geburtstag geschenkt hat, das mit der geknickten Herzdame. Früher hat er sie verschwinden lassen und dann aus deiner Kapuze gezogen. Du hast ihn seit einem Jahr keinen Kartentrick mehr machen sehen.
Letzten Monat hast du ihn gebeten, dir noch mal den mit den vier Assen zu zeigen. Er hat „später“ gesagt und nicht vom Handy hochgeschaut. Später kam nie. Du hast dir gesagt, er ist halt müde. Nach vierzig Bewerbungen ist jeder müde.
Dein Handy leuchtet auf. Kai, dein bester Freund seit der Grundschule. # ui: phone
hast du gesehen, was dein bruder gepostet hat?? # ui: phone # speaker: Kai
Kai schickt einen Screenshot. Jonas, unter einem Video über den Stadtrat: „Die lassen die Stadt verrotten und nennen uns faul. Manche von uns wachen gerade auf. Der Rest kann weiterschlafen.“ Darunter eine kleine Flamme. # ui: phone # technique: grievance
Schon wieder die Flamme. Sie ist jetzt auch auf seiner Handyhülle und als Sticker an seiner Zimmertür.
* [Kai fragen, was er davon hält]
    ehrlich, das sieht aus wie dieses emberline-zeug. mein cousin sagt, das ist online so ein ding. wütende typen, überall flammen # ui: phone # speaker: Kai
    alles ok bei dir? # ui: phone # speaker: Kai
    Du tippst „passt schon“ und löschst es wieder. Du tippst „keine ahnung“ und schickst es ab.
* [Kai ein Lach-Emoji schicken]
    Du schickst ein lachendes Gesicht, weil das leichter ist, als zu sagen, dass es nicht lustig ist.
    lol ok. aber mal ehrlich, geht’s ihm gut? # ui: phone # speaker: Kai
    Du antwortest nicht. Du weißt die Antwort nicht.
- -> dinner

=== dinner ===
Sonntagabend, Abendessen. Mama hat den Kartoffelauflauf gemacht, den Jonas so liebt. Er isst mit einem Kopfhörer im Ohr. # scene: kitchen # mood: tense
Im Hintergrund laufen Nachrichten: ein Beitrag über die neue Unterkunft für Geflüchtete am Bahnhof.
Super. Noch mehr Leute, denen alles hinterhergeworfen wird, während Leute wie ich gar nichts kriegen. # speaker: Jonas # technique: us-versus-them
Jonas, bitte. Nicht beim Essen. # speaker: Mama
Siehst du? Hier will das nicht mal einer hören. Genau das sagen sie ja. Die eigene Familie wacht als Letzte auf. # speaker: Jonas # technique: isolation
Mama sieht dich an. Jonas sieht dich an. Alle warten darauf, dass du dich auf eine Seite stellst.
* [Einen Witz über sein „Aufwachen“ machen]
    ~ mocked = true
    ~ trust = trust - 1
    „Wow, haben dir die Flammenleute eine Urkunde fürs Aufwachen gegeben?“, sagst du.
    Mama prustet los, bevor sie es verhindern kann. Jonas’ Gesicht wird ganz still.
    Lach ruhig. Du wirst schon sehen. # speaker: Jonas
    Er nimmt seinen Teller mit in sein Zimmer. Die Tür klickt. Den ganzen Abend siehst du von ihm nur noch den Flammensticker.
* [Ihn fragen, was ihn so wütend gemacht hat]
    ~ trust = trust + 1
    „Was ist eigentlich los?“, fragst du. „Früher hast du nicht so geredet.“
    Jonas zuckt mit den Schultern, aber er steht nicht auf.
    Du weißt doch, was los ist. Die Werkstatt hat den Neffen vom Chef genommen statt mich. Seitdem vierzig Bewerbungen. Nichts. Online gibt’s wenigstens Leute, die das verstehen. # speaker: Jonas # technique: grievance
    Das klingt echt mies. Das mit der Werkstatt. Ich wusste nicht, dass es vierzig waren. # speaker: Mama
    Eine Sekunde lang sieht er aus wie der alte Jonas. Dann vibriert sein Handy, und er schaut nach unten.
* [Nichts sagen und weiteressen]
    Du starrst auf deinen Teller. Die Kartoffeln werden kalt.
    Jonas isst schweigend auf und geht nach oben. Mama seufzt und macht die Nachrichten aus.
    Später klopft sie an deine Tür. „Hat er dir was erzählt?“ Du schüttelst den Kopf. # scene: bedroom # mood: calm
- -> the_bike
