// Chapter 2: school, the grievance grows a shape, dinner at home.

=== school_yard ===
Friday. The school yard smells of wet tarmac and someone's energy drink. # scene: school-yard # mood: calm
Mia finds you by the bike racks. Her ponytail is still damp from training.
You look like a zombie. Did you sleep at all? # speaker: Mia
She holds out half a croissant. She always brings half. It's been that way since year five.
I walked past the Hangar this morning. They've painted over our wall. The dragon, the one we did together. Just... grey now. # speaker: Mia
You both stand there for a moment, not saying anything. It's the first time in ages it feels like it used to. # calm # hook: reflect
My mum says the council really didn't have the money any more. She works in the planning office, she was gutted about it. There might be a new room at the sports centre next year. # speaker: Mia
Your phone buzzes in your pocket. Then again. Emberline is awake. # sfx: message
* [Tell Mia about Emberline]
    ~ told_mia = true
    You tell her about Juno, about the chat, about twenty-three people who all loved the Hangar drawing.
    Wait, you met them online last night and they're already your best mates? # speaker: Mia
    She's laughing, but she's also looking at you properly. "Just... be a bit careful, yeah? People online can be really nice really fast."
    It stings more than it should. "You've got your football lot," you say. "I'm allowed people too."
    Mia's smile wobbles. "Course you are."
* [Show her the drawing, not the chat]
    You show her the Hangar drawing on Sketchwall. She zooms in on the sofa and goes quiet.
    This is the best thing you've ever done. Seriously. Can I send it to my mum? # speaker: Mia
    You say yes. You don't mention Juno, or the flames, or the chat. You're not sure why.
* [Check your phone instead]
    ~ pull = pull + 1
    You pull your phone out and start scrolling while Mia is still talking.
    Am I boring you? # speaker: Mia
    "Sorry. Just something," you say, and keep reading. Mia eats her half of the croissant in silence and goes in when the bell rings.
- The bell goes. Nineteen new messages. You read them under the desk all through geography.
-> grievance_chat

=== grievance_chat ===
Over the next week, Emberline becomes the place your evenings happen. # scene: phone # mood: warm
People post drawings, songs, memes, photos of closed-down places in other towns. Someone always answers you within a minute. Juno messages you privately every night.
You told me your friend's mum works at the council, right? In planning? # ui: phone # speaker: Juno # mood: tense
Because here's the thing. "No money" is what they always say. There was money for the flats. There's always money for people like them. # ui: phone # speaker: Juno # technique: grievance
The Grey decide. The council, the teachers, the people in suits. Everyone else just goes along. We call them Sleepers. # ui: phone # speaker: Juno # technique: us-versus-them
And then there's us. The ones who are awake. That's what Emberline means. You're one of us, inkfox. You knew it before you met me. # ui: phone # speaker: Juno # technique: identity
You read it three times. It explains things. Why the Hangar is gone. Why nobody listens. Why you feel the way you feel.
* [Agree with Juno]
    ~ pull = pull + 1
    You type: "it's like everything's decided before we even get a say." Juno replies with a single flame, then: "exactly. you get it."
* [Push back about Mia's mum]
    You type: "Mia's mum was actually sad about it though. she's not a bad person."
    Sure. Nice people are the best Sleepers. Nice is how they keep you quiet. # ui: phone # speaker: Juno # technique: us-versus-them
    Does Mia ever actually ask how YOU are? Or just about football? # ui: phone # speaker: Juno # technique: isolation
    You start to answer, and stop. Mia did ask. Didn't she? You can't remember now.
- One more thing. Keep Emberline to yourself, okay? Outsiders twist everything. Especially parents. They're Grey without even knowing it. # ui: phone # speaker: Juno # technique: secrecy
In the main chat, Dex posts a rule: everyone picks an Emberline name and swaps their profile picture for a flame.
Old you, new you. # ui: phone # speaker: Dex # technique: identity
* [Become "Spark"]
    ~ took_ember_name = true
    ~ pull = pull + 1
    You change your name to Spark. The chat fills with flames. "SPARK!!!" Someone draws you a little flame with fox ears.
    It feels like being picked first for a team, for once.
* [Keep "inkfox"]
    You keep inkfox. "i like my name," you write.
    Nobody says anything for a minute. Then Juno: "totally fine!! no pressure." But for the rest of the evening, fewer people reply to you.
- Your phone says you've spent six hours in the app today. You turn that notification off.
-> detention

=== kitchen ===
Sunday. Mum made lasagne, which means she's trying, because she's had three night shifts in a row. # scene: kitchen # mood: warm
Leo, your little brother, is eleven and has tomato sauce on his forehead somehow.
Phones in the basket, both of you. One dinner. That's all I'm asking. # speaker: Mum
Leo drops his in straight away. Yours buzzes in your hand. Then again. Emberline is voting on something.
Who's Juno? # speaker: Leo
He must have seen the screen. He says it in a sing-song voice, the way he says everything annoying.
Mum puts her fork down.
Who's Juno, love? # speaker: Mum
Keep Emberline to yourself. Especially parents. You hear it like Juno is sitting at the table. # technique: secrecy # mood: tense
* [Snap at Mum]
    ~ snapped_at_mum = true
    ~ pull = pull + 1
    "Can you not? You're never even here, and now you want to know everything?" It comes out louder than you meant. # cw: family-conflict
    Leo stops chewing. Mum looks like you've slapped her.
    That's not fair. I'm working so we can keep this flat. # speaker: Mum
    You take your plate to your room. Nobody stops you. In the chat, Juno writes: "they always play the victim. you're allowed to be angry."
    Later there's a soft knock. "I left some lasagne in the oven," Mum says through the door. You don't answer.
* [Put the phone in the basket]
    You put the phone in the basket. It buzzes against Leo's and rattles the whole thing.
    "Just someone from an art group," you say. It's not even a lie. Not really.
    Mum smiles, tired.
    Show me something you've drawn sometime? I miss seeing your stuff. # speaker: Mum
    Leo tells a joke about a penguin that makes no sense, and you laugh harder than you have all week. Your chest feels weird. Like you forgot something.
- Later, in your room, there are forty-one messages. Three are from Juno, just for you.
Hey. Got something special to ask you. Only the people I trust most. # ui: phone # speaker: Juno # sfx: message
-> inner_circle

=== detention ===
Wednesday, maths, fourth period. You're meant to be doing simultaneous equations. You're drawing flames in the margin instead, dozens of them, each one a bit different. # scene: school-yard # mood: tense
Mr Adler stops next to your desk. He picks up your sketchbook, the good one with the black cover, the one with every Hangar drawing in it.
I'll have this. You can collect it after school. And you can stay for half an hour while you're at it. # speaker: Mr Adler
Someone at the back goes "ooooh". Your face burns.
Mia, two rows in front, turns round and mouths: "You okay?" You look away.
By the time the bell goes, you've already typed the whole thing into Emberline in your head.
They took the Hangar. Now they take your sketchbook. Do you see the pattern yet? It's not you. It's never been you. # ui: phone # speaker: Juno # technique: grievance
People like Adler need you small. Small and quiet and drawing what they tell you. # ui: phone # speaker: Juno # technique: us-versus-them
* [Vent in the Emberline chat]
    ~ vented_in_chat = true
    ~ pull = pull + 1
    You write it all out in the big chat. Adler, the sketchbook, the "ooooh". Your fingers are shaking.
    Within a minute there are thirty replies. "what a Grey." "classic." Dex posts a photo of your school's front gate he found somewhere and writes: "someone should tell Mr Adler what we think." # ui: phone # technique: escalation
    You feel seen. You also feel a little bit sick, and you don't know which feeling to believe.
* [Message Mia instead]
    You message Mia: "sorry I ignored you. it was just embarrassing."
    She answers in under a minute.
    Adler confiscated MY phone in year eight. I cried in the toilets. he gave it back and said sorry the next day. he's not evil, just really into equations 😅 # ui: phone # speaker: Mia
    Then, a second message:
    want me to wait with you after school? I've got no training today. # ui: phone # speaker: Mia
    You say yes. For half an hour she sits outside the classroom door and sends you terrible drawings of Mr Adler as a triangle. You laugh out loud and get a look.
* [Go and ask for the sketchbook back]
    At the end of detention you go up to Mr Adler's desk. "Sorry. I wasn't listening. Can I have my sketchbook back?"
    He hands it over and, to your surprise, taps the cover.
    The canal building. The one with the sofa. That's really good, you know. Is that the old youth club? # speaker: Mr Adler
    You nod. He's quiet for a second.
    Shame about that place. My daughter went there. # speaker: Mr Adler
    On the way home, Juno asks how it went. You say "fine, got it back". Juno replies: "they always act nice when they're caught." You don't know what to say to that.
- That night Juno writes to you for three hours. About the Hangar. About Adler. About how the world is split in two, and how you already know which side you're on. # mood: dark
-> kitchen
