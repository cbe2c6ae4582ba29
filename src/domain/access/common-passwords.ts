// Generated: do not edit by hand (regenerate as described here, and review the diff).
//
// The 10,000 most frequent passwords of the xato.net corpus of ten million leaked passwords, as
// published in dropbox/zxcvbn data/passwords.txt (MIT licence, commit 67c4ece), followed by words and patterns
// common in China and in Chinese government offices (pinyin words and names, keyboard walks, vendor defaults).
// Each entry is stored as commonPasswordKey() in password.ts computes it: NFKC, lower case, leading and trailing
// digits and symbols removed. Entries that become empty (all digits or symbols) and duplicates are dropped, so
// '123456' is not here (the three-class rule refuses it) and 'password1' is here as 'password'.
// 8,452 entries.
const LIST = `
password qwerty dragon baseball abc football monkey letmein shadow master michael mustang qwertyuiop pussy
superman qaz2wsx fuckyou qazwsx jordan jennifer qwe killer trustno hunter harley zxcvbnm asdfgh buster
andrew batman soccer tigger charlie robert sunshine thomas iloveyou fuckme ranger daniel hockey george
computer michelle jessica starwars asshole pepper klaster zxcvbn freedom princess joshua maggie pass ginger
fuck amanda ashley love cheese nicole summer matthew chelsea dallas biteme matrix william yankees taylor
corvette austin access martin heather thunder merlin secret diamond hello anthony hammer fucker qwer silver
gfhjkm justin patrick richard bailey internet samantha golfer scooter test orange cookie q1w2e3r4t maverick
jackson sparky phoenix mickey bigdog snoopy guitar whatever chicken morgan andrea camaro mercedes peanut
ferrari falcon cowboy welcome sexy samsung steelers smokey joseph dakota melissa arsenal boomer eagles
tigers marina nascar booboo gateway yellow porsche monster spider diablo hannah bulldog junior london purple
compaq lakers iceman hardcore cowboys money banana ncc boston brandon tennis johnny miller q1w2e3r coffee
scooby edward nikita yamaha mother barney brandy chester fuckoff oliver charles player knight forever steven
rangers midnight chicago bigdaddy redsox victoria angel badboy please fender chris jasper james slayer
rabbit natasha rachel marine bigdick wizard marlboro raiders prince casper fishing flower crystal jasmine
iwantu panties adidas winter winner gandalf enter ghbdtn q2w3e4r angela mike golden lauren cocacola winston
madison angels panther blowme sexsex bigtits spanky shannon bitch sophie johnson asdfasdf david horny thx
toyota tiger murphy dick canada danielle blowjob jonathan muffin liverpoo cooper apples dennis jackie black
passw0rd john abcd sandra pokemon slipknot carlos qazxsw a scorpion qwaszx nathan butter startrek rainbow
asdfghjkl razz newyork redskins gemini cameron qazwsxedc florida liverpool turtle nicholas wilson sierra
viking booger butthead doctor rocket victor dolphins captain bandit jaguar packers pookie peaches asdf
dolphin helpme blue tucker theman maxwell tiffany jeremy qwertyui shithead debbie albert lovers maddog alex
monica united giants nirvana metallic hotdog rosebud mountain benjamin warrior stupid elephant suckit
success bond jackass bonnie alexis porn lucky jason scorpio samson q1w2e azerty rush driver freddy willie
calvin q2w3e4r5t sydney gators dexter red q bubba creative voodoo golf happy arthur trouble america nissan
gunner stella rebecca garfield gordon jessie bullshit parker asdfghjk fucking jack apollo eminem december
legend airborne bear beavis august apple brooklyn godzilla skippy buddy qwert kitten magic shelby beaver
phantom fred nothing asdasd williams xavier braves darkness blink travis copper platinum qweqwe tomcat girls
bigboy green power animal police online voyager lifehack fish sniper trinity walter blazer heaven lover
snowball playboy loveme bubbles hooters cricket marvin willow donkey topgun nintendo family saturn november
destiny gabriel pakistan pumpkin digital sergey redwings explorer chance tits private runner therock
guinness lasvegas beatles fire cassie christin celtic andrey broncos babygirl nelson donald eclipse scott
fluffy louise cartman michigan carolina testing little samuel alexande steve birdie pantera cherry gibson
sharon vampire peter mexico dickhead buffalo genius montana beer minecraft maximus flyers school lovely
stalker metallica doggie carter kristina kimberly spencer snickers barbara speedy sabrina carmen marcus
bronco lol friends paradise yankee horses magnum dreams cool caroline lacrosse ou goober enigma member
qwertyu scotty pimpin bollocks sammy surfer brian cock poohbear genesis star dave asd qweasdzxc baby racing
friend hawaii eagle viper october vanessa billy poopoo einstein boobies stanley walker bitches paul drowssap
courtney simple stephen badger alaska action denise jake bill jester drummer spitfire patricia forest
maryjane champion diesel svetlana rock friday kevin gregory pamela mark frank hotrod chevy anderson westside
douglas security google badass tester shorty thumper hitman mozart general zaq12wsx boobs reddog music
alexander melanie lizard ruslan vincent scarface teresa sweet marshall olivia buddha porno veronica frankie
spirit stargate antonio naruto mercury natalie liberty semperfi suzuki king popcorn spooky marley system
brittany scotland kelly claudia free kitty cherokee vikings simpsons death rascal leslie qweasd jimmy hummer
loveyou patches allison rocky adrian russia jupiter penguin passion cumshot howard vfhbyf honda vladimir
andre franklin sandman homer passport raider bastard infinity assman bulldogs fantasy sucker horney domino
budlight disney norman ironman usuckballz softball francis bishop brutus jeffrey redrum ford bigred brooke
jesus mnbvcxz fktrcfylh karina marines digger ireland kawasaki cougar fireman oksana shit college russell
alicia houston monday cunt bradley sarah justice nigger super wildcats tinker logitech duncan dancer
swordfis avalon everton reggie alexandr motorola timothy molly patriots hentai madonna claire eugene ducati
colorado connor indian kermit juventus galore house smooth freeuser warcraft simpson boogie titanic wolverin
elizabet arizona valentin georgia saints asdfg accord baxter matt denver mitchell christ yfnfif smith stinky
zachary roland slut brenda spiderma naughty chopper ncc1701d extreme skyline water virginia poop zombie
pearljam froggy awesome vision pirate fylhtq alyssa dreamer bullet predator empire wolf kirill people
panthers elvis penis skipper nemesis rasdzv peekaboo simon rolltide alison american cardinal arnold daddy
psycho danger mookie wanker chevelle manutd goblue hobbes vegeta tommy fyfcnfcbz picard burton bobby windows
loverboy victory vfrcbv bambam serega turkey tweety galina hiphop rooster changeme berlin taurus suckme
polina electric ronald avatar mine maksim raptor alpha hendrix newport bigcock kenneth brazil hard spring
eric a1b2c madmax england france britney sublime darkside bigman wolfpack classic hercules lawrence lincoln
ronaldo q2w3e spiderman blizzard cheyenne cjkysirj wombat raymond brother kristen pandora zxc holiday simone
wildcat devils kramer horse alabama caesar basketball sterling bondage carrie pussycat pickle shaggy sports
catch leather chronic a1b2c3d flowers admin robbie qqq qaz perfect gracie airplane kodiak freepass amber
billybob sunset katana crazy maria phpbb chocolat good snowman anna stingray candy firebird wolves zeppelin
detroit garcia pontiac gundam panzer vagina fisher pretty time outlaw connie business trevor honey redhead
tarheels greenday nastya hardon engineer savage hellfire serenity cobra service dude michele sasha fireball
lickme miranda darkstar flash remember white harvey oscar strike beauty freddie pavilion bobafett adam
dbrnjhbz bigmac bowling jeff duke clinton ytrewq future jenny jones wallace harrison natali pyramid rulez
dodgers apache swimming morris whynot teens trooper fuckit defender girl precious packard weasel popeye
lucifer cancer icecream raven stewart swordfish tanner presario sandy viktor rockstar blonde manager cheryl
norton control wutang spike julian pimp atlanta airforce thailand casino looking lennon mouse paris hacker
bluebird hawkeye theone catfish elaine sailor lisa goldfish dustin nfnmzyf light tattoo design pervert
barbie maxima roscoe nipples machine trucks herman wrangler rocks tornado lights cadillac bubble jerry
pegasus madman longhorn philip laura browns target orlando eatme stefan microsoft dilbert katie christia
baller winnie cannon lesbian shooter xfiles street seattle qazqaz cthutq amateur prelude corona freaky
malibu beach assassin atlantis integra pussies iloveu regina lonewolf dragons unicorn software bobcat
stealth kristin stacey peewee openup tony student srinivas angelina newton leonardo young zaqwsx valentina
shotgun lolita trigger enjoy athena veronika bruins coyote babydoll joker country dollar lestat hottie
random butterfly potter wordpass smiley sweety snake chipper woody samurai devildog gizmo video valerie
maddie soso123aljg powers mistress flipper express hjvfirf elena moose cessna piglet goldie polaris teacher
montreal cookies father wolfgang scully fatboy ladies wicked daisy balls tickle bunny dfvgbh castle foobar
transam single pepsi fetish oicu basketba ryan toshiba hotstuff jasmin sunday booty gambit ronnie impala
texas birthday stephani hooker lancer knicks shamrock stinger savannah kathleen roberto redneck benson
deftones squirt siemens nick blaster goldberg trucker alfred subaru renegade shelly ibanez manson swinger
reaper blondie casey cristina hamilton mylove minnie lindsay harry galaxy farmer gloria blahblah dudley
special enterpri travel babylon indiana skeeter sugar ficken great smoke bigone sweetpea fucked trfnthbyf
curtis freeman marino escort smitty bigfoot joanne babes check larisa trumpet spartan valera tristan asdfghj
sister bigboobs stormy mister hamlet aardvark butterfl marathon andreas paladin cavalier manchester skater
seven napoleon indigo hornet rusty buckeyes indians rose karate wonder hesoyam julie pierre jerome toronto
holland diamonds aurora chiefs buckeye qaz2wsx3edc sweetie highland hotsex charger redman elizabeth chandler
brandi passwor maiden griffin drpepper campbell monika leonard brown storm pornstar autumn bernie garden
linda pencil millie sherlock timber thuglife insane pizza jungle mariah aragorn a2b3c hamster audrey triumph
techno lollol sidney pioneer catdog sophia none fktrctq morpheus pascal sampson island hobbit wetpussy
erotic consumer blabla aaron justme stones marion chrissy tyler marie spartak goforit burger pitbull
adgjmptw kelsey nadine karen italia barcelona harold hunting kaiser artist colors martha german sammie bass
kissme virgin nicolas overlord mario isabella pebbles sundance emerald doggy callie isabelle racecar irina
germany element zipper alpine basket holly goddess poison shirley change nipple wesley sakura eddie chichi
huskers christy marcel danny pussys ultimate dirty ncc1701e blackie inside nicola nikki rommel caserta omega
geronimo watson sergio trojan philips nugget tarzan chicks aleksandr bassman warren trixie cream sherry
manuel portugal webster help anakin dodger bomber superfly madness michel global q1w2e3r4t5y loser yvonne
fatcat ybrbnf florence soldier energy warlock wrinkle desire bianca sexual martina babe larry seminole
alejandr peace westham andrei concrete hector harris margaret weed bernard ladybug naked network christop
trombone history tintin sherman bluesky chuck rhbcnbyf qazxswedc home pleasure christian logan cotton
onelove cdtnkfyf january whore vfvjxrf lindsey sunny titans stallion holden archie brianna missy truck smile
party singer hansolo natalia angelo smiles phillip joanna beagle panama kingkong flatron moon inferno
mongoose connect poiuyt snatch qawsed juice blessed rocker dominic snakes personal turbo bluemoon emily
sex4me joey finger jamaica alberto mulder beetle forget passat immortal head jamie susan plastic long
whiskey dietcoke suck spunky giovanni monitor cactus exigen markus patton planet ripper teen spyder nolimit
abigail daniela katrina waters morrison hollywoo sluts sticky trunks always diana andy japan mission speed
clifford april pickles fernando holmes sailing freak bonehead ghbdtnbr million delta darren newman charlott
rubber yomama hongkong jumper open sylvia ilovesex faster unreal cumming olga bertha memphis maurice nylons
rodney kennedy legion sebastia shalom pentium geheim dodge brooks movie werewolf funtime ferret orion
kingdom curious graham niners dream milton cantona sprite philly pacific pirates abgrtyu gilbert lollipop
french palmer eternity office boeing sweets sheila cooldude stars tottenha africa jackoff monique irish
anything foster stocking columbia moomoo martini tracey biscuit drizzt colt camera isabel fossil robinson
makaveli snapper satan solomon maniac salmon patriot verbatim jacob jersey nasty shasta asdzxc standard
shaved blackcat raistlin punkrock infantry cjkywt gerald waterloo clayton crimson dillon twister oxford
ricardo serena musicman seinfeld flight maxine biggie denis silvia condor colleen ravens megadeth wolfman
cosmos sharks teddy bruce banshee keeper foxtrot anton gn56gn butt damien skywalke velvet sesame garrett
dogs squirrel privet sunrise wolverine roxanne sucks legolas grendel rick ghost western cats felix carrot
frosty lvbnhbq herbert blades marlin stardust frog stone qazwsxed coolio brownie butler helena groovy
twilight penny trains daytona mollie vanhalen pikachu peanuts licker hershey jericho intrepid ninja bird
grace zaq search lobster goblin bottom punisher strider shogun kansas murray suzanne darwin amadeus ball
neptune showtime support muscle oldman bruno ekaterina henry rfrfirf getsome showme obiwan skittles whitney
english danni tanker maestro capital tarheel thanks gold anubis hannibal anal newlife gothic shark fighter
brendan blues z princes slick chaos sabine evelyn preston cindy roman boss q2w3e4r5t6y python mirage blood
devil clover richie tequila cody surfing delete potato review chubby panasonic sandiego porter portland
bentley baggins penelope tina fusion buffy derrick buck sooners blackdog harmony buttons malcolm californ
moscow playtime mature safety allen a2b3c4d mary dagger dima stimpy christine lester turner gangster
warriors iverson chargers byteme lucas swallow liquid misty dingdong nymets cracker mushroom greg crusader
mobile bigguy miami dkflbvbh bugger robin nimrod anastasia tazman stranger newpass doodle monroe powder
volume archer collins gotcha battle marco guardian dublin miguel masters slapshot septembe stuart milano
short grizzly knights photos janice angelica scarlett damian nookie charly lorenzo rammstein brasil scruffy
munchkin poopie camille kittycat latino hell santiago world walnut thegame gerard kolobok picasso barcelon
bananas trance auburn coltrane eatshit goodluck starcraft wheels parrot postal blade dorothy blackman wisdom
dusty pink gorilla tamara quality katerina engine shaney carlo dumbass cassidy osiris fuck_inside oakland
luther discover spanking lonestar sally annie bingo meridian ping bender dookie stonecol megaman bridge
terry rjntyjr ledzep violet madrid lowrider randy firefly alexandra phoebe griffey racerx paradox ghjcnj
beautiful gangsta zaq1xsw julia tacobell women weezer sirius halflife buffett shiloh vertigo sergei loving
aliens carson sobaka catalina keyboard sadie kangaroo josh sinner jazz bonjour socrates chucky thompson
hotboy cynthia hoover sprint finish dark scarlet celica lady shazam formula luke stevie sommer frances
trebor qwerasdf national jeep mailcreated kiss bollox fuckface elwood lorraine rebels vacation lexmark
melvin penguins ragnarok claude tempest vfhecz tacoma qwertz colombia flames rockon duck prodigy wookie
sebastian dodgeram romeo mustangs sithlord smoker server bang incubus window scoobydo oblivion molson kitkat
mystery titleist megan rescue magnolia zxcv carpet juan director richmond melinda celeste lawyer bigballs
kenny tardis roger jimbob xanadu bobbie blueeyes shaman mersedes pooper dixie wright golfing hearts lucy
garbage sheena ashton mallard kenwood springer dogg oracle lizzie nuttertools martinez topper chloe janine
roberts imagine elliott shemale sleepy gremlin yourmom imperial printer monkeys grateful peterpan hudson
mikey kingston cooler analsex faith jimbo pa55word gillian asterix freckles esther birdman defiant aussie
margarita stud blondes donnie tatyana wayne bridget aspirine mariners jackal tobias deadhead katrin research
anime rootbeer weather frogger polo israel children forgot stephanie frederic mandy hallo account noodles
photo parola shaolin willis celine willy palace plymouth nellie creampie santos justdoit rogers ohyeah
fatass assfuck amazon laurie kisses ludwig magnus queen camel nopass deanna bosco putter champs massive
spidey lightnin camelot bryan letsgo gizmodo aezakmi bones caliente tatiana broken goodtime thankyou
brucelee redalert aquarius catherin smokin pooh mypass payton lonely active astros roller porkchop sapphire
shopping a1s2d3f beckham temple marian atomic marvel vanilla qazwsxedcrfv unknown fletcher mason kaktus
cxfcnmt blacky aggies blackjac picture bangkok sooner hastings scream iforgot myself kasper judith slappy
shitty veritas chevrole vader painter amsterdam kristi jammer primus spectrum valley ernest eduard granny
clancy usa hitler pete avenger spankme simba dylan smudge scrappy melody atlantic beatrice labrador harder
southern syracuse front falcons rosemary husker candyman commando gator timmy sanchez pacman center stuff
pancho krishna darling fatman elijah throat clitoris pineappl keith lesbians sara lemons j4ye3uz kelley
barkley vulcan punkin alice odessa bush boner celtics method monopoly flyboy space romashka hamburg aa lick
gangbang area spartans bennett aaa tricky snuggles asian carol anders annette drago homerun vectra life
charlotte jesse hermes grover boat topcat vivian cuddles carolyn infiniti cosworth hayden dead forrest
goodbye billie blake goose jeremiah ivanov bossman qawsedrf peugeot exigent kyle doberman gary pauline bell
durango plumber telefon franco horndog emmanuel laguna rbhbkk dawg alan webmaster breeze beast beefcake
reality leopard redbull dalton shelley topdog godsmack theking pics speaker strong viktoria dance fuckers
bowler starbuck gjkbyf hungry content valhalla night anarchy blacks herbie kingpin writer starfish nokia
clarence loveit achilles labtec ncc1701a fitness drake brando bull kicker napass desert sailboat bohica
tractor hidden muppet terminator bart phillies kentucky pa55w0rd terror bella farside caitlin swingers
legacy ramona frontier butthole amelia doughboy jrcfyf tuesday matilda september sabbath nebraska homers
qwertyuio azamat fallen maryland oakley agent oklahoma striker camels iguana looker pinkfloy moloko latin
double chang dannyboy luckydog rhonda pistol whocares charmed skiing select studio franky houses elliot
javier puppy tanya nathalie boris daniil conrad miles command vladik vette vfrcbvrf stoner ihateyou nevada
moneys vkontakte mandingo puppies california funny crash mystic maynard zidane eileen kotenok tyrone
dilligaf budman bunghole zvezda stick jennie triton golfball today technics carlton bone trojans panda river
rafael church laptop rookie aberdeen gustav hawk dale ivan shane jethro enterprise escape igor stripper
filter hurrican rfnthbyf lespaul snow central butch dthjybrf belinda handsome excalibu nofear momoney possum
cutter metal bigger brothers bethany oilers cash randall moocow cupcake gbpltw splash svetik leader soleil
bogdan vipers babyboy tdutybq lancelot sabina ccbill keystone passwort juliet russian madden flamingo
australia firefox marilyn dogman vortex rebel noodle zaphod killme verona chase babies coolman danila
designer skinny kamikaze deadman bacon attack gopher doobie somethin reagan warhammer bradford deeznuts
freaks engage torres poncho hammers azsxdc dracula donna play sassy boots deskjet cancel macdaddy mighty
oregon ralph manchest tight hilton sterlin marissa justine michaela dawson fabian meatball mailman sinatra
columbus cthulhu grandma ready bubbas lewis cartoon chair bicycle jenna bryant helen eatpussy truelove
sentinel kathy tolkien blow wendy breast capone lickit summit k hailey beverly julius universe meghan nancy
jamesbon kathryn eleven sexygirl miracle bowser davis sonic billyboy redhot traffic microsof microlab saint
demon military rockets iloveyo fernand nina danie cutlass function polska titties pantyhos sweden conner
tree lifetime thekid theodore aikido gang rugby gofish pilot mayday bloody market bonita tracy coke anfield
sony lansing smut elvira scotch sexx catman hustler fast saun hayley dfkthbz peters azsxdcfv cheers gabrie
tinman orioles scottie charlton fortuna santana airbus china station rustam xtreme bigmoney zxcasd retard
fatima grumpy huskies boxing selena ultima warlord fordf oranges rotten betty asdfjkl superstar kong denali
terminal sultan bikini saratoga thor figaro sixers wildfire vladislav gretchen hollywood sparta kristy
mayhem wilbur greenbay chewie number feet cancun models running fabie marlene mellon tammy trinidad
poiuytrewq hope cloud crunch fashion bigtime piccolo bigbird mojo sport miriam maradona sandro bizkit
rjirfrgbde rightnow hyperion hansen natural treasure meatloaf armani rovers jarhead cruise emerson coconut
dragoon utopia davids revenge cosmo catherine rfhbyf reebok charli giorgi sticks camilla sayang exodus
japanese anaconda pedro zaqxsw illini chanel christopher ricky giant woofwoof memory packer poontang govols
jedi tomato richards beaner cooter chief creamy dana adult toby lionking quincy movies deborah down albatros
poodle kenworth dinosaur greens goku happyday eeyore wally adriana tsunami cabbage holyshit hopper first
memorex chaser bogart orgasm chocolate flying sean volley whisper knopka ericsson walleye chickens corrado
twisted zorro clemson tasha zxcasdqwe tootsie milana zenith dong jose fktrcfylhf shania romance frisco
jensen profit polniypizdec crazybab sherwood positive junebug fugazi science rereirf vfvekz sausage vfczyz
comics koshka alien clapton madeline theresa anhyeuem condom fubar hardrock skywalker tundra rich roberta
february cocks gringo marcos rachael werner harper canon vitalik aspire stocks becky coleman applepie arjay
johanna boob pillow sparkle gmoney nobody fingers rockhard drew better samiam everest hellyeah bigsexy dean
davidson easy skorpion rfrnec bears ingrid hedgehog australi candle slacker dicks voyeur tool jazzman br0d3r
steele wolfie vfksirf valeria qa2ws3ed fright yosemite temp brad kirsten karolina wood fart barsik surf
cheetah baddog deniska marisa starship bootie milena monty lillian salvador hithere kume greatone dildo cent
albion boys cecilia admiral stolen midget vernon lion maxell fuckin cyclone freeporn rupert nikola bonsai
kenshin slider balloon roadkill killbill jerkoff dinamo tekken rambler francois cheng goliath fortune
cinnamon malaka backdoor fiesta rastaman fletch sojdlg123aljg stefano artemis calico powell felicia nyjets
damnit scratch robotech alliance duchess rctybz hooter marianne keywest hal mechanic pingpong sanders marc
operator presto sword fritz rasputin spank bristol faggot shado amsterda tara wibble carrera jeanette
alibaba krista majestic ramses duster route trident clipper nguyen guest steeler wrestlin mattie divine
kipper gotohell emma kingfish charley passwords buttman pompey railroad viagra angie spurs heidi carl garage
isaiah fowler slutty lineage oleg macross pooter tang slave jokers yzerman swimmer ne phillips nwo4life
solnce seamus spears lolipop pupsik ivanova matador sparks ktyjxrf erik subway peterson cinder vermont hank
kimber pussie shearer chico florian magick retired guiness nature thursday allsop ghetto mathew typhoon
dfkthf direct depeche belle train skydive chemical dammit seeker respect fuckthis crysis murder kcj9wx5n
city umbrella r2d2c3po snoopdog critter venus theboss ding splinter kinky cyclops jayhawk caramel underdog
caveman trout onlyme grapes feather credit barry hotshot fuckher renault sex animals chad pippen broadway
floppy rosie cunts megapass pornos usmc kickass quattro kristine wassup helloo team p chivas bullseye java
fishes blackhaw jamesbond kill tunafish juggalo dkflbckfd sinclair translator giuseppe beanie alucard
saturday supersta deacon magicman phil tabitha frozen cohiba xbox meredith caligula heart facial dfktynbyf
rain cigars fang west klingon bob silence safari looser maureen deepthroat samara pearl malina tazmania
crawford gonzo dawn goalie damage vietnam kendall monaco cruiser misfit vh small tommyboy yousuck carole
sharky vfhufhbnf andres horizon absolut brighton r kungfu christina maxx forfun mamapapa song budweise
banker getmoney kostya jean louis bigbear button abraham vector fallout nudist gunners royals astrid
chainsaw believe scania work trader blueboy italian walrus eastside kahuna steph cypress champ undertaker
downtown ybrjkfq rules europa daphne patty snowboar sabres moneyman bottle chrisbln minime grant mirror
nipper groucho floyd stroke strange susanne jade benny woman whitey viewsonic village penthous wagner fabric
canadian flounder coolguy trisha bertie whitesox passme smegma skidoo thanatos fucku snapple leanne dalejr
mondeo thesims sparrow mybaby panasoni sinbad jillian thecat topher frodo sneakers maximum barber craig
senior z1x2c massimo alfa chong back ghjcnjnfr cat emmitt olivier cyber simona dollars titanium jabroni
answer journey again dang solution hambone intruder gargoyle static poseidon kids studly newcastl sexxxx
europe poppy johannes danzig beastie musica buckshot sunnyday goodman adonis bluedog bonkers paper chrono
compute spawn doug smelly wapbbs goldstar library quantum erica pisces boomboom gunnar albina premier lance
fresh nike briana hang multiplelo custom motherlode westwood federico usnavy dorian edwards daewoo korn
stereo sasuke jane sunflowe watcher jess dharma staples assholes babyblue marius bike walmart snoop starfire
callaway paintbal knickers aaliyah rivers tyson lokomotiv theend user steel renee sapper rover erotica
scanner racer zeus lamont doogie over bayern newbie paint micheal blossom losers droopy outkast wasser
poetry ufkbyf laurel rjycnfynby thirteen shawn hotred deejay hotpussy jessic truman philippe scout cubbies
michell havefun magpie fghtkm avalanch jeanne abby pudding sims leonid cbr busted audia bimmer janet ming
idontknow original vfvfgfgf tomorrow aleksey builder zerocool godfather mylife donuts anne allmine redfish
sascha nitram greene bounce demons working ocean greece second smokes reading start x2zkg8w rodman stunner
zxasqw dante contact hoosier hairy beretta insert s rtyuehe francesc tights micron christie carla quartz
gegcbr peyton searay jewels bogey luis paintball celeron cornell padres bing syncmaster ziggy beaches prissy
diehard mittens aleksandra queens what biggles attitude thongs southpark artur twinkle gretzky rabota
cambiami monalisa gollum chuckles gladiator whisky spongebob ling mazafaka marin meathead buzz backup
barefoot cedric cfitymrf bigass a1s2d kosmos blessing titty clevelan barrett terrapin johnboy maggot brent
freeze clarinet eduardo deeznutz stumpy carina stoney footbal traveler volvo mommy weaver bucket rooney
gaston dian steam snapon felipe pianoman hawkeyes futbol sound vegas clark casanova tango looney goodboy
scuba filthy carbon sexyman warthog will mustard nickel meowmeow strip krystal combat valeri boricua prophet
sauron qwas reefer andromeda venice goofy lord valencia xander loco lovesex triangle rhiannon whatsup mellow
bengals maste twins alina sunshin booker smeghead hokies sting resident welder rambo cerberus rockford monke
marcia goldwing juliette gabriell lambert buzzard focus more crjhgbjy tuan motley candice rainman groove
tiberius radio purdue hayabusa shou jagger petra diver zigzag poochie usarmy phish wang bean redwood redwing
together salamander sputnik boobie ripple eternal qw34er thegreat allstar wrestling trial slinky gesperrt
mishka whiskers mohammed pinhead overkill kang derek rhfcjnrf montgom sersolution confused lola starman
proxy swords nikolay bacardi rasta badgirl carolin brewster bermuda wildman karma claudio spaceman zero lynn
hacked kaylee helmet windsor changed something games norway runescape jill chun trapper banane person dbrnjh
ripken higgins frisky athens public shun piper fester oasis hurley lightning ib6ub supreme lions cicero kool
pony antoine amazing recovery thedog hill megatron illusion chip vinnie napster squash roadking smoking
woohoo hoosiers darius nice tracker bagira midway secure adrienne leavemealone lionel br sacred menace
medicine feng laser stoned paula motherfucker realmadrid massage morning balloons tinkerbell army todd
pobeda look heineken sonics moonlight optimus dino comet orchid jaybird bravo kashmir butts clown stacy
chuang chunky peach mortgage rulezzz saleen chuckie zippy gsxr doghouse maxim reader shai company buddah
benfica idiot hanna chou poker wild salomon meister eraser blackbir bigmike starter pants pissing angus
deluxe jeffery hardcock mian collin seahawks godfathe bookworm gregor intel talisman brewer blackjack
babyface common hawaiian dogfood zhong hampton tricia sancho ludmila medusa mortimer roadrunn willia wedding
just4me stalin handyman alphabet pizzas calgary health tongue clouds misha riley christmas cgfhnfr f**k
cubswin gong maryann lexus century unique dutch max xxx berger michae beautifu adams nuts pacers lilly
buddie pool chinook heckfy toledo really dutchess breasts eleanor beowulf darkman remote charlene jenn zhei
quan because satana shang idontkno smiths puddin martine ashlee teddybea valkyrie passwd chao shell boxster
five glory killers yoda cheater inuyasha cathy wareagle foryou dragonball mermaid bhbirf mohamed site lori
delphi nova hong gromit famous sponge qazzaq fytxrf sullivan misery medical lang ripley gameover diao sergi
beamer property beemer kittykat stanford rancid spanish manowar circle alexia barnes diggler assword
wishbone gonavy fisting thedude india sinister venera novell salsero jayden colonel desiree vedder peacock
redline lust jktymrf dfcbkbq geoffrey chrome katherine gamecube titten cong leng eureka friendly bitchass
gabriela banner carmel lakota mustafa matthews preacher hotbox destroy polly z1x2c3v playstation ruby
claymore electra circus checkers zheng qing playing otto armagedon wrestle phone svoboda bulls nimbus
manuela alenka madina onetime bartman asia sporting silverad electron t courage skylar hassan rhtdtlrj
darrell gobucks johann milkman camper pablo face thunderb bigbutt jammin davide cheeks goaway lighter claudi
thumbs pissoff ghostrider cocaine teng crow squall park lotus hootie blackout doitnow kaitlyn beth subzero
pippin rolling loaded xiao pothead qw skate peng xuan magical antoni neng miao bcfields charity marika
ferris laurence musashi tulips nong annika piao lucille bright chai ruan southpar jenkins nude lipstick
mandarin ninjas dianne cannabis reynolds finance jimmie adults jetski xerxes zhuang kleopatra forward dickie
bilbo pinky farley dieter tottenham quest yfnfkmz dirtbike mitch mango ipswich iamgod absolute tdutybz
northern modena qiao sonny slippery bluefish samtron toon iscool mari forum petrov fuzzy tank zhou mollydog
cinema deng rider ying dwayne elite pheonix zhun ghblehjr othello katherin starcraf divorce yang sang
sanfran cameltoe badman shadows dolores sheba secrets warner kissing bert vasilisa jiang annabell qaz2ws
jump luan sveta marsha akira chuai cheech beatle pickup paloma jameson caravan elizaveta high gawker banzai
pussey illinois mullet seng bearcat flexible farscape beans borussia zhuai templar colton toolman yfcntymrf
barker keegan march xiang sander records guai warning nuggets ebony mantis slim fyutkbyf thedoors qq zappa
fergie graphics caprice ugd5hip2j evan huai asdfzxcv sunflower pussyman deadpool barton ariana bigtit
hillary shepherd bank lassie nicol skyler gatorade stories sherri carpedie meat jockey sheriff hopeless
mancity spectre lemon artemka reng stretch iomega jing augustus twenty tong moritz susana alejandro spice
keller allan monte rhino spinner heater zhai argentina hover talon grease qiong corleone ltybcrf tian solo
mack hippie chimera ticket ting strength corsair sonoma kinder rufus xxxpass vampires bacchus raquel three
domain webmaste kendra chuo leon xyz chrysler artem shei virtual cosmic deutsch shanghai patience oceans
binladen latinas speedo buttercu castro millions sergeant merlot millwall ceng universal huang kotaku becker
letter jiong dragonba register stonecold snuffy ashleigh harvard poland hellos brett noelle blaze slapper
istanbul bonjovi babylove mazda bullfrog phoeni jacques meng xiong nomore bobdylan cristian capslock zaraza
teddybear ntktajy myname rong chan wraith screen mets hubert niao smokie chevrolet dialog gfhjkmgfhjkm
criminal dotcom vadim monarch athlon pierce hamish pian hardware everett liang aubrey coolness chui thoma
ramones malone belly ciccio chippy cattle ning marker cougars jackpot renata barbados reds pdtplf knockers
counter cobalt amateurs canyon dipshit napoli kilroy kayla hans pulsar jayhawks daemon alexey baron alisha
nightmare augusta balance weng shuang b shiner boom spread brigitte eldorado helene soulmate gunther county
media mclaren andromed duan spanks sexyboy dogshit silent shuo kakashka syzygy crack yeahbaby qiang paranoid
netscape silly anita fulham diego gooner lost deep zhui game laurent dog halifax freeway carlitos dwight
eastwood microphone hollow wings persik coldbeer geng nuan drunk lesley geneva yolanda fgtkmcby missouri
edgar entropy gadget just4fun sophi baggio carlito specialk manning piramida suan bigblue salasana hopeful
mephisto piano dynasty hack washington cards generic violetta brittney arcadia heritage hondas trainer foot
estrella arlene smashing fountain liao creature iceberg snooker zang matteo fastball bamboo fuckyo shutup
stevens astro thing buddyboy nikitos some redbird maxxxx shitface kuai kissmyass sahara radiohea cleo here
fight hooper wildcard patric rochelle plasma heynow loveless shao arturo bigfish misfits sheng theater
testpass seeking nanook cygnus licking slavik pringles female fraser xing submit dundee tiburon pinkfloyd
butcher browning yummy shuai guang chopin obelix insomnia stroker a2s3d4f lazarus jorda homerj sleeper card
jayson darklord cang ventura kris tripod magician sandwich jelly telephon vsjasnel promise romero royal
pasword magazine citizen pavlov homeboy gamecock amigo milo brodie budapest desmond karin yjdsqgfhjkm bolton
dupont married romano reckless pang lena orient shock zong cdtnbr maksimka bushido taxman giorgio sphinx
kazantip baldwin mexican concorde hunt verizon lovebug georg door sam patrice seadoo jiao jezebel ramsey
major pharmacy abnormal alfredo jellybea maxime puffy triple islander bunnies jiggaman drakon hughes pluto
zhjckfd chantal classics crusher mordor zhang hooligan strawberry scrabble officer moore wg8e3wjf project
cthtuf premium meagan hole arrow corey ramrod tootie rhjrjlbk channel bounty niang howdy goat senator
sweetnes masamune ferguson hemi gertrude corolla mariposa hjccbz darryl doomsday bummer donovan zhao thelma
excalibur andersen samsun kirsty buttfuck kfhbcf zhuo marcello ozzy players dynamite race blond diane
lollypop moses stepan tiny qa2ws chestnut spiker brains goirish gonzalez north callum moonbeam attila
someone lindros july webber sporty lantern nextel mallory violin dottie volcom glacier imation civic
inspiron dynamo citadel placebo jacobs clowns tiao insanity force tripper dabears haggis anthrax amerika
iloveme ursula lilian vsegda burrito bombers snowboard forsaken katarina a1a2a beacon model woofer fullmoon
creation darlene spock bessie sexxxy zander sausages stanislav cobain francesco robotics shanna exotic
nichole mobydick yvette senators pumpkins fergus asddsa windsurf reddevil vfitymrf avenue nevermind nang
woodland watch fishman mick shui q1q2q wingman superb zuan ganesh pecker zephyr anastasiya icu broker zalupa
kerstin mihail vfibyf dogger paddle varvara suicide schalke create happiness mouth z2x3c dell baker faithful
presiden wanted tuning heat sheridan poopy concord vanguard kellie aviation stiffy ernie rjhjktdf bronze
june jarvis wrench bunker firewall boxer store popper drive normal grande temppass gobears cuan tipper cigar
kamila deer thong puss bigcat sowhat digimon rang battery jingle bian tech download uranus dolly lips alone
soprano evolution candace mariana fandango aloha postman dogcat radical bombay kirby weird onetwo highheel
piazza pippo pepito gore beng stylus stratus reload conover duckie mail krusty script snappy electro kuang
simmons fishin santa clit lenny abstr christma qqqqq carnage guyver yong boxers kittens zeng toaster erin
praise cramps latina yugioh gorgeous delilah icehouse pineapple namaste coach harrypotter mygirl moreno
earnhard hall spikes nutmeg dogboy fischer louie angelika softail mypassword shan prowler bigboss harvest
heng jubilee dancing killjoy basset keng choice zaqxswcde flores biao airport titan ghosts robot holidays
marianna wifey kidrock cascade gameboy enrico z2x3c4v arrows services havana living banger partner chriss
platypus lumber almond pinball foxy heroes isaac marty superma longbow radiohead nigga spongebo abrakadabra
mckenzie barron erika chillin niceguy pistons hookup santafe bigben jets club mankind viktoriya beardog
passes reddwarf magelan longjohn jennife gilles carmex stasik shanti dayton judy bumper doofus alissa
slamdunk pixies compton garion steffi lottie alessandro beerman earth emilia niceass bronson honolulu visa
johndeer windmill ramirez boozer oatmeal aptiva busty delight tasty bergkamp glenn badgers guitars puffin
biology milk irishman zildjian airwolf highway cottage magnet gidget hammond nights queenie anai state
install mars season astra romans live mudvayne freebird string muscles dogbert juanita training snowflak
mang nygiants frost playstat vjcrdf abbott webhompas giraffe armand pelican jefferso comanche bruiser stop
monkeybo landon kjkszpj l kate micro albany impact epsilon aladin spoon hounddog josephin altima chilly
ultra sucking gasman thisisit pavel idunno kimmie rudy caught never paulie ballin medion moondog charter
manolo pallmall climber marlon paulina easter winners fishbone toffee tbone edison jared clippers krypton
picturs compass pocket chambers stress sairam towers getout comfort hallie camila cobras monsters bigblock
theatre severin format booster norwich whiteout ctrhtn federal m fiction hewlett shocker fuckinside squeeze
stefanie versace trust basebal bluebell defense milan anthon ellen stubby food foreve hollie undertak werder
saiyan mama medic chipmunk gene clay mazdarx qwe123qwe bowwow ellie easton record kjrjvjnbd celeb choochoo
demo lovelife word british colnago heinrich lithium zzzxxx welcom sutton anastasi fidelio festival franc
diving cross roadster visual drifter hookem hellboy kings cbr900rr sinned sharp clyde gypsy punk zebra beta
toejam newcastle buceta redfox news highbury carver koroleva mortal washingt torpedo vintage redbaron dalshe
mykids carman kitchen macbeth julien krasotka bitter pipeline tatarin kirk sensei codered michaels komodo
frogman switch juicy redrose mydick pigeon tkbpfdtnf salome close smirnoff wireless spam president flyfish
moskva fukkc olesya starligh fishhead lowell freesex gustavo guess azazel scoobydoo motion cabron yogibear
puppet konstantin tranny manila chef chilli terminat ghbywtccf slowhand fuckhead minerva nutter transit
seagull achtung blam bigbob bdsm nostromo survivor presley cnfybckfd lemonade rober lilith kelvin prayer
irinka deeper cocksuck program itsme zodiac upyours tommie lorena dinara chiara vera contest solitude habibi
sushi markiz rockies catwoman bearcats ross username wanderer ohshit sigma arkansas isabell mildred savanna
paradigm virgil flanker sanity costello underground jsbach spotty washburn bologna grandpa fantasia chevys
borabora cocker gravity ewq slater hurricane gtnhjdbx tonight sundevil nurses gt gagging maggi armstron
yfnfkb revolver madcat tropical volkswag brain smart lane corndog marti birgit reilly piggy sissy sonia
berkeley gilligan report sunfire jermaine angelus undead wildbill eastern shinobi joel m2do5bs cleopatr
lasvega hornets amorcit coventry destin troy larissa sidekick chinese grand blast georgie comedy wasted
gbhfvblf sneaky bmw kent nfytxrf sekret kalina zanzibar hotone qazws daniele wasabi hilary horace khan
highlander hitachi villa there paolo margie shawna justus weston tinkerbe kieran yuan glass schmidt boiler
sisters bluesman waffle quentin cole threesom valentine conan reflex nautilus physics everlast fatty cyborg
nation krissy birddog rubble suckers skyhawk straight qw12qw joebob woodie longdong stephan hopkins lamer
troll marjorie ghjcnjgfhjkm customer south boating nitro armada messiah lopez from groups americ redeye
asdqwe keenan leroy goten spikey sonata loud tokiohotel cisco denmark bowman sonyericsson citroen chandra
marble umpire belmont antonia yeah jonny nudes palmtree emilie vickie score fenway changes bighead razor
gryphon andyod aaaaa taco enterme malachi dogface reptile dindom handball marseille torino tigge matthias
viewsoni teenage stinker daniels evangelion rampage sandrine ethan thecrow astral blanco rollins sprinter
descent seabee shibby fearless junkie aramis antelope draven eggman skinner barselona complete fyfnjkbq
rivera chick sluggo kille bennie hotties fredrick irishka shamus question fairlane honeybee expert jewel
fantomas castillo best gladiato corinne karachi gambler gordo biatch matthe papito excite benoit arianna
dentist bobdole cheshire thewho mcdonald mentor tomahawk palermo luck bismillah loretta bigpoppa superior
ijrjkfl runaway skip skibum studman deadly helper squeak holycow options manfred harlem glock gideon
margarit medved sf49ers lambda pasadena johngalt toilet quasar coldplay keisha amand playa bigpimp capricorn
ministry elefant sweetness morton luca dominik roses biker datsun elcamino ukraine trinitro malice audi joe
carpente glamour diaper asimov navy callisto nikolai pebble vendetta boytoy castor cayman zippo yamahar
hanson styles wildwood doors foxylady calibra otis glasgow dungeon leedsutd hate bestbuy antares dominion
show book skillet enforcer derparol f00tball mingus jules modern remingto quebec priest giggles klaste eight
x7pxr ernesto coolcat flip megane synergy shrimp macman iforget adgjmp vjqgfhjkm rfvfcenhf shakira robins
perry rogue older cleopatra mamamia carnival bolitas dmitriy dimas papillon knuckles alberta rosario hola
vienna tophat cutiepie devo limited ducks ghjuhfvvf knock stream freefall parol antonina emperor zarina
finland buste stephane vitamin kayleigh warez chapman bigones sleep baritone jamess twiggy mischief bitchy
hetfield mahler dontknow conway grinch portal carroll calimero letmei acmilan alexandre polish kimball
whiteboy bigdawg cygnusx zoloto sanford firefigh blowfish screamer lfybbk samira chelse rico harddick
sexylady tuna auditt pizdec kojak kfgjxrf oxygen ru wp2003wp slugger hugo mental kordell swinging rockie
dimples sales trucking marijuana kerouac brand films giovanna paco thecure keepout kernel noname francisc
bozo stacie papers obsidian post spud tabasco tower jaguars dfktynby cromwell kokomo popova chips notused
sevens magneto referee roswell addison lakeside bigbang aspen loki suckmydick cold strawber maple facebook
nokian joshu advent slimshady whistler guido stryker anchor blueball option ksusha bahamut robocop w_pass
mothers impreza prozac bookie bricks roma cassandr choke ever evil korova breanna entry paramedi dinner
salope darkangel cars nomad extra smackdow nuclear yoyoma argentin moonligh bootys hardone capricor galant
spanker dkflbr transfer magpies krolik cevthrb cheddar wrestler bigbooty rimmer qwedsa susanna duffman
pictures bukkake acura cecile johncena sexxy p@ssw0rd building cherries nine asgard leopold mopar lalakers
dogpound crusty spanner kestrel fenris series flame universa clarissa peachy jorge trailer assasin lemmein
zack marquis eggplant jeannie hejsan canucks aikman tupac turnip bettina godlike fussball django petrova
ratman taekwondo prospect chocha serpent capetown vampir telephone amore gymnast timeout nbvjatq ksenia
janelle k.lvbkf nazgul budweiser clutch mariya inter sylveste university beaker sexxx cardiff patrol
marseill magellan alanis salem vehpbr sexgod jktxrf southpaw seneca camden daylight wallet tribal camero
tenchi rudolf addict johndoe roofer fortress vlad huge repair fktyrf wingnut wealth wolfpac notebook virus
pufunga factory goodgirl redhat truth challeng millenium pentagon ballet hoops myrtle maveric suburban gaell
onion olympus ricard sixpack butters gratis gagged clifton camaross wyoming hotgirls flasher benito ring
goldfing moonshin gerrard antony jonathon volkov right sonyfuck mandrake tracer venture irene asians helmut
boater seymour dogwood trip llamas aries devon arctic marcius navigator pearson goodie hellokitty fkbyjxrf
style earthlink lookout jumbo opendoor twelve ashle wormix native cornwall radar joyce murzik shoes lakewood
bluejays loveya sawyer commande peppe goth oreo punch slammer rasmus gina redskin speedway peggy davies
ironmaiden rough swedish gotmilk decker spence lloyd dejavu midnite timosha espresso delfin toriamos oberon
ceasar markie a2s3d ghhh47hj holes vjkjrj mackie daddyo dougie disco damon page auggie lekker blaine jocelyn
noway p4ssw0rd saigon fast4u capecod marriage qazxcv beater bremen aaasss roadrunner road larkin leeds fanny
coming real platon bordeaux hung clock links vbkfirf loren cardinals supernov trans optimist borders
ilovegod nightwish alchemy bimbo richar hattrick hott solaris devin proton screw glow nevets enternow greedy
amigos closer jaime moron ambers almighty somerset lenochka suckdick shag finally domingo alena intercourse
gonzales spiral tosser ilove cowgirl canuck angelic data munch spoons bledsoe waterboy evgeniy savior zasada
redcar mamacita terefon globus doggies htubcnhfwbz around cuervo suslik eating bomb azertyui explore
limewire stratfor steaua coors stigmata deputy pain derf klondike patrici marijuan romantic sloppy hardball
odyssey nineinch printing mulligan republic mad advance lawson beezer burns sandr mississippi charon
vauxhall emilio reggae schatz patch boulder sandie funstuff iriska krokodil longer rfntymrf fellow sterva
bball peeper trees luna toolbox aileen cabernet sheepdog jaeger pigpen holein lhfrjy banan dabomb jennaj
colonial junk joecool funky chiquita tender ringo junio medina clarke qqqwww kane baltimor footjob geezer
mash cashmone pancake selina monic grandam brady bongo yessir gocubs ophelia nastia vancouve mooney howell
another barley watford streets ilikepie laddie absolutely christa hairball toonarmy ambrose pimpdadd cvthnm
hunte davinci lback firenze bonanza munich doris elway tomas terrell daman square strap azert wxcvbn hoffman
afrika theforce jewish idefix wolfen houdini scheisse default sheep berry beech coral cyprus maserati
armando kirkland sigmachi revolution norbert bigdicks liliana riders eskimo mizzou call riccardo egghead
kronos ghbrjk alcohol insight pastor jomama luciano rfhnjirf rodeo dolemite cafc nittany pathfind mikael
vqsablpzla purpl gabber modelsne myxworld hellsing hottest punker rocknrol fishon gabriele kristian progress
lolol twinkie tripleh cirrus velocity link redbone biggun books irving allegro franks gthcbr reginald
wanking bootsy sofia mohawk koolaid futurama samoht klizma lobo macleod honeys joemama javelin samm mann
annmarie flicks montag nataly baylor dogbone youtube p0o9i8u goodday smoothie toocool metroid morales trace
archange delaware vagabond billabon kurt darkange skateboard evolutio morrowind wizards rockin cumslut
storage outside plastics zaqwsxcde doit outback bumble beloved dominiqu persona nevermore alinka norris
forgetit sexo all4one yasmin audio c2h5oh wives juliana petunia sheeba elisabet aolsucks woodstoc pumper
ranch fabio granada starr shuttle scrapper marcelo minimoni ariel breaker slimshad friendster awful rachelle
wiseguy fallon donner delmar blackbird buffet fields jellybean barfly behappy alisa carebear fireblad boxcar
dickens cheeky kiteboy elvisp opennow doktor lillie pornking flamengo snowbird raleigh lonesome protect
lighting baracuda bleach crackers metall singapor musical bastards mariner herewego dingo tycoon cubs blunts
proview christi terra d kamasutra muhammad lagnaf sixty vipergts navyseal starwar masterbate status wildone
peterbil cucumber butkus daughter climax deniro gotribe cement four harrier steffen shodan newyear corwin
sedona harald doubled bigguns dirk salami russel awnyce bugs kiwi calling estelle homework harbor homemade
pimping emmett azzer warhamme deaths linkin dudeman lander pinnacle bedford females maxdog allgood mega
foolish flipflop lfitymrf ottawa acidburn esquire sperma fellatio jeepster thedon sexybitch pookey spliff
dingle widget vfntvfnbrf wheeler mutant motor meliss gohome q2q3q mercede comein phyllis grin cartoons
paragon henrik rainyday pacino jenifer exchange senna dooley alleycat narnia rockwell pointer gianni wetter
clovis escalade rainbows grass rated eleonora daisydog cocksucker pushkin lefty sambo fyutkjxtr durham rage
hiziad deville roll leigh boyz whiplash orchard newark adrenalin bootsie contract chelle trustme chewy sick
golfgti blanca tuscl hatred ambrosia wr2i7h penetration shonuf jughead payday raphael stickman gotham
kolokol kolbasa stang puppydog charisma mone gardner jakarta draco nightmar inlove laetitia haley lara
marshal tarpon nautica meadow atlas luckyone chessie goldeney tarakan drums stafford bungle wordup cleveland
linden reserve heels interne dragonfl sprout touching gerbil sites phialpha ontario sand austria camber
weekend adriano drum bigjohn bambi dome bismarck scamper trauma rabbits bynthytn mallorca dragster point
meier favorite beethove colin burner workout peppers burning fosters ariane meow normandy sebring hawkins
kittie killa brennan nounours wonderful speakers playball xantia rocknroll pitch cliff guillaum strelok
prosper malaysia buttercup kerry masterp dbnfkbr wilder cambridg honor venom delaney treefrog lumina supra
sexybabe base italy freee melina shen michal stan frogs driller stockton pavement dicky burn checker
smackdown pandas getting cannibal asdffdsa zyjxrf nthvbyfnjh melrose neon jabber gamma walton chains aprilia
auto lister siobhan atticus benessere catcher azertyuiop thierry treetop jello melons reason daisey tantra
buzzer signal lucia puzzle catnip their bouncer olive redd pancakes sexyone ananas offshore cutie generals
olenka sexman mooses kittys systems sephiroth manga contra hallowee shower sheldon dirt skylark compact
sparkles qazxsw23edc larson clement ride soul vodka gofast hannes karine amethyst nikolas ploppy hotass
amatory volleyba bettyboo jonas ticklish elmira constant frenchy algebra manny powerful readers leinad
summers mynameis spooge hyundai frosch junkmail abacab andrews marbles casio longhair caster snicker
gannibal skinhead worthy hansol gatsby body earl segblue montecar plato gumby briggs kaboom matty buckley
jazzy enrique panter pilgrim farm shauna chill giulia candyass farmboy thrasher letsdoit royalty abcdefg
blanche notredam middle ilikeit rugger muslim uptown alcatraz w ladder airman rita navajo kenobi terrier
stayout grisha painting fluff virginie spot werdna octopus wind needles fitter stock dfcbkbcf blacklab
ulysses edmonton montrose winger supernova legs frederik gabby ilovepussy springs radeon blubber sliver
swoosh motocros auckland track jarrett lockdown pearls thebear istheman pinetree biit rewq renate rustydog
tampabay errors hewitt titts babycake jehovah cocoa streaming clemente collie camil fidelity cassandra
stitch gatit restart dunlop emil budgie cable grunt capitals hiking dreamcas panic riffraff makaka playmate
napalm rollin dani amstel zxcvb samanth rumble jimmys pressure pizzaman talbot hazard tralala delpiero alexi
yamato itisme camping vfndtq kahlua londo wonderboy carrots neville tazz ratboy pathetic rfgecnf alive nico
fujitsu tujhrf sergbest enters noel blobby planes cummins harriet accept smirnov roxy panhead bucky duffer
cashmoney left4dead bagpuss ollie salman titfuck malish dresden lemans darina zapper elements francine as
serious dummy met benton jefferson redstar julio pajero booyah adelina tetsuo winona betsy semper finder
hanuman sunlight n husband treble cupoi videos garnet dimitri loose ip76k stellar corner nympho saskia
bigtruck glasses revoluti conquest maximo toast nestor doreen feelgood phat gogators bismark doom cola puck
iceland furball burnout nursing perkins slonik bowtie chavez sniffing icecube herring twist fabienn mouser
papamama rolex cleaner quick rocco buford custer momdad iklo morten rhubarb eunice gareth blitz exeter
citation asses r2d brest tigercat usmarine bonner lilbit azrael lebowski madagaskar begemot loverman nadia
dragonballz invest italiano gladys pride mindy onions these mohammad cyrano capcom sylvie forlife fisherman
weare requiem harman mufasa piercing hellas abracadabra hawks duckman sweetheart duane volcano entrance
caracas macintos renato crescent fabulous fduecn hogtied weiner eatmenow ramjet monk hardy hair gamble
kicksass whatthe mariam discus ridge rfhfvtkmrf sqdwfe mantle ass sharpe vegitto trek dan rudeboy liliya
lunchbox riversid acapulco libero dnsadm maison toomuch scissors boobear hemlock sextoy pugsley dreaming
town someday lookin misiek athome migue hound altoids granite marcin rhfcfdbwf jeter rhinos rjhjkm dental
celebrity ronaldinho shampoo cyrus valery omar makayla instant kamilla crappy masterbating tennesse surprise
this retire holger matchbox hores poptart budd beau parlament goodyear spoiled hardwood alain erection
hfytnrb highlife innocent anonymous implants benjami dipper freestyle nicky aircraft fick grayson jeeper
zach bendover supersonic babybear laserjet melani things gotenks bama unlock natedogg aol pokemo raduga
sopranos having bathing cashflow menthol pharao hacking adelaide ghjcnbnenrf lizzy brook trash chen jerk
harmon pooky lake follow flyer gramma dipset becca mariel donjuan pong information alterego logger vaughn
matisse humphrey ljxtymrf victori dangerous forbes harle emanuel mamas chess encore gerry mangos diamon
alexxx tiamat desktop mafia thumb smurf princesa locks shojou stanton blueberr welkom maximka bobmarley
clips ismail trenton termite missie owen clever beat altair leeann bauhaus trinitron glover mogwai juniper
boroda rapper jingles shovel qwerasdfzxcv shakur natalya legos interest mallrats goldeneye tamerlan skirt
backbone spleen ers ibrahim alfonso shady darkone justi giggle cloudy aisan douche parkour waterman bluejay
redwine qw23er satchmo chamber nineball ballsack sucked probes kappa amiga klaus dortmund border basil
trigun homepage blinky screwy gizzmo belkin hand chemist coolhand chachi prime thebest greedisgood pro spark
g wonderfu surgery gone funk barefeet inches corinna binder talks qqqq kcchiefs simons bourbon korean xian
garlic pollux scouts downer cheerleaers edge fruity hancock turbos ringer riddle listen shopper photon
espana hillbill pinkie oyster macaroni helsinki weller bite gigabyte jesper motown dudes tuxedo reeves
triplex bong cyclones protocol estrell commander mortis rodrigo holla halloween fiddle sapphic cook jurassic
thebeast ghjcnjq baura oral karaoke nemrac flvbybcnhfnjh frisbee diva ajax feathers allday dynamic mierda
worker amature marauder josiah redheads womans egorka joke alvaro picks godbless carlisle larsen nimitz aaaa
experienced sashka madcow lennox leland socce greywolf baboon pimpdaddy jarrod reloaded lancia rfhfylfi
dicker placid grimace olemiss whores tribble paulin culinary wannabe maxi willard amelie meteor messenger
union trample bowl baberuth alexa bramble wearing range dominique asdfqwer vides you gavin figure killian
peabody taichi aztnm smother outsider hakr blackhawk bigblack girlie spook valeriya gianluca freedo q2q3q4q
griffith handbag lavalamp cumm pertinant whatup redlight patrik kara satellite dfytxrf analog aviator sweeps
cypher line bogus trick yinyang doughnut poophead tucson noles monterey hogan waterfal dank dougal tessie
recall suede aragon minnesot legman bukowski verena ganja horton mammoth riverrat asswipe metro daredevi
lian kamikadze zurich bgates bellagio wanrltw stiletto aimee lipton arsena biohazard bbking jetta chappy
tetris darthvad driven gilmore lilwayne salsa advanced nopassword natchez glitter mytime salvatore rubicon
moto source pyon wazzup tbird nightowl getoff trueblue hotgirl warwick nevermin deathnote taffy bigal
copenhag apricot gallaries frazier dtkjcbgtl wave totoro onlyone civicsi tabatha margot festus abacus
waiting sickboy fishtank fungus charle golfpro teensex seaside sarita aleksei rosewood blackberry bedlam
schumi deerhunt liza contour darkelf pack neil surveyor raining deltas pitchers beavers dipstick lizzard
softtail titman greenman z1x2c3v4b smartass visitor notnow waldo myworld chewbacc nosferatu downhill rene
kuan blazers break whales soldat craving eighteen powerman zone yfcntyf vincenzo hotrats joelle cfvceyu
qweasdzx feline qqwwee chitown export silicon mastermind dingbat care standby kismet atreides dogmeat icarus
fleming monkeyboy mouses nicetits sealteam crispy crap rrpass althea ahmed mini myporn myspace corazo
topolino lawman muffy orgy celina passord hooyah clint think ekmzyf prophecy pretzel socks angell amonra
oswald skilled nestle jimbeam midland happyman blah issues stonewal helios manunited harcore woodman gaymen
hot4u kakashi pjkjnj alcatel taylo allah buddydog prototype ltkmaby mongo blonds mendoza v civilwar paxton
bellaco turtles joan daniell mustan deadspin fynjirf tortoise zelda amor summe waterski land zulu hartford
drag0n dtxyjcnm gizmos strife interacial pusyy integral bracken equinox matri tobydog sammys nachos traktor
morgoth dasani jordon lock honduras rodrigue mashka total xxxxxx zimmer ownage nightwin hotlips persian
lunatic passmast skolko eldiablo continue manu mercer storms screwyou density bengal badabing olympic
foreplay hydro kubrick seductive lonnie comeon galileo pinto hatter charge aladdin metoo happines gentle
hotel mizuno caddy bizzare darrel redone olympia ohmygod sable nate bonovox girlies hamper opus fuller shot
aaabbb vicky pizzahut canton kikimora peavey ocelot a1a2a3a wsx3edc blueberry kurtis solace sprocket galary
shurik locutus virago animated wdtnjxtr tequier bisexual doodles makeitso fishy fishcake sentry libertad
oaktree fivestar honesty vegitta mississi spiffy carme dunbar neutron vantage agassi slash boners hilltop
ripped taipan done portia barrage karl talk ground fister martian pitcher willem lfybkf bluestar times fudge
moonman bertram ntktdbpjh paperino bikers daffy batista benji rice quake dragonfly suckcock daniella danilka
lapochka belinea calypso asshol attract root abraxas womam q1q2q3q4q youknow maxpower worm carola volleyball
disaster sonora tickler tadpole belair converse crazyman aside smithers finalfantasy jonatha paisley
kissmyas morgana monste mantra garner ritter spunk landmark gabrielle jonesy prague melisa alessand nassau
climbing baddest ghbdtnrfrltkf zxccxz tictac augustin racers grout foxfire stern beverley openit nathanie
shells randolph z2x3c4v5b envelope seadog gangbanged lovehate hondacbr harpoon cullen loop mamochka evans
fisherma bismilla locust saffron utjhubq safeway dealer pisser bdfyjd ruth malika showing magenta vfhujif
reveal negative russ anfisa stephens qaz123wsx tyrant thinking guan trey meggie kontol nurlan ayanami
yaroslav benedict websol mutley hugoboss graves diapers alyson websolutions norfolk elpaso gagarin confirm
badboys shine sephirot ruthie newuser reuben qian edcrfv brenna consult field lockout timoxa firedog
graduate sokolova skydiver shoe cornelia color poster weapon soulfly canary malinka guillerm case hookers
jennings shield dogfart osprey rhjkbr stoppedby therapy blunt leaves bread o mart werter flesh divers f
abdullah georgina lourdes alpina cali whoknows address godspeed foreskin heyyou didier slapnuts fresno
kristie hydrogen honest marcella honeybun hero baronn pakista senate philipp prayers topsecret band heavenly
slipper letsfuck godawgs flanders mousey buddies plane scrotum loveis lighthou bp dive susieq laughing
ralphie sandberg willi antonov sluttey chadwick rehbwf tribe darian losangeles letme1n pusssy true godiva
horror website ender golfnut edwin bernice leonidas a1b2c3d4e puffer leonie objects danish wizzard trista
lehjxrf bigbucks trent buddys zinger bucks esprit maya vbienrf josep tickling froggie daddys bergen crumbs
gucci mikkel opiate gaylord christophe came petrovich spain jolene paige humbug dirtydog allstate horatio
wachtwoord teller creepers squirts rotary bigd fujifilm chairman dasha merchant yorkie rainer splendid
fighting slimjim aspirin indira wiccan kenzie skunk adventure denied getit spooner hobart pommes daredevil
sugars bucker piston lionheart producer catfight recon icecold fantom vodafone kontakt vfcnth canine eloise
valleywa faraon dinger chickenwing johnnie livewire dianna livelife roosters jeepers survey ilya coochie
pavlik dewalt dfhdfhf debra architec blackops instinct vancouver qaz2wsx3edc4rfv rhfcjnf galway wsxedc
teaser profile sebora waffles smalls francisco womble return ankara swifty decimal redleg shanno nermal
candies smirnova marta ranetki a1s2d3f4g axio wertzu maurizio uldv zxcvasdf punkass nineteen internal block
flowe graywolf fernande peddler duffy rjs1la7qe katelyn elmo jessi rowing rams paradis mpegs fringe salinas
seawolf hospital okinawa ladyboy pianos piggies vixen bundy alexus orpheus gdtrfb macgyver hugetits flathead
maurici shayla mailru goofball nikon stopit odin big basement smooch reboot editor dope cousin famil bullit
torture gerhard methos morena gloves place zebras thirty clean getlost gfynthf kick info sarajevo wilhelm
ezekiel indon stripes flint comets tatjana rfgbnjirf joystick silk c sabre beerme kitties comcast slava
sickness squid saxophon winfield lionhear tammie bernardo qaywsx bustle nastena roadway loader hillside
amalia starlight infected niggers gerber bazooka underwear singapore blackice bandi cocacol rhythm nfhfrfy
timur muschi quant4307s squerting oscars privacy mygirls anytime flashman glenda tangerin musician seaman
p0o9i housewifes newness infamous escorpio dorado hippo mona forsberg addicted sheryl qpalzm ribbit
unbelievable ghbdtndctv bahamas mathias bogota load dork garrison bigjim susie lacoste firestorm plants
pasha legenda indain dasher snyder ludacris milamber evangeli letmesee shaker offspring freaked husky a4tech
corina picnic cnfkrth argyle rjhjdf caitlyn noah nataha o9i8u7y glendale archery hoochie rising android
stooge aaaaaa scorpions stokes kelli rapier bassoon groupd macaco labia freewill santiag silverado lydia
vflfufcrfh rugrat clemens court cornhole aerosmit gutter bionicle johnston gfgfvfvf stirling dust
administrator virgo fmale code pokey shredder baggies sweeney crosby beef wednesda estate mimosa sparhawk
firehawk romario bertrand funtimes fhntvrf nexus ab abcde abcdef wsx edc qaz@wsx qaz!qaz woaini woaiwojia
wojiushiwo aini mima mimamima pwd sysadmin superadmin huawei xiaomi baidu tencent taobao weixin wechat
zhongguo beijing guangzhou shenzhen guizhou guiyang kaiyang xifeng dongcheng zuzhibu dangjian dangyuan
gongzuo bangong bangongshi diyishuji shuji xiangcun fupin zhenxing xiangcunzhenxing cunwei cunzhang zhengfu
renmin gongchandang zhangwei wangwei wangfang liwei lina zhangmin lijing wangjing liuwei wangxiuying zhangli
lixiuying wangli zhangjing lijun liqiang zhanglei wanglei liuyang
`;

/** Keys of common and leaked passwords (see commonPasswordKey in password.ts). */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
