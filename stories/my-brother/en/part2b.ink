// Part 2b: a video at two in the morning, and what Mum heard on the advice line.

=== late_message ===
= night
Two in the morning. Your phone buzzes on the bedside table. It's Jonas. # scene: phone # ui: phone # mood: tense
He's sent you a video. No message, just the video. The thumbnail: a grey town, a flame, big white letters: "WHO LET THIS HAPPEN?" # ui: phone # technique: grievance
Then, after a minute: # ui: phone
watch it. properly. then tell me I'm wrong. # ui: phone # speaker: Jonas
The video is twenty-three minutes long. It starts with an empty factory and sad music. Then a man in a hoodie with his face blurred talks about "the ones who sold us out". He never says who exactly. That's the trick, you think: everyone gets to fill in their own enemy. # ui: phone # technique: us-versus-them
* [Watch it and ask him questions about it]
    ~ trust = trust + 1
    You watch the whole thing. Then you write back, carefully. # ui: phone
    watched it. the factory bit was sad. who do you think he means with "the ones who sold us out"? # ui: phone
    It takes him a while. # ui: phone
    idk. politicians. the people from the news. everyone who doesn't care about people like us # ui: phone # speaker: Jonas
    does that include me? # ui: phone
    Nothing for a long time. Then: # ui: phone
    no. obviously not you. # ui: phone # speaker: Jonas
    go to sleep, you've got school # ui: phone # speaker: Jonas
    It's the most big-brother thing he's said in months.
* [Reply that it's obvious propaganda]
    ~ trust = trust - 1
    this is literally propaganda. a blurry man with sad music. come on # ui: phone
    knew you'd say that. that's what they teach you to say. # ui: phone # speaker: Jonas
    Sparrow said you'd react like this. he was right # ui: phone # speaker: Jonas # technique: us-versus-them
    You stare at that name. Sparrow knows about you. Sparrow has predicted you. You feel sick and you're not sure why.
* [Put the phone face down and try to sleep]
    You put the phone face down. It buzzes twice more. You don't look.
    In the morning there's one more message: "thought so." The little word "seen" sits under your silence like a stone. # ui: phone
- -> morning

= morning
Saturday morning. Kitchen. Mum is making coffee, far too much of it. # scene: kitchen # mood: calm
{told_adult: She called the advice line for families yesterday. She tells you about it while the coffee machine gurgles.|She looks like she hasn't slept. "I called someone," she says. "An advice line for families. A colleague told me about it. I didn't want to just keep waiting."}
The woman on the phone was really kind. She said we shouldn't try to argue him out of it. That doesn't work, apparently. Nobody gets argued out of feeling he belongs somewhere. # speaker: Mum
She said: stay in contact, whatever happens. Show interest in him, not the group. Say clearly what's not okay, like the post about the station, but without throwing him out or making fun of him. # speaker: Mum
And she said we shouldn't go through his things. It feels like doing something, but if he finds out, it's proof for the group that we can't be trusted. # speaker: Mum
{snooped: You look at your cup. Mum looks at you. "You already did, didn't you?" You nod. She doesn't shout. She just sighs, and squeezes your hand.|You think of the phone on the kitchen table, and you're glad you left it.}
She said we can call again, any time. And that there are counsellors who work with the young people themselves too, if Jonas ever wants that. # speaker: Mum
Upstairs, Jonas's door opens. You hear him on the stairs. Mum quickly puts the notepad away. # mood: tense
-> crossroads
