/**
 * The words of resume phrases: 2234 short, everyday English words, written for Offramp.
 * Left out on purpose: anything violent, political, religious, sexual or about drugs, alcohol
 * or death; words that are slurs or extremist code somewhere (kebab, igloo, honk, clown, ...);
 * numbers (extremist codes use them); and words spelled differently in British and American
 * English, so a phrase written down is typed back the same way.
 *
 * Changing this list invalidates no stored hash, but a phrase containing a removed word can
 * no longer be typed back: only ever add words.
 */
const WORDS = `
aardvark abacus able accept achieve acorn acrobat action active adapt add adjust admire adopt
advice agate agile agree airplane airport airy album alert align alley allow almond alpaca
alphabet amazing amber ample amuse anchor anchovy ancient anemone angle answer ant antenna applaud
apple apricot apron aqua aquarium arcade archive arena argon aria armchair arrange arrive art
artist ask assist aster athlete atlas atom attend attic aurora author autumn avatar avenue avocado
award axolotl azure
baby backpack badge badger bag bagel bagpipe baguette bake baker bakery balance balcony ball
ballad ballet balloon balmy bamboo banjo bank banker banner banquet barber barley barn barrel
baseball basil basin bask basket bass bat bath bathe battery bay bayou bazaar beach beacon beagle
beam bean beanie bear beauty bed bedroom bee beet beetle begin begonia beige bell beluga bench
beret berry bicycle bike binder bingo birch birthday biscotti biscuit bison blanket blazer blend
blender blink blissful bloom blossom blouse blue bluebell bluebird bluejay blush boat bobcat boil
bold bongo bonnet bonny bonus book booklet bookmark boot borrow bottle boulder bounce bouncy
bouquet bow bowling box bracelet bramble bran branch brave bread breathe breeze breezy bridge brie
bright brighten brisk broccoli bronze brook broom brownie browse brush bubble bubbly bucket buckle
bud buddy budgie buffalo buggy build builder bullfrog bun bundle bungalow bunny bunting buoyant
burrito burrow bus bush bustle busy butter button
cabbage cabin cable cactus cafe cake calendar calf calm camel camellia camera camp camper campsite
campus canal canary candid candle candy canoe canopy canvas canyon cap capable cape captain
capybara car caramel caravan carbon cardigan cardinal care careful cargo caribou caring carnival
carol carousel carp carpet carriage carrot carry cart carton cartoon carve cascade cashew castle
cat catch catfish cave cedar celery cellar cello cereal chair chalet chalk chamber chapter charger
chariot charm charming chase chatter chatty checkers cheddar cheeky cheer cheerful cheery cheese
cheetah chef cherry chess chew chick chicken chili chilly chime chimney chipmunk chipper chips
chirp chisel chive choir choose chord chorus chuckle chunky churro cicada cinema cinnamon circle
circuit circus city civil clam clamp clap clarinet classic clay clean clear clever cliff climb
clip cloak clock closet cloud cloudy clove clover clue coach coast coat cobalt cobbler cobra
cobweb cocoa coconut cocoon cod coffee coin collar collect college collie colt comb comedy comet
comfort comfy comic compass compose concert conch condor confetti connect console contest cook
cookie cool copper coral cord cordial corn cosmic cosmos cottage couch cougar count coupon courage
couscous cove cow cowbell cowboy coyote crab cradle craft crafty crane crater crawl crayon cream
creamy create creek crepe cricket crimson crisp crochet crouton crow cruise crumb crumble crunchy
crystal cub cube cuckoo cucumber cuddle cuddly cumin cup cupboard cupcake curious curl curling
curly curry curtain cushion custard cyan cycle cycling cyclist cymbal cypress
daffodil dahlia dainty dairy daisy dance dancer dangle daring darts dash dashing dawn dazzle
dazzling dear decent decorate deer delight deliver delta dentist depot desert design desk dessert
detail devise devoted dew dewdrop dewy diamond diary dig dill dimple dine diner dinghy dingo
dinner diploma disco discover dish district dive diver diving dock doctor dodo dog dolphin domino
donkey doodle door doorbell doormat dotty dough dove download doze dozen draft dragon drake drama
draw drawer dream dreamy dress dribble drift drill drive driver drizzle drum drummer duck duckling
duet dugout dumpling dune dusk dusty dynamic dynamo
eager eagle early earn earnest earth earthy easel easy eat echo eclipse editor eel effort egg
elated elbow electric elegant element elf elk elm embark embrace emerald emoji empanada emu
enchant encore endless energy engine enjoy enter envelope epic episode equinox eraser espresso
essay even event evolve exact exotic expand expert explore explorer express
fable fact fair fairy falafel falcon famous fan fancy farm farmer fast fasten fawn fearless
feather feathery fence fennel fern ferret ferry festival festive feta fetch fiction fiddle field
fiesta fig figure film finch find fine fir firefly firm fish fisher fix fizzy flamingo flan fleece
fleecy flipper float floppy florist flounder flour flourish flow flower flowing fluent fluffy
flute flutter fly foal foamy focused fog fold folder foliage folk follow fond fondue football
forage forest forgive fork formula fortune forum fossil fountain fox foyer frame frank freckle
fresh fridge friend friendly frilly frisbee frisky frog frost frosting frosty frothy fruity
fuchsia fudge funk funnel funny furry future fuzzy
gadget galaxy gale gallant gallery gallon gallop game gamepad gander garage garden gardener
gardenia garland garlic garnet gate gather gaze gazebo gazelle gear gecko gelato generous gentle
genuine geranium gerbil geyser giant gibbon giddy gift gifted giggle ginger giraffe give gizmo
glacier glad glade glance glass glassy gleaming gleeful glide glider glimmer glimpse glisten
glitter glittery globe glossy glove glow glowing glowworm glue gnocchi gnome goal goalie goat
gobble goblin gold golden goldfish golf golfer gondola good goose gopher gosling gouda gown
graceful gracious grand granite granola grape grass grassy grateful grater gravity gravy great
green greet griffin grin grizzly groove grove grow guava guess guest guide guitar gull gumdrop
guppy gust gusty gymnast
habit haddock hail halibut hallway hamlet hammock hamster handy hanger happy hardy hare harmony
harp harvest hasty hat hatch haven hawk hazel hazy headset healthy hearty heather hedgehog helium
helmet help helpful hen hero heroic heron herring hibiscus hideout hike hiker hill hilly hinge
hippo hobby hockey hold holiday hollow honest honey hoodie hook hoot hop hope hopeful horizon
hornet horse hose hosepipe host hostel hotel hound hover hug hum humble humid hummus hurdle hurry
husky hyacinth hyena
ice icing icy idea ideal iguana image imagine impala improve include index indigo ink inlet insect
inspire invent inventor invite iris island isle ivory ivy
jackal jacket jackpot jade jaguar jam jar jasmine jay jazz jazzy jeans jelly jersey jester jet
jiggle jigsaw jingle jog jogger jogging join joke jolly journal journey joy joyful joystick
jubilant jubilee judo juggle juggler juice juicy jukebox jumbo jump jumpy jungle juniper
kale kangaroo karaoke karate kayak kazoo keen keep keeper keepsake kelp kennel kernel ketchup
kettle key keyboard kickball kilt kimchi kind kindly kindness kiosk kitchen kite kitten kiwi
knapsack knee knit knock koala koi krill
label lacy ladder ladle ladybug lagoon lake lamb lamp landing lane lanky lantern laptop large lark
lasagna laser lasso latte laugh launch lava lavender lawyer leaf leaflet leafy learn ledge leek
legend lemon lemonade lemur lend lens lentil leopard lesson letter lettuce level library lichen
lift light likable like lilac lily lime limit lion listen little live lively lizard llama lobby
lobster locket lodge loft lofty lollipop look lotus loud lounge love lovely loyal lucky lullaby
luminous lumpy lunar lunch lush lynx lyric
macaroni macaw mackerel magazine magenta magic magician magnet magnolia magpie mailbox majestic
make mallard mammoth manatee mango manor manta mantis map maple marathon marble marbled mare
marigold marina marker market marlin marmot maroon marsh marvel marzipan mascot mat matrix mauve
mayfly mayor meadow measure mechanic medal meerkat mellow melody melon melt memory mend mentor
merchant mercury meringue mermaid merry message meteor method middle mighty mild milky mill millet
mimic mimosa mindful miner mingle mink minnow mint minty minute mirror miso mist misty mitten mix
mixer mocha modem modern modest module molasses mole molecule moment mongoose monitor moon
moonbeam moose moped morning mosaic moss mossy motel moth motion motivate motor mountain mouse
mousse move movie muddy muffin mug mulberry mule munch museum music mussel mustang mustard mystery
nachos nap napkin narrate narrow narwhal natural nature nautilus navigate navy neat nebula nectar
neon nest netball neutron newt nibble nice nickel nifty nimble nitrogen noble nod nomad noodle
nook noon nori note notebook notepad notice nourish novel nudge nugget number nurse nutmeg
nutshell nutty
oak oasis oat oatmeal oboe observe ocean ochre octopus offer olive onion onyx opal open opera
opossum optimal option orange orbit orca orchard orchid oregano organ organic origami ornament
osprey ostrich otter oven overalls owl oxygen oyster
pack paddle padlock paint painter palace palette palm pamper pamphlet pan pancake panda panini
panther pantry papaya paper paprika parade paradise parakeet parasol parfait park parka parrot
parsley parsnip party pass pasta pastel pastry pasture path patient patio pattern pause pavilion
pea peaceful peach peachy peacock peanut pear pearl pearly pebble pecan pedal peek peeler pelican
pencil pendant penguin peony pepper peppy perch perfect pesto petal pheasant phoenix photon phrase
pianist piano piccolo pickle picnic picture pie pier pig pigeon piglet pike pillar pillow pilot
pin pinata pinball pine pinecone ping pink pinwheel pirate pita pitch pitcher pixel pixie pizza
placemat plain plan planet plankton planner plant plantain plate plateau platinum platypus play
player playful playlist plaza pleasant plenty pliers pluck plucky plum plumber plume plush pocket
podcast podium poem poet poised polar polish polished polite pollen polo poncho pond ponder pony
poodle pool popcorn poppy porch porpoise porridge port portrait possum postcard poster potato
potion potter pottery pounce pour powdery prairie praise prawn precise prepare preserve pretzel
primrose print printer prism pristine prize program project promise prosper proton puck pudding
puddle puffin puffy pull puma pumpkin pup puppet puppy purple purr push pushpin puzzle python
quail quantum quarry quartet quartz quasar quest question quiche quick quiet quill quilt quinoa
quirky quiz
rabbit raccoon racket radar radiant radio radish raft rain rainbow raindrop rainy raisin rake
rally ram ramble ramen ranch ranger rapid rapids rare rattle raven ravine ravioli read ready real
recipe recycle reef referee refresh reggae reindeer rejoice relax relaxed relay reliable relish
remember remote repair rescue resort rest restore return reunion revise rhubarb rhyme rhythm
ribbon rice ricotta riddle ride ridge ring ringtone rinse ripple rippled risotto river road roam
roar robe robin robot robust rock rocket rocky rodeo roll roof rooster rose rosemary rosy round
router rover row rowing royal ruby rucksack rug rugby rugged ruler rumba rumble run rustle rusty
rye
sack saddle safari saffron sage sail sailing sailor salad salmon salsa salt salty samba samosa
sample sand sandal sandbox sandwich sandy sapling sapphire sardine sash satchel satin sauce
savanna save savvy scallop scanner scarf scarlet scenery scenic scholar school scissors scone
scoop scooter scout screen scribble scroll sea seagull seahorse seal seashell season seaweed
secret secure seed seek sensible sensor sequoia serenade serene sesame sew shadow shaggy shallot
share shark sharp shed sheep sheepdog shelf shell shelter shepherd sherbet shimmer shine shiny
ship shirt shoe shoebox shop shore shorts shovel shrimp shuffle shuttle shy sidewalk sieve signal
silken silkworm silky silly silver silvery simple sincere sing singer sink sip sit skate skater
sketch ski skiing skillet skip skirt skunk sky skyline slate sled sledge sleek sleep sleepy sleet
sleigh slide slim slipper sloth slurp smart smile smooth smoothie snack snail snake snapper snappy
sneaker sneeze snooze snow snowball snowdrop snowman snowy snug snuggle soap soapy soar soccer
sociable sock sofa soft softball soil solar solid solo solstice solve sonar song sonnet soprano
sorbet sort sound soup souvenir soybean spa spark sparkle sparkly sparrow spatula speak speaker
speckled spectrum speedy spicy spider spiky spin spinach spiral spirited splash splendid sponge
spool spoon sporty spot spotless spotty sprig spring sprinkle sprint sprout spruce square squash
squeak squid squirrel stable stack stadium stage stallion stamp staple stapler star starfish
starling starlit starry station steady steer stellar stew sticker stingray stir stomp stone stool
stork story stove stream street stretch string stripy stroll strum studio study sturdy style
stylish suburb subway sudoku sugar sugary suitcase summer summit sun sunbeam sundae sundial
sunfish sunhat sunlit sunny sunrise sunset super superb support surf surfer surfing surprise sushi
swallow swamp swan sway sweater sweet swift swim swimmer swimming swing swirl swirly syrup
tabby table tablet tackle taco tadpole taffy tailor talent talented talk tall tame tan tandem
tango tangy tap tape tapioca tart taste tasty taxi tea teach teacher teacup teal teapot tempo
tempura tender tennis tenor tent teriyaki terrace terrier thank thankful theme theory thicket
thimble think thistle thorough thread thrifty thrive thrush thumb thyme ticket tickle tide tidy
tie tiger tights tile timber timer tin tinker tinsel tiny tiptoe tireless toad toast toaster
toasty toffee tofu together tomato tongs toolbox toolkit topaz topic topple tortilla tortoise
toucan tourist towel tower town toy trace tractor trail train trainer tram travel tray treasure
tree treetop trek trendy triangle trick trifle trim trinket tripod trolley trombone trophy
tropical trot trout trowel truck truffle trumpet trust trusted trusty truthful try tub tuba tuck
tugboat tulip tumble tuna tundra tune tunic tunnel turkey turn turnip turtle tutor tuxedo twig
twilight twine twinkle twirl type
udon ukulele umbrella unfold unicorn unique universe unwrap upbeat uplift upload upright urban
urchin useful
vacation valiant valid valley valve van vanilla vase vast vector velvet velvety venture veranda
verbena verse vessel vest vibrant video view villa village vine vinegar vintage violet violin
visit visor vista vital vivid voice volcano vole volley voyage voyager
waddle wade waffle wag wagon wait waiter wake walk wallaby wallet walnut walrus waltz wand wander
warbler wardrobe warm warthog wasabi wash wasp watch wave wavy weasel weave weaver webcam weekend
welcome whale wheat whirl whisk whisper whistle wicker widget wiggle wild willing willow win wind
windmill window windy wink winter wintry wise wish wisteria witty wizard wobble wobbly wok wombat
wonder wondrous wonton wood woodland woody work workshop world worm worthy wrap wren wrench write
writer
yacht yak yam yard yarn yawn year yellow yelp yeti yodel yoga yolk young youthful
zany zebra zeppelin zest zesty zigzag zinc zingy zinnia zip zipline zipper zippy zone zoo zoom
zucchini
`;

export const RESUME_PHRASE_WORDS: readonly string[] = Object.freeze(WORDS.trim().split(/\s+/));
