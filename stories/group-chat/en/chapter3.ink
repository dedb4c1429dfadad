// Chapter 3: the inner chat, the poster, and a night at the fence.

=== inner_circle ===
The new chat is called "Core". Seven people. Juno, Dex, Rook, Saffi, two you don't know, and now you. # scene: phone # ui: phone # mood: tense
Core is different. Fewer jokes. More plans. # cw: manipulation
You're here because you're not just talk. Most people in the big chat are tourists. You're family. # ui: phone # speaker: Juno # technique: love-bombing
Dex posts a meme: a photo of people in suits at a council meeting, their faces blurred into grey static. The caption says: # distressing
not people. just noise. # ui: phone # speaker: Dex # technique: dehumanisation # cw: hate-speech # distressing
Underneath, Rook writes what he'd like to do to "the noise". Everyone reacts with flames. Saffi writes "lol calm down" and then a flame anyway. # ui: phone # distressing
Something in your stomach goes cold. But everyone else is laughing, so maybe you're the one who's wrong.
Okay, Spark-inkfox-whatever-you-want 😄 here's the special thing. We're doing a poster. The town needs to see what they did to the Hangar. # ui: phone # speaker: Juno # technique: escalation
And we need a face. The person who signed it off. Your friend's mum. Planning office. It's public, we looked it up. # ui: phone # speaker: Juno
You draw her as what she is: a Grey. Your style. Nobody draws like you. # ui: phone # speaker: Juno # technique: escalation
Mia's mum. Who drove you both to the seaside in year seven and let you choose all the music.
You're not doing anything wrong. You're telling the truth with a pen. That's what artists do. # ui: phone # speaker: Juno
* [Draw the poster]
    ~ drew_poster = true
    ~ pull = pull + 1
    You draw it at midnight with the door locked. A grey woman with a fence for a mouth, stamping the Hangar flat. It's good. That's the worst part. It's really good.
    You send it. Core goes wild. Juno writes: "THIS. this is why you're Core."
    You can't sleep. You keep seeing Mia's mum handing you a juice box in the car.
* [Draw the Hangar instead, no faces]
    You draw the Hangar again, the fence, the grey wall where the dragon used to be. No people. You send it.
    Nice. But it's a bit... safe? We need a face, Spark. People don't get angry at buildings. # ui: phone # speaker: Juno
    Then nothing. No flames. Nobody in Core writes to you for the whole evening. It feels like being shut outside in the cold.
    At eleven, Dex posts in Core:
    sorted it. used inkfox's Hangar drawing and stuck her photo on it. teamwork 🔥 # ui: phone # speaker: Dex # technique: escalation
* [Say you're busy with homework]
    You type "can't tonight, maths test" and turn your phone over.
    When you turn it back, there are twelve messages. "thought you were family." "wow." "tourist after all." # ui: phone # technique: isolation
    Then Juno, privately:
    don't listen to them. I know you're with us. I'll sort the poster. I'll use your Hangar drawing, yeah? You don't have to do anything. # ui: phone # speaker: Juno
    You didn't say yes. You didn't say no. It's already done by the time you wake up.
- Saturday. Nine o'clock at the Hangar fence. Everyone in Core. First time in real life. Don't tell anyone where you're going. # ui: phone # speaker: Juno # technique: secrecy
-> street_night

=== street_night ===
The street by the canal is empty and orange under the lights. The fence is right where you left it. # scene: street-night # mood: dark # cw: threats # distressing
Juno is shorter than you imagined, in a black raincoat, and hugs you like you've known each other for years. Dex has a roll of posters and a bucket of paste. Rook doesn't say much. He just watches you.
{drew_poster: The top poster is yours. Your grey woman, your lines, her real name printed underneath in big letters.|The top poster is made from your Hangar drawing. Someone has pasted Mia's mum's photo into it, and her real name underneath in big letters.}
Dex unrolls a list on his phone. The council office. The sports centre. And an address you know by heart. Mia's house. # technique: escalation
She goes home from work, she sees her own face on her own door. That's how they learn. # speaker: Dex
You don't have to hold the brush. Just hold the roll. Just be here with us. # speaker: Juno # technique: love-bombing
Rook is standing between you and the way back to the bridge. Maybe by accident. # pause: 1s
* [Hold the roll]
    ~ pull = pull + 1
    You hold the roll. At the council office. At the sports centre. At Mia's front door, where the doormat still says "Hello, lovely", you stand and hold it while Dex slaps on the paste.
    A light comes on upstairs. Everyone runs. You run too, laughing because they are laughing, and you feel like you might be sick on the canal path.
    At home, Core is a wall of flames. "SPARK IS ONE OF US." You turn the screen face down and lie awake until it's light.
* [Say no and walk away]
    ~ walked_away = true
    "Not Mia's house," you say. Your voice cracks. "I'm going home."
    Nobody moves for a second. Then Juno smiles, a small smile you haven't seen before.
    Sure. Go home. Just remember the drawing's yours. Your style. Everyone will know who made it. # speaker: Juno # technique: secrecy
    You walk. You don't run, because Rook is watching, but your legs are shaking so much you have to hold the bridge railing.
    Behind you, you hear the brush on a wall. They're doing it anyway.
- -> sunday_leo

=== sunday_leo ===
Sunday morning. You've slept for maybe two hours. # scene: kitchen # mood: tense
Leo is at the kitchen table eating cereal out of the box. He looks at your sleeves. There are dried white streaks on them. Paste. {walked_away: You only held the roll for a second, before you left.}
What's that? Did you do art without me? # speaker: Leo
Mum is still asleep after her shift. The flat is very quiet. Your phone, face down on the table, buzzes every few seconds.
{walked_away: Another message from Juno. No words. Just a photo of your drawing on a wall, and a flame.|Another message from Core. A photo of Mia's door. Your drawing. A hundred flames.} # ui: phone # sfx: message
* [Tell Leo a little bit]
    ~ leo_knows = true
    "I did something stupid last night," you say. "With people from the internet. Don't tell Mum yet, okay? I need to think."
    Leo puts the cereal box down. For once he doesn't make a joke.
    Is it bad stupid or funny stupid? # speaker: Leo
    "Bad stupid."
    He nods, very serious, and pushes the box towards you.
    You can have the last of the chocolate ones. # speaker: Leo
* [Say it's nothing]
    "It's nothing. School project," you say, and wipe your sleeve on your jeans.
    Leo shrugs and goes back to his cereal. But when you look up later, he's watching you the way Mum does when she's worried.
- You wash the sweatshirt twice. The streaks won't come out completely.
-> aftermath
