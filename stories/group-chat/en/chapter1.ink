// Chapter 1: the Hangar is gone, and someone online notices you.

=== opening ===
Thursday, a quarter past ten. Your homework is open on the desk, and you haven't written a single word. # scene: bedroom # mood: calm
Instead you've been drawing the Hangar. Again.
The Hangar was the youth club by the canal: the half-pipe out the back, the art room with the paint-crusted sink, the sofa that smelled of crisps. Every Wednesday for three years. You and Mia, side by side, drawing comics nobody else ever saw.
Last week a fence went up around it. A sign on the gate: "Closed. Site acquired for development." Nobody asked you. Nobody even told you. You found out because the key code stopped working.
Mia's at football tonight. She's at football a lot now. Her new team has a group chat that pings every two minutes.
Your drawing is good, though. The boarded-up windows, the fence, the little sofa left outside in the rain. You want someone to see it.
You open Sketchwall, the drawing app where you post your stuff under the name "inkfox".
* [Post it with a quiet caption]
    You type: "Miss this place." You add a rain emoji and post it before you can change your mind.
* [Post it with an angry caption]
    ~ angry_caption = true
    You type: "They took the only place that was ours and didn't even ask. Hope the flats flood." It feels good for about four seconds.
- Two likes. Then nothing for a while. You start on the maths after all. # mood: calm
At 23:04 your phone buzzes. A comment under the drawing. # sfx: message
Okay this is genuinely incredible. The sofa in the rain?? That's the whole story right there. # ui: phone # speaker: Juno # technique: love-bombing
Then a private message from the same account. The profile picture is a small orange flame. # sfx: message
-> first_contact

=== first_contact ===
Hey. Sorry to just message you. I never do this. But your drawing kind of got me. # scene: phone # ui: phone # speaker: Juno
{angry_caption: And your caption? Exactly. Someone finally said it.|And "miss this place" — yeah. Three words and I felt it.} # ui: phone # speaker: Juno
We had a place like that too. Closed two years ago. Same fence, same sign. Now it's a car park. # ui: phone # speaker: Juno # technique: grievance
How old are you, if that's okay to ask? You draw like someone way older. # ui: phone # speaker: Juno
You tell Juno you're fifteen. Juno says they're nineteen and "ancient", with a skull emoji.
For an hour you talk about everything. Comics. The shading on the sofa. Which pens you use. Juno asks what your mum does, what your school is like, whether you've got a lot of friends there. Juno remembers every answer.
Nobody has asked you this many questions in months. # mood: warm
Can I say something without it being weird? You seem like someone who notices things other people don't. That's rare. Most people just sleepwalk. # ui: phone # speaker: Juno # technique: love-bombing
There's a few of us. We talk every night. Art, music, what's wrong with this town. We call it Emberline. You'd fit in. # ui: phone # speaker: Juno
* [Say yes straight away]
    ~ pull = pull + 1
    You type "sure, why not" and feel your heart speed up a bit.
    YES. Adding you now. They're going to love you. # ui: phone # speaker: Juno # sfx: message
* [Ask what Emberline actually is]
    You ask what Emberline actually is. A club? A band? A game?
    More like a family. People who are done being ignored. No drama, no fakes. You'll see. # ui: phone # speaker: Juno # technique: identity
    That's not really an answer. But it sounds nice. You say okay.
* [Say you'll think about it]
    You say you'll think about it, and put the phone on the bedside table.
    It buzzes twice. "No pressure!! Honestly." Then a drawing: a fox with a tiny lantern. Your username is written underneath. # sfx: message
    Juno drew that for you. In ten minutes. You open the invite.
- The Emberline chat explodes the moment you join. # ui: phone # sfx: message
welcome inkfox!!! the artist is here 🔥🔥🔥 # ui: phone # speaker: Dex # technique: love-bombing
saw the Hangar drawing. goosebumps. genuinely # ui: phone # speaker: Saffi
finally someone with actual talent in here lol # ui: phone # speaker: Rook
Twenty-three people. Flames everywhere. Everyone seems to know your name already.
You fall asleep at two with the phone on your chest, still smiling. # mood: warm
-> school_yard
