// Part 1b: the bike chain. A shared interest, and what arguing does.

=== the_bike ===
Tuesday evening. Your bike chain has come off again, right outside the house. It's getting dark and the street lights flicker on one by one. # scene: street-night # mood: calm
You're swearing at it when Jonas comes out with the bin bags. He stops. He looks at the chain, then at you, the way he looked at you when you were eight.
Give it here. You're doing it backwards. You always did it backwards. # speaker: Jonas
He crouches down. His hands are black with grease in seconds. He hums while he works, some tune you don't know. His phone buzzes in his pocket twice. He ignores it.
There. Back pedal first, then lift. How many times have I shown you? # speaker: Jonas
"About a hundred," you say. He almost smiles.
He stays crouched by the bike a bit longer than he needs to, wiping his hands on an old rag.
* [Ask him about the old days at the garage]
    ~ trust = trust + 1
    "Do you miss it? The garage?"
    He doesn't answer at first. He spins the back wheel and watches it.
    Every day. I was good at it, you know. Old Mr Yilmaz said I had a feel for engines. Then the boss's nephew turns up and suddenly there's no place for me. # speaker: Jonas
    Nobody even said sorry. They just said "that's business". # speaker: Jonas
    "That's really unfair," you say. And it is. You don't add a "but".
    He nods slowly, like he's checking whether you mean it. Then he says, quieter: "The people in the chat were the first ones who said that too."
    That's when you understand a bit better. It wasn't the flames that pulled him in first. It was someone saying "that's unfair" out loud. # technique: grievance
* [Tell him the refugee stuff from dinner is just wrong, with facts]
    ~ trust = trust - 1
    "The thing you said at dinner, about people getting everything handed to them. That's just not true. I looked it up. They don't even get—"
    Here we go. Did your teacher give you that? # speaker: Jonas
    You list numbers. He lists other numbers, from a video. You say his video is fake. He says your numbers are fake. It goes round and round like the wheel.
    You don't get it. You've got school, you've got Kai, you've got a plan. I've got nothing. And you want to win a debate. # speaker: Jonas
    He stands up, drops the rag on the pavement and goes inside. The chain is fixed. Nothing else is.
    Later Kai writes: "facts are good. but maybe not as a weapon?" You don't reply, because he's right and it's annoying. # ui: phone # speaker: Kai
* [Ask him who the people in the group actually are]
    ~ trust = trust + 1
    "Who are they, actually? The people you talk to all night."
    He looks at you, suspicious for a second. Then he seems to decide you're not attacking him.
    Mostly guys like me. A lot of them lost a job, or never got one. There's one, Sparrow, he's older. He kind of runs it. He messages me every morning. Asks how my applications are going. # speaker: Jonas # technique: love-bombing
    "Every morning?"
    Every morning. Mum doesn't even ask any more. # speaker: Jonas
    He says it like a fact, not an accusation. It still hurts a bit. You make a note in your head: Sparrow. Every morning. That's a lot of attention from a stranger.
- Jonas goes in. Through the kitchen window you see him check his phone and type fast, standing up, not even taking his jacket off. # mood: calm
-> the_post
