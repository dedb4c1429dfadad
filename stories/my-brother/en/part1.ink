// Part 1: noticing. Jonas is nineteen; you are seventeen.

=== opening ===
Saturday morning. Your room. Through the wall you can hear Jonas talking, fast and low, the way he never used to talk. # scene: bedroom # mood: calm
Jonas is two years older than you. He taught you card tricks, how to fix a bike chain, how to pretend you're not scared at the dentist's.
Since he lost the apprenticeship at the garage in spring, he's been in his room a lot. Headphones. Long videos. A new group chat that buzzes all night.
On your shelf there's still the deck of cards he gave you for your tenth birthday, the one with the bent queen of hearts. He used to make her disappear and pull her out of your hood. You haven't seen him do a card trick in a year.
Last month you asked him to show you the one with the four aces again. He said, "Later," and didn't look up from his phone. Later never came. You told yourself he was just tired. Everyone's tired after forty applications.
Your phone lights up. It's Kai, your best friend since primary school. # ui: phone
did you see what your brother posted?? # ui: phone # speaker: Kai
Kai sends a screenshot. Jonas, under a video about the town council: "They let this town rot and call us lazy. Some of us are waking up. The rest can keep sleeping." Under it, a little flame. # ui: phone # technique: grievance
The flame again. It's on his phone case now too, and on a sticker on his door.
* [Ask Kai what he thinks it means]
    ngl it looks like that Emberline stuff. my cousin says they're a whole thing online. angry guys, lots of flames # ui: phone # speaker: Kai
    you ok? # ui: phone # speaker: Kai
    You type "fine" and delete it. You type "no idea" and send that.
* [Send Kai a laughing emoji]
    You send a laughing face, because that's easier than saying it's not funny.
    lol ok. but fr is he alright? # ui: phone # speaker: Kai
    You don't answer. You don't know the answer.
- -> dinner

=== dinner ===
Sunday dinner. Mum made the potato thing Jonas loves. He eats it with one earbud in. # scene: kitchen # mood: tense
The news is on in the background: a story about the new refugee housing near the station.
Great. More people who get everything handed to them, while people like me get nothing. # speaker: Jonas # technique: us-versus-them
Jonas, please. Not at the table. # speaker: Mum
See? Nobody here even wants to hear it. That's exactly what they say. Your own family is the last to wake up. # speaker: Jonas # technique: isolation
Mum looks at you. Jonas looks at you. Everyone is waiting for you to pick a side.
* [Make a joke about his "awakening"]
    ~ mocked = true
    ~ trust = trust - 1
    "Wow, did the flame people give you a certificate for waking up?" you say.
    Mum snorts before she can stop herself. Jonas's face goes very still.
    Laugh all you want. You'll see. # speaker: Jonas
    He takes his plate to his room. The door clicks. Then the sticker with the flame is the only thing you can see of him all evening.
* [Ask him what happened to make him so angry]
    ~ trust = trust + 1
    "What's actually going on?" you ask. "You didn't used to talk like this."
    Jonas shrugs, but he doesn't leave.
    You know what happened. The garage took the boss's nephew instead of me. Forty applications since. Nothing. At least online there are people who get it. # speaker: Jonas # technique: grievance
    That sounds really rubbish. The garage thing. I didn't know it was forty. # speaker: Mum
    For a second he looks like the old Jonas. Then his phone buzzes, and he looks down.
* [Say nothing and eat]
    You look at your plate. The potatoes are getting cold.
    Jonas finishes in silence and goes upstairs. Mum sighs and turns off the news.
    Later she knocks on your door. "Has he said anything to you?" You shake your head. # scene: bedroom # mood: calm
- -> the_bike
