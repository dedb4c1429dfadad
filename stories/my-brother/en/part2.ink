// Part 2: the post, the phone on the table, and a first real talk.

=== the_post ===
Wednesday. The school yard. Kai is waiting by the bins with two cans of cola. # scene: school-yard # mood: calm
So. Your brother. # speaker: Kai
Kai shows you a new post from Jonas's account. A blurry photo of the station, and a caption. # ui: phone
"They're not neighbours. They're a flood. Emberline remembers who let them in." # ui: phone # technique: dehumanisation # cw: hate-speech # distressing
A few people in your year have shared it, some to laugh at him, some not. Someone has written under it: "isn't that the guy from the garage lol, loser". # ui: phone # cw: hate-speech
You read it three times. "A flood." Like people are water. Like they're not the family from the bakery, or the boy in year eight who's already better at football than anyone.
It doesn't sound like Jonas. Jonas cried when the neighbour's cat died. Jonas gave his last ten euros to a man outside the supermarket once and then pretended he'd lost it.
Kai waits. He doesn't make a joke. That's how you know he's worried too.
* [Say you'll report the post and screenshot it for everyone]
    ~ trust = trust - 1
    "I'm going to screenshot it and post it in the class chat," you say. "Let everyone see what he's really like. Maybe that'll wake him up."
    Kai pulls a face. "I mean. You can report the post, sure. But shaming him in front of the whole year? Would that make you listen to someone?"
    You think of Jonas at dinner, the word "laugh" in his mouth. You report the post. You don't post the screenshot. Not yet.
* [Ask Kai what he'd do]
    ~ trust = trust + 1
    Honestly? I don't know. My cousin went a bit like that after his parents split up. What helped was my aunt just... not giving up on him. She kept inviting him to stuff. And she talked to some advice line for families. # speaker: Kai
    An advice line? For this? # speaker: Kai
    Yeah. There are people who do this as a job. You can call without giving your name. They tell you how to talk to someone without making it worse. # speaker: Kai
    You report the post, the way you'd report any post like that. Then you save "advice line for families" in your notes, just to have it.
- -> class_chat

=== the_talk ===
Thursday night. Jonas is in the shower. His phone is lying on the kitchen table, face up. It lights up. "Emberline: Core" — forty new messages. # scene: kitchen # mood: tense
You know his code. He's used the same one since he was twelve.
* [Unlock his phone and read the chat]
    ~ snooped = true
    ~ trust = trust - 2
    Your thumb is shaking. Four digits. You're in. # ui: phone
    brothers, families are the last wall. if they mock you, that's proof you're right. # ui: phone # speaker: Sparrow # technique: us-versus-them
    tell them nothing. what we build here, they'd never understand. # ui: phone # speaker: Sparrow # technique: secrecy
    the kid at home thinks it's a joke. my mum just cries # ui: phone # speaker: Jonas
    then we're your family now, Torch. # ui: phone # speaker: Sparrow # technique: identity
    The shower stops. You put the phone back, not quite in the same spot. # mood: tense
    Jonas comes in, towel round his neck. He looks at the phone. He looks at you. He doesn't say anything. He doesn't have to.
* [Leave it and knock on his door later]
    ~ trust = trust + 1
    You leave the phone where it is. It's his. If you want to know what's going on, you'll have to ask him.
    An hour later you knock on his door with two mugs of hot chocolate, the kind with too many marshmallows that he used to make you when you were ill. # scene: bedroom # mood: warm
    He looks at the mugs for a long time. Then he moves his jacket off the chair.
    Sit, then. # speaker: Jonas
    You talk about nothing first. The game he used to play. The time you both got lost at the lake. Then you ask, carefully, what he likes about the group.
    They listen. When I say I'm angry, nobody tells me to calm down. They say I'm right to be angry. # speaker: Jonas # technique: love-bombing
    They call me Torch. Sounds stupid, right? But it's better than "the one who didn't get the apprenticeship". # speaker: Jonas # technique: identity
    You don't say it's stupid. You say you get wanting a name that isn't a failure. He looks at you like he's surprised.
- Later, in bed, you write to Kai. # scene: bedroom # mood: calm
{snooped: i did something dumb. read his phone. he knows. | i actually talked to him. like properly.} # ui: phone
{snooped: oof. ok. doesn't mean it's over. but maybe don't do it again | that's big. what are you gonna do now?} # ui: phone # speaker: Kai
Mum's light is still on downstairs. Ms Okafor, the school counsellor, has office hours tomorrow. Jonas's music is thudding through the wall.
* [Talk to Mum tonight]
    ~ told_adult = true
    You go down. Mum is sitting with a cold cup of tea, doing nothing. # scene: kitchen # mood: calm
    You tell her about the posts, the flame, "Torch". {snooped: And that you read his phone, and that he knows.}
    I thought I was imagining it. I thought if I didn't make a fuss it'd pass. # speaker: Mum
    You find the advice line for families together. She says she'll call tomorrow, on her lunch break. You say you'll come with her to Ms Okafor if she wants.
* [Go to the school counsellor tomorrow]
    ~ told_adult = true
    Friday. Ms Okafor's office smells of coffee and radiator dust. # scene: school-yard # mood: calm
    You're not snitching. You're worried about someone you love. That's different. # speaker: Counsellor
    What usually helps: stay in contact. Stay curious about him, not about the group. Don't argue ideology, ask about his life. And get advice early, for you and your mum. You don't have to carry this alone. # speaker: Counsellor
    She writes "advice line for families" and "talk to Mum" on a sticky note and gives it to you.
* [Keep it to yourself for now]
    You pull the duvet up. It's his business. Maybe it'll pass. It probably will. # mood: tense
    The music through the wall doesn't stop until three.
- -> late_message

=== class_chat ===
Wednesday night. The class chat won't stop. Someone has made a sticker out of Jonas's profile picture with a cartoon flame on his head. # scene: phone # ui: phone # mood: tense
"flood guy has entered the chat 🔥" "bro thinks he's in a movie" "isn't that ur brother lol" # ui: phone # cw: bullying
Twelve people have used the sticker. One of them is a girl you actually like. # ui: phone
{mocked: You remember your joke at dinner, and Mum laughing. It looked funnier when it was only you.}
* [Write: "he's my brother. stop."]
    ~ trust = trust + 1
    ~ defended = true
    he's my brother. what he posted is not ok and i reported it. but stop with the sticker. # ui: phone
    For a moment nothing. Then: "ok sorry". "fair". Someone deletes the sticker. Someone else sends it again, and then deletes it too. # ui: phone
    Kai sends you a private message: a single thumbs up and "respect". # ui: phone # speaker: Kai
    You don't know if Jonas will ever see this. But you do, and it feels like standing somewhere solid.
* [Send the sticker too, so nobody thinks you're on his side]
    ~ mocked = true
    ~ trust = trust - 1
    You send it. A laughing face next to it, so it looks light. # ui: phone
    "LMAO even his own sibling 💀" Thirty reactions. # ui: phone
    At one in the morning you hear Jonas through the wall. Not talking. Just moving around, opening and closing drawers, like he can't sit still. Someone in the class chat has a brother in his old year. Things travel. # mood: dark
    You delete the sticker. It's been screenshotted four times already.
* [Mute the chat]
    You mute the chat for eight hours. Then for a week.
    It doesn't make the sticker go away. It just means you don't have to watch it spread.
    Kai writes: "you don't have to fix everything. but maybe talk to someone? like a grown-up someone?" # ui: phone # speaker: Kai
- -> the_talk
