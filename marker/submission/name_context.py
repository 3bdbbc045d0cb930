"""What the words around a capitalised name say it is: a thing named after someone, a place, or a person.

``people.py`` reads a run of capitalised words as a name; the words beside it often settle
what kind: people take no article ("a Ted talk", "the Henry hoover"), things are named
after people ("Sir Tom Finney Way", "the Mary Seacole Room", "named after Alan Turing"),
and places come after "in" or in a list of places (what a person does: ``person_cues.py``).
A name in quotation marks is a title or a thing's name ("Mr Brightside", a bus called
"Catherine Cookson", Rosa 'Gertrude Jekyll'), and a name listed beside an acronym is a brand.
"""

from __future__ import annotations

import re

from marker.submission.known_names import BREEDS
from marker.submission.name_lists import SURNAMES
from marker.submission.name_words import TITLES

# Words of a run that make it a place or a thing, not a person ("Unit", "Ward", "Room" ...).
STRUCTURE = frozenset("""Mentee Client Coachee Individual Learner Participant Person Appendix Annex Plan Option Section
Part Table Figure Photo Stage Phase Level Grade Type Step Task Unit Group Team Vitamin Class Category Block Room
Wing Floor Zone Box Area Site Model Version Question Number No Item Case Scenario Example Ward Bed Bay Shift Route
Pathway Cohort Round Wave Gate Door Lane Line Platform Court""".split())
# What is named after someone: a room, a stand, a street, a prize ("the Jo Cox Wing", "Tom Finney Way").
_NAMED_AFTER = frozenset("""Way End Stand Kop Terrace Suite Room Rooms Lounge Wing Annexe Annex Tower Building Buildings Hall
House Lodge Centre Center Theatre Library Lecture Award Awards Prize Medal Trophy Cup Fund Scholarship Memorial
Stadium Arena Ground Pavilion Field Fields Rise Park Gardens Bridge Road Street Lane Avenue Drive Close Square Place
Crescent Walk Campus Quarter Hospital Hospice School Academy College Institute Clinic Surgery Trust Foundation
Programme Scheme Fellowship Arms Inn Bay Hill Wall Cross Green Wood Common Heath Moor Palace Castle Abbey Manor
Cathedral Chapel Priory Gate Gateway Mill""".split()) | frozenset("Bend Corner Hairpin Chicane Straight Esses".split())
# A track's corners ("Graham Hill Bend"): named after someone only after their full name, as "Amy Corner", "Tom
# Straight" are people (an independent review).
_CORNERS = frozenset("Bend Corner Hairpin Chicane Straight Esses".split())
_NAMED_DAY = frozenset({"Day", "Week"})
"""Days named after someone ("Ada Lovelace Day"): only after a full name, as "Tom Day" is a person."""
_NAMED_AFTER_NEXT = re.compile(rf"(?:['’]s?)?[ \t]+(?:{'|'.join(sorted(_NAMED_AFTER - _CORNERS))})\b")
_NAMED_AFTER_BEFORE = re.compile(r"\b(?:named|called)[ \t]+(?:['\"‘“][^'\"’”\n]{1,30}['\"’”][ \t]+)?(?:after|for)[ \t]+\Z|\bnamed[ \t]+(?:[a-z]+[ \t]+){1,3}after[ \t]+\Z|\bin[ \t]+(?:loving[ \t]+)?memory[ \t]+of[ \t]+\Z")
# A show's title: "the run of Billy Elliot", "rehearsals of Shirley Valentine", "a production of Educating Rita".
_WORK_OF_BEFORE = re.compile(r"\b(?:production|productions|performance|performances|run|rehearsals?|screening|revival|"
                             r"staging|matinee|matinees)[ \t]+of[ \t]+\Z")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an|the|A|An|The)[ \t]+\Z")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around)[ \t]+\Z")
_PLACE_LIST_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|across|covering|visited)[ \t]+"
                                r"(?:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+))+\Z")
_FROM = re.compile(r"\bfrom[ \t]+\Z")
_COMMUTE_FROM = re.compile(r"\b(?:commute|commutes|commuted|commuting|travel|travels|travelled|travelling)[ \t]+(?:in[ \t]+)?"
                           r"from[ \t]+\Z", re.IGNORECASE)
""""most of our engineers commute from Long Eaton or Derby": a town."""
_TO_PLACE = re.compile(r"[ \t]+to[ \t]+[A-Z]")
# A name that is a workplace's: "the Hazel Grove office", "our Bishop Street site".
_WORKPLACE_AFTER = re.compile(r"[ \t]+(?:office|site|branch|depot|store|shop|campus|ward|surgery|clinic|school|centre|"
                              r"station|warehouse|team|area|estate|unit|practice|hub|base)s?\b")
# "Joy, my mentee, brought ...": the role just after a first name (not after a firm's: "Capita, a client").
_ROLE_AFTER = re.compile(r"[ \t]*(?:,|\(|–|-)[ \t]*(?:(?:my|our|a|the|one[ \t]+of[ \t]+my)[ \t]+)?(?:new[ \t]+)?"
                         r"(?:mentee|coachee|client|apprentice|trainee)s?\b", re.IGNORECASE)


# "the MV Flora MacDonald", "HMS Victory": a ship's prefix
_SHIP = frozenset({"MV", "M.V.", "M/V", "HMS", "RMS", "SS", "RV", "FV", "HMY"})  # not "PS" (a postscript) or "MS"
_SHIP_BEFORE = re.compile(rf"(?<![\w'’-])(?:{'|'.join(re.escape(p) for p in sorted(_SHIP))})[ \t]+\Z")


def thing_or_namesake(body: str, words: list[str], start: int, end: int) -> str:
    """What a run of capitalised words from ``start`` to ``end`` is, by the words around it:
    "thing" (passed over), "names a thing" (read on, but its first word alone is the thing:
    "Grace Hall", "Tom Wood" may be people), or "" (nothing said)."""
    if (words[0] in _SHIP or _SHIP_BEFORE.search(body, max(0, start - 6), start)
            or _HONOURED_BEFORE.search(body, max(0, start - 20), start)):
        return "thing"  # "the MV Flora MacDonald", "the Lady Florence Chase day"
    if " ".join(words) in BREEDS and body[:start].rstrip(" \t").endswith("(") and body[end:].lstrip(" \t").startswith(")"):
        return "thing"  # "Bramble (Jack Russell)": a breed in brackets
    if _NAMED_AFTER_BEFORE.search(body, max(0, start - 60), start) or _WORK_OF_BEFORE.search(body, max(0, start - 20), start):
        return "thing"  # "the cohort is named after Alan Turing", "during the run of Billy Elliot"
    if _ARTICLE_BEFORE.search(body, max(0, start - 5), start) and words[0] not in TITLES:
        return "thing"  # "a Ted talk", "the Henry hoover", "the Victoria Wing": people take no article
    if (len(words) > 2 and (words[-1] in STRUCTURE or words[-1] in _NAMED_AFTER or words[-1] in _NAMED_DAY)
            or _NAMED_AFTER_NEXT.match(body, end)):
        return "thing"  # "Mary Seacole Ward", "Alan Kelly Town End", "Sir Tom Finney Way": named after someone
    if len(words) == 2 and words[-1] in _NAMED_AFTER and words[-1] not in _CORNERS:
        # "Alexandra Palace", "Rowan Suite": a place; "Grace Hall", "Tom Wood" may be people
        return "names a thing" if words[-1] in SURNAMES else "thing"
    return ""


def in_a_place(body: str, start: int, end: int) -> bool:
    """ "in Beverley", "in Dudley, Walsall and Sandwell", "from Douglas to Liverpool"."""
    return bool(_PLACE_BEFORE.search(body, max(0, start - 12), start)
                or _PLACE_LIST_BEFORE.search(body, max(0, start - 80), start)
                or _FROM.search(body, max(0, start - 6), start) and _TO_PLACE.match(body, end)
                or _COMMUTE_FROM.search(body, max(0, start - 24), start))


def a_workplace(body: str, end: int) -> bool:
    """ "the Hazel Grove office": the name just before ``end`` is a workplace's."""
    return bool(_WORKPLACE_AFTER.match(body, end))


def role_after(body: str, end: int) -> bool:
    """ "Joy, my mentee, ...": a mentee's or client's role just after the name ending at ``end``."""
    return bool(_ROLE_AFTER.match(body, end))


_QUOTES = "'\"‘’“”"


def in_quotation_marks(body: str, start: int, end: int) -> bool:
    """ "Mr Brightside", 'Gertrude Jekyll', “Matilda”: the whole run quoted is a song's, book's, show's or
    thing's name; a person is quoted by what they said, not by their name alone."""
    opens = start > 0 and body[start - 1] in _QUOTES and (start < 2 or not body[start - 2].isalnum())
    closes = end < len(body) and body[end] in _QUOTES and (end + 1 >= len(body) or not body[end + 1].isalnum())
    return opens and closes and not _CAPITAL_AFTER.match(body, end + 1)


_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")  # Daniel 'Danny' Price: a nickname between first name and surname
_QUOTED_NAME_AFTER = re.compile(r"[ \t]+['\"‘“][A-Z][\w'’ -]{1,40}?['\"’”](?![ \t]+[A-Z][a-z])")


def names_a_variety(body: str, end: int) -> bool:
    """ "Rosa 'Gertrude Jekyll'", "Clematis 'Nelly Moser'": a word before a quoted name is the kind of thing
    it names (a plant's genus), not a first name; "Daniel 'Danny' Price" goes on to a surname."""
    return bool(_QUOTED_NAME_AFTER.match(body, end))


# "Hilton and IHG standards", "Dobbies or B&Q": listed beside an acronym, a brand or a body.
# Not a department (HR, IT): "Priya and HR agreed" is a person with a department.
_ACRONYM_AFTER = re.compile(r"[ \t]*(?:,|[ \t]and|[ \t]or|[ \t]&)[ \t]+(?!(?:HR|IT|SLT|OD)\b)[A-Z][A-Z&]+\b")
_ACRONYM_BEFORE = re.compile(r"\b(?!(?:HR|IT|SLT|OD)\b)[A-Z][A-Z&]+(?:,|[ \t]+and|[ \t]+or|[ \t]+&)[ \t]+\Z")


def beside_an_acronym(body: str, start: int, end: int) -> bool:
    return bool(_ACRONYM_AFTER.match(body, end) or _ACRONYM_BEFORE.search(body, max(0, start - 16), start))


# "The ward dog, Bella", "named her plant Kevin", "the robot vacuum is called Henry": an animal's or a thing's name.
_PET = (r"(?:dog|dogs|cat|cats|puppy|kitten|pony|horse|rabbit|hamster|guinea[ \t]+pig|parrot|budgie|tortoise|goldfish|"
        r"fish|pet|mascot|plant|robot|vacuum|hoover|doll|puppet|teddy|bear)")
_VEHICLE = r"(?:car|van|bus|lorry|tractor|boat|engine|locomotive|train)"  # named only with "called" ("took the car, Kieran said")
_PET_BEFORE = re.compile(rf"\b{_PET}[ \t]*,?[ \t]+(?:(?:is|was)[ \t]+)?(?:(?:called|named)[ \t]+)?\Z"
                         rf"|\b(?:{_PET}|{_VEHICLE})\b[^.\n]{{0,30}}\b(?:called|named)[ \t]+\Z"
                         rf"|\bnamed[ \t]+(?:his|her|their|the|a|our)[ \t]+(?:[a-z]+[ \t]+)?(?:{_PET}|{_VEHICLE})[ \t]+\Z")

# "the Lady Margaret refit", "a drink at the Lord Nelson", "the Father Willis organ": an article before a title and
# a name is a boat's, a pub's, a building's or an instrument's name, as a person is never "the Lady Margaret".
_HONOURED_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an|the|A|An|The)[ \t]+"
                              r"(?:Lady|Lord|Queen|King|Prince|Princess|Duke|Duchess|Sir|Dame|Saint|St\.?|Father)[ \t]+\Z")


# "Monty (Labrador)", "Duchess (rabbit)": a name before its animal's kind in brackets
_ANIMAL_AFTER = re.compile(r"[ \t]*\((?:a|an|our|the|my|her|his)?[ \t]*(?i:dog|cat|puppy|kitten|pony|horse|rabbit|hamster|"
                           r"guinea[ \t]+pig|parrot|budgie|tortoise|labrador|spaniel|terrier|collie|retriever|poodle|beagle|"
                           r"dachshund|cavalier(?:[ \t]+king[ \t]+charles)?|greyhound|lurcher|whippet|husky|alsatian|pug|"
                           r"chihuahua|staffie|staffy|bulldog|cockapoo|cockerpoo|labradoodle|schnauzer|rottweiler|dalmatian|"
                           r"corgi|westie|jack[ \t]+russell|king[ \t]+charles|siamese|tabby|moggy|cob|mare|gelding|filly|colt|"
                           r"stallion|ferret|lamb|ewe|calf|heifer|goat|alpaca|llama|donkey|hen)[ \t]*\)")
"""The animal's kind filling the brackets ("Monty (Labrador)"); not "Chloe (dog groomer)" or "Tom (calf rearer)"."""


_ANIMAL_APPOSED = re.compile(r",[ \t]+(?:our|the|a|an|my|her|his|their)[ \t]+"
                             r"(?:(?!(?:for|of|with|to|and|who|in|on|at)\b)[a-z-]+[ \t]+){0,3}"
                             r"(?:dog|cat|pony|horse|rabbit|tortoise|shark|turtle|penguin|seal|otter|dolphin|octopus|"
                             r"stingray|ray|eel|snake|python|lizard|gecko|iguana|owl|hawk|falcon|eagle|parrot|meerkat|"
                             r"lemur|monkey|gorilla|tiger|lion|giraffe|elephant|camel|donkey|goat|alpaca|llama)s?"
                             r"(?=[ \t]*(?:[,.;:)]|\(|$|who\b|that\b|which\b))", re.MULTILINE)
"""'Gloria, our sand tiger shark,': an animal's kind set beside its name, the kind ending its phrase
(not 'Kevin, our shark keeper')."""


# Breeds and kinds an animal's name is set beside: "Winston the Newfoundland", "(Dexter, a Bernese)".
_BREED = (r"(?i:newfoundland|bernese|labrador|lab|spaniel|cocker|springer|terrier|collie|retriever|poodle|beagle|dachshund|"
          r"greyhound|lurcher|whippet|husky|alsatian|pug|chihuahua|staffie|staffy|bulldog|cockapoo|cockerpoo|labradoodle|"
          r"goldendoodle|cavapoo|schnauzer|rottweiler|dalmatian|corgi|westie|shih[ \t]+tzu|bichon|lhasa(?:[ \t]+apso)?|"
          r"pomeranian|samoyed|akita|malamute|dobermann?|great[ \t]+dane|mastiff|saluki|vizsla|weimaraner|sheepdog|setter|"
          r"pointer|shepherd|maltese|yorkie|frenchie|sprocker|cavalier|jack[ \t]+russell|border[ \t]+collie|"
          r"dog|puppy|pup|cat|kitten|pony|horse|cob|mare|gelding|rabbit|tortoise|parrot|budgie)")
# "Winston the Newfoundland;": the breed ends the phrase or the clause goes on with what the animal did. Not "I showed
# Priya the lab results", "I told Jess the cat had been fed": after a verb of giving or telling, the name is whom
# (an independent review).
_THE_BREED_AFTER = re.compile(rf"[ \t]+the[ \t]+(?:[a-z-]+[ \t]+)?{_BREED}s?"
                              r"(?=[ \t]*(?:[,.;:)!?(–—]|[ \t]-|$)|[ \t]+(?:is|was|has|had|needs|needed|came|went|got|"
                              r"kept|did|does|loves|loved|likes|liked|ate|barked|pulled|came)\b)", re.MULTILINE)
_GIVEN_TO_BEFORE = re.compile(r"\b(?i:told|tell|tells|telling|showed|show|shows|showing|shown|handed|hand|hands|handing|"
                              r"gave|give|gives|giving|given|sent|send|sends|asked|ask|asks|brought|bring|passed|pass|"
                              r"offered|offer|lent|lend|bought|buy|got|get|taught|teach|read|reminded|remind|left|"
                              r"promised|owed|let|made|paid|pay|emailed|texted|messaged|warned|assured|informed)[ \t]+\Z")
# "an Irish setter", "a German shepherd": a job's word too ("Ellie, our setter, ran the drills"), so a breed only with
# its kind before it.
_JOBLIKE_BREED = r"(?:setter|pointer|shepherd)s?\b"
_A_BREED_AFTER = re.compile(rf"[ \t]*,[ \t]+(?:a|an|our|the|my|her|his|their)[ \t]+"
                            rf"(?:(?i:red|irish|english|gordon|german|belgian|australian|anatolian|dutch|old[ \t]+english|"
                            rf"white|black)[ \t]+{_JOBLIKE_BREED}|(?!{_JOBLIKE_BREED})(?:[a-z-]+[ \t]+){{0,2}}"
                            rf"(?!{_JOBLIKE_BREED}){_BREED}s?)"
                            r"(?=[ \t]*(?:[,.;:)]|\(|$))", re.MULTILINE)
# "Mabel's owner", "Biscuit's paws": something only an animal has (not a saddle, a harness or a stable, which a rider,
# a scaffolder or a groom has too).
_ANIMALS_OWN = re.compile(r"['’]s[ \t]+(?:owners?|breeder|kennel|paws?|collar|muzzle|microchip|"
                          r"flea[ \t]+treatment|worming|hooves|hutch)\b")


# "Ross 308 and Cobb 500", "a Brompton 500": a name and a model's number is a breed's, a make's or a product's, not
# a person's (not a year, a log's minutes "Ross 120 mins", or a clock).
_MODEL_NUMBER_AFTER = re.compile(r"[ \t]+(?!(?:19|20)\d\d\b|(?:[01]\d|2[0-3])[0-5]\d\b)\d{3,4}"  # nor a 24-hour time "0700"
                                 r"(?![\d:./,-]|[ \t]*(?i:mins?\b|minutes|m\b|hrs?\b|hours?|h\b|%|am\b|pm\b))")


def a_model_number_after(body: str, end: int) -> bool:
    return bool(_MODEL_NUMBER_AFTER.match(body, end))


def names_an_animal(body: str, start: int, end: int) -> bool:
    return bool(_ANIMAL_AFTER.match(body, end) or _ANIMAL_APPOSED.match(body, end)
                or _THE_BREED_AFTER.match(body, end) and not _GIVEN_TO_BEFORE.search(body, max(0, start - 12), start)
                or _A_BREED_AFTER.match(body, end) or _ANIMALS_OWN.match(body, end))


# "Lady Agnes soft cheese", "the Prince Albert", "King Edward potatoes": a rank before a first name and no surname is
# a cheese's, a pub's or a variety's name, or a royal's, never how anyone of the practice is written.
_RANK_BEFORE = re.compile(r"(?<![\w'’-])(?:Lady|Lord|King|Queen|Prince|Princess|Duke|Duchess|Baron|Baroness|Earl|Countess)"
                          r"[ \t]+\Z")


def an_animals_or_things_name(body: str, start: int) -> bool:
    return bool(_PET_BEFORE.search(body, max(0, start - 50), start)
                or _HONOURED_BEFORE.search(body, max(0, start - 20), start)
                or _RANK_BEFORE.search(body, max(0, start - 12), start))
