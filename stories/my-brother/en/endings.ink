// Part 3: the meet-up, and three ways it can go.

=== crossroads ===
Saturday evening. Jonas is in the hall, putting on his boots. The flame sticker is on his jacket now. # scene: street-night # mood: tense
Meet-up. Some of the Core guys. Don't wait up. # speaker: Jonas
{trust >= 1: He says it to you, not to the door. That's new.|He says it to the door, not to you.}
{snooped: He checks his phone, then puts it in his inside pocket and zips it.}
{mocked: On the way past you he says, not loudly: "Go on, make a joke. Everyone else does." You don't.}
Mum is standing in the kitchen doorway with a tea towel, not saying anything. She looks at you. This time it isn't "pick a side". It's "please".
Your phone buzzes. Kai: "whatever you do, don't do it alone". # ui: phone # speaker: Kai
* [Ask him to stay and play the old game with you instead]
    ~ trust = trust + 1
    {told_adult and trust >= 1: -> endings.close | -> endings.open}
* [Block the door: "Quit them tonight, or I tell everyone what you wrote"]
    -> endings.withdrawn
* [Let him go, and text him that you're there if he needs you]
    -> endings.open

=== endings ===
= close
"Stay," you say. "The old racing game. I'll even let you be the red car." # scene: bedroom # mood: warm
Jonas laughs, a real one, surprised out of him. He looks at his phone. Sparrow has written "where are you, Torch?" three times. # ui: phone
They'll say I'm weak. # speaker: Jonas
"Maybe," you say. "And I'll say you're my brother."
He looks at you for a long moment. Then he takes his boots off.
You play until two. Somewhere around midnight he says, without looking away from the screen, that the Core chat has been getting weird. That someone wants names and addresses of "collaborators". That it made him feel sick. # mood: calm
You don't say "told you". You say, "That sounds scary. What do you want to do?"
On Monday Mum tells Jonas she called an advice line for families. He's angry for about ten minutes. Then he asks what they said. # scene: kitchen # mood: calm
They said it's normal to be worried, and that the most important thing is that we stay in touch with you. And that there are people who help young adults who want to step back from groups like that. Without judging. # speaker: Mum
I'm not stepping back from anything. # speaker: Jonas
Jonas says it. But he doesn't leave the table. And two weeks later he mutes Core "just for a bit", and asks at the job centre about apprenticeships again. # mood: warm
One afternoon Kai comes round. Jonas is in the kitchen, and for a second everyone freezes. # scene: kitchen # mood: calm
{defended: Then Jonas says, "Someone told the class chat to stop with the sticker. Was that you two?" Kai shrugs. "Bit of both."|Then Jonas says, "I saw the sticker, you know. The flame one." Kai looks at the floor. "Yeah. That was bad. Sorry." Jonas shrugs, but he doesn't leave.} Jonas makes all three of you toast, badly, and nobody mentions flames. It's the most normal afternoon in months.
It's not over. Some nights the flame still buzzes on his phone. But he talks to you now. That's the thread you both hold on to. # calm # hook: resources
Looking back: the group used Jonas's real disappointment as a grievance, split the world into the "awake" and the "sleepers" (us-versus-them), gave him a new name (identity), told him to keep it from his family (secrecy, isolation), and rewarded his anger with warmth (love-bombing). What worked against it was not winning an argument: it was you staying in contact, asking about his life instead of the ideology, {mocked: dropping the jokes|not mocking him}, and getting adults and advice involved early. # debrief # hook: reflect
What did you ask Jonas that made him talk? Who could you and your family turn to, if this happened for real? # debrief
-> END

= withdrawn
You stand in front of the door. "No. You quit them. Tonight. Or I put everything you wrote in the class chat. And I tell them at the garage too." # scene: street-night # mood: dark # cw: family-conflict
Jonas stares at you.
{snooped: First my phone, now this. Sparrow was right about you.|So that's what you think of me.} # speaker: Jonas # technique: us-versus-them
He pushes past you. Not hard. But he's never pushed you before.
That night you post the screenshot in the class chat. Thirty-one reactions. "your brother's a freak lol." "flood guy 💀". It doesn't feel like winning. # ui: phone # cw: family-conflict
Jonas doesn't come home on Sunday. On Monday he does, and he's put a lock on his door. # scene: bedroom # mood: dark
At dinner he doesn't take his earbuds out at all. When Mum asks him something, he answers to his phone. # scene: kitchen
On his account, a new post: "Even your own family turns on you. Only the Core stays." Sparrow has liked it first. # ui: phone # technique: isolation
A week later you sit in Ms Okafor's office. You tell her everything, including the screenshot. # scene: school-yard # mood: calm
You were scared, and you wanted it to stop. That makes sense. But ridicule and ultimatums usually do the group's work for them: they prove what the group said, that his family is against him. # speaker: Counsellor
It's not too late. Say sorry for the post. No speech, just sorry. Keep the door open. And your mum can call an advice line for families, so you're not guessing alone. # speaker: Counsellor
At home Mum doesn't shout either. She sits on your bed and says she understands why you did it, and that she's scared too. Then she asks if you'll come with her when she calls the advice line for families, so you can hear what they say about the post. # scene: bedroom # mood: calm
You say yes. It's the first thing in a week that feels like an actual plan instead of a reaction.
You delete the screenshot. That evening you slide a note under his locked door: "I'm sorry about the post. I was scared. Racing game whenever you want." Nothing comes back. The next morning the note is gone. # scene: bedroom # mood: calm # calm # hook: chat
Looking back: the group had already taught Jonas that his family would mock him (us-versus-them) and that only they understood him (isolation, secrecy). The post, the threat and {snooped: reading his phone|the ultimatum} confirmed it. Public shaming, ridicule, ultimatums and snooping feel like doing something, but they usually push someone further in. # debrief # hook: reflect
What were you hoping would happen when you blocked the door? What could you say to Jonas now that doesn't need him to admit he was wrong first? # debrief
-> END

= open
You step aside. At the door you say, "Text me if you want picking up. Any time. I mean it." # scene: street-night # mood: calm
He nods. He doesn't say anything. The door closes.
At eleven you write to him: "you ok?" # ui: phone
At twelve: still nothing. # ui: phone
At one in the morning your phone buzzes. # ui: phone
it was weird tonight. they talked about "lists". i left early. don't tell mum. # ui: phone # speaker: Jonas # technique: secrecy
{told_adult: You think of the sticky note, "advice line for families". You think of Mum's face. You write back: "glad you left. i won't shout about it. but i think we should talk to someone. together?"|You stare at "don't tell mum" for a long time. Then you write: "glad you left. can we talk tomorrow?"} # ui: phone
The reply takes six minutes. # ui: phone
maybe. # ui: phone # speaker: Jonas
Sunday morning he comes down late. He doesn't mention the message. Neither do you. He pours you cereal without asking, the way he did when you were small, and slides it across the table. # scene: kitchen # mood: calm
"Lists," you think. People's names on lists. You write it down in your notes, next to "advice line for families", so you won't forget to tell someone who knows what to do with it.
You don't know yet whether "maybe" is a door opening or closing. You only know it's not shut. # mood: calm # calm # hook: chat
Looking back: Emberline took a real disappointment and made it a grievance, gave Jonas a new name, "Torch" (identity), made the group his real family (love-bombing, isolation), and asked him to keep secrets (secrecy). You kept a line open without forcing anything. That often matters more than the perfect argument. Whether it's enough may depend on getting advice, for him and for you. # debrief # hook: reflect
What would you say to him tomorrow? Who else could you bring in, so you're not holding this on your own? # debrief
You don't have to figure this out alone. # calm # hook: helpline
-> END
