"""Regenerate the demo submission: a fictional learner's unit 8584-200 assignment.

    .venv/bin/python tests/demo/make_demo.py

writes ``marker/demo/jordan-ellis-8584-200.docx``. The output is
byte-for-byte reproducible (fixed document dates and zip timestamps), so regenerating it
does not invalidate the digest of a session that was marked and signed against it.

Everything in it is invented: the learner, the registration number, the centre and the
leisure centre. AC 1.3 is deliberately weak (one barrier only), see README.md.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

HERE = Path(__file__).resolve().parent
OUTPUT = HERE.parents[1] / "marker" / "demo" / "jordan-ellis-8584-200.docx"
FIXED = dt.datetime(2025, 3, 10, 9, 0, 0)

COVER = [
    ["Learner name", "Jordan Ellis"],
    ["Learner registration no.", "R4471926"],
    ["Centre name", "Thornbury Skills Centre"],
    ["Centre number", "650214"],
    ["Qualification", "ILM Level 2 Award in Effective Mentoring Skills"],
    ["Unit", "8584-200 Understanding Mentoring"],
    ["Date of submission", "10 March 2025"],
]

DECLARATION = (
    "I declare that this assignment is my own work. I have not copied anyone else's work and "
    "where I have used information from books or websites I have referenced it in the "
    "reference list at the end."
)

SKILLS = [
    ["Skill", "What it looks like", "Why a mentor needs it"],
    ["Active listening", "Full attention, nodding, summarising back, not interrupting",
     "The mentee feels heard and I get the real picture"],
    ["Questioning", "Mostly open questions, some probing and checking questions",
     "Helps the mentee think things through and find their own answers"],
    ["Giving feedback", "Specific, balanced and about behaviour, not the person",
     "Helps the mentee improve without losing confidence"],
    ["Empathy", "Seeing things from the mentee's side",
     "New staff are often nervous and need to feel understood"],
]

TASKS: list[tuple[str, list[str | list[list[str]]]]] = [
    ("Task 1.1 The role of an effective mentor", [
        "I am a duty manager at Brookfield Leisure Centre and I have been asked to mentor new "
        "leisure assistants during their first three months. Mentoring is a relationship where "
        "someone with more experience supports another person to learn and develop, mainly by "
        "helping them think things through rather than telling them what to do.",
        "The main activities of a mentor are meeting the mentee regularly, helping them set "
        "goals, listening, asking questions, sharing experience when it helps, giving feedback "
        "and encouraging them. A mentor is different from a line manager, who checks "
        "performance, and from a trainer, who teaches a set skill such as pool rescue. A good "
        "mentor keeps things confidential, knows when to refer the mentee to someone else, "
        "for example HR or occupational health, and keeps simple records of what was agreed.",
    ]),
    ("Task 1.2 How mentoring benefits people in different situations", [
        "New staff at Brookfield: mentoring helps new leisure assistants settle in, understand "
        "how the centre really works and build confidence on poolside, so they are more likely "
        "to stay. Last year we lost four of the nine new starters before Christmas.",
        "Apprentices at college: my cousin is doing a sport and leisure apprenticeship and her "
        "mentor at college helps her plan her coursework around shifts and gives her someone "
        "to talk to when she is behind, which keeps her on the programme.",
        "Community groups: at the swimming club where I volunteer, experienced coaches mentor "
        "young volunteers who want to become coaches. They gain confidence, learn to plan "
        "sessions and become more independent, and the club keeps its volunteers.",
    ]),
    ("Task 1.3 Potential barriers to effective mentoring", [
        "The main barrier to mentoring at Brookfield is time. The centre is open from 6am to "
        "10pm and staff work shifts, so it is hard to find a time when both of us are free.",
    ]),
    ("Task 1.4 Overcoming the barriers", [
        "To overcome the time barrier I will ask the centre manager to put mentoring on the rota "
        "as protected time, the same as training, so it does not get cancelled when we are busy. "
        "Sessions will be booked four weeks ahead so the mentee can plan around them.",
        "Where shifts still do not match, we will meet for a shorter session at the start or end "
        "of a shift, or have a video call on Teams, rather than cancelling. If a mentee does not "
        "want to take part I will explain what mentoring is and is not, and offer a different "
        "mentor if that would help.",
    ]),
    ("Task 2.1 Key skills for an effective mentor", [SKILLS]),
    ("Task 2.2 A mentoring model", [
        "I plan to use the GROW model (Whitmore, 2017). Goal: the mentee says what they want to "
        "achieve from the session. Reality: we look at where they are now and what has got in "
        "the way. Options: the mentee thinks of different ways forward before I add any ideas. "
        "Will: the mentee chooses what they will do and by when.",
        "At Brookfield a new leisure assistant might have the goal of running the "
        "reception desk alone on a Saturday morning. We would look at what they can already do, "
        "list options such as shadowing a colleague or practising bookings on the training "
        "system, and agree one action before the next session.",
    ]),
    ("Task 2.3 Questioning and listening", [
        "I will use open questions such as 'How did your first weekend shift go?' to get the "
        "mentee talking, and probing questions such as 'What exactly happened when the alarm "
        "went off?' to get more detail. Closed questions are useful to check facts and agree "
        "actions, for example 'So you will shadow Sam on Tuesday?'. I will avoid leading "
        "questions because they push my own view.",
        "For listening, I will give the mentee my full attention, put my radio on silent, make "
        "eye contact and not interrupt. Summarising back what I heard shows I have understood "
        "and lets the mentee hear their own thinking, which helps them find their own answers.",
    ]),
    ("Task 2.4 Giving feedback", [
        "I will give feedback in private, as soon as possible after the event, and start by "
        "asking the mentee how they think it went. I will then be specific about what they did "
        "well and one thing to improve, for example: 'You stayed calm with that angry parent and "
        "explained the booking rules clearly. Next time call the duty manager sooner so you are "
        "not on your own.' I will talk about the behaviour, not the person, and ask for their "
        "feedback on my mentoring too.",
    ]),
    ("Task 2.5 Developing trust", [
        "Trust will take time, especially as I am also a manager. I will agree confidentiality at "
        "the start, explain the few times I would have to share something (for example a "
        "safeguarding concern), and then stick to it. I will build trust by being reliable, "
        "turning up on time and doing what I say I will do, and by being honest about my own "
        "mistakes when I started, like the day I locked the whole team out of the plant room. "
        "Listening without judging shows the mentee I respect them.",
    ]),
    ("Task 3.1 Planning mentoring sessions", [
        "Before we start, the mentee will fill in a short needs questionnaire rating their "
        "confidence in areas such as reception, poolside duties, customer complaints and the "
        "booking system. This shows the gaps to work on. In the first session we will agree a "
        "mentoring agreement covering how often we meet (every two weeks for about an hour), "
        "where (the quiet office next to the staff room), confidentiality and what we each "
        "expect. Before each session I will read my notes from the last one, and at the end of "
        "each session we will book the next one.",
    ]),
    ("Task 3.2 Examples of goals", [
        "Goals should be SMART so we can both see when they are achieved. Two examples are:",
        "1. By the end of April, to handle the Saturday morning reception shift alone, including "
        "bookings and refunds, with no more than two calls to the duty manager.",
        "2. Within six weeks, to complete the pool plant induction and carry out the daily water "
        "tests unsupervised, signed off by the pool plant supervisor.",
        "Before agreeing a goal I will check the mentee really wants it and how committed they are.",
    ]),
    ("Task 3.3 Records the mentor keeps", [
        "I will keep the mentoring agreement, the needs questionnaire, a short note of each session "
        "(date, what we discussed, goals and actions agreed, next date) and my own reflective log. "
        "Records show progress, remind us both what was agreed and protect both of us if there is "
        "a disagreement later. They must be factual, kept confidential in a locked drawer or a "
        "password-protected folder, and only kept for as long as needed under data protection "
        "law. The mentee can see anything I write about them.",
    ]),
]

INTRODUCTION = (
    "Brookfield Leisure Centre is run by a charitable trust and has a 25 metre pool, a gym and "
    "a sports hall. We take on around ten new leisure assistants a year, many of them in their "
    "first job. From April I will be mentoring new starters, and this assignment sets out what "
    "I have found out about the mentoring role, the skills I need and how I will organise it."
)

REFERENCES = [
    "Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD.",
    "Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey.",
    "ILM (2021) Level 2 Award in Effective Mentoring Skills (8584) Qualification Handbook.",
]


def document() -> docx.Document:
    """The submission as a python-docx Document."""
    doc = docx.Document()
    props = doc.core_properties
    props.author = "Jordan Ellis"
    props.last_modified_by = "Jordan Ellis"
    props.title = "Unit 200 Understanding Mentoring"
    props.created = props.modified = FIXED
    props.revision = 1

    doc.add_heading("Unit 200 Understanding Mentoring", level=0)
    _table(doc, COVER, header=False)
    doc.add_heading("Declaration of authenticity", level=1)
    doc.add_paragraph(DECLARATION)
    doc.add_paragraph("Signed: J. Ellis        Date: 10/03/2025")
    doc.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(INTRODUCTION)
    for heading, parts in TASKS:
        doc.add_heading(heading, level=1)
        for part in parts:
            if isinstance(part, list):
                _table(doc, part, header=True)
            else:
                doc.add_paragraph(part)

    doc.add_heading("References", level=1)
    for reference in REFERENCES:
        doc.add_paragraph(reference)
    return doc


def _table(doc, rows: list[list[str]], header: bool) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            if (header and r == 0) or (not header and c == 0):
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph()


def reproducible(data: bytes) -> bytes:
    """The same DOCX with every zip entry stamped with one fixed date, in a fixed order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def main() -> Path:
    buffer = io.BytesIO()
    document().save(buffer)
    OUTPUT.write_bytes(reproducible(buffer.getvalue()))
    return OUTPUT


if __name__ == "__main__":
    path = main()
    words = sum(len(p.text.split()) for p in docx.Document(str(path)).paragraphs)
    print(f"wrote {path} ({words} words outside tables)")
