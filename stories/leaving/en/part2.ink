// Part 2: the first anonymous contact, home, and the pressure from the group.

=== first_contact ===
Back in your room, you open the tab you left there on Sunday. # scene: bedroom # mood: calm
There's a button: "Talk to someone". Underneath, in small letters: anonymous, no name, no number, you can stop at any time. Counsellors include people who left groups themselves.
Your thumb hovers over it for a long time.
* [Open the chat]
    ~ wrote_counsellor = true
    You press it. A little form asks what you want. You tick "leave a group". Nothing else. You don't even give a fake name. It calls you Guest-4R7M.
* [Close it. Not tonight]
    You close it. Then you lie there with your eyes open for an hour, and at two in the morning you open it again and tick "leave a group" before you can think. It calls you Guest-4R7M.
    ~ wrote_counsellor = true
- Four minutes. Then a message. # ui: phone # scene: phone # sfx: message
Hi. I'm Ash. That's not my real name, and you don't have to give me yours. I'm a counsellor here, and before that I was in a group for five years. Not yours. Something similar. I left when I was twenty-two. # ui: phone # speaker: Counsellor
I won't pretend I know exactly how it is for you. But I know the 2 a.m. feeling. Want to tell me a bit? # ui: phone # speaker: Counsellor
Your fingers are shaking. You type, delete, type again. In the end you write: "i want out but they're my friends. all of them. and they know where my mum lives."
That's a lot to carry on your own. Thank you for writing it down. First question, and it's the important one: are you safe right now, tonight? # ui: phone # speaker: Counsellor
* [Say yes, you're at home and it's quiet]
    You say yes. You're at home. Your mum's asleep. The door's locked.
    Good. Then we've got time. We don't have to solve everything tonight. Nobody leaves in one night, not really. # ui: phone # speaker: Counsellor
* [Say you don't know]
    ~ opened_up = opened_up + 1
    You write "i don't know" and then tell Ash about Rook's message. The bit about your mum.
    Okay. That's a threat, and it's right to take it seriously. If anyone is ever in danger right now, that's the police, not a chat, and I'll say that every time. Is anyone there right now? # ui: phone # speaker: Counsellor
    You say no. Just the message.
    Then keep it. Screenshot, date, don't answer it. Not to start a war. Just so it's not only in your head. # ui: phone # speaker: Counsellor
    ~ kept_screenshots = true
- You talk for almost an hour. Ash asks things nobody in Emberline ever asked. Not "are you loyal". But: What did you like doing before? Who did you used to call when things were bad? What would a normal Tuesday look like, if you could choose?
You realise you don't know the answer to the last one.
At one point you ask Ash who sees this chat. Ash answers straight: nobody from your group, nobody from your work, not your mum. It's anonymous, and you can delete it whenever you want. The only exception: if Ash thought someone's life was in danger right now, Ash would tell you first and talk about getting help. # ui: phone
You ask why Ash left. Ash takes a while to answer.
Someone I'd recruited myself, a kid of fifteen, got hurt on one of our "actions". I sat in the hospital car park and thought: I did that. Not the group. Me. It took me another year to actually go. # ui: phone # speaker: Counsellor
That's normal. The group hands you a whole life, ready-made. Friends, enemies, plans, even a name. When you step out, there's a gap. We'll fill it slowly, with stuff that's actually yours. # ui: phone # speaker: Counsellor # technique: identity
Ash asks what you want to get out of talking. Not what Ash wants. What you want.
* [Say: "to get out without anyone getting hurt"]
    To get out without anyone getting hurt. Including your mum. Including you. # ui: phone
* [Say: "to not lose Kai"]
    ~ opened_up = opened_up + 1
    Not to lose Kai. You type it and it looks stupid on the screen and it's the truest thing you've written all night. # ui: phone
- Ash writes it down, or says they do. Then suggests three small things for this week. You can change them. You can say no to all of them. # ui: phone # mood: warm
One: don't go to Tuesday's poster job. You don't have to announce anything. Two: tell one person outside the group something true. Doesn't have to be everything. Three: write to me again, Thursday, same time, or whenever. # ui: phone # speaker: Counsellor
And if you're not ready, that's allowed too. The door here doesn't close. # ui: phone # speaker: Counsellor
You log off at ten to three. For the first time in weeks, you fall asleep quickly.
-> kitchen

=== kitchen ===
Wednesday morning. Your mum is at the kitchen table with her tea, doing the crossword she never finishes. # scene: kitchen # mood: calm
She looks up. She knows something's off. She's known for a while. Three years of you coming home at one in the morning, three years of you not saying where you were.
You look tired, love. More than usual. # speaker: Mum
* [Tell her some of it]
    ~ told_mum = true
    ~ opened_up = opened_up + 1
    You sit down. You don't tell her everything. You tell her the group isn't what you thought, that you want to stop, that some of them might be angry.
    She puts the pen down very carefully.
    Thank you for telling me. I'm not going to shout. I'm just going to sit here, okay? # speaker: Mum
    She asks if she should be worried. You tell her about the message, because Ash said keep nothing stupid secret. She nods, slowly, and says you'll work it out together. Then she makes you toast, as if you were twelve. # mood: warm
* [Say it's just work]
    You say it's just the night shifts. She nods like she believes you. She doesn't.
    If it's ever not just work, you can tell me. Even the bad stuff. Especially that. # speaker: Mum
    You nod. You eat your toast. She leaves the radio on when she goes, the way she did when you were little. # mood: warm
- On the bus to work you look at your hands and think: one true thing. That's all. # calm # hook: reflect
-> pressure

=== pressure ===
Thursday. You don't go to the poster job on Tuesday. You said you had a double shift. It wasn't true. # scene: phone # ui: phone # mood: tense
The Core chat notices within an hour.
funny how flint's always working when it matters # ui: phone # speaker: Rook # technique: us-versus-them
we don't abandon our own. don't make me think you're abandoning us. # ui: phone # speaker: Juno # technique: isolation
Then a private message. From Kai.
mate what are you doing. they're talking about you. {kai_vouched: i stuck my neck out for you on tuesday.} I can't keep covering. just come friday, say sorry to juno, it'll blow over # ui: phone # speaker: Kai
* [Tell Kai the truth]
    ~ opened_up = opened_up + 1
    You type for a long time. That you're done. That you don't want to lose him, but you can't keep putting flames on doors where kids live.
    The dots appear and disappear. Appear. Disappear. # ui: phone
    I can't hear this, Flint. Don't ask me to. # ui: phone # speaker: Kai
    Then, a minute later: "delete this. for your sake." # ui: phone # speaker: Kai
* [Say you'll think about it]
    You write "maybe. i'll see." Kai sends a thumbs up. Then: "love you mate. don't be an idiot." # ui: phone # speaker: Kai
    It's the first time he's ever written that. You look at it for a long time.
- -> kai_visit

=== kai_visit ===
Friday night, half past eleven. Someone knocks on your window, three times, the way only one person does. # scene: street-night # mood: tense
Kai is standing on the pavement in his work jacket, hands in his pockets, breath white in the cold. He doesn't want to come in. He wants to walk.
You walk. Past the closed bakery, past the playground with the broken swing you both sat on at sixteen, drinking cheap cider and planning how you'd get out of this town together.
Juno wants you at the lake trip. If you come, it's all forgotten. That's the deal. # speaker: Kai
And if I don't? # speaker: Flint
Kai kicks a stone into the gutter.
Then you're out. Proper out. And I can't be your mate anymore, they'd never let it go. You know how it is. I've got nobody else either, Flint. # speaker: Kai # technique: isolation
* [Tell Kai about Ash and the chat]
    ~ kai_heard = true
    ~ opened_up = opened_up + 1
    You tell him. Not the name, not the details. Just that there's someone, a counsellor, who was in a group like this once and got out. That you talked for an hour and didn't feel like a traitor once.
    Kai laughs, but it comes out wrong.
    A counsellor. Like a social worker? They'll grass you up. That's what they do. # speaker: Kai # technique: us-versus-them
    You say no. Anonymous. No name, no number. You can stop whenever you want. You hear yourself and realise you sound like someone who believes it.
    Kai doesn't answer. But he doesn't walk away either.
* [Ask Kai if he's ever had doubts]
    ~ opened_up = opened_up + 1
    You ask him straight: has he never felt it? The sick feeling after the door thing?
    Kai stops under a streetlight. For a second you see him at sixteen again, before Flint, before any of it.
    Course I have. Every time. But what am I, without this? I'm a guy who stacks shelves. In Core I'm somebody. # speaker: Kai # technique: identity
    You want to say: you were somebody before. You were the one who taught me to drive. You don't manage to say it in time.
* [Say nothing and just walk]
    You don't say anything. You walk side by side, like you've done a thousand times, and the silence says more than either of you could.
    At the corner Kai bumps your shoulder, gently this time. Not like Rook.
- You end up back at your door. Kai looks up at your window, at the light in your mum's room.
Rook's all talk, you know. Mostly. # speaker: Kai
Mostly. The word stays in the air after he's gone.
Back in your room you check your phone. {wrote_counsellor: It's almost Saturday. Ash said same time, or whenever.|Your phone's on two per cent.} # scene: bedroom
-> crossroads
