// Chapter 4: what it costs, and three ways it can go.

=== aftermath ===
Monday. The class chat has been going since six in the morning. # scene: school-yard # mood: tense # cw: bullying
Someone has posted a photo: Mia's front door, the poster, Mia's mum's face with a fence drawn over her mouth. Forty-seven reactions. Crying-laughing faces. "who did this 💀" "isn't that Mia's mum??" # ui: phone
{drew_poster: Under the photo, someone writes: "that drawing style tho… looks like inkfox's stuff on Sketchwall". Three people reply with eyes.|Under the photo, someone writes: "wait, that's the Hangar drawing from Sketchwall. inkfox's". Three people reply with eyes.} # ui: phone
Emberline is celebrating. "FIRST WIN." Juno has made the photo the chat's cover picture. # ui: phone # technique: escalation
Mia is standing by the bike racks. No croissant. Her eyes are red.
{told_mia: You told me they were just nice people online.|Mum cried. In the kitchen. She never cries.} # speaker: Mia
I know how you draw. I've sat next to you for three years. Just tell me it wasn't you. # speaker: Mia
{walked_away: You could tell her you walked away. That you said no. But the drawing is still yours.|You held the roll. You stood on her mum's doormat.}
* [Tell Mia the truth]
    You tell her. Not all of it, your throat won't let you. {drew_poster: That you drew it.|That they used your drawing.} {walked_away: That you walked away before Mia's house, and they did it anyway.|That you were there.}
    Mia stares at you like she's trying to find someone she knows.
    I can't right now. I need to go. # speaker: Mia
    She goes. But she doesn't block you. You check twice.
* [Say you don't know what she means]
    "I don't know what you're on about," you say. It's easy. That's the scary part. It's so easy.
    Mia nods slowly. "Okay." She walks off, and a minute later your phone says Mia has left your shared chat, the one with the dragon sticker. # technique: isolation
    Juno messages straight away, like Juno always knows:
    see? the Sleepers drop you the second it gets real. we never will. # ui: phone # speaker: Juno # technique: us-versus-them
- In the corridor, Ms Brandt, the school counsellor, catches your eye. She doesn't say anything. She just nods at her door, which is open, the way it always is.
-> crossroads

=== crossroads ===
That night. Your room. The drawing of the Hangar is still pinned above your desk. # scene: bedroom # mood: calm
Your phone has three things on it.
{pull >= 5: Juno's chat is pinned at the top. You can't remember pinning it.|Mia's chat is still pinned at the top, the dragon sticker next to her name.}
Emberline: ninety-two messages. Core wants to "plan the next one". Juno has tagged you twice. # ui: phone
I'm still angry. But I miss you. I don't get how this happened. # ui: phone # speaker: Mia
{leo_knows: Leo wouldn't tell me anything, only that you need me and I mustn't be cross. I'm not. I'm downstairs.|Leo says you were crying in the bathroom. I'm downstairs. No questions unless you want them.} # ui: phone # speaker: Mum
Downstairs, you can hear the kettle. Next door, Leo is playing the same level of the same game for the hundredth time.
* [Go downstairs to Mum]
    -> endings.way_out
* [Mute everything and pull the duvet over your head]
    -> endings.drifting
* [Open the Emberline chat]
    -> endings.deeper

=== endings ===
= way_out
You go downstairs. Mum is sitting at the kitchen table with two mugs of tea, like she knew. # scene: kitchen # mood: warm
{snapped_at_mum: "I'm sorry about the lasagne thing," you say first. She shakes her head. "Sit down, love."|She pushes a mug across the table. "Sit down, love."}
You tell her. The Hangar, Juno, the flames, Core, the poster, Saturday night. It comes out in the wrong order and you cry in the middle, and she doesn't interrupt once.
Thank you for telling me. I mean it. I'm not angry with you. I'm angry with whoever did this to you. # speaker: Mum
We'll go and see Mia's mum together. And we'll talk to someone at school who knows about this kind of thing. You're not on your own with it. # speaker: Mum
On Tuesday you sit in Ms Brandt's office. There's a plant that's half dead and a bowl of sweets nobody ever eats. # scene: school-yard # mood: calm
What they did to you has a pattern. It's not because you're stupid. It's because they're good at it, and you were hurting about the Hangar. # speaker: Counsellor
You don't have to block everyone tonight. But let's make a plan: who you can call if they start messaging, what you keep as evidence, what you want to happen next. # speaker: Counsellor
* [Ask if you're in trouble]
    "Am I going to get in trouble? With the police or whatever?" Your voice comes out tiny.
    The posters are a problem, and we'll deal with that honestly, together with your mum. But you are fifteen, and you were targeted by an adult who knew exactly what they were doing. Coming forward counts. # speaker: Counsellor
    There are also people whose whole job is this: helping young people step out of groups like Emberline. Some of them used to be in groups themselves. You can talk to them anonymously if you want. # speaker: Counsellor
* [Ask why Juno picked you]
    "Why me?" you ask. "Why did Juno even pick me?"
    Ms Brandt thinks about it properly before she answers. # mood: calm
    Because you were sad and angry about something real, and you said so in public. People like Juno look for that. They message dozens of people the same night. You answered, because what they offered felt good. That's human, not stupid. # speaker: Counsellor
    {vented_in_chat: And Mr Adler should know about the photo of the school gate. Not to get you in trouble. So that nobody gets hurt.|Your Hangar drawing was real, by the way. The feeling was real. That part belongs to you, not to them.} # speaker: Counsellor
- You leave Emberline together, at her desk. Your thumb shakes. "You left the group." # ui: phone
One last message arrives before you block the account. # cw: threats
you'll be back. they'll never get you like we did. # ui: phone # speaker: Juno
Ms Brandt helps you save it as a screenshot. Then you block.
On Saturday you go to Mia's house with Mum. Mia's mum opens the door. The poster is gone, but you can still see the paste marks. {drew_poster: You tell her you drew it. You say sorry, and it isn't enough, and she says "thank you for coming" anyway.|You tell her it was your drawing they used. You say sorry, and she says "thank you for coming" and means it.}
Mia walks you to the end of the road. She doesn't say it's fine. She says, "Wednesday? The sports centre's got a room now. Bring your pens."
At home you pin a new drawing above your desk: two people on a sofa in the rain, drawing. # mood: calm # calm # hook: resources
Looking back: Juno started with love-bombing (praise for your drawing, endless questions, always there), then gave your anger about the Hangar a story and an enemy (grievance, us-versus-them), a new name and a new "you" (identity), a rule to tell no one (secrecy), less time with Mia and your family (isolation), and step by step bigger asks, from a flame emoji to a poster on a front door (escalation). In Core, people stopped being people and became "noise" (dehumanisation). # debrief # hook: reflect
Which moment would you now see as the first warning sign? Who in your life would you go downstairs to? # debrief
-> END

= drifting
You mute Emberline. You mute Mia. You mute Mum. You pull the duvet over your head and wait for the feeling to stop. # scene: bedroom # mood: dark
It doesn't stop. It just gets quieter.
Over the next two weeks you leave Core without saying anything. Juno writes every day at first. "where are you?" "we're worried." "don't make us come and find you." Then nothing. # ui: phone # cw: threats
You don't go back. But you don't tell anyone either. {walked_away: You said no at the fence, and nobody knows that but you.|You held the roll at Mia's door, and nobody knows that but you.}
{ vented_in_chat:
    Someone stuck paper flames on Mr Adler's car. He doesn't say anything in class, but he stops making jokes. You think about your message in the big chat every time he turns to the board.
}
Mia says hi in the corridor, carefully, like you're a plate that might break. You say hi back. That's all. # mood: calm
Sketchwall: you haven't posted anything since. Your last drawing still has Juno's comment under it. "The sofa in the rain?? That's the whole story right there." # ui: phone
One evening Leo comes in without knocking, sits on your floor, and plays his game next to you without saying anything. After a while he says something, very quietly.
You're allowed to be sad, you know. Mum says. # speaker: Leo
You almost tell him. You don't, yet. But you leave the door open when he goes. # calm
Looking back: Juno used love-bombing (praise, attention, always there), grievance (the Hangar as proof that "they" don't care), us-versus-them (Grey, Sleepers, and the awake), identity (a new name), secrecy (tell nobody, especially parents), isolation (Mia and your family pushed away), escalation (from emojis to posters), and dehumanisation (people as "noise"). Getting out on your own is possible, but it is heavy to carry alone. # debrief # hook: chat
What would make it easier to tell one person what happened? Who might already be leaving the door open for you? # debrief
You don't have to figure this out on your own. # calm # hook: helpline
-> END

= deeper
You open Emberline. Ninety-two messages become a hundred and ten. "SPARK." "our artist." "the town is TALKING." # scene: phone # ui: phone # mood: dark
Next one's bigger. The sports centre opening. Everyone will be there. Your drawings, everywhere. This is what you were made for. # ui: phone # speaker: Juno # technique: escalation
You read Mia's message again. Then you read Juno's. Juno's is warmer. Juno's is always warmer.
You don't answer Mia. After three days, she stops writing. The dragon sticker chat is gone. # technique: isolation
You don't go downstairs. Mum leaves tea outside your door. It goes cold. Twice she tries the handle. You've started locking it. # cw: family-conflict
At school people move their bags when you sit down. Someone has written "inkfox" on your locker with a fence drawn through it. Ms Brandt's door is still open. You walk past it every day. # scene: school-yard # cw: bullying
{ vented_in_chat:
    Someone has stuck paper flames all over Mr Adler's car, and a poster of him with static for a face. He looks older in class now. You know exactly who did it, and you know it started with your message about the sketchbook. # technique: dehumanisation
}
In Core you're Spark now, only Spark. Your old drawings are deleted. Your new ones have no sofas in them, only grey faces and static. # scene: phone # ui: phone # technique: identity
Late one night, for just a second, you scroll back to the very first message. "Hey. Sorry to just message you. I never do this." You wonder how many people Juno has sent that to.
Then Core pings, and you close it. # mood: calm
Looking back: it started with love-bombing (praise for your drawing, attention every night), then your anger about the Hangar became a grievance with an enemy (us-versus-them: the Grey and the Sleepers), you got a new name (identity), a rule to keep quiet (secrecy), distance from Mia and your mum (isolation), and bigger and bigger asks (escalation), until people were only "noise" (dehumanisation). Every step felt small. # debrief # hook: chat
When did the group start deciding who your friends were? What would you say to someone you care about who was where Spark is now? # debrief
It's never too late to open the door again, and you don't have to do it alone. # calm # hook: helpline
-> END
