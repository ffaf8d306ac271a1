"""Rebuild resources/deid/names.json (run by a developer, never at run time)."""

from __future__ import annotations

import json
from pathlib import Path

from zxcvbn import frequency_lists  # US census name frequencies, already a PeerDesk dependency


def _words(block: str) -> list[str]:
    return block.split()


OUT = Path(__file__).resolve().parents[1] / "resources/deid/names.json"

# Names that are also everyday words or places: flagged only where a name is likely.
AMBIGUOUS = _words(
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

INTERNATIONAL_GIVEN = _words(
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

INTERNATIONAL_SURNAMES = _words(
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


def build() -> dict[str, object]:
    lists = frequency_lists.FREQUENCY_LISTS
    given = lists["female_names"][:600] + lists["male_names"][:450] + INTERNATIONAL_GIVEN
    surnames = lists["surnames"][:1200] + INTERNATIONAL_SURNAMES
    return {
        "version": 1,
        "given_names": sorted({n for n in given if len(n) >= 3 and n.isalpha()}),
        "surnames": sorted({n for n in surnames if len(n) >= 3 and n.isalpha()}),
        "ambiguous": sorted(set(AMBIGUOUS)),
    }


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
