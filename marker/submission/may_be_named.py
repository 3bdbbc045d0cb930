"""The first pass over a submission: who may be named.

The learner (the session, the cover sheet's fields, a file or the work's title named for them),
their own tutor, assessor, IQA, supervisor or line manager (by the role words around the name,
a form's field, or a supervision log's "Supervisor" column), colleagues named in their post
(``in_post.py``), and every author the work cites or names as a writer (reference lists,
"(Schön, 1983)", "Kolb's cycle", ``uncited_authors.py``). A role never excuses a name the
work gives as a mentee's or client's. ``people.py`` reads the second pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marker.submission.cover import THEIR_FORM, learners_on_cover, names_in_file_names, surnames_in_file_names
from marker.submission.declaration import is_declaration
from marker.submission.in_post import given_in_practice, named_in_post
from marker.submission.known_names import NOT_NAMES, SHORT_FORMS, THEORISTS
from marker.submission.model import Block
from marker.submission.name_lists import FIRST_NAMES
from marker.submission.name_shapes import cited_works
from marker.submission.name_words import CAP, TITLES, UPPER, runs
from marker.submission.uncited_authors import uncited_authors

_AUTHORS_IN_REFERENCE = re.compile(rf"([{UPPER}][\w'’-]+),\s+(?:[{UPPER}]\.\s?)+")
_CITATION = re.compile(r"\(([^()]{0,120}?\b(?:19|20)\d\d[a-z]?)\)")
_CITED_BEFORE_YEAR = re.compile(rf"([{UPPER}][\w'’-]+)(?:\s+(?:and|&)\s+([{UPPER}][\w'’-]+))?(?:\s+et\s+al\.?)?,?\s*\(\s*(?:19|20)\d\d")
_EPONYM = re.compile(
    rf"([{UPPER}][\w-]+)['’]s?\s+(?:[\w-]+\s+){{0,2}}(?:model|cycle|theory|framework|stages|phases|hierarchy|window|"
    r"approach|questionnaire|inventory|styles|levels|spectrum|matrix|principles|conditions|types|roles|ladder|loop|"
    r"triangle|wheel|method|concept|definition|research|work|book|view|argument|idea|continuum)s?\b"
    rf"|([{UPPER}][\w-]+)['’]s[ \t]+[\"“‘'][{UPPER}]")  # owning a quoted title: Kline's "Time to Think"


_TITLE = re.compile(r"[^\n:]{3,79}(?<![.?!])\Z")
"""A line that titles the work: short, one line, no field and no sentence's end."""
_COVER = re.compile(r"\b(?:learner|candidate|student|registration|centre|unit|assessor|tutor|cohort|submitted|"
                    r"submission|word\s+count|qualification)\b", re.IGNORECASE)
_COVER_FIELD = re.compile(r"\W*(?:job\s+title|workplace|employer|organi[sz]ation|role|date)\b", re.IGNORECASE)
"""A cover's field opening a line ("Job title Senior Keeper … Workplace Ashcombe Wildlife Park (01823 400710)"), its
colon lost where a PDF ran the table's cells together."""
# The learner's own tutor, assessor, IQA, supervisor or line manager, by the role words around the
# name: not a mentee or client, so never to be anonymised. A role qualified by the practice
# ("coach supervisor", "clinical supervisor") or by "my" is the learner's; a bare "supervisor" or
# "manager" may be a mentee's job ("Tom, a night supervisor"), so it counts only after "my".
_ROLE = (r"(?:(?:coach(?:ing)?|mentor(?:ing)?|clinical|professional|practice|placement|course|programme|ILM|college|centre)"
         r"[ \t-]+){0,2}"
         r"(?:tutor|assessor|supervisor|IQA|internal[ \t]+quality[ \t]+assurer|internal[ \t]+verifier)")
_QUALIFIED_ROLE = (r"(?:(?:coach(?:ing)?|mentor(?:ing)?|clinical|professional|practice|placement)[ \t-]+supervisor|"
                   r"tutor|assessor|IQA|internal[ \t]+quality[ \t]+assurer|internal[ \t]+verifier)")
# "my practice manager", "my head of department", "my own mentor": anyone above or beside the learner they call theirs.
_OWN_ROLE = (rf"(?:{_ROLE}|(?:[a-z-]+[ \t]+){{0,2}}?(?:manager|director|leader|lead|mentor|coach|boss)\b"
             r"|head[ \t]+of[ \t]+[a-z]+)")
_NAMED_AS_OWN_ROLE = re.compile(
    rf"((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)[ \t]*"
    # "Lorraine (HR business partner, my coaching supervisor)": her post, then what she is to the learner
    rf"(?i:\([ \t]*(?:{_ROLE}|(?:my|our)[ \t]+{_OWN_ROLE}|[^()\n]{{0,40}}?,[ \t]*(?:my|our)[ \t]+(?:{_ROLE}|line[ \t]+manager)"
    rf"|line[ \t]+manager\b)|(?:,|[ \t][–-])[ \t]*(?:{_QUALIFIED_ROLE}|(?:my|our)[ \t]+(?:own[ \t]+)?{_OWN_ROLE})"
    # "Helen Ward is my coaching supervisor", "Karen Holt has been my line manager since 2019"
    rf"|[ \t]+(?:is|was|has[ \t]+been)[ \t]+(?:my|our)[ \t]+(?:own[ \t]+)?{_OWN_ROLE})\b"
    # "Priya (tutor observing)": the tutor was there, watching the session with Priya; she is not the tutor
    r"(?![ \t]+(?:observing|observed|present|watching|attending|sat[ \t]+in|listening))")
# "reviewed by Tom Bradshaw (mentee)": whoever the role words before say, the name is a mentee's.
_MENTEE_AFTER = re.compile(r"[ \t]*(?:\(|,)[ \t]*(?:(?:my|our|the|a)[ \t]+)?(?:mentee|coachee|client)", re.IGNORECASE)
# A form that records a mentee's or client's details: a manager's field in it is theirs.
_PRACTICE_FORM = re.compile(r"\b(?:mentee|coachee|client)", re.IGNORECASE)
_PERSON = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?"
# The learner's own supervision names their supervisor: "Rachel Green and I met monthly for supervision",
# "In supervision Diane asked ...", "Supervision notes – 3 March – Rachel Green".
_IN_SUPERVISION = re.compile(
    rf"({_PERSON})(?:[ \t]+and[ \t]+I)?[ \t]+(?:met|meet|meets|had|have|held)\b[^.\n]{{0,30}}?\bfor[ \t]+(?:[a-z]+[ \t]+)?supervision"
    rf"|\bwith[ \t]+({_PERSON})[ \t]+(?:for|in)[ \t]+(?:[a-z]+[ \t]+)?supervision"
    rf"|\b(?i:in|during|at)[ \t]+(?:(?:our|my|a|the|each|every)[ \t]+)?(?:[a-z]+[ \t]+)?supervision(?:[ \t]+sessions?)?,?[ \t]+"
    rf"({_PERSON})[ \t]+(?:asked|said|suggested|noticed|pointed|challenged|helped|reminded|wondered|observed|questioned)"
    rf"|(?:^|\|)[ \t]*(?i:supervision)[^\n|.]{{0,30}}?[–-][ \t]*({_PERSON})[ \t]*$", re.MULTILINE)
_OWN_COLUMN = re.compile(rf"(?i:(?:{_ROLE})(?:['’]s)?(?:[ \t]+name)?|supervised[ \t]+by|with[ \t]+(?:{_ROLE}))\s*$")
# A name already given as a mentee's or client's is theirs, whatever role words follow it.
_MENTEE_BEFORE = re.compile(r"(?:\b(?:mentee|client|coachee|apprentice|trainee|individual|participant)s?\b[^.\n|]{0,30}"
                            r"|\b(?:mentored|coached|mentoring|coaching)[ \t]+)\Z", re.IGNORECASE)
# Fields a form asks to be filled with the learner's or their tutor's name.
_OWN_FIELD = re.compile(
    # a field may be a list's item ("- Supervisor: ...", as a text file writes a bullet) and say whose ("My tutor:")
    # and its label may be in bold, as Markdown writes it ("**Supervisor:** Sandra Kelleher")
    r"^\s*(?:[-•*–·▪◦][ \t]+)?(?:\*\*|__)?(?:my\s+(?:own\s+)?)?"
    r"(?:(?:course|personal|programme|ilm|centre|practice|clinical|placement|professional|workplace)\s+)?"
    # "Learner signature", "Assessor signature and date" before "learner" and "assessor", which would match first
    r"(?:(?:(?:learner|candidate|student)['’]?s?\s+signature|"
    r"(?:i?qa|assessor|tutor|supervisor)\s+signature(?:\s+and\s+date)?|"
    r"tutor\s*/\s*assessor|assessor\s*/\s*tutor|learner|candidate|student|mentor|coach|tutor|assessor|"
    r"coaching\s+supervisor|mentoring\s+supervisor|supervisor|internal\s+quality\s+assurer|iqa|internal\s+verifier|"
    # the learner's own manager, as a witness form asks for them: "Witness (learner's line manager)"
    r"(?:witness\s*\(\s*)?(?:the\s+)?(?:learner|candidate)['’]s\s+(?:line\s+)?manager\)?|my\s+(?:line\s+)?manager|"
    r"line\s+manager)(?:['’]s)?"
    r"(?:\s+(?:full\s+)?name)?|(?:name|signature)(?:\s+of\s+(?:the\s+)?(?:learner|candidate|student|mentor|coach|tutor|"
    r"assessor|supervisor|i?qa))?|"
    r"submitted\s+by|prepared\s+by|author|signed|signature|learner\s+signature|candidate\s+signature)"
    r"(?![a-z])"  # a whole word: "Coaching supervisor" is not "Coach" and "ing supervisor"
    r"(?:\s+for\s+(?:this|the)\s+(?:unit|qualification|course|programme|award|certificate))?"  # "Supervisor for this unit"
    r"(?:\s*/\s*(?:tutor|assessor|supervisor|mentor|coach))?"  # "Name of supervisor/tutor"
    r"(?:\s*\([^)\n]{0,30}\))?\s*[:|–-]?(?:\*\*|__)?\s*",  # "Assessor name (block capitals):"
    re.IGNORECASE)
_OWN_PROSE = re.compile(
    # "my tutor, Dr Ian Marsh", "my tutor at the centre, Dr Ian Marsh"
    rf"\b(?:my|our)\s+(?:own\s+)?{_OWN_ROLE}(?:[ \t]+(?:at|from)[ \t]+(?:the[ \t]+)?[a-z]+)?"
    r"\s*[,(–-]?\s*(?:(?:is|was)\s+)?(?=[A-Z])"
    r"|\bmy\s+name\s+is\s+(?=[A-Z])"
    # "the assessor, Mr Jenkins": a tutor, assessor or IQA is the learner's, whoever's article
    r"|\bthe\s+(?:course\s+|ilm\s+|centre\s+)?(?:tutor|assessor|iqa|internal\s+quality\s+assurer|internal\s+verifier)"
    r"\s*[,(–-]?\s*(?=[A-Z])"
    # "IQA sampling by Joanne Fenwick", "Assessor's comments – Claire Dunn", "Tutor feedback from Mrs Whitlock"
    rf"|\b{_ROLE}(?:['’]s)?[ \t]+(?:sampling|feedback|comments?|observations?|review|notes|report|visit)"
    r"[ \t]*(?:by|from|[:–-])[ \t]*(?=[A-Z])"
    # "supervision with Helen Ward", "a supervision session with Jo", "supervised by Dr Khan"
    r"|\b(?:supervision|tutorial)s?(?:[ \t]+(?:session|review|meeting|call|discussion)s?)?[ \t]+with[ \t]+(?=[A-Z])"
    r"|\b(?:supervised|observed|assessed|reviewed|countersigned|moderated|sampled|verified)[ \t]+by:?[ \t]+(?=[A-Z])"
    r"|\breport(?:s|ed|ing)?[ \t]+(?:directly[ \t]+)?to[ \t]+(?=[A-Z])"
    # a log's row or a record's line "Supervision – Helen Ward", "Supervision: Jo Patel"
    r"|(?:^|\|)[ \t]*(?:supervision|tutorial)(?:[ \t]+(?:session|review|meeting))?[ \t]*[:–-][ \t]*(?=[A-Z])",
    re.IGNORECASE | re.MULTILINE)
# A field whose label says in brackets it is the learner's own assessor, verifier or supervisor, whatever
# their post ("Practice manager (workplace verifier)", "Dr Rennie (supervisor)"); not a mentee's.
_ROLE_IN_BRACKETS = re.compile(r"^\s*(?!(?i:mentee|client|coachee))[A-Za-z]+(?:[ \t]+[a-z]+){0,3}[ \t]*\([ \t]*"
                               r"(?i:(?:my|workplace|work-based|learner['’]s|course|coaching|mentoring)[ \t]+)?"
                               r"(?i:verifier|assessor|tutor|supervisor|witness|iqa|internal[ \t]+verifier)[ \t]*\)"
                               r"[ \t]*[:|–-][ \t]*")
# What comes just before a third party's name: a form's field or their role ("Client signature:",
# "her line manager,", "I coached"). Matched at the end of the text before a name, so only there.
THIRD_PARTY_BEFORE = re.compile(
    r"(?:(?:^|\|)[ \t]*(?:\*\*|__)?(?:mentee|client|coachee|individual|participant|witness|line\s+manager|manager|parent|carer)"
    r"(?:['’]s)?[ \t]*(?:(?:full[ \t]+)?(?:name|signature|signed)[ \t]*[:|–-]?|[:|–-])(?:\*\*|__)?\s*"
    # "my line manager, …", and a pseudonym's: "Mentee 1's line manager, Mark Ridgway"
    r"|(?:\b(?:my|our|her|his|their|the|a|an)|\b(?:mentee|coachee|client|apprentice|trainee)[ \t]*[A-Z0-9]{1,2}['’]s)[ \t]+"
    r"(?:(?:new|own|first|second|third|fourth|fifth|other|newest|youngest|older|younger|elder|eldest|twin)"
    r"[ \t]+)?(?:mentee|client|coachee|apprentice|trainee|"
    r"manager|line[ \t]+manager|team[ \t]+leader|colleague|father|mother|dad|mum|husband|wife|partner|son|daughter|boss|"
    r"brother|sister|nan|gran|grandma|grandad|grandmother|grandfather|uncle|aunt|auntie|cousin|"
    r"director|head[ \t]+of[ \t]+department|supervisor|tutor)['’]?s?[ \t]*,?[ \t]+"
    r"|\b(?:mentored|coached|met[ \t]+with|supported|observed|shadowed|worked[ \t]+with)[ \t]+"
    r"|\b(?:session|sessions|meeting|call|conversation|catch-up|spoke|talked)(?:[ \t]+\d+)?[ \t]+with[ \t]+"
    r"|\bname[ \t]+of[ \t]+(?:the[ \t]+)?(?:mentee|client|coachee|individual|participant)[ \t]*[:|–-]?\s*"
    r"|\b(?:mentee|client|coachee)[ \t]*\w?[ \t]*\([ \t]*)\Z",
    re.IGNORECASE | re.MULTILINE)
# A cover or title line naming the learner: a registration number, or "... by Kerry Walsh".
_ROLE_WORDS = ("tutor", "assessor", "supervis", "iqa", "quality assurer", "verifier", "manager", "name is", "observ",
               "assessed by", "head of", "director", "lead", "mentor", "coach", "report", "boss",
               "reviewed by", "countersigned", "moderated", "sampled", "verified")
"""A block without any of these names nobody by their role: the role patterns are passed over."""
_REGISTRATION = ("registration", "reg no", "reg. no", "learner number", "learner no", "candidate number", "candidate no")
_REG_NUMBER = re.compile(r"\bR\d{6,8}\b")
_BY_NAME = re.compile(r"\bby\s+[A-Z]\w+\s+[A-Z]\w+\s*(?:$|,)")
# A submission's title line: the name in it is its author's.
_WORK_TITLE = re.compile(r"\b(?:unit|portfolio|journal|assignment|account|reflective|reflection|ilm|level|diary|"
                         r"workbook|essay|evidence)\b", re.IGNORECASE)
# A by-line: a full name alone on its line, or before its writer's post, place or date ("Jess Whitaker, 3rd Ashdown Guides").
_BY_LINE = re.compile(rf"\s*([{UPPER}][\w'’-]+[ \t]+[{UPPER}][\w'’-]+)[ \t]*(?:$|[,–|-])")
_BYLINE = 80
# A record kept of someone ("Unit 304 session record", "coaching contract"): the name under its title is theirs.
_A_RECORD = re.compile(r"\b(?:records?|logs?|sessions?|contracts?|agreements?|plans?|forms?|notes|feedback|profiles?|"
                       r"reviews?|meetings?|observations?|letters?|e-?mails?|minutes)\b", re.IGNORECASE)
_SOMEONE_ELSES_LINE = re.compile(r"\b(?:mentee|coachee|client|feedback|supervisor|tutor|assessor|witness)", re.IGNORECASE)
_FOR_SOMEONE = re.compile(r"\b(?:for|with|of|to|mentoring|coaching|mentored|coached)[ \t]+\Z", re.IGNORECASE)
# A letter to no one in particular, and how its writer signs it.
_OPEN_LETTER = re.compile(r"\bDear[ \t]+(?:Sir|Madam|Sir[ \t]*/[ \t]*Madam|Sir[ \t]+or[ \t]+Madam|Parents?|Carers?|"
                          r"Parent[ \t]*/[ \t]*Carer|Colleagues?|All|Team|Everyone|Hiring[ \t]+Manager)\b")
_SIGN_OFF = re.compile(r"\b(?:Yours[ \t]+(?:faithfully|sincerely|truly)|Kind[ \t]+regards|Best[ \t]+wishes|Many[ \t]+thanks|"
                       rf"Regards)[ \t]*,?\s+({_PERSON})")
_CENTRE_FIELD = re.compile(r"^\s*(?:centre|center|training\s+provider)(?:\s+name)?\s*[:|–-]?\s*(\S.*)$", re.IGNORECASE)
_GENERIC_ORG = frozenset("centre center training learning college school academy limited group services skills "
                         "partnership institute development education leadership management".split())


@dataclass
class Known:
    """Who may be named, learnt from the session and the submission itself."""

    full: set[str] = field(default_factory=set)
    first: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    authors: set[str] = field(default_factory=lambda: set(THEORISTS))
    cover: set[tuple[str, int | None, int]] = field(default_factory=set)
    """The cover sheet's blocks (``cover_key``): the learner's own contact details there are theirs to give."""
    centre: set[str] = field(default_factory=set)
    """Distinctive words of the centre's name ("pennine"): an address at its domain is the centre's."""
    by_role: list[str] = field(default_factory=list)
    """Names a role says are the learner's own tutor, supervisor, manager or colleague: allowed once the
    whole submission is read, unless it gives the same name as a mentee's or client's somewhere."""

    def allow(self, name: str) -> None:
        parts = name.replace(",", " ").split()
        words = [w for w in parts if w.rstrip(".") not in TITLES and len(w.strip(".")) > 1]
        if not words:
            return
        if len(words) == 1 and parts[0] != words[0]:
            self.surnames.add(words[0])  # "Mrs Patel", "T. Achterberg": a surname, and alone no first name
            return
        self.full.add(" ".join(words[:2]))
        self.first.add(words[0])
        self.first.update(SHORT_FORMS.get(words[0], ()))  # "Rebecca Hughes" is "Becky" to her tutor
        self.surnames.update(words[1:])  # "Daniel Okoye Registration": a label run on is harmless
        self.first.update(w for w in words[1:-1] if w in FIRST_NAMES)  # "Tamsin Jane Achterberg": "Jane Achterberg" too

    def signs_as(self, first: str, initial: str) -> bool:
        """ "Tom W.": a first name and the surname's initial, as someone allowed signs off ("Tomasz Wisniewski");
        the first name as written, a short form of it, or its opening ("Tom" of "Tomasz", "Chris" of "Christopher")."""
        for name in self.full:
            words = name.split()
            given = words[0]
            if (len(words) > 1 and words[-1].startswith(initial)
                    and (first == given or first in SHORT_FORMS.get(given, ()) or len(first) >= 3 and given.startswith(first))):
                return True
        return False

    def owns_address(self, local_part: str) -> bool:
        """Is ``jane.doe`` or ``jdoe`` (an e-mail's local part) the learner's or their tutor's own?"""
        parts = [p for p in re.split(r"[^a-z]+", local_part.lower()) if p]
        names = {n.lower() for n in self.first | self.surnames if len(n) > 2}
        surnames = {n.lower() for n in self.surnames if len(n) > 2}
        return any(p in names for p in parts) or any(p.endswith(s) and len(p) - len(s) <= 1 for p in parts for s in surnames)

    def centres_address(self, domain: str) -> bool:
        return any(word in domain.lower() for word in self.centre)

    def allowed(self, first: str | None, surname: str | None) -> bool:
        if surname and (surname in self.authors or surname in self.surnames):
            return first is None or len(first) == 1 or surname in self.authors or first in self.first
        return surname is None and first in self.first



def who_may_be_named(documents, body, text: str, learner: str = "") -> Known:
    """The first pass: ``body`` is every block with whether it is a reference, ``text`` all of them joined."""
    known = Known()
    if learner:
        known.allow(learner)
    for name in learners_on_cover(documents):
        _allow_learner(name, text, known)
    for name in names_in_file_names(documents):  # "hannah-okafor-304.docx"; "Supervision Notes.docx" names nobody
        if any(w in FIRST_NAMES for w in name.split()):
            _allow_learner(name, text, known)
    for surname, initial in surnames_in_file_names(documents, text):  # "Quraishi Unit 300.pdf"
        if name := _the_one_full_name(surname, initial, text):
            _allow_learner(name, text, known)
    for name in _names_in_title(documents):  # "Unit 304 Portfolio – Bethany Hughes": its author's
        _allow_learner(name, text, known)
    for name in _signed_by_the_writer(text):  # "Dear Sir/Madam, ... Yours faithfully, Bethany Hughes"
        _allow_learner(name, text, known)
    for name in _declarations_signed(body):  # "... all my own work. Kerry-Ann Thompson, 22/01/2025"
        _allow_learner(name, text, known)
    previous = False
    cover = {id(b) for b in cover_blocks(documents)}
    for (block, reference), (after, _) in zip(body, [*body[1:], (None, False)]):
        lowered = block.text.lower()
        declaring = "declar" in lowered or "authentic" in lowered or is_declaration(block.text)
        _learn(block, lowered, reference, known, declared=previous or declaring, cover=id(block) in cover)
        previous = declaring
        if after is not None and after.file == block.file and block.text.count("(") > block.text.count(")"):
            # A PDF's narrow cell wraps "Gail Porter (my" and "supervisor)" into two blocks.
            _learn_roles(f"{block.text} {after.text}", known)
        if not reference:
            known.by_role += named_in_post(block.text)  # "our Matron, Angela Forde": a colleague in her post
    for name in dict.fromkeys(known.by_role):
        if not given_in_practice(name, text):  # "Our Operations Manager, Marek Nowicki, was my coachee"
            known.allow(name)
            # "a tutorial with Claire" over a pasted thread that names her in full only in its "To: Claire Hadley"
            if " " not in name and (full := _in_full_only_in_mail(name, text)):
                known.allow(full)
    known.cover = {cover_key(b) for b in cover_blocks(documents)}
    return known


def _the_one_full_name(surname: str, initial: str, text: str) -> str | None:
    """The learner a file is named for by surname ("Quraishi Unit 300.pdf"), as the text writes them in full
    ("Farah Quraishi") or, never in full, by initial ("T. Wrobel"): only where one first name (with the file's initial, if it gives one) goes with that
    surname, as a mentee sharing it ("Ryan Kowalczyk" and "Joanne Kowalczyk") leaves nobody sure."""
    firsts = {m.group(1) for m in re.finditer(rf"(?<![\w'’-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+{re.escape(surname)}"
                                              r"(?![\w'’-])", text)
              if m.group(1).split("-")[0] in FIRST_NAMES and (not initial or m.group(1)[0] == initial)}
    if firsts:
        return f"{firsts.pop()} {surname}" if len(firsts) == 1 else None
    # only ever by initial ("Mentoring log - T. Wrobel" in "wrobel-201-log.pdf"): the learner's, if one initial
    initials = {m.group(1) for m in re.finditer(rf"(?<![\w'’-])([A-Z])\.?[ \t]+{re.escape(surname)}(?![\w'’-])", text)
                if not initial or m.group(1) == initial}
    return f"{initials.pop()}. {surname}" if len(initials) == 1 else None


def _in_full_only_in_mail(first: str, text: str) -> str | None:
    """The one full name a first name goes with, where the text writes it only in a pasted e-mail's From, To or Cc
    line ("To: Claire Hadley"): a full name written anywhere else ("I met Claire Doyle") may be a mentee's who shares
    the first name, and two surnames leave nobody sure which one the role was said of."""
    said = list(re.finditer(rf"(?<![\w'’-]){re.escape(first)}[ \t]+([{UPPER}][a-z][\w'’-]+)(?![\w'’-])", text))
    surnames = {m.group(1) for m in said if m.group(1) not in NOT_NAMES}
    if len(surnames) != 1 or not all(_MAIL_PARTY.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()) for m in said):
        return None
    return f"{first} {surnames.pop()}"


# A pasted e-mail's sender or addressee, the field its line opens with.
_MAIL_PARTY = re.compile(r"^[ \t]*(?:From|To|Cc)[ \t]*:[ \t]*\Z", re.MULTILINE)


def _names_in_title(documents) -> list[str]:
    """Full names in the first file's title lines ("Bethany Hughes – ILM Level 5 – Unit 305 Reflective Journal"),
    never in a line about someone else ("Coaching plan for Danielle Fraser", "Mentee feedback"); and the
    by-line just under such a title ("Mentoring diary – Unit 201" then "Jess Whitaker, 3rd Ashdown Guides")."""
    names = []
    blocks = (documents[0].blocks if documents else ())[:3]
    for block, after in zip(blocks, blocks[1:]):
        if (_the_works_title(block.text) and not _A_RECORD.search(block.text) and len(after.text) <= _BYLINE
                and not _SOMEONE_ELSES_LINE.search(after.text) and (byline := _BY_LINE.match(after.text))
                and byline.group(1).split("-")[0].split()[0] in FIRST_NAMES):
            names.append(byline.group(1))
    for block in blocks:
        if not _the_works_title(block.text):
            continue
        for match in _SURNAME_COMMA_FIRST.finditer(block.text):  # "Clarke, Amanda – Unit 304", not "Record for Boyle, Kieran"
            surname, first = match.groups()
            if (first in FIRST_NAMES and surname not in NOT_NAMES
                    and not _FOR_SOMEONE.search(block.text, max(0, match.start() - 12), match.start())):
                names.append(f"{first} {surname}")
        for run in runs(block.text):
            words = [w for w, _, _ in run]
            if len(words) >= 2 and words[0] in FIRST_NAMES and words[1] not in NOT_NAMES \
                    and not _FOR_SOMEONE.search(block.text, max(0, run[0][1] - 6), run[0][1]):
                names.append(" ".join(words[:2]))
    return names


_SURNAME_COMMA_FIRST = re.compile(rf"(?<![\w'’-])([{UPPER}][\w'’-]+),[ \t]+([{UPPER}][\w'’-]+)(?![\w'’-])")


def _the_works_title(text: str) -> bool:
    return len(text) <= 150 and bool(_WORK_TITLE.search(text)) and not _SOMEONE_ELSES_LINE.search(text)


def _signed_by_the_writer(text: str) -> list[str]:
    """The name signing a letter the learner wrote to no one in particular ("Dear Sir/Madam", "Dear Parent/Carer"):
    a mentee writing to the learner opens with the learner's name instead."""
    names = []
    for opening in _OPEN_LETTER.finditer(text) if "Dear" in text else ():
        if sign_off := _SIGN_OFF.search(text, opening.end(), opening.end() + 3000):
            names.append(sign_off.group(1))
    return names


# A declaration signed at its end: a full name, then perhaps a date ("Kerry-Ann Thompson, 22/01/2025").
_SIGNATURE_AT_END = re.compile(rf"(?<![\w'’-])([{UPPER}][\w'’-]+[ \t]+[{UPPER}][\w'’-]+)[ \t]*[,–-]?[ \t]*"
                               r"(?:(?:dated?:?[ \t]*)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}))?"
                               r"[ \t]*\.?\s*\Z")


_OWN_WORK = re.compile(r"\bmy\s+own\b|\bauthentic|\boriginal\b", re.IGNORECASE)


def _declarations_signed(body) -> list[str]:
    """The name that signs a declaration that the work is the learner's own: theirs, as only they can sign it."""
    names = []
    for block, reference in body:
        if reference or not is_declaration(block.text) or not _OWN_WORK.search(block.text):
            continue  # "I declare I am happy for my sessions to be used": a mentee's consent, not the work claimed
        if (match := _SIGNATURE_AT_END.search(block.text)) and match.group(1).split()[0].split("-")[0] in FIRST_NAMES:
            names.append(match.group(1))
    return names


def cover_key(block: Block) -> tuple[str, int | None, int]:
    """A block's own place: a PDF's whole first page shares one location, and its cover is only its first lines."""
    return block.file, block.page, block.number


def cover_blocks(documents) -> list[Block]:
    """The first file's leading blocks that read like a cover sheet: learner, registration, centre, unit."""
    cover = []
    for block in (documents[0].blocks if documents else ())[:8]:
        if not (_COVER.search(block.text) or _COVER_FIELD.match(block.text) or block.kind == "heading"
                or len(block.text) < 80 and ":" in block.text):
            if not cover and _TITLE.match(block.text) and not _SOMEONE_ELSES_LINE.search(block.text):
                continue  # the work's title typed as a line of text above the cover ("ILM Level 2 Award in ...")
            break
        cover.append(block)
    if any(THEIR_FORM.search(b.text) for b in cover if ":" not in b.text):
        return []  # "Mentee feedback form – ILM Unit 201" over "Name: Keira Smith": the mentee's form, no cover
    # Short "label: value" lines make a cover only beside a learner's or centre's field.
    return cover if any(_COVER.search(b.text) for b in cover) else []


def _learn(block: Block, lowered: str, reference: bool, known: Known, declared: bool, cover: bool) -> None:
    text = block.text
    if reference:
        known.authors.update(_AUTHORS_IN_REFERENCE.findall(text))
        return
    for _, _, authors in cited_works(text):  # "further reading: Clutterbuck, D. Everyone Needs a Mentor (CIPD, 2004)"
        known.authors.update(authors)
    if "(" in text:
        for inside in _CITATION.findall(text):
            known.authors.update(w for w in CAP.findall(inside) if len(w) > 2 and w not in NOT_NAMES)
        for first, second in _CITED_BEFORE_YEAR.findall(text):
            known.authors.update(n for n in (first, second) if n)
    if "'" in text or "’" in text:
        known.authors.update(n for found in _EPONYM.findall(text) for n in found
                             if n and n not in NOT_NAMES and n not in FIRST_NAMES)
    known.authors.update(uncited_authors(text))  # "Atomic Habits by James Clear", "according to Julie Starr"
    # A form's fields are table rows or short lines: a long paragraph is passed over at once.
    for line in _cells(text) if block.kind == "table" or ":" in text or len(text) < 120 else ():
        if centre := _CENTRE_FIELD.match(line):
            known.centre.update(w for w in re.findall(r"[a-z]{4,}", centre.group(1).lower()) if w not in _GENERIC_ORG)
        if match := _ROLE_IN_BRACKETS.match(line):  # "Practice manager (workplace verifier): Moira Haining"
            known.allow(leading_name(line[match.end():]))
            continue
        if match := _OWN_FIELD.match(line):
            if _looks_own_field(match, declared, cover, practice_form=_PRACTICE_FORM.search(text) is not None):
                known.allow(leading_name(line[match.end():]))
    if any(word in lowered for word in _ROLE_WORDS):
        for match in _OWN_PROSE.finditer(text):
            name = leading_name(text[match.end():])
            if name and not _mentee_after(text, match.end(), name):
                known.by_role.append(name)
        if block.kind == "table":
            _own_role_columns(text, known)
        _learn_roles(text, known)
    # A title or cover line with a registration number names the learner: "... by Kerry Walsh"; in a
    # table, only its own row does ("Name of mentee | Jayden" is another row of the cover table)
    for line in _cells(text) if block.kind == "table" else [text] if len(text) < 400 else ():
        if not (any(label in line.lower() for label in _REGISTRATION) or _REG_NUMBER.search(line)
                or len(line) < 150 and _BY_NAME.search(line)):
            continue
        for run in runs(line):
            words = [w for w, _, _ in run]
            names = [w for w in words if w in FIRST_NAMES or w in known.first]
            if names:
                index = words.index(names[0])
                known.allow(" ".join(words[index:index + 2]))


def _learn_roles(text: str, known: Known) -> None:
    for match in _NAMED_AS_OWN_ROLE.finditer(text):  # "Janet Morris (assessor)", "Helen Ward, coach supervisor"
        if not _MENTEE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            known.by_role.append(match.group(1))
    if "upervision" in text:
        for match in _IN_SUPERVISION.finditer(text):
            name = next(g for g in match.groups() if g)
            if name.split()[0] not in NOT_NAMES:
                known.by_role.append(name)


def _mentee_after(text: str, start: int, name: str) -> bool:
    """Is the name that starts at ``start`` followed by a mentee's role ("Tom Bradshaw (mentee)")?"""
    last = name.split()[-1]
    return bool(_MENTEE_AFTER.match(text, text.find(last, start) + len(last)))


def _own_role_columns(text: str, known: Known) -> None:
    """A supervision log's column headed "Supervisor" or "Tutor": every name under it is the learner's own."""
    rows = [line.split(" | ") for line in text.split("\n")]
    columns = [n for n, cell in enumerate(rows[0]) if _OWN_COLUMN.match(cell.strip())]
    for row in rows[1:] if columns else ():
        for n in columns:
            if n < len(row):
                known.allow(leading_name(row[n].strip()))


def _allow_learner(name: str, text: str, known: Known) -> None:
    """A name the cover or a file name gives for the learner, as the text writes it ("Okafor Hannah"
    in a file name is "Hannah Okafor" in the text), unless the text names them as a mentee or client."""
    words = name.split()
    surname_first = f"{words[-1]}, {' '.join(words[:-1])}"  # "Clarke, Amanda": allowed as "Amanda Clarke"
    for candidate, allowed in ((name, name), (" ".join(words[1:] + words[:1]),) * 2, (surname_first, name)):
        places = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(candidate)}(?![\w'’-])", text)]
        if places and not any(THIRD_PARTY_BEFORE.search(text, max(0, at - 60), at) for at in places):
            known.allow(allowed)
            return


def _looks_own_field(match: re.Match, declared: bool, cover: bool, practice_form: bool = False) -> bool:
    # "Signed" is the learner's under their declaration, a bare "Name" on the cover too: under
    # a feedback form they are the mentee's. "Signed (line manager)" says whose it is.
    field = match.group(0).lower()
    label = re.sub(r"\s*\(.*", "", field).strip(" :|–-")  # "Name (block capitals)" is "name"
    if label == "line manager" or re.search(r"\(\s*(?:line\s+)?manager\s*\)", field):
        return not practice_form  # the learner's manager, unless the form is a mentee's or client's record
    return declared or label not in ("signed", "signature", "name") or label == "name" and cover


def _cells(text: str) -> list[str]:
    return [cell for line in text.split("\n") for cell in _split_row(line)]


def _split_row(line: str) -> list[str]:
    """A table row "Label | Value" as "Label: Value"; any other line as it is."""
    cells = [c.strip() for c in line.split(" | ")]
    if len(cells) == 2:
        return [f"{cells[0]}: {cells[1]}"]
    # "Notes | Supervisor: Dr K. Osei | 60 mins"; a title line's parts "Bronwen Pritchard – ILM Level 3 – Tutor: Rhodri Evans"
    parts = [p.strip() for p in re.split(r"[ \t]+[–—][ \t]+", line)] if "–" in line or "—" in line else []
    return [line, *(cells if len(cells) > 2 else ()), *(parts if len(parts) > 1 else ())]


_LEADING_CAPITALS = re.compile(rf"\s*[{UPPER}][{UPPER}'’-]+(?:[ \t]+[{UPPER}][{UPPER}'’-]+){{1,2}}(?![\w'’-])")
_LEADING_SURNAME_FIRST = re.compile(r"\s*([A-Z][\w'’-]+),[ \t]+([A-Z][\w'’-]+)")


def leading_name(text: str) -> str:
    """The name a text starts with, its title kept: "Mrs Patel" is a surname, "Helen Ward" a full name."""
    words = []
    if capitals := _LEADING_CAPITALS.match(text):  # "JANET MORRIS" printed on a form
        text = capitals.group(0).title() + text[capitals.end():]
    if reversed_name := _LEADING_SURNAME_FIRST.match(text):  # "Beckett, Lorraine"
        text = f"{reversed_name.group(2)} {reversed_name.group(1)}{text[reversed_name.end():]}"
    title = re.match(r"^\s*(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame)\.?\s+", text)
    text = text[title.end():] if title else text
    for match in CAP.finditer(text[:80]):
        gap = text[words[-1][1]:match.start()] if words else text[:match.start()]
        if gap.strip(" ") or len(words) == 3 or match.group(0) in NOT_NAMES:
            break
        words.append((match.group(0), match.end()))
    if words and text[words[-1][1]:words[-1][1] + 2] in ("'s", "’s"):
        return ""  # "observed by Kacper's line manager": the role is someone else's
    name = " ".join(w for w, _ in words)
    return f"{title.group(1)} {name}" if title and name else name
