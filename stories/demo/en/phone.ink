// Offramp demo story: the chat with Kai (English). INCLUDEd from main.ink.

=== phone_chat ===
Hey!! Saw your question in the school maths forum. Honestly the smartest question in there all week. # scene: phone # ui: phone # speaker: Kai # technique: love-bombing
We're a small study circle. Nobody judges, everyone helps. You'd fit right in. # ui: phone # speaker: Kai
Seriously, people like you are rare. # ui: phone # speaker: Kai # sfx: message
{opened_invite: You grin at the screen. It's been a while since anyone said something like that.|That's a lot of compliments from someone you've never met. Still, it feels good.}
* [Say thanks and join]
    You type "ok, I'm in" before you can think about it too much.
    YESSS. Welcome to the Circle! # ui: phone # speaker: Kai # sfx: message
* [Ask who else is in the group]
    You ask who else is in it.
    Great people, you'll see. Just join first, then I'll introduce you to everyone. # ui: phone # speaker: Kai
    You join.
- Three days later the Circle chat is busy day and night, and Kai answers everything you write within a minute. # mood: warm
Honestly? The people in your class don't get you. Parties, football, that's all they care about. # ui: phone # speaker: Kai # technique: us-versus-them # mood: tense
In here we actually think. Out there, not so much. # ui: phone # speaker: Kai
Big Circle session on Saturday. Everyone's coming. Don't let us down. # ui: phone # speaker: Kai # sfx: message
* [Say you'll be there]
    You send a thumbs-up. Kai sends three hearts back.
* [Mention it's Mia's birthday on Saturday]
    You mention it's Mia's birthday on Saturday.
    Mia? The football girl? She only texts you when training's cancelled. Some friend. # ui: phone # speaker: Kai # technique: isolation
    You don't know what to answer, so you don't.
- -> school_yard
