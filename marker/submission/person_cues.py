"""Does a lone capitalised first name act as a person in its sentence?

A first name alone ("Rosa", "Hilton", "Matilda", "Mold") is as often a plant, a brand, a
book or a town as a person. Alone, and never written in full anywhere, it is taken for a
person only when the words beside it say so: someone does something to them or with them
("I asked Joy", "Shadow Steve", "sitting next to Jayden", "met with Jas"), they do or feel
something ("Siobhan felt", "Kwame wanted", "Callum did most of the talking", "Priya was
nervous"), their age follows ("Aisha, 24,"), or something of theirs ("Jayden's mum").
These are verbs and words of people, not lists of the names met in a corpus.

Two strengths: the learner doing something to them, or them saying or deciding something
("I asked Hope", "Grace said"), makes even a name that is also a word a person; the rest
("Patience is probably ...", "shadow Maria", "Jordan would ...") only a name that is no word.
"""

from __future__ import annotations

import re

# The learner doing something to someone, or someone saying or deciding: "I asked Joy", "Hope said", "Grace and I".
_ACTED_ON = re.compile(r"\b(?:I|we)[ \t]+(?:then[ \t]+|also[ \t]+)?(?:asked|told|met|thanked|phoned|rang|emailed|texted|"
                       r"encouraged|challenged|reminded|praised|invited|reassured|congratulated|noticed|saw|watched|heard|"
                       r"helped|supported|coached|mentored|paired|observed|shadowed)[ \t]+\Z")
# ... or with someone else: "Priya and HR agreed".
_ACTS = re.compile(r"(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w&]*)?[ \t]+(?:and[ \t]+I\b|(?:then[ \t]+|also[ \t]+|had[ \t]+)?(?:said|says|told|asked|explained|wanted|agreed|"
                   r"thought|admitted|replied|mentioned|described|shared|decided|realised|realized|suggested|"
                   r"confided|laughed|cried)\b)")

# Done to or with someone, with no subject (a plan's "Shadow Steve", "coach Lottie") or beside them: "next to Jayden".
_VERBS_BEFORE = (r"asked|ask|told|tell|met|meet|meeting|thanked|thank|phoned|phone|rang|ring|e-?mailed|e-?mail|texted|"
                 r"text|encouraged|encourage|challenged|challenge|reminded|remind|praised|praise|invited|invite|"
                 r"reassured|reassure|congratulated|coached|coach|coaching|mentored|mentor|mentoring|supported|support|"
                 r"supporting|helped|help|helping|shadowed|shadow|shadowing|observed|observe|paired|introduced|"
                 r"buddied|buddy|visited|visit|greeted|contacted|contact|messaged|trained|train|taught|teach|"
                 r"interviewed|listened[ \t]+to|spoke[ \t]+(?:to|with)|talked[ \t]+(?:to|with)|worked[ \t]+with|"
                 r"sat[ \t]+(?:with|beside|next[ \t]+to)|sitting[ \t]+(?:with|beside|next[ \t]+to)|"
                 r"next[ \t]+to|beside|alongside|with|dear|hi|hello|thanks|thanks[ \t]+to|thank[ \t]+you[ \t]+to|"
                 r"(?:feedback|message|e-?mail|text|card|call|note|letter|words)[ \t]+from|happened[ \t]+to")
# ... and the next of a list: "coach Lottie and Kwame".
_BEFORE = re.compile(rf"(?<![\w'’-])(?i:{_VERBS_BEFORE})[ \t]+(?:[A-Z][a-z]+(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+)){{0,3}}\Z")
# What a person does or feels, just after the name: "Siobhan felt", "Kwame wanted", "Callum did", "Priya would".
_VERBS_AFTER = (r"felt|feels|had|has|did|does|brought|brings|came|comes|went|goes|got|gets|gave|gives|took|takes|made|"
                r"makes|kept|keeps|seemed|seems|sat|spoke|speaks|wrote|writes|left|began|begins|found|finds|knew|knows|"
                r"chose|became|showed|shows|needed|needs|hoped|hopes|tried|tries|struggled|struggles|worried|worries|"
                r"enjoyed|enjoys|loved|loves|hated|hates|preferred|prefers|joined|joins|arrived|started|starts|"
                r"finished|completed|smiled|asks|agrees|wants|thinks|tells|sent|put|let|ran|saw|heard|bought|caught|"
                r"stood|lost|won|paid|led|meant|spent|held|wore|drove|forgot|set|cut|hit|rang|met|taught|built|learnt|"
                r"drew|grew|threw|understood|[a-z]{2,}ed|"
                r"would|could|can|might|should|must|will|won['’]t|didn['’]t|doesn['’]t|wasn['’]t|isn['’]t|hasn['’]t|"
                r"hadn['’]t|couldn['’]t|wouldn['’]t|can['’]t|and[ \t]+me|who|whose|herself|himself")
_AFTER = re.compile(rf"[ \t]*,?[ \t]+(?:then[ \t]+|also[ \t]+|often[ \t]+|still[ \t]+|never[ \t]+|always[ \t]+)?"
                    rf"(?:{_VERBS_AFTER})(?![\w'’-])")
# "Priya was nervous", "Tom is anxious": a state of a person; not "Matilda is a novel", "Mold is based in Wales".
_STATE_AFTER = re.compile(r"[ \t]+(?:is|was|were|looked|sounded|became)[ \t]+(?:very[ \t]+|so[ \t]+|quite[ \t]+|really[ \t]+)?"
                          r"(?!(?:a|an|the|one|part|based|located|situated|open|closed|owned|run|known|named|called|set|"
                          r"made|built|written|published|released|famous|popular|sold|available|used|not|also|still|"
                          r"probably|perhaps|often|always|never|usually|key|important|essential|vital|about|what|how|"
                          r"where|that|this|more|less|most|much)\b)[a-z]{3,}")
# "Ffion was on her third callout", "Kyle is in his second year": where a person is, in their own.
_IN_THEIR_OWN = re.compile(r"[ \t]+(?:is|was)[ \t]+(?:on|in|at|into)[ \t]+(?:her|his|their)[ \t]+[a-z]")
# A word naming a job ends as jobs do (driver, operator, assistant, florist) or is one of the jobs that do not;
# a firm is a supplier's, a customer's or a sponsor's, not a person, and a computer or a winter is no one.
_NOT_A_PERSON = (r"(?!(?:supplier|provider|sponsor|partner|customer|funder|employer|owner|user|number|order|letter|member|"
                 r"centre|register|folder|counter|computer|printer|trailer|container|scanner|charger|tracker|planner|timer|"
                 r"poster|paper|shelter|quarter|winter|summer|calendar|spreadsheet|chapter|cluster|corner|border|other|"
                 r"either|neither|together|plant|restaurant|department|government|equipment|document|instrument|"
                 r"component|element|apartment|basement|tournament|event|"
                 # a firm's or a body's part in the trade ("Ofsted, the regulator"); not a job a person may hold too
                 # (operator, courier, contractor, developer, competitor)
                 r"regulator|distributor|manufacturer|retailer|wholesaler|insurer|lender|broadcaster|"
                 r"publisher|exporter|importer|exhibitor)s?\b)")
_JOB = (r"(?:[a-z-]+(?:er|or|ist|ant|ent|ian)|lead|chef|nurse|medic|porter|apprentice|trainee|colleague|mate|boss|"
        r"deputy|head|clerk|cook|cleaner|carer|buddy|friend)")
_PERSON_WORD = rf"(?:{_JOB}|cadet|scholar|pupil|mentee|coachee|volunteer|recruit|starter|child|girl|boy|woman|man|lady)"
# "one of our scholars": people by name, not by a job's ending ("one of our pointers" is a dog)
_ONE_OF_US = (r"(?:scholars|pupils|students|volunteers|apprentices|trainees|recruits|starters|cadets|members|mentees|"
              r"coachees|colleagues|staff|team|juniors|seniors|players|leaders|managers|nurses|carers|drivers|porters)")
# "One of our probationers, Ffion, was ...", "a cadet, Ellie, ...": a person's word, then the name between commas.
_PERSON_WORD_BEFORE = re.compile(rf"\b(?:a|an|the|our|my|one[ \t]+of[ \t]+(?:our|my|the))[ \t]+(?:[a-z-]+[ \t]+){{0,2}}"
                                 rf"{_NOT_A_PERSON}{_PERSON_WORD}s?,[ \t]*\Z")
_COMMA_AFTER = re.compile(r"[ \t]*,")
# "Rich, who has walked it for years": only a person is a "who".
_WHO_AFTER = re.compile(r"[ \t]*,[ \t]*who[ \t]")
# "Jayden's mum", "Lottie's manager", "Kwame's own goals": a person's people or their own things.
_OWNS = re.compile(r"['’]s[ \t]+(?:own[ \t]+|new[ \t]+)?(?:mum|mother|dad|father|parents?|husband|wife|partner|son|"
                   r"daughter|children|kids|family|friends?|manager|supervisor|boss|team[ \t]+leader|colleagues?|"
                   r"mentor|coach|tutor|teacher|confidence|goals?|plan|feelings|shift|rota|role|job|appraisal|"
                   r"probation|sessions?|targets?|progress|actions?|development|wellbeing|workload)\b")
_SIGN_OFF = re.compile(r"\b(?i:thanks|thank[ \t]+you|cheers|regards|best[ \t]+wishes|many[ \t]+thanks|love)[!.,]*[ \t]+\Z")
_SIGNATURE_END = re.compile(r"[ \t]*(?:[\"”’'][ \t]*)?(?:[.,;)]|$|\n)")
# "Aisha, 24, is ...", "Declan (19) joined": an age.
_AGED = re.compile(r"[ \t]*(?:,|\()[ \t]*(?:aged[ \t]+)?\d{2}[ \t]*(?:,|\))")


def acts_as_a_person(body: str, start: int, end: int) -> str:
    """What the words around the name from ``start`` to ``end`` say: "person" (whatever the name),
    "likely" (a person, if the name is no ordinary word) or ""."""
    if _ACTED_ON.search(body, max(0, start - 20), start) or _ACTS.match(body, end) or _WHO_AFTER.match(body, end):
        return "person"
    if _SIGN_OFF.search(body, max(0, start - 25), start) and _SIGNATURE_END.match(body, end):
        return "person"  # '"Really useful, I can say no now. Thanks! Sandy"': someone signing what they wrote
    if _PERSON_WORD_BEFORE.search(body, max(0, start - 60), start) and _COMMA_AFTER.match(body, end):
        return "person"
    if described_as_a_person(body, end):
        return "person"
    if (_BEFORE.search(body, max(0, start - 60), start) or _AFTER.match(body, end) or _STATE_AFTER.match(body, end)
            or _OWNS.match(body, end) or _AGED.match(body, end) or _IN_THEIR_OWN.match(body, end)):
        return "likely"
    return ""


# "our forklift driver Jas", "her team leader Bev", "my new apprentice Kai": someone's job, then a name that no list
# holds.
_JOB_BEFORE = re.compile(rf"\b(?:my|our|her|his|their|the)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}{_NOT_A_PERSON}{_JOB}[ \t]+\Z")


def named_by_their_job(body: str, start: int, end: int) -> bool:
    """ "When our forklift driver Jas stepped up": a job just before the word, and what a person does after it."""
    return bool(_JOB_BEFORE.search(body, max(0, start - 50), start)) and acts_as_a_person(body, start, end) != ""


# A record, not prose: a table's cell, a dated or timed line, a label's value ("Outcome: Kieran ..."), a name between
# brackets or dashes or before a colon ("Session 3 (Kieran):", "Mentee feedback – Kieran", "Kieran: 'I didn't ...'").
# Records name people and little else, so there a first name that is no word needs no further cue.
_DATED_OR_TIMED = re.compile(r"\d{1,2}[/.-]\d{1,2}|\b\d+(?:\.\d+)?[ \t]*(?:mins?|minutes|hours?|hrs?|h)\b", re.IGNORECASE)
_MARKED_BEFORE = re.compile(r"(?:[(\[–—]|[ \t]-|:)[ \t]*\Z")
_MARKED_AFTER = re.compile(r"[ \t]*(?:[):\]]|[ \t]*[–—]|[ \t]-[ \t])")
# "For Kieran, the main barrier was time.": a sentence about what it was like for them.
_FOR_SOMEONE = re.compile(r"(?:^|[.!?][ \t]+|\n)For[ \t]+\Z")
# "the plan was for Kieran to lead the huddle": what they are to do.
_TO_DO = re.compile(r"\bfor[ \t]+\Z")
_TO_DO_AFTER = re.compile(r"[ \t]*,?[ \t]+to[ \t]+(?!(?:her|his|their|the|a|an|my|our|be|me|us|them)\b)[a-z]")


# A sentence of prose ends where a word does, before the next one's capital: a text file's paragraph is one line, and
# "... walked Dolly and Reggie with an adult. ... groom him for 10 minutes" is no timed record of Reggie. Not a date's
# or a time's stop ("04/03. Kieran ..."): a log's line goes on.
_SENTENCE_END = re.compile(r"(?<=[a-z)])[.!?][ \t]+(?=[A-Z])")


_OPENS_WITH_A_DATE = re.compile(r"\W*(?:\d{1,2}[/.-]\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2}|"
                                r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+\d)")


def _near(line: str, at: int) -> str:
    """The sentence of ``line`` holding the offset ``at``, and the one before it ("Session 1, 30 mins. Kieran ...");
    a line a date opens is a log's entry, all of it ("12/03 - session 2 - 1 hour. … Kieran is more confident now.")."""
    if _OPENS_WITH_A_DATE.match(line):
        return line
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(line)]
    ends = [m.start() for m in _SENTENCE_END.finditer(line)] + [len(line)]
    n = next(i for i, stop in enumerate(ends) if stop >= at)
    return line[starts[max(0, n - 1)]:ends[n]]


def in_a_record(body: str, start: int, end: int) -> bool:
    """Is the name from ``start`` to ``end`` written in a record's line rather than in a sentence of prose?"""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line = body[line_start:line_end if line_end >= 0 else len(body)]
    return bool(" | " in line or _DATED_OR_TIMED.search(_near(line, start - line_start))
                or _MARKED_BEFORE.search(body, max(line_start, start - 3), start) or _MARKED_AFTER.match(body, end)
                or _TO_DO.search(body, max(0, start - 5), start) and _TO_DO_AFTER.match(body, end)
                or _FOR_SOMEONE.search(body, max(0, start - 8), start) and body[end:end + 1] == ",")


# "T. Salt, the head housekeeper at …", "Dean (Packing Team Leader, back shift)": what the person does, just after
# the name; "K. Fell and her mentee were …": someone paired with a person of theirs.
_JOB_AFTER = re.compile(rf"[ \t]*,[ \t]+(?:the|a|an|our|my|her|his|their)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}{_NOT_A_PERSON}"
                        rf"{_PERSON_WORD}\b(?![ \t]+of\b)|"
                        # "Josh, one of our brightest scholars, was ...": one of a kind of people
                        rf"[ \t]*,[ \t]+one[ \t]+of[ \t]+(?:the|our|my|her|his|their)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}"
                        rf"{_ONE_OF_US}\b|"
                        rf"[ \t]*\((?i:(?:[a-z-]+[ \t]+){{0,3}}{_NOT_A_PERSON}{_JOB})[,)]|"
                        rf"[ \t]+(?:and|&)[ \t]+(?:her|his|their)[ \t]+(?:{_PERSON_WORD})\b")


def described_as_a_person(body: str, end: int) -> bool:
    """Is the name ending at ``end`` followed by the job it does or the person it is paired with?"""
    return bool(_JOB_AFTER.match(body, end))


# A nickname the learner reports: "everyone calls him Kaz", 'the crew call Mentee 1 "Gonzo"', "nicknamed Bugsy",
# '("Sparky" to everyone)'. Someone is called it (not "we call it 'the Beast'"), so it is a person's name, whatever
# list holds it; the learner's own stand-in ("I will call him Jordan") is let go as a pseudonym before this counts.
_Q = "[\"“‘']"
_NICKNAME_BEFORE = re.compile(
    rf"\b(?i:calls?|called|calling)[ \t]+(?:him|her|them|(?:Mentee|Client|Coachee|Apprentice|Trainee)[ \t]+\w{{1,2}}|"
    rf"[MC]\d{{1,2}})[ \t]+{_Q}?\Z"
    rf"|\b(?i:nicknamed|nickname[ \t]+(?:is|was)|(?:he|she|who)[ \t]+(?:is|was)[ \t]+known[ \t]+as|"
    rf"known[ \t]+to[ \t]+(?:everyone|everybody|all|us|the[ \t]+[a-z]+)[ \t]+as)[ \t]+{_Q}?\Z")
_NICKNAME_AFTER = re.compile(rf"{_Q}[ \t]+to[ \t]+(?:everyone|everybody|all|us|the[ \t]+[a-z]+|his[ \t]+[a-z]+|"
                             rf"her[ \t]+[a-z]+|their[ \t]+[a-z]+|friends)\b")


# "I call them Sierra and Tango", "I decided to call him Jax": the learner's own stand-in, not what others call someone.
_CALLED_BY_THE_LEARNER = re.compile(r"\b(?:I|we)\b[^.!?\n]{0,40}\Z")


# Who goes by a name "known to everyone as" or '("Dolly" to everyone)' gives it: a person ("Mentee 1", "the Footplate
# Inspector", "our driver", "Kevin"), not "the old boiler" or "the old forklift" (an independent review).
_MACHINE = (r"(?!(?:boiler|forklift|cooker|heater|mixer|fryer|dryer|washer|loader|digger|tractor|trailer|roller|router|"
            r"server|blender|freezer|speaker|locker|printer|computer|engine|folder|counter|container|scanner|charger|"
            r"tracker|planner|timer|poster|shelter|calendar|stapler|shredder|hoover|drier|kettle|boat|van|truck|lorry|"
            r"car|bus|machine|oven|fridge|till|desk|chair|door|ward|room|building|office|site|depot|canteen|dog|cat|"
            r"horse|pony|tree|plant|kiln|press|lathe|crane|lift|hoist|pump|generator|compressor|robot|system)s?\b)")
_PERSON_BEFORE_A_NICKNAME = re.compile(
    rf"(?:\b(?i:he|she|him|her|who)|\b(?:Mentee|Client|Coachee|Apprentice|Trainee)[ \t]+\w{{1,2}}|"
    rf"\b[A-Z][a-z]+|\b{_MACHINE}{_PERSON_WORD})[ \t]*,?[ \t]*\Z", re.MULTILINE)
_KNOWN_TO_ALL = re.compile(r"\bknown[ \t]+to[ \t]+")


def a_nickname(body: str, start: int, end: int) -> bool:
    """Is the word from ``start`` to ``end`` a nickname the learner says someone goes by?"""
    before = _NICKNAME_BEFORE.search(body, max(0, start - 40), start)
    if before and _CALLED_BY_THE_LEARNER.search(body, max(0, before.start() - 48), before.start()):
        return False
    if before and _KNOWN_TO_ALL.match(body, before.start()):
        return bool(_PERSON_BEFORE_A_NICKNAME.search(body, max(0, before.start() - 40), before.start()))
    if before:
        return True
    return bool(start > 1 and body[start - 1] in "\"“‘'" and body[start - 2] == "(" and _NICKNAME_AFTER.match(body, end)
                and _PERSON_BEFORE_A_NICKNAME.search(body, max(0, start - 42), start - 2))
