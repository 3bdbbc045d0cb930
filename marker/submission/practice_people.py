"""Who the practice was with: the mentees the sessions name, and the supervisor the learner names.

The people a log's rows name ("Mentee A & Mentee B", "Clients C, D & E") are the individuals
mentored; where no row names anyone, the sessions' words, a template's "Client Ref/ID" field
or the learner's own count ("I mentored 2 individuals") say how many. A supervisor named
once ("supervision with Mo, my supervisor") makes a later line that names them, and no
mentee, supervision ("12 Feb – Mo again – 45 mins").
"""

from __future__ import annotations

import re
from dataclasses import replace

from marker.submission.common_words import everyday_word
from marker.submission.durations import durations_in
from marker.submission.practice_aliases import told_apart
from marker.submission.practice_rules import (
    NOT_A_NAME, SESSION, SESSION_CELL, SUPERVISION, TUTORIAL, UNCERTAIN, WATCHED, PracticeRow, date_in, key_of, kind_of,
    persons_in,
)


_PEOPLE_SPLIT = re.compile(r"\s*(?:&|\+|,|;|/|\band\b)\s*", re.IGNORECASE)
_LABELLED = re.compile(r"(mentee|coachee|client|individual|pupil|learner)s?\s+([A-Z]{1,2}|\d{1,2})", re.IGNORECASE)
_LABELLED_THEN = re.compile(r"^((?:mentee|coachee|client|individual|pupil|learner)\s+(?:[A-Z]{1,2}|\d{1,2}))\s*[-–—:]\s*\S.*$",
                            re.IGNORECASE)
_EVERYONE = re.compile(r"\b(?:both|all|everyone|group|mentees|coachees|clients|individuals)\b", re.IGNORECASE)


_SOMEONE_ELSES = frozenset("her his their my our the a an".split())
PSEUDONYM = re.compile(r"\b(?:[Mm]entee|[Cc]oachee|[Cc]lient)\s+(?!I\b)([A-Z]|\d{1,2})(?![\w'’-])")
""""Mentee A", "Coachee 1", "client B": a pseudonym standing for one person ("mentee I met" is not one)."""


def people_in(cell: str) -> list[str]:
    """"Mentee A & Mentee B" -> both; "A (new starter)" -> "A"; "Clients C, D & E" -> three;
    "T and L together" -> "T", "L"; "both mentees" -> nobody new."""
    cell = re.sub(r"\([^)]*\)", "", cell)
    cell = re.sub(r"^\s*(?:group|joint)\s*[:–—-]\s*", "", cell, flags=re.IGNORECASE)  # "Group: A, B, C"
    out: list[str] = []
    label = ""
    for part in (p.strip(" .;:-–") for p in _PEOPLE_SPLIT.split(cell)):
        # "Mentee 1 – Sarah", "Coachee 2: Tom": the label is the person, what follows a name or a note
        part = _LABELLED_THEN.sub(r"\1", part)
        labelled = _LABELLED.fullmatch(part)
        if labelled:
            label = labelled.group(1).capitalize()
            out.append(f"{label} {labelled.group(2).upper()}")
            continue
        if label and re.fullmatch(r"[A-Z]{1,2}|\d{1,2}", part):
            out.append(f"{label} {part}")  # "Clients C, D & E": the label runs on
            continue
        words = part.split()
        if words and words[0] in _SOMEONE_ELSES:
            continue  # "C1 + her line manager": a third party at the meeting, not another person mentored
        while len(words) > 1 and words[-1].islower():
            words.pop()  # "L together", "T (joint)"
        if words and not (words[-1].islower() and _EVERYONE.search(part)) and not _EVERYONE.fullmatch(part):  # "Both"
            out.append(" ".join(words))
    return out


_MENTEE_FIELD = re.compile(r"^\W*(?:name\s+of\s+)?(?:the\s+)?(?:mentee|coachee|client|individual)(?:'s)?\s*"
                           r"(?:ref(?:erence)?|id|name|initials|code|no\.?|number)\b[\w/ .]*$", re.IGNORECASE)
""""Client Ref/ID", "Mentee's initials", "Name of coachee": a form's field that names the person mentored."""
_MENTEE_LABEL = re.compile(r"^\W*(?:the\s+|my\s+)?(?:mentee|coachee|client)s?\s*$", re.IGNORECASE)
_ONE_NAMED = r"(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|(?:Mentee|Coachee|Client)\s+[A-Z0-9]{1,3})"
_NAMED_ALONE = re.compile(rf"^{_ONE_NAMED}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_ONE_NAMED})*$")
""""Mentee: Josh" on a line of its own: the bare label names the person only where the value is a name
(not "Mentee | Date | Duration", a log's header, nor "Mentee: to be confirmed")."""


_SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.;])\s+(?=[A-Z])")
_MENTEE_CODE_INLINE = re.compile(r"(?:^|(?<=\S\s))(?i:mentee|coachee|client)\s*:\s*([A-Z]|[A-Z]{1,3}\d{1,2})(?=\s*[,;.(]|\s*$)")
""""… Mentee: A, Year 10" after other fields on the line, "Mentee: K (Year 9). I'm only using her first initial.": the
one-letter name or code a learner gives the mentee."""


def mentee_fields(blocks) -> list[str]:
    """The people a template's fields name: "Client Ref/ID | M01" (the cover sheet included)."""
    out = []
    for block in blocks:
        lowered = block.text[:2000].lower()
        if not any(word in lowered for word in ("mentee", "coachee", "client", "individual")):
            continue  # most blocks: passed over without splitting
        # a paragraph's field may follow a sentence: "Tom Ashworth, Head Greenkeeper. Coachees: Jamie and Connor."
        lines = block.text.split("\n") if block.kind == "table" else [
            block.text.replace(":", "|", 1), *(s.replace(":", "|", 1) for s in _SENTENCE_END.split(block.text)[1:])]
        if block.kind != "table":
            # "Name: Chloe Brennan   Supervisor: Mr Doyle   Mentee: A, Year 10": a cover's fields on one line
            out += [m.group(1) for m in _MENTEE_CODE_INLINE.finditer(block.text[:2000])]
        for line in lines:
            cells = [c.strip() for c in line.split("|")]
            for label, value in zip(cells, cells[1:]):
                value = _ASIDE.sub("", value.rstrip(". "))  # "Josh (pool lifeguard, qualified February 2025)": the name
                value = without_role(value)
                if value and len(value) <= 40 and _MENTEE_FIELD.match(label):
                    out += people_in(value)
                elif len(cells) == 2 and _MENTEE_LABEL.match(label) and _NAMED_ALONE.match(value):
                    out += people_in(value)
    return out


_ROLE_TAIL = re.compile(r"\b(?:worker|assistant|manager|officer|technician|apprentice|nurse|lead|leader|supervisor|"
                        r"co-?ordinator|administrator|advis[eo]r|engineer|analyst|operative|clerk|agent|teacher|trainee|"
                        r"volunteer|director|executive|consultant|therapist|practitioner|receptionist|designer|"
                        r"builder|boatbuilder|maker|keeper|wright|fitter|carpenter|joiner|plumber|electrician|mechanic|chef|"
                        r"porter|driver|steward|groom)s?\s*$|^\s*(?:apprentice|senior|junior|trainee|deputy|assistant|head|chief)\s+[a-z]",
                        re.IGNORECASE)
"""A job title after the mentee's name in a field ("Chantelle Robson, Care Worker"): what she does, not a second person."""


def without_role(value: str) -> str:
    """A mentee field's value without the job title after the name ("Chantelle Robson, Care Worker")."""
    return ", ".join(part.strip() for part in value.split(",") if not _ROLE_TAIL.search(part) or _CODED.match(part))


_CODED = re.compile(r"\s*[A-Za-z]+\s+(?:[A-Z]|\d{1,2})\s*$")
""""Apprentice J", "Trainee 2": a role and a code, the pseudonym itself, not a job after a name."""


_ASIDE = re.compile(r"\s*\([^()]*\)?\s*$")
"""A value's closing aside in brackets (or a bracket the cell cut short)."""

_NAME = r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
_SUPERVISOR_NAMED = re.compile(
    rf"\b(?:supervision|tutorial)\s+(?:call\s+|meeting\s+)?with\s+{_NAME}"
    rf"|{_NAME},?\s+\(?(?:my|our|the)\s+(?:[a-z]+\s+){{0,2}}(?:supervisor|tutor)\b"
    rf"|\b(?:supervisor|tutor),?\s+{_NAME}\b")
""""supervision with Mo", "Anne Fox (coach supervisor)", "my supervisor, Sue Grant": who supervises."""


_SENTENCE_WORDS = frozenset("""My Our The This That Then Also Later Today Yesterday After Before Next Finally Here There
Afterwards Again Once Each ILM Mentee Coachee Client Session Meeting""".split())
"""Capitalised words that start a clause ("Then, my supervisor …"): never taken for a supervisor's name."""


_FIELD_LABEL = re.compile(r"\b([A-Z][a-z]+)(?:\s+[a-z]+)?\s*:")


def supervisors_named(rows: list[PracticeRow]) -> set[str]:
    """The first names the learner gives their supervisor or tutor in supervision rows ("Gwen, my supervisor")."""
    return {next(g for g in match.groups() if g).split()[0] for row in rows if row.kind in (SUPERVISION, TUTORIAL)
            for match in _SUPERVISOR_NAMED.finditer(row.text)}


_SUPERVISOR_FIELD = re.compile(r"(?:\b(?i:supervisor|tutor)(?i:['’]s\s+name)?\s*:|\b(?i:my\s+(?:\w+\s+)?(?:supervisor|tutor)\s+is))"
                               r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][a-z]+)\b|(?:the\s+|our\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b)")
""""Supervisor: Mr Doyle (course tutor)" on a diary's cover, or "My supervisor is Dr Priestley": the name the
learner's reviews with them go by (not "Mentee A's supervisor is Dave", her own line manager)."""


def supervisor_fields(blocks) -> set[str]:
    """The supervisors a submission's fields name ("Supervisor: Mr Doyle" -> "Doyle")."""
    return {m.group(1) or _role_or_name(m.group(2)) for b in blocks for m in _SUPERVISOR_FIELD.finditer(b.text[:2000])}


def _role_or_name(said: str) -> str:
    """"the Lead Coach" is a role of two words, the one way the learner names that person; "Dan Okoro" goes by "Dan"."""
    words = said.split()
    return said if len(words) > 1 and words[-1].lower() in _SUPPORT_ROLES else words[0]


_SUPPORT_ROLES = {"coach", "leader", "manager", "teacher", "officer", "instructor", "trainer", "director", "head",
                  "captain", "mentor", "warden", "sister", "supervisor", "tutor"}


def names_only_the_supervisor(text: str, supervisors: set[str], rows: list[PracticeRow]) -> bool:
    """"Review: 19:40-20:10 with Dr Priestley", where "My supervisor is Dr Priestley": nobody else named, neither
    anyone the words read as a person nor a mentee the rows so far name ("Orion and Dr Priestley stayed on")."""
    def named(name: str) -> bool:
        return bool(re.search(rf"\b{re.escape(name)}\b", text))
    mentees = {r.person for r in rows if r.kind == SESSION and r.person} - supervisors
    return any(map(named, supervisors)) and not persons_in(text) - supervisors and not any(map(named, mentees))


def reviews_with_the_supervisor(rows: list[PracticeRow], supervisors: set[str]) -> list[PracticeRow]:
    """A record's "Time with Orion: 0.5 hr" then "Review: 30 mins with Dr Priestley": the second figure is the
    review with the learner's supervisor, not more of the session."""
    return [replace(r, counted=True, kind=SUPERVISION, why="counted as supervision")
            if r.why == "another figure in the same record" and r.minutes
            and names_only_the_supervisor(r.text, supervisors, rows) else r for r in rows]


def with_supervisors_named(rows: list[PracticeRow], fields: set[str] = frozenset()) -> list[PracticeRow]:
    """"12 Feb – Mo again – 45 mins" after "supervision with Mo, my supervisor": a line that names
    the learner's supervisor, and no mentee, is supervision; so is "Review with Mr Doyle" under a
    cover's "Supervisor: Mr Doyle" (``fields``)."""
    names = supervisors_named(rows)
    # a log's mentee column says who the mentees are; a sentence's "an hour with Gwen" does not outweigh "Gwen, my supervisor"
    mentees = {w for r in rows if r.kind == SESSION and r.person and r.rank < 2 for w in re.findall(r"[A-Z][a-z]+", r.person)}
    # "… with my course tutor Time spent: 1 hour": a field's label ("Time spent:", "Date:") is no one's name
    labels = {w for r in rows for w in _FIELD_LABEL.findall(r.text)}
    # (a cover's own field is the name itself, though "Review with Mr Doyle: …" reads as a label)
    names = (names - labels | set(fields)) - mentees - NOT_A_NAME - _SENTENCE_WORDS
    if not names:
        return rows
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b")
    # the mentees the sessions' own words name ("first meeting with Rosa"), the supervisors apart
    told = {w for r in rows if r.kind == SESSION and r.person for w in re.findall(r"[A-Z][a-z]+", r.person)} - names
    mentee = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(told))) + r")\b") if told else None

    def named(row: PracticeRow) -> PracticeRow:
        # "26 November, an hour with Gwen": the supervisor is the one person the line names;
        # "Femi: session 2, observed by my tutor Alison": a mentee's session, watched
        if row.kind == SESSION and row.rank < 2 and row.person and not pattern.search(row.person):
            return row  # a log's row with its mentee ("Mentee: Hannah" over her table) is hers, whoever else it names
        # "4 - observed by my tutor Sam": the supervisor watching the session does not make it theirs
        text = _WATCHED_BY.sub(" ", row.text)
        supervisor = pattern.search(text)
        first = mentee.search(text) if mentee is not None else None
        if first and (supervisor is None or first.start() < supervisor.start()):
            # the line is about the mentee it names first ("Rosa: …"), not "Mo again, … about Rosa"
            if row.kind == TUTORIAL and supervisor is None and not _TUTOR_WORD.search(row.text):
                # "Rosa: feedback on the observation": the learner's feedback to a mentee, not a tutor's to them
                return replace(row, kind=SESSION, why="counted" if row.counted else row.why)
            return row
        if row.kind == SESSION and SESSION_CELL.fullmatch(row.text.split(":", 1)[0]):
            return row  # "Mentoring: 1 | Wed 8 Jan | 12.40-1.10pm | 3.30-4pm with Mr Okafor": its own column says a session
        if row.kind == SESSION and supervisor and not persons_in(row.text) - names:
            return replace(row, kind=SUPERVISION, why="counted as supervision" if row.counted else row.why)
        return row
    return _continued([named(r) for r in rows])


_ANOTHER = re.compile(r"\b(?:another|a\s+further|an\s+extra)\s+(?:\d|half|an?\s|one|two|three|ten|fifteen|twenty|"
                      r"thirty|forty|fifty)", re.IGNORECASE)
""""for another 15 minutes": more of the meeting before it."""


def _continued(rows: list[PracticeRow]) -> list[PracticeRow]:
    """"Review with Mr Doyle: only 20 minutes … so we finished it on Thursday 6th for another 15 minutes": the
    second part, a date of its own, is the same kind of meeting as the part before it in the paragraph."""
    out: list[PracticeRow] = []
    for row in rows:
        before = out[-1] if out else None
        if (before is not None and row.kind == SESSION and not row.person and before.counted and row.block == before.block
                and row.rank == 2
                and before.kind in (SUPERVISION, TUTORIAL) and _ANOTHER.search(row.text)):
            row = replace(row, kind=before.kind, why=before.why if row.counted else row.why)
        out.append(row)
    return out


_WATCHED_BY = re.compile(r"(?i:" + WATCHED.pattern + r")(?:,?\s+[A-Z][a-z]+)?")
""""observed by my tutor Sam": who watched, named or not."""
_TUTOR_WORD = re.compile(r"\btutor|\bassessor|\bsupervis", re.IGNORECASE)

_ALIASED = re.compile(r"^\s*([^()]+?)\s*\(\s*((?:[A-Z][\w'’-]*|[A-Z]{1,3}\d{0,2})(?:\s+[A-Z][\w'’-]*)?)\s*\)\s*$")
""""Mentee A (Sam)", "Sam (Mentee A)": one person, two names; "A (new starter)" is a note, not a name."""


def _aliases(persons) -> list[tuple[str, str]]:
    """(kept key, alias key) for each "X (Y)" whose Y stands for that X alone: "C1 (Team Leader)"
    beside "C2 (Team Leader)" is a role, not a second name."""
    seen: dict[str, set[str]] = {}
    for person in persons:
        match = _ALIASED.match(person)
        if match:
            first, second = person_key(match.group(1)), person_key(match.group(2))
            if first and second and first != second and second not in NOT_A_NAME_KEYS:
                seen.setdefault(second, set()).add(first)
    return [(next(iter(firsts)), alias) for alias, firsts in seen.items() if len(firsts) == 1]


NOT_A_NAME_KEYS = frozenset({"group", "joint", "online", "teams", "zoom", "phone", "observed", "pilot", "trial"})


def person_key(person: str | None) -> str | None:
    if not person:
        return None
    words = re.sub(r"[^\w\s]", " ", re.sub(r"\([^)]*\)", "", person.lower())).split()
    kept = [w for w in words if w not in {"mentee", "mentees", "coachee", "coachees", "client", "clients", "individual",
                                          "pupil", "pupils", "learner", "student", "the", "with", "my"}]
    return " ".join(kept) or None


_GROUP = re.compile(r"\b(?i:mentees|coachees|clients|individuals)\s+"
                    r"(?:[A-Z]{1,2}(?:\s*(?:,|&|\band\b)\s*[A-Z]{1,2}\b)+|\d{1,2}(?:\s*(?:,|&|\band\b)\s*\d{1,2}\b)+)")
""""Mentees A, B and C", "clients 1, 2 & 3": a group named in a sentence."""


_SHORT_CODE = re.compile(r"(?<![\w./-])([A-Z]{1,2}\d{1,2})(?![\w./-])")
_NOT_A_PERSON_CODE = re.compile(r"Q[1-4]|KS\d|AC\d{1,2}|LO\d|P(?:45|60)")
"""A quarter, a key stage, a criterion or a tax form: never a person."""


def _recurring_codes(sessions: list[PracticeRow]) -> set[str]:
    """"C1", "C2" standing alone in the rows of a log that became text (a PDF's table): a code
    recurring in two or more sessions is a person, as a "Coachee" column would have said."""
    seen: dict[str, int] = {}
    for row in sessions:
        for code in set(_SHORT_CODE.findall(row.text)):
            seen[code] = seen.get(code, 0) + 1
    return {c for c, n in seen.items() if n >= 2 and not _NOT_A_PERSON_CODE.fullmatch(c)}


def individuals(rows: list[PracticeRow], sessions: list[PracticeRow], stated: int | None,
                 fields: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The people the counted sessions were with (and the same sessions' records); else those
    named in the sessions' words; else the template's "Client Ref/ID" fields; else as many as
    the learner says they mentored ("I mentored 2 individuals")."""
    people: dict[str, str] = {}
    for row in rows:
        # a session whose length was uncertain still had its mentee in it
        met = row.kind == SESSION and (row.counted or row.why.startswith("same session")) or (
            row.kind == UNCERTAIN and kind_of(row.text) is None)
        # "a group session with Mentees A, B and C": everyone in it, though the row names no one person
        group = _GROUP.search(row.text) if met and not row.person else None
        if met and (row.person or group):
            for person in people_in(row.person or group.group(0)):
                key = person_key(person)
                if key:
                    people.setdefault(key, person)
    for alias in _aliases(row.person for row in rows if row.kind == SESSION and row.person):
        if alias[0] in people and alias[1] in people:
            del people[alias[1]]  # "Mentee A (Sam)" and "Sam": one person under a pseudonym and a first name
    people = told_apart(people, (row.person for row in rows if row.kind == SESSION), person_key)
    if people or not sessions:
        return tuple(people.values())
    named = {p for r in sessions for p in persons_in(r.text)} or _recurring_codes(sessions)
    if named:
        return tuple(sorted(named))
    if fields:
        return fields
    return tuple(f"individual {n} (as the learner states)" for n in range(1, (stated or 0) + 1))


_MENTEE_HEADING = re.compile(r"(?:^|(?<=[.!?]\s))\W*(?:(?:session\s+)?notes|sessions|log|diary|entries|mentoring)\s*"
                             r"(?:[-–—:]|\bfor\b|\bwith\b)\s*"
                             r"(?-i:([A-Z][a-z]+(?:\s[A-Z][a-z]+)?))(?:\s*\([^)]*\)|\s*$|\s+(?=\d))", re.IGNORECASE)
""""Session notes – Farah (Hygiene Team Leader, days)": a section of a diary kept per mentee (a PDF may run
the heading into the paragraphs about it: "… before his 2pm start. Session notes – Dean (Packing …) 14 October")."""


_MENTEE_LINE = re.compile(r"\W*(?:mentee|coachee|client)\s+([A-Z]{1,2}\d{0,2}|\d{1,2})(?:\s*(?:[-–—:(]|$))", re.IGNORECASE)
""""MENTEE P1 - crew leader", "Coachee 2:": a short line that opens a diary kept mentee by mentee."""


def under_mentee_headings(rows: list[PracticeRow], blocks) -> list[PracticeRow]:
    """A session under a per-mentee heading, which names no one itself, is with that mentee (until the next heading)."""
    person: str | None = None
    texts = {key_of(b): b.text for b in blocks}
    sections: dict[tuple, tuple[str | None, list[tuple[int, str | None]]]] = {}
    """block -> (the person before it, [(where a heading in it starts, the person it names)])"""
    for block in blocks:
        if block.kind == "table":
            continue
        # "Diary – Week 3", "Log – March": a heading's word, not a mentee
        found = [(m.start(), m.group(1) if m.group(1).split()[0] not in NOT_A_NAME and not everyday_word(m.group(1).split()[0])
                  else None) for m in _MENTEE_HEADING.finditer(block.text)]
        if (not found and block.kind == "paragraph" and len(block.text.split()) <= 8 and not date_in(block.text)
                and not durations_in(block.text) and (line := _MENTEE_LINE.match(block.text))):
            found = [(0, line.group(1))]  # "MENTEE P2 - porter/driver": a text file's heading over her dated lines
        if block.kind == "heading" and not found:
            found = [(0, None)]  # another heading ends the mentee's section
        sections[key_of(block)] = (person, found)
        person = found[-1][1] if found else person
    if not any(found for _, found in sections.values()):
        return rows
    out = []
    for row in rows:
        if row.kind == SESSION and not row.person and row.block in sections and not persons_in(row.text):
            carried, found = sections[row.block]
            at = max(texts[row.block].find(row.text[:40]), 0)
            named = next((p for start, p in reversed(found) if start <= at), carried)
            row = replace(row, person=named) if named else row
        out.append(row)
    return out
