// Part 1: three years in, and the first crack.

=== opening ===
Sunday, just after midnight. You're nineteen, you've got an early shift at the warehouse, and you can't sleep. # scene: bedroom # mood: calm
Your phone lies face down on the duvet. It's been buzzing for an hour. Emberline Core: forty-one new messages.
Three years ago Emberline was the best thing that ever happened to you. You were sixteen, your dad had just left, and school felt like a waiting room. Then Juno found your posts, and suddenly there were people who called you every night. They gave you a name: Flint. You still answer to it faster than to your own.
Kai was there from the start. Kai taught you to drive in his uncle's car park. Kai sat with you at the hospital when your mum had her operation. Everything good in the last three years has Kai somewhere in it.
You turn the phone over.
flint. you saw what Rook posted about the new family in Weaver Street? that's how it's done. # ui: phone # speaker: Juno
Under it: a photo of a front door. Someone has stuck paper flames around the frame. Forty people have reacted with fire. # cw: hate-speech
The family has two little kids. You've seen them at the bus stop, the smaller one always holding a toy digger.
they don't belong here. simple. you with us tuesday or what? # ui: phone # speaker: Rook # technique: dehumanisation
For months you've been telling yourself it's just talk. It's not just talk anymore. And the feeling in your stomach isn't new, either. It's just louder tonight.
* [React with a flame, like everyone else]
    You press the flame. It takes less than a second. You feel sick for a lot longer than that.
    good. knew we could count on you 🔥 # ui: phone # speaker: Juno # technique: love-bombing
* [Don't react. Put the phone away]
    You put the phone face down again. Your heart is thudding as if you'd shouted something.
    Two minutes later: "flint? you there?" Then: "seen 00:14". They can see you read it. # ui: phone # sfx: message
* [Write "bit much, no?"]
    ~ opened_up = opened_up + 1
    You type "bit much, no? they've got kids" and send it before you can delete it.
    The chat goes quiet for eleven seconds. Then Juno: "we'll talk tuesday." Nothing else. Nobody else says anything either. # ui: phone # technique: us-versus-them
- You lie awake until three. At some point you open the browser and type "how do you leave a group like" and stop. You don't know how to finish the sentence. # mood: tense
Among the results there's a game. Offramp. Stories about people like you, and a chat. Anonymous. You close it. Then you open it again and leave the tab there.
-> meeting

=== meeting ===
Tuesday evening. The meeting is in the back room of Rook's cousin's garage, like always. # scene: street-night # mood: tense
Kai picks you up. He's in a good mood, drumming on the steering wheel, playing the song you both liked at seventeen.
You alright? You've been weird since Sunday. # speaker: Kai
* [Tell Kai you've been having doubts]
    ~ opened_up = opened_up + 1
    You say it quietly, looking out of the window. That the door thing felt wrong. That you're tired.
    Kai doesn't answer for a while. Then he turns the music down.
    I get it. I do. But you can't say that in there. Not now. Juno's already on about you. # speaker: Kai
    He squeezes your shoulder. It's kind, and it's a warning, and you can't tell which one he means more.
* [Say you're just tired from work]
    You say the night shifts are killing you. Kai laughs and says you need a holiday, "the Core trip, summer, the lake, like old times".
    You laugh too. It sounds almost real.
- The back room smells of paint and cold coffee. Twelve people. Juno stands by the whiteboard. Rook is filming "for the archive".
Phones go in the shoebox by the door, like always. What's said in Core stays in Core. Not your mum, not your boss, not your ex. Outsiders don't understand, and what they don't understand, they report. # technique: secrecy
You remember when it was only stickers. Then it was stickers on lampposts at night. Then graffiti. Then names on a list "just so we know". Now it's doors. Every step only a tiny bit further than the last one, so it never felt like a step at all. # technique: escalation
Juno talks about "our streets", about "them" moving in, about how the soft ones always go first and how Emberline remembers who stayed loyal. # technique: us-versus-them
Then Juno looks at you.
Flint's been quiet lately. Haven't you, Flint? Family's for life. You know that. People who walk away from family, what do we call them? # speaker: Juno # technique: identity
Someone at the back says "rats". A few people laugh. # cw: threats
* [Say something to defend yourself]
    ~ opened_up = opened_up + 1
    You say you've just been working, that you're here, aren't you?
    Kai jumps in. "Flint's solid. I'd know." Juno smiles at him, not at you.
    ~ kai_vouched = true
* [Say nothing and look at the floor]
    You look at a paint stain on the floor until it stops being a stain and becomes a shape. The laughter stops on its own.
- Tuesday's job is posters. The Weaver Street flats again. You're put on the list next to Kai.
On the way out, Rook bumps your shoulder, harder than he needs to.
we know where your mum lives, rat. just joking 🙂 # ui: phone # speaker: Rook # cw: threats # distressing
Kai sees it over your shoulder. He doesn't say anything. He just starts the car.
* [Ask Kai to drive you home]
    Kai drives you home in silence. When you get out, he says, "Don't do anything stupid, yeah?" You don't know if he means leaving, or staying.
* [Walk home on your own]
    You tell Kai you want the air. You walk the long way, past the bus stop, past Weaver Street. The paper flames are gone. Somebody has taken them down. There's a child's drawing taped to the door instead: a digger, and a house, and a sun.
- -> first_contact
