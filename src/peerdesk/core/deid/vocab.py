"""Word sets behind the name rules: titles, verbs only people do, and place or event words."""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Titles and ranks, with or without a full stop ("Dr. Okafor", "Sgt Pryce", "Firefighter Ruiz").
TITLES = _words(
    """
mr mrs ms miss mx dr doc prof sgt sergeant sarge officer constable cst pc dc ds det detective
insp inspector supt superintendent chief capt captain cpt lt lieutenant cpl corporal pte
private maj major col colonel cmdr commander ff firefighter paramedic medic nurse sr sister
matron father fr pastor rev reverend rabbi imam sheikh uncle aunt auntie aunty nana koro kuia
co dispatcher cllr councillor judge coach
"""
)
# Verbs that only people do: after an unlisted or ambiguous word they mark a person.
HUMAN_VERBS = _words(
    """
said says sez say told tells asked asks mentioned mentions rang rings phoned called texted
txted txtd msgd messaged emailed cried admitted admits reported reports shared shares wants
wanted wanna feels felt thinks thought reckons sounded sounds apologised apologized agreed
refused complained disclosed confided laughed snapped yelled shouted swore sobbed whispered
worried hoped knows knew missed needed dreads dreaded blamed
"""
)
# Verbs anything can do: enough for an unknown capitalised word, not for "Hope is what…".
STATE_VERBS = _words(
    """
is was has had seems seemed looks looked keeps kept gets got can't cant won't wont doesn't
doesnt didn't didnt isn't isnt wasn't wasnt hasn't hasnt will would could should might went
came goes comes took takes made makes covered worked works lives lived moved sleeps slept
stayed stays started starts left leaves came came back
"""
)
# Words before a name when someone is met, told or called: "met Eilidh", "sat with Ngozi".
PERSON_BEFORE = _words(
    """
with w met asked told called rang phoned texted txted messaged msgd emailed thanked hugged
spoke talked chatted
"""
)
# After a possessive name, a relative or role: "Mele's partner", "Senthil's manager".
PERSON_NOUNS = _words(
    """
partner wife husband mum mom mother dad father brother sister son daughter kids kid children
family nan nana gran grandma grandpa koro kuia aunt uncle cousin bf gf boyfriend girlfriend
fiance fiancee manager boss supervisor sergeant colleague crewmate mate friend baby parents
whanau dog cat car truck ute plate rego number cell mobile phone email address house flat
tiktok insta ig snap twitter bday birthday funeral wedding ex
"""
)
# Words before a capitalised word that make it a thing or a place, not a person.
NOT_PERSON_BEFORE = _words(
    """
the a an this that our their his her in on by since until of from last next every per early
late mid at to into near outside inside towards via your my its
"""
)
PLACE_BEFORE = _words("in at near from into outside inside towards via")
# "spoke to Grace": after these, "to" introduces a person.
SPOKE = _words("spoke speak speaking talked talk talking chatted chat listened wrote reached said")
# "moved to …", "flew to …": what follows is a place.
MOTION = _words(
    """
moved move moving went go going gone flew fly flying drove drive driving travelled traveled
travel back trip posted transferred transfer heading head headed relocated relocating
returned returning return commute commutes commuting
"""
)
# A capitalised word before one of these names an event, a place or an organisation.
PLACE_AFTER = _words(
    """
day eve night weekend ambulance army cross helpline line hospital station centre center
service services foundation trust council church school college university fund bank club
hall house park square bay island beach valley airport mountain lake river street road avenue
drive lane way team watch crew unit ward depot base brigade police fire rescue health clinic
"""
)
UNIT_NOUNS = _words("watch shift crew team unit ward station platoon squad")
MONTHS = _words("april may june august")
TIME_WORDS = _words("for in since until till by before after during of from to")
# Capitalised words that look like names but, in these notes, are holidays, faiths or brands.
NOT_NAMES = _words(
    """
christmas easter eid diwali hanukkah ramadan matariki waitangi anzac thanksgiving halloween
valentine passover vaisakhi navratri kwanzaa lunar remembrance memorial labour labor boxing
samaritans lifeline shout pieta starbucks greggs tesco woolworths bunnings walmart timmies
hortons kfc subway asda aldi lidl sainsburys
god allah buddha st mt ft rota whanau marae iwi hapu
he she it we they you me him her his hers its our ours us them their theirs my mine your yours
who whom whose what which when where why how this that these those the and or but nor if so
as at by for from in into of off on onto out over to up with without than then there here not
no yes do does did done is am are was were be been being has have had having would could
should shall must might all any both each every few more most other some such only own same
too very just also
smoko
comms ops admin resus triage sarge obs meds paeds peds ortho rehab psych dispatch hq covid
zoom teams whatsapp facebook instagram tiktok snapchat twitter netflix youtube google uber
narcan naloxone melatonin tylenol panadol advil ativan zoloft prozac sertraline epipen
english french irish scottish welsh british canadian american australian kiwi maori spanish
italian polish chinese indian african arabic muslim sikh hindu jewish christian catholic
indigenous aboriginal first nations metis inuit pasifika samoan tongan fijian filipino
monday tuesday wednesday thursday friday saturday sunday
"""
)
# Text speak that name lists happen to hold ("hella", "ty"): never a name in lower case.
TEXT_SPEAK = _words(
    """
tmrw abt thx ppl cuz coz gonna wanna kinda lol omg idk nite l8r sup bro sis fam bae tbh imo
rn ngl smh ofc pls plz ty yea nah yep nope hun babe mate dude bruh fyi asap convo ambo cuppa
brekkie arvo bday sesh vibe vibes hella mins hrs wks yrs tonite tho thru soz srsly obvs probs
defo legit sorta dunno lemme gotta outta tmr tmw wknd sched hosp meds rego reg ute servo
"""
)
