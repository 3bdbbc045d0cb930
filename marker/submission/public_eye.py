"""A full name the words beside it put in the public eye: no one of the practice.

``in_passing.py`` says when a full name is only ever mentioned in passing; that alone is weak
(a mentee named once in a bare sentence reads the same), so such a name stays a finding.
These cues tie the name to television, film, books or fame, which nobody the learner
mentored is written beside.

Tied to the name itself, enough wherever it is written (unless its first name comes back alone):

- its own work: "Noel Fitzpatrick's TV programme", "Brené Brown's TED talk", "Agatha Christie novels";
- a public role beside it: "the playwright Arthur Miller", "Rupert Vance, the Olympic rower",
  "Rupert Vance, author of ...", "the late ...";
- described as a work: "Shirley Valentine, a one-woman play";
- quoted as a saying or by a work: "in the words of ...", "... famously said", "a TED talk by ...";
- a title named after its surname: "Clarkson's Farm".

Enough only for a name in passing (nothing of the practice in its clause):

- on air: "on his podcast", "from the telly", "on Gardeners' World"; its programme or show beside
  television; a show's or firm's title before it ("Line of Duty's Ted Hastings", where "Riverside
  Care's Daniel Price" may be staff);
- a saying or a title: "As Rupert Vance puts it, ...", "Rupert Vance once said ...", "... wrote The
  Resilient Leader";
- the sentence just before it about screen or stage, and nothing of the practice ("... how actors
  prepare. Arthur Miller let ..."): a mentee is introduced by name before anything is said of
  them, so a name that follows such a sentence continues it.
"""

from __future__ import annotations

import re

from marker.submission.in_passing import about_the_practice
from marker.submission.known_names import NOT_NAMES, ORGANISATION_WORDS, PUBLIC_FIGURES, plain
from marker.submission.name_context import STRUCTURE

# A work that is only ever a public one; and words that may be a mentee's too ("Daniel's programme of study",
# "her book of evidence"), read as a work only beside television or film.
_WORKS = (r"novels?|films?|movies?|podcasts?|albums?|autobiography|biography|memoir|documentar(?:y|ies)|sitcom|"
          r"TED[ \t]+talks?|speech(?:es)?|lyrics|tweets?|quotes?")
_MEDIA = rf"{_WORKS}|programmes?|series|shows?|books?|plays?|songs?|channel|website|site|blog|column"
_OWN_WORK = re.compile(rf"(?:['’]s?)?[ \t]+(?:(?:new|latest|last|first|own|famous|best-selling)[ \t]+)?(?:{_WORKS})\b"
                       rf"|(?:['’]s?)?[ \t]+(?:TV|television|radio)[ \t]+(?:{_MEDIA})\b")  # "Agatha Christie novels"
_OWN_SHOW = re.compile(rf"['’]s?[ \t]+(?:(?:new|latest|last|first|own)[ \t]+)?(?:{_MEDIA})\b")
_ON_AIR = re.compile(rf"\b(?:on|from)[ \t]+(?:the[ \t]+)?(?:telly|TV|television|radio)\b"
                     rf"|\bon[ \t]+(?:his|her|their)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}(?:{_MEDIA})\b")
_A_WORK = re.compile(r"[ \t]*,[ \t]*(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}"
                     r"(?:play|musical|film|movie|novel|book|song|album|show|series|sitcom|opera|ballet|poem)\b")
# Public roles. Many are also the jobs of people mentored ("the trainee chef, Daniel", "the assistant psychologist"),
# so those count only with a word of fame before them ("TV chef", "a famous footballer"); the rest are nobody's job
# at a workplace a learner mentors in.
_FAME_ONLY = (r"playwright|novelist|poet|author|broadcaster|comedian|mountaineer|explorer|astronaut|philosopher|"
              r"politician|MP|billionaire|celebrity|Olympians?|Paralympians?|medallists?")
_PUBLIC = (rf"{_FAME_ONLY}|presenter|host|writer|actor|actress|singer|journalist|columnist|footballer|athlete|rower|"
           r"cyclist|runner|swimmer|boxer|scientist|psychologist|economist|entrepreneur|campaigner|activist|chef|vet|"
           r"doctor|gardener|cook|builder|farmer|character|star|jockey|golfer|cricketer|sailor|yachts(?:wo)?man|climber|"
           r"gymnast|canoeist|judoka")
_FAMED = (r"TV|television|radio|podcast|celebrity|famous|renowned|celebrated|well-known|best-selling|award-winning|Olympic|"
          r"world-famous|legendary|Paralympic|Team[ \t]+GB|international|world")  # "Team GB judoka", "world champion"
_PUBLIC_ROLE = re.compile(rf"(?:\b(?:{_FAMED})[ \t]+(?:[a-z]+[ \t]+)?(?:{_PUBLIC})|\b(?i:the|a)[ \t]+(?:{_FAME_ONLY}))"
                          r"[ \t]*,?[ \t]+\Z|\b(?i:the)[ \t]+late[ \t]+\Z")
# "a prime minister like Tony Blair", "a footballer such as Bukayo Saka": held up as one of a public kind.
_HIGH_OFFICE = r"prime[ \t]+minister|president|chancellor|king|queen|prince|princess|pope|general"
_ONE_OF_A_KIND = re.compile(rf"\b(?i:a|an|the)[ \t]+(?:[a-z-]+[ \t]+)?(?:{_PUBLIC}|{_FAME_ONLY}|{_HIGH_OFFICE})s?"
                            r"[ \t]+(?:like|such[ \t]+as)[ \t]+\Z")
# "Her favourite author is Jacqueline Wilson", "my mentee's hero is Tom Daley", "a role model such as ...": someone
# looked up to from afar (not "her role model is her manager, Sue Brown": a role between says who they are).
_LOOKED_UP_TO = re.compile(rf"\b(?:favourite[ \t]+(?:[a-z]+[ \t]+)?(?:{_PUBLIC}|{_FAME_ONLY}|player|band|artist|writer)|"
                           r"heroe?s?|heroine|idols?|role[ \t]+models?|inspiration)[ \t]+(?:is|was|are|were|like|such[ \t]+as|"
                           r"including)?[ \t]*,?[ \t]*\Z|\b(?:admires?|admired|idoli[sz]es?|looks?[ \t]+up[ \t]+to|"
                           r"a[ \t]+(?:big[ \t]+|huge[ \t]+)?fan[ \t]+of|a[ \t]+clip[ \t]+of|"
                           # "I have always been inspired by Jane Goodall" (not "was inspired by Jane Holt to apply"),
                           # "Reading about Ellen MacArthur's sailing"
                           r"(?:always|have[ \t]+been|has[ \t]+been)[ \t]+(?:been[ \t]+)?inspired[ \t]+by|"
                           # "read more about Thomas Telford and James Brindley for the heritage side"
                           r"(?i:reading|read|learn|learning|find[ \t]+out)[ \t]+(?:(?i:more|a[ \t]+lot|a[ \t]+bit)[ \t]+)?about"
                           r"(?:[ \t]+[A-Z][a-z]+[ \t]+[A-Z][\w'’-]+[ \t]*(?:,|and|&))?)[ \t]+\Z")
_THEIR_ROLE_AFTER = re.compile(r"[ \t]*[,(–][ \t]*(?:our|my|her|his|their|the)[ \t]+[a-z]")  # "..., her shift lead"
# "Jessica Ennis-Hill said in an interview", "... wrote in her autobiography": a public word of theirs.
_IN_THE_MEDIA = re.compile(r"[ \t]+(?:has[ \t]+|have[ \t]+)?(?:said|says|talked|talks|spoke|wrote|writes|explained|admitted|"
                           r"described|told|recalled|revealed)\b[^.\n]{0,20}?\bin[ \t]+(?:an?|her|his|their)[ \t]+"
                           r"(?:(?:TV|television|radio|newspaper|magazine|recent|famous|BBC|online)[ \t]+)?"
                           r"(?:interview|autobiography|memoir|podcast|documentary|TED[ \t]+talk|speech|article|column)\b")
# "Kimberley Woods in the Olympic slalom", "... at the 2012 Olympics": someone at the great games of a sport.
_AT_THE_GAMES = re.compile(r"[ \t]+(?:in|at|won|win|winning)[ \t]+the[ \t]+(?:\d{4}[ \t]+)?(?:Olympic|Olympics|Paralympic|"
                           r"Paralympics|Commonwealth[ \t]+Games|World[ \t]+Cup|World[ \t]+Championships?|Tour[ \t]+de[ \t]+France|"
                           r"Grand[ \t]+National|Wimbledon|Premier[ \t]+League|Six[ \t]+Nations|Vend[ée]e[ \t]+Globe)\b")
# "Julian Norton on The Yorkshire Vet": a name, then the show it is on by its title.
_ON_AFTER = re.compile(r"[ \t]+on[ \t]+The[ \t]+[A-Z]")
_PRACTICE_PEOPLE = re.compile(r"\b(?:mentee|mentor|coachee|client|customer|patient|apprentice|trainee|learner|"
                              r"colleague|manager|supervisor|team|staff|session)s?\b|\b(?:I|me|my|we|us|our)\b",
                              re.IGNORECASE)
# "Sir Alex Ferguson", "Dame Kelly Holmes": someone honoured, in the same sentence as a name in passing.
_HONOURED = re.compile(r"\b(?:Sir|Dame)[ \t]+[A-Z][a-z]+[ \t]+[A-Z][\w'’-]+")
# "Kate Moss, the famous model"; two named, with no article: "..., Team GB judoka who ..."
_PUBLIC_ROLE_AFTER = re.compile(rf"[ \t]*,[ \t]*(?:(?:the|a|an)[ \t]+(?:(?:{_FAMED})[ \t]+(?:[\w-]+[ \t]+)?(?:{_PUBLIC})|(?:{_FAME_ONLY}))\b"
                                r"|(?:the[ \t]+)?(?:author|writer|presenter)[ \t]+of[ \t]+[A-Z\"“‘'])")  # not "founder of": a mentee's club
# With no article, only unmistakable fame ("..., Team GB judoka who ..."): not "Gemma Hart, TV runner, joined the
# scheme", "Priya Shah, radio presenter at our hospital radio, was my second mentee" (an independent review), and
# not where the sentence makes them one of the learner's own.
_BARE_FAME_AFTER = re.compile(rf"[ \t]*,[ \t]*(?:(?:Olympic|Paralympic|Team[ \t]+GB|international)[ \t]+(?:[\w-]+[ \t]+)?"
                              rf"(?:{_PUBLIC}|judoka)\b|(?:(?:former|double|two-time|three-time|reigning)[ \t]+)?"
                              r"(?:world|Olympic|Paralympic|Commonwealth|European)[ \t]+champion\b)")
_ONE_OF_OURS = re.compile(r"\b(?i:my|our)[ \t]+(?:[a-z-]+[ \t]+)?(?:mentees?|coachees?|clients?|colleagues?|apprentices?|"
                          r"trainees?|team|staff|members?|hospital|ward|club|company|firm|scheme|site|depot|store)\b"
                          r"|\b(?:joined|joins)[ \t]+(?:the|our|my|us)\b|\bworks?[ \t]+(?:for|with)[ \t]+(?:us|me)\b")
# "Line of Duty's Ted Hastings", "Coronation Street's Ken Barlow": someone of a show or a firm, by its title.
_TITLE_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w-]+(?:[ \t]+(?:of|the|and|[A-Z][\w-]+)){1,4}['’]s[ \t]+\Z")
_SAYING_BEFORE = re.compile(r"\b(?i:in[ \t]+the[ \t]+words[ \t]+of|to[ \t]+quote)[ \t]+\Z"
                            # "a TED talk by Julian Treasure", "a YouTube video by ...": a published work's maker
                            r"|\b(?:TED[ \t]+talk|YouTube[ \t]+video|podcast|book|novel|film|documentary|article|blog|story|"
                            r"stories|poem|series|something|anything)s?[ \t]+(?:else[ \t]+)?by[ \t]+\Z")
_SAYING_AFTER = re.compile(r"[ \t]+famously\b")
# "... wrote The Resilient Leader": a published work by its title, but a mentee may write "The Menu" for a party,
# so only for a name in passing.
_WROTE_A_TITLE = re.compile(r"[ \t]+(?:wrote|published|authored|directed|starred[ \t]+in)[ \t]+[A-Z]")
_AS_THEY_SAY = re.compile(r"(?:^|[.!?][ \t]+|\n)As[ \t]+\Z")
_SAYS = re.compile(r"[ \t]+(?:says|said|puts[ \t]+it|put[ \t]+it|argues|argued|writes|wrote|notes|observed)[ \t]*,"
                   r"|[ \t]+once[ \t]+(?:said|wrote|remarked)\b")
# "... on Gardeners' World", "on Dragons' Den", "on Match of the Day": a show by its title (not "on Microsoft Teams",
# "on Oxford Road", "on Ward Seven", whose words say what they are).
_ON_A_TITLE = re.compile(r"\bon[ \t]+(?:The[ \t]+)?([A-Z][\w'’]*(?:[ \t]+(?:of|the|and|[A-Z][\w'’]*)){1,4})")
_SCREEN_AND_STAGE = re.compile(r"\b(?:TV|telly|television|BBC|ITV|Channel[ \t]+\d|Netflix|YouTube|podcasts?|radio|"
                               r"documentar(?:y|ies)|sitcom|episodes?|films?|movies?|cinema|novels?|novelists?|"
                               r"playwrights?|poets?|actors?|actress(?:es)?|comedians?|presenters?|celebrit(?:y|ies)|"
                               r"autobiography|memoir)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def named_as_public(full_name: str, text: str) -> bool:
    """Is every mention of ``full_name`` tied by the words right beside it to a work or to fame?"""
    mentions = _mentions(full_name, text)
    return bool(mentions) and all(_tied(full_name, text, at) for at in mentions) or _title_after(full_name, text)


def in_the_public_eye(full_name: str, text: str) -> bool:
    """For a name in passing: is every mention of it tied to a work or fame, or written among them?"""
    mentions = _mentions(full_name, text)
    return (bool(mentions) and all(_tied(full_name, text, at) or _beside(full_name, text, at) for at in mentions)
            or _title_after(full_name, text))


def _mentions(full_name: str, text: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(full_name)}(?![\w-])", text)]


def _tied(full_name: str, text: str, at: int) -> bool:
    end = at + len(full_name)
    return bool(_OWN_WORK.match(text, end) or _A_WORK.match(text, end) or _PUBLIC_ROLE_AFTER.match(text, end)
                or _BARE_FAME_AFTER.match(text, end) and not _ONE_OF_OURS.search(text[slice(*_sentence(text, at))])
                or _IN_THE_MEDIA.match(text, end) or _AT_THE_GAMES.match(text, end)
                or _ONE_OF_A_KIND.search(text, max(0, at - 40), at)
                or _LOOKED_UP_TO.search(text, max(0, at - 40), at) and not _THEIR_ROLE_AFTER.match(text, end)
                or _ON_AFTER.match(text, end) and _on_a_show(text[end:end + 60])
                or _among_the_public(text[slice(*_sentence(text, at))], full_name)
                or _SAYING_AFTER.match(text, end) or _PUBLIC_ROLE.search(text, max(0, at - 40), at)
                or _SAYING_BEFORE.search(text, max(0, at - 24), at))


def _beside(full_name: str, text: str, at: int) -> bool:
    end = at + len(full_name)
    start, stop = _sentence(text, at)
    own = text[start:stop]
    before = text[_sentence(text, start - 1)[0]:start] if start > 0 and text[start - 1] != "\n" else ""
    return bool(_ON_AIR.search(own) or _of_screen_and_stage(before) or _TITLE_BEFORE.search(text, max(0, at - 50), at)
                or _WROTE_A_TITLE.match(text, end) or _on_a_show(own)
                or _AS_THEY_SAY.search(text, max(0, at - 6), at) and _SAYS.match(text, end)
                or _SAYS.match(text, end) and _SAYS.match(text, end).group(0).strip().startswith("once")
                or _OWN_SHOW.match(text, end) and _SCREEN_AND_STAGE.search(before + own))


def _among_the_public(sentence: str, full_name: str) -> bool:
    """ "Ryan Giggs has talked about how Sir Alex Ferguson looked out for ...": written with someone honoured
    or a public figure, in a sentence with nobody of the practice and not the learner ("My mentee Tom Hale
    talked about Sir Alex Ferguson" is no such sentence)."""
    if _PRACTICE_PEOPLE.search(sentence):
        return False
    if any(m.group(0) != full_name for m in _HONOURED.finditer(sentence)):
        return True
    sentence, full_name = plain(sentence), plain(full_name)  # the list is written without accents
    return any(figure in sentence for figure in PUBLIC_FIGURES if figure != full_name and " " in figure)


def _on_a_show(clause: str) -> bool:
    for match in _ON_A_TITLE.finditer(clause):
        words = [w.rstrip("'’") for w in match.group(1).split() if w[0].isupper()]
        if len(words) >= 2 and not any(w in NOT_NAMES or w in ORGANISATION_WORDS or w in STRUCTURE for w in words):
            return True
    return False


def _of_screen_and_stage(sentence: str) -> bool:
    """A sentence about television, film or the stage, not about the learner's own sessions ("We watched a film")."""
    return bool(_SCREEN_AND_STAGE.search(sentence)) and not about_the_practice(sentence)


def _title_after(full_name: str, text: str) -> bool:
    """ "Clarkson's Farm": something called after the person's surname, a show or a brand."""
    surname = full_name.split()[-1]
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}['’]s[ \t]+([A-Z][a-z]+)", text):
        if match.group(1) not in NOT_NAMES and not text[match.start() - 1:match.start()].isalpha():
            before = text[max(0, match.start() - len(full_name) - 1):match.start()]
            if not before.endswith(full_name.split()[0] + " "):  # "Clarkson's Farm", not "Jeremy Clarkson's Farm" alone
                return True
    return False


def _sentence(text: str, at: int) -> tuple[int, int]:
    """Where the sentence holding ``at`` starts and stops (a line's end stops one)."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
    start = starts[-1] if starts else max(0, at - 400)
    stop = _SENTENCE_END.search(text, at)
    return start, stop.start() if stop else len(text)


def listed_with_the_public(full_name: str, public: set[str], text: str) -> bool:
    """ "admires Jamie Carragher and Gary Neville": a full name listed with a public figure, wherever it is
    written, is one of them (a mentee is not listed beside a footballer held up as an example)."""
    if not public:
        return False
    name = re.escape(full_name)
    for other in public:
        pair = re.escape(other)
        if re.search(rf"{pair}(?:,|[ \t]+(?:and|or|&))[ \t]+{name}(?![\w'’-])|(?<![\w'’-]){name}(?:,|[ \t]+(?:and|or|&))[ \t]+{pair}", text):
            return not any(m for m in re.finditer(rf"(?<![\w'’-]){name}(?![\w'’-])", text)
                           if not re.search(rf"{pair}(?:,|[ \t]+(?:and|or|&))[ \t]+\Z", text[max(0, m.start() - 60):m.start()])
                           and not re.match(rf"(?:,|[ \t]+(?:and|or|&))[ \t]+{pair}", text[m.end():]))
    return False
