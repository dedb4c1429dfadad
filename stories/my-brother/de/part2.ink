// Teil 2: der Post, das Handy auf dem Tisch und ein erstes echtes Gespräch.

=== the_post ===
Mittwoch. Schulhof. Kai wartet bei den Mülltonnen mit zwei Dosen Cola. # scene: school-yard # mood: calm
Also. Dein Bruder. # speaker: Kai
Kai zeigt dir einen neuen Post von Jonas’ Account. Ein verwackeltes Foto vom Bahnhof und eine Bildunterschrift. # ui: phone
„Das sind keine Nachbarn. Das ist eine Flut. Emberline merkt sich, wer sie reingelassen hat.“ # ui: phone # technique: dehumanisation # cw: hate-speech # distressing
Ein paar Leute aus deinem Jahrgang haben es geteilt, manche, um ihn auszulachen, manche nicht. Jemand hat darunter geschrieben: „ist das nicht der typ aus der werkstatt lol, loser“. # ui: phone # cw: hate-speech
Du liest es dreimal. „Eine Flut.“ Als wären Menschen Wasser. Als wären das nicht die Familie aus der Bäckerei oder der Junge aus der Achten, der jetzt schon besser Fußball spielt als alle anderen.
Das klingt nicht nach Jonas. Jonas hat geweint, als die Katze von nebenan gestorben ist. Jonas hat mal seine letzten zehn Euro einem Mann vorm Supermarkt gegeben und dann so getan, als hätte er sie verloren.
Kai wartet. Er macht keinen Witz. Daran merkst du, dass er sich auch Sorgen macht.
* [Sagen, dass du den Post meldest und einen Screenshot für alle machst]
    ~ trust = trust - 1
    „Ich mach einen Screenshot und stell ihn in den Klassenchat“, sagst du. „Sollen alle sehen, wie er wirklich drauf ist. Vielleicht wacht er dann auf.“
    Kai verzieht das Gesicht. „Ich mein … melden kannst du den Post, klar. Aber ihn vor dem ganzen Jahrgang bloßstellen? Würdest du dann jemandem zuhören?“
    Du denkst an Jonas beim Abendessen, an das Wort „lach“ in seinem Mund. Du meldest den Post. Den Screenshot postest du nicht. Noch nicht.
* [Kai fragen, was er machen würde]
    ~ trust = trust + 1
    Ehrlich? Keine Ahnung. Mein Cousin ist mal so ähnlich geworden, nachdem sich seine Eltern getrennt haben. Was geholfen hat: Meine Tante hat ihn einfach … nicht aufgegeben. Sie hat ihn immer wieder zu Sachen eingeladen. Und sie hat bei so einer Beratung für Familien angerufen. # speaker: Kai
    Eine Beratung? Für so was? # speaker: Kai
    Ja. Es gibt Leute, die machen das beruflich. Du kannst anrufen, ohne deinen Namen zu sagen. Die sagen dir, wie du mit jemandem redest, ohne dass es schlimmer wird. # speaker: Kai
    Du meldest den Post, so wie du jeden Post wie diesen melden würdest. Dann speicherst du „Beratung für Familien“ in deinen Notizen. Nur, um es zu haben.
- -> class_chat

=== the_talk ===
Donnerstagabend. Jonas ist unter der Dusche. Sein Handy liegt auf dem Küchentisch, Display nach oben. Es leuchtet auf. „Emberline: Kern“ – vierzig neue Nachrichten. # scene: kitchen # mood: tense
Du kennst seinen Code. Er benutzt denselben, seit er zwölf ist.
* [Sein Handy entsperren und den Chat lesen]
    ~ snooped = true
    ~ trust = trust - 2
    Dein Daumen zittert. Vier Ziffern. Du bist drin. # ui: phone
    brüder, die familie ist die letzte mauer. wenn sie euch auslachen, beweist das nur, dass ihr recht habt. # ui: phone # speaker: Sparrow # technique: us-versus-them
    erzählt ihnen nichts. was wir hier aufbauen, würden sie nie verstehen. # ui: phone # speaker: Sparrow # technique: secrecy
    die kleine nervensäge zuhause hält das für nen witz. meine mutter heult nur # ui: phone # speaker: Jonas
    dann sind wir jetzt deine familie, Torch. # ui: phone # speaker: Sparrow # technique: identity
    Das Wasser geht aus. Du legst das Handy zurück, nicht ganz an dieselbe Stelle. # mood: tense
    Jonas kommt rein, das Handtuch um den Hals. Er schaut aufs Handy. Er schaut dich an. Er sagt nichts. Muss er auch nicht.
* [Es liegen lassen und später an seine Tür klopfen]
    ~ trust = trust + 1
    Du lässt das Handy, wo es ist. Es gehört ihm. Wenn du wissen willst, was los ist, musst du ihn fragen.
    Eine Stunde später klopfst du an seine Tür, mit zwei Tassen Kakao, der mit viel zu vielen Marshmallows, den er dir früher gemacht hat, wenn du krank warst. # scene: bedroom # mood: warm
    Er schaut lange auf die Tassen. Dann nimmt er seine Jacke vom Stuhl.
    Na dann, setz dich. # speaker: Jonas
    Erst redet ihr über nichts. Das Spiel, das er früher gezockt hat. Wie ihr euch beide mal am See verlaufen habt. Dann fragst du vorsichtig, was ihm an der Gruppe gefällt.
    Die hören zu. Wenn ich sage, dass ich wütend bin, sagt keiner, ich soll mich beruhigen. Die sagen, ich hab allen Grund dazu. # speaker: Jonas # technique: love-bombing
    Die nennen mich Torch. Klingt bescheuert, oder? Aber besser als „der, der die Lehrstelle nicht gekriegt hat“. # speaker: Jonas # technique: identity
    Du sagst nicht, dass es bescheuert ist. Du sagst, dass du verstehst, dass man einen Namen will, der nicht nach Versagen klingt. Er schaut dich an, als wäre er überrascht.
- Später im Bett schreibst du Kai. # scene: bedroom # mood: calm
{snooped: hab was dummes gemacht. sein handy gelesen. er weiß es. | ich hab echt mit ihm geredet. so richtig.} # ui: phone
{snooped: autsch. ok. heißt nicht, dass alles vorbei ist. aber mach’s vielleicht nicht nochmal | krass. und was machst du jetzt?} # ui: phone # speaker: Kai
Unten brennt bei Mama noch Licht. Frau Okafor, die Schulsozialarbeiterin, hat morgen Sprechstunde. Jonas’ Musik wummert durch die Wand.
* [Heute Abend noch mit Mama reden]
    ~ told_adult = true
    Du gehst runter. Mama sitzt vor einem kalten Tee und macht gar nichts. # scene: kitchen # mood: calm
    Du erzählst ihr von den Posts, der Flamme, „Torch“. {snooped: Und dass du sein Handy gelesen hast und er es weiß.}
    Ich dachte, ich bilde mir das ein. Ich dachte, wenn ich kein Theater mache, geht das vorbei. # speaker: Mama
    Ihr sucht zusammen nach einer Beratung für Familien. Sie sagt, sie ruft morgen in der Mittagspause an. Du sagst, du kommst mit zu Frau Okafor, wenn sie will.
* [Morgen zur Schulsozialarbeiterin gehen]
    ~ told_adult = true
    Freitag. Frau Okafors Büro riecht nach Kaffee und Heizungsstaub. # scene: school-yard # mood: calm
    Du petzt nicht. Du machst dir Sorgen um jemanden, den du lieb hast. Das ist was anderes. # speaker: Beraterin
    Was meistens hilft: in Kontakt bleiben. Neugierig bleiben, auf ihn, nicht auf die Gruppe. Nicht über Ideologie streiten, sondern nach seinem Leben fragen. Und früh Rat holen, für dich und deine Mama. Du musst das nicht allein tragen. # speaker: Beraterin
    Sie schreibt „Beratung für Familien“ und „mit Mama reden“ auf einen Klebezettel und gibt ihn dir.
* [Es erst mal für dich behalten]
    Du ziehst die Decke hoch. Ist seine Sache. Vielleicht geht’s vorbei. Wahrscheinlich schon. # mood: tense
    Die Musik hinter der Wand hört erst um drei auf.
- -> late_message

=== class_chat ===
Mittwochabend. Der Klassenchat hört nicht auf. Jemand hat aus Jonas’ Profilbild einen Sticker gemacht, mit einer Comic-Flamme auf dem Kopf. # scene: phone # ui: phone # mood: tense
„flut-typ ist dem chat beigetreten 🔥“ „der denkt echt, er ist in nem film“ „ist das nicht dein bruder lol“ # ui: phone # cw: bullying
Zwölf Leute haben den Sticker schon benutzt. Eine davon ist ein Mädchen, das du eigentlich magst. # ui: phone
{mocked: Du denkst an deinen Witz beim Abendessen und an Mamas Lachen. Das war lustiger, als es nur du warst.}
* [Schreiben: „das ist mein bruder. hört auf.“]
    ~ trust = trust + 1
    ~ defended = true
    das ist mein bruder. was er gepostet hat, ist nicht ok, und ich hab’s gemeldet. aber hört auf mit dem sticker. # ui: phone
    Kurz nichts. Dann: „ok sorry“. „fair“. Jemand löscht den Sticker. Jemand anderes schickt ihn nochmal und löscht ihn dann auch. # ui: phone
    Kai schreibt dir privat: ein Daumen hoch und „respekt“. # ui: phone # speaker: Kai
    Du weißt nicht, ob Jonas das je sieht. Aber du siehst es, und es fühlt sich an, als würdest du auf festem Boden stehen.
* [Den Sticker auch schicken, damit keiner denkt, du hältst zu ihm]
    ~ mocked = true
    ~ trust = trust - 1
    Du schickst ihn. Ein Lach-Emoji dazu, damit es locker aussieht. # ui: phone
    „LOL sogar die eigene familie 💀“ Dreißig Reaktionen. # ui: phone
    Um eins hörst du Jonas durch die Wand. Er redet nicht. Er läuft nur rum, macht Schubladen auf und zu, als könnte er nicht stillsitzen. Jemand aus dem Klassenchat hat einen Bruder in seinem alten Jahrgang. So was spricht sich rum. # mood: dark
    Du löschst den Sticker. Er wurde schon viermal gescreenshottet.
* [Den Chat stummschalten]
    Du schaltest den Chat für acht Stunden stumm. Dann für eine Woche.
    Davon verschwindet der Sticker nicht. Du musst nur nicht mehr zuschauen, wie er sich verbreitet.
    Kai schreibt: „du musst nicht alles retten. aber vielleicht mit jemandem reden? so mit einem erwachsenen jemand?“ # ui: phone # speaker: Kai
- -> the_talk
