// Offramp demo story: "The Study Circle" (English)
// Knots: intro, phone_chat (phone.ink), school_yard, street_night, kitchen
// Stitches: kitchen.way_out, kitchen.still_in (the two endings)
// The group in this story is fictional.

INCLUDE phone.ink

VAR opened_invite = false
VAR told_mia = false
VAR went_home = false

-> intro

=== intro ===
Sunday night. Maths exam on Tuesday, and the worksheet on your desk hasn't moved in an hour. # scene: bedroom # mood: calm
Mia texted earlier. Football training again. Everyone seems busy except you.
Your phone lights up. Someone called Kai: "You're invited to the Study Circle!" # sfx: message
* [Open the invite]
    ~ opened_invite = true
    You tap it. It's a study group. What's the harm?
* [Leave it until tomorrow]
    You put the phone face down. It buzzes again. And again.
    Fine. You open it.
- -> phone_chat

=== school_yard ===
Monday. The school yard is loud and smells of rain. # scene: school-yard # mood: calm
Mia catches up with you at the bike racks. She has two muffins, one for you, like every Monday.
You've gone really quiet lately. Everything okay? # speaker: Mia
For a moment you realise how long it's been since the two of you last laughed about something. # calm # hook: reflect
And you're coming on Saturday, right? My birthday? You promised. # speaker: Mia
* [Tell her about the Circle]
    ~ told_mia = true
    You tell her about the study group. About Kai. About how nice everyone is.
    A group that's online at two in the morning and only ever says how great you are? Sounds a bit intense. # speaker: Mia
    You shrug. She doesn't get it. Or maybe she does.
* [Say you're just busy]
    "Just busy. Exams," you say.
    Okay. If you say so. # speaker: Mia
    She doesn't look convinced.
- The bell rings.
-> street_night

=== street_night ===
Saturday, half past nine. The Circle session ran long, and Kai said leaving early would be letting the team down. You missed Mia's party. # scene: street-night # mood: dark # cw: manipulation # distressing
Now you're standing at a bus stop with Kai and three people from the chat you've never seen in real life.
Real members cut out the noise. Leave Mia's group chat. Right now, so we can see it. # speaker: Kai # technique: isolation
Everyone is looking at you. # pause: 1s
* [Leave Mia's chat]
    Your thumb hovers, then presses. "You left the group." Kai claps you on the shoulder.
    Everyone cheers. You feel sick.
* [Say no and walk home]
    ~ went_home = true
    "No," you say. "She's my friend." Your voice shakes a bit.
    Nobody says anything. You turn around and walk home, fast, without looking back.
- -> kitchen

=== kitchen ===
Sunday morning. Mum is making pancakes and the kitchen smells of butter. # scene: kitchen # mood: warm
{went_home: Your phone shows forty unread messages from the Circle. You haven't opened a single one.|Mia's chat is gone from your phone. The Circle chat has forty new messages, all about you being "one of us now".}
You look tired, love. Is everything alright? # speaker: Mum
* [Tell Mum what's been going on]
    -> way_out
* [Say you're fine and check the Circle chat]
    -> still_in

= way_out
You tell her. The compliments, the messages at two in the morning, Saturday, Mia. It all comes out in a jumble.
Thank you for telling me. That took guts. # speaker: Mum
{told_mia: Later you text Mia. She answers within seconds: "I knew something was off. Come over?"|Later you text Mia and tell her about the Circle for the first time. She sends a row of hearts, then: "Come over?"}
{not went_home: She adds you back to the group chat without a word about it.}
You mute the Circle. One last message from Kai: "Disappointing." Then nothing. # sfx: message
You put the phone away and go and get a pancake. # mood: calm # calm # hook: resources
Looking back: Kai used love-bombing (constant praise from day one), us-versus-them ("they don't get you, we do") and isolation (pulling you away from Mia). What was the first moment that could have made you wonder? # debrief # hook: reflect
-> END

= still_in
"I'm fine," you say, and open the Circle chat.
Mum watches you for a moment, then turns back to the pan.
{ went_home:
    Last night was a test. Everyone gets a second chance. Session tonight, don't let us down. # ui: phone # speaker: Kai # sfx: message
- else:
    Proud of you. You're one of us now. Next session tonight. # ui: phone # speaker: Kai # sfx: message
}
The pancakes go cold. You don't notice.
Looking back: Kai used love-bombing (constant praise from day one), us-versus-them ("they don't get you, we do") and isolation (pulling you away from Mia). Who could you talk to if a group started deciding who your friends are? # debrief # hook: chat
You don't have to figure this out on your own. # calm # hook: helpline
-> END
