// Endings: reaching out and starting the way out, staying for now, or leaving all at once.

=== crossroads ===
You sit on the edge of your bed. On the screen: the Core chat, Kai's message, and the tab with the little chat button. # scene: bedroom # mood: calm
Three years. Your friends, your evenings, your name. And a door on Weaver Street with a child's digger taped to it.
* [Write to Ash again, and make a plan]
    -> endings.way_out
* [Go on Friday. Not yet. Not like this]
    -> endings.staying
* [Post in Core that you're done with all of them, and block everyone]
    -> endings.abrupt

=== endings ===
= way_out
You open the chat. It remembers you by the phrase it gave you, three random words you wrote on the back of a receipt. # scene: phone # ui: phone
hey. it's guest-4R7M. i didn't go on tuesday. # ui: phone
That's a big step. How did it feel? And how are you, honestly? # ui: phone # speaker: Counsellor
You tell Ash everything: Rook, Juno's messages, Kai. {told_mum: That you told your mum, and she made you toast.|That you still haven't told your mum.}
Ash doesn't cheer, and doesn't panic. Ash asks questions, and then you make a plan together, on the screen, where you can both see it. # mood: calm
One. You don't announce a big exit. You go quiet, you leave the chats one by one, you mute before you block. Announcements give them something to fight. # ui: phone # speaker: Counsellor
Two. Safety. {kept_screenshots: You already kept Rook's message. Good.|Screenshot Rook's message, with the date.} Tell someone at home. Change your route to work for a while. If anyone turns up, or it gets more specific, that's the police, and you can report the message there. I can help you think through that, if you want. # ui: phone # speaker: Counsellor
Three. Something that's yours. What did you do before Emberline? # ui: phone # speaker: Counsellor
You think about it for a long time. Then: you used to fix bikes. With your dad, before he left. You were good at it.
There's a bike workshop where people volunteer on Saturdays. Not a group. Just bikes. Want to look? No pressure. # ui: phone # speaker: Counsellor
And Ash says something else: that there's an exit programme with an office in town, that you could meet a counsellor in person, with a cup of tea, if you'd rather. That online is an option, not the only one. # ui: phone
You write: "is it going to be hard?" # ui: phone
Yes. Some days it's going to be really hard. I lost nearly everyone when I left. Some of them came back, years later. Most didn't. I'm not going to lie to you about that. # ui: phone # speaker: Counsellor
But I'm still here, and I like my Tuesdays now. You'll build yours. Small steps. I'll be here for each one you want me for. # ui: phone # speaker: Counsellor
The next weeks are not dramatic. They're slow. You leave Core on a Sunday night. Juno writes twice, then nothing. Rook posts "rat" under an old photo of you, and you save it and report it, and {told_mum: your mum sits with you when you do.|you finally tell your mum, who sits with you while you do.} # scene: bedroom
{kept_screenshots: The screenshots go in a folder called "just in case". You hope you never need it.}
{kai_heard:
    Kai doesn't write for six weeks. Then, one night, one message, no words: a screenshot of the same little chat button, and a question mark. You write back: "anonymous. no name. you can stop whenever." He doesn't answer. But he reads it. # ui: phone
- else:
    Kai doesn't write. You don't write to him either. Not yet. One day, you think, you'll send him something that isn't about Emberline at all. A song from when you were seventeen.
}
On Saturday you stand in the bike workshop with oil on your hands. Nobody knows what Flint means. Someone calls you by your real name, and you answer to it first. # mood: warm # calm # hook: resources
Looking back: Emberline held you with belonging and love-bombing (friends who called every night), with a new identity (Flint), with us-versus-them (them, the soft ones, the rats), and made people into targets (dehumanisation). When you began to doubt, they used isolation and threats to keep you. What helped wasn't one big gesture: it was one true sentence to your mum, a counsellor who had left too, and a plan you made together. # debrief # hook: chat
What would be the first small step for you, if you wanted out of something? Who in your life could you tell one true thing? # debrief
-> END

= staying
You go on Friday. You say sorry to Juno. Juno hugs you, for a long time, in front of everyone. # scene: street-night # mood: tense
knew you'd come back. family's for life 🔥 # ui: phone # speaker: Juno # technique: love-bombing
Kai's relieved. He buys you chips on the way home and talks about the lake in summer. You laugh in the right places.
But you don't go on the next poster job. You say you're working, and this time it's true: you asked for the shifts on purpose.
The lake trip is in June. Everyone in the minibus sings, the old songs, the ones that made you feel like you belonged somewhere. At night by the fire Juno gives a speech about loyalty and looks at you the whole time. Rook calls you "our prodigal son" and everyone laughs, and you laugh too, and afterwards you walk down to the water alone and stand there until your feet are cold. # technique: identity
You think about the little digger on the door. You think about the bike you and your dad never finished. You think about Ash writing "there's no scorecard here".
And late on Sunday, you open the little chat again. # scene: phone # ui: phone # mood: calm
i went back. sorry. # ui: phone
You don't owe me a sorry. Lots of people go back a few times before they leave, and some leave and come back. There's no scorecard here. How are you? # ui: phone # speaker: Counsellor
You say you feel like a liar at the meetings, and a liar at home.
That makes sense. Can we keep one thing from last time? Just one. You choose. # ui: phone # speaker: Counsellor
{told_mum: You choose your mum: keep telling her true things, even small ones.|You choose this chat: keep writing, even when nothing changes.} # ui: phone
And if something changes, if it gets dangerous, or you want to move faster, you know where the door is. It stays open. # ui: phone # speaker: Counsellor
You don't leave Emberline that month. But you stop reacting with flames. You keep the tab open. You keep the three words on the back of the receipt in your wallet. # mood: calm # calm # hook: reflect
Looking back: the group pulls you back in with love-bombing (the long hug, "family's for life"), with identity (you're Flint, you're one of us), with us-versus-them and with the fear of being called a rat (isolation and threats against those who leave). Staying for now is not failing. Many people need several tries. Keeping one line to the outside open, a person, a chat, is what makes the next try possible. # debrief # hook: chat
What makes it so hard to leave people you love, even when you don't agree with them anymore? What would be one sign for you that it's time to go? # debrief
The door stays open. You don't have to walk through it alone. # calm # hook: helpline
-> END

= abrupt
You write it in one go, no full stops, everything: that they're cowards who scare children, that Juno is a liar, that Rook is pathetic, that you're done. You post it in Core. Then you block all forty-one of them, Kai included, and turn your phone off. # scene: bedroom # mood: dark
For one hour, you feel free.
When you turn the phone back on, your old number is everywhere. Someone has posted a photo of you from the summer trip with "RAT" written across your face. Strangers you have never met are sending messages to your work's page. # ui: phone # cw: threats # distressing
Rook's cousin stands outside the warehouse on Saturday, just standing, looking. You go out the back way. # cw: threats # distressing
* [Delete everything and hide]
    You delete your accounts, all of them. Your pictures, three years of them. It's like deleting yourself.
* [Keep the screenshots, just in case]
    ~ kept_screenshots = true
    You screenshot everything before you delete it, hands shaking, and put it in a folder with no name.
- A week later. It's quiet now. Quiet like an empty flat. # mood: dark
Nobody calls on a Tuesday. Nobody calls at all. Your evenings used to be full. Now it's you, the telly, and your mum asking what's wrong, {told_mum: and for once you can tell her a little.|and you still can't say it.}
You see Kai once, across the street. He looks at you. He looks away. You don't know which of you is more hurt.
{kai_heard: You remember telling him about the chat, that night by the playground. You wonder if he remembers too.|You wonder what you would have said to him, if you'd said anything that night by the playground.}
Your mum starts leaving the hall light on. She doesn't say why. You don't ask. At work you take the bus two stops further and walk back, just in case, and feel stupid doing it, and do it anyway.
* [Open the little chat again]
    You open the tab. Your fingers hover. You write: "i did it the stupid way." # ui: phone
    There's no stupid way to leave. There are harder ones. Are you safe right now? Let's start there. # ui: phone # speaker: Counsellor
* [Not yet. Maybe tomorrow]
    You leave the tab open. Tomorrow, you think. Or the day after.
- Leaving was right. Doing it all at once, alone, made it cost more than it had to: the threats, the loneliness, the sudden hole where your whole life used to be. # mood: calm
Looking back: Emberline held you with love-bombing and belonging, gave you a new identity (Flint), taught you us-versus-them and turned a family on Weaver Street into a target (dehumanisation). When you left, they used threats and isolation to punish you and to warn everyone else. A plan, someone at home who knows, and a counsellor who has been there don't stop all of that, but they mean you don't have to carry it alone. # debrief # hook: chat
If someone you know wanted to leave a group like this, what would you want them to know first? What could make the first week after leaving less lonely? # debrief
It's not too late to ask for help, even after the door has slammed. # calm # hook: helpline
-> END
