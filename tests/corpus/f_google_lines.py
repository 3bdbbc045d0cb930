"""8584-201 Developing Mentoring Skills: a PDF from Google Docs whose paragraphs came out
as single lines.

Chloe Adeyemi, a supervisor in a hotel's housekeeping team, mentors a new room attendant.
She drafted in an email, pasted into Google Docs with hard line breaks and downloaded a
PDF, so every line of a paragraph is a paragraph of its own. Her labels are bold lines
("1.1 Prepare a plan for effective mentoring of an individual", "AC 2.2 -", "2.3)"), and
2.4 and 2.5 are answered under one label.
"""

from .case import Case, H, P, SourceFile, T


LABELS = {
    "1.1": "linen room office before her shift",
    "1.2": "under thirty minutes by the end of October",
    "2.1": "07:00-08:10",
    "2.2": "which a two minute demonstration fixed",
    "2.3": "leaving the trolley across the corridor",
    "2.4": "failed my own first room inspection",
    "2.5": "stored in a locked drawer",
    "3.1": "she came up with more of her own solutions",
    "3.2": "scaling questions to track Mentee B's confidence",
    "3.3": "ask a colleague to observe one of my sessions",
}


def lines(text: str, width: int = 11) -> list:
    """A paragraph as an email's hard-wrapped lines, each read as a paragraph of its own (a
    label phrase stays on one line, as the corpus's PDFs keep it)."""
    text = " ".join(text.split())
    for phrase in LABELS.values():
        text = text.replace(phrase, phrase.replace(" ", "\x00"))
    words = text.split()
    return [P(" ".join(words[i:i + width]).replace("\x00", " ")) for i in range(0, len(words), width)]


BLOCKS = [
    H(0, "Unit 201 Developing Mentoring Skills"),
    P("Chloe Adeyemi   Registration R5518034   Riverside Hotel School"),
    H(1, "1.1 Prepare a plan for effective mentoring of an individual"),
    *lines("""My mentee Mentee B started as a room attendant in September. I planned four sessions of
      about an hour in the linen room office before her shift, every other Thursday, to cover
      the room checklist, time per room, dealing with guests and her probation review."""),
    H(1, "1.2 State the agreed goals of the mentoring sessions"),
    *lines("""In our first meeting Mentee B chose two goals: to clean a standard room to the checklist in
      under thirty minutes by the end of October, and to feel confident speaking to guests who
      come back to their room while she is working."""),
    H(1, "2.1 Provide evidence of mentoring with an individual over a period of at least 3 hours"),
    *lines("""The table below lists our sessions, which came to four hours and ten minutes in
      total. The signed session notes are attached after the table."""),
    T(
        ["Date", "Time", "Length"],
        ["12 Sept", "07:00-08:00", "60 min"],
        ["26 Sept", "07:00-08:10", "70 min"],
        ["10 Oct", "07:00-08:00", "60 min"],
        ["24 Oct", "07:00-08:00", "60 min"],
    ),
    H(1, "AC 2.2 - questioning and listening"),
    *lines("""When Mentee B said she was "just slow" I asked her to talk me through her last room step by
      step, and listened without interrupting. It turned out she was remaking beds twice
      because she was unsure of the corner fold, which a two minute demonstration fixed."""),
    H(1, "2.3) Feedback"),
    *lines("""After I shadowed her on the third floor I told her exactly what went well, her bathroom
      was spotless and quick, and one thing to change, leaving the trolley across the
      corridor, so the feedback was specific and she could act on it straight away."""),
    H(1, "2.4 and 2.5 Trust and records"),
    *lines("""Trust grew because I kept our conversations private from the head housekeeper and
      admitted I had failed my own first room inspection. I kept records of every session on
      the college's mentoring record sheet, signed by both of us and stored in a locked
      drawer in the linen room office."""),
    H(1, "3.1 Review own mentoring performance"),
    *lines("""Looking back, I talked too much in the first session and filled every pause. From the
      second session I let Mentee B lead, and she came up with more of her own solutions."""),
    H(1, "3.2 Tutor meeting"),
    *lines("""I met my tutor for an hour on 31 October. We went through my session notes
      and he suggested I use scaling questions to track Mentee B's confidence with guests."""),
    H(1, "3.3 Future development"),
    *lines("""I want to mentor the next two new starters and to complete the hotel group's coaching
      skills day in the new year, and I will ask a colleague to observe one of my sessions.
      I would also like to read more about the GROW model, because I used it without really
      knowing its stages, and to keep a short reflective note after every session rather than
      writing them all up at the end as I did this time. My head housekeeper has agreed that
      mentoring can count towards my development review in the spring."""),
]

CASE = Case(
    name="f_google_lines",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("Adeyemi 201 - Google Docs.pdf", BLOCKS)],
    labels=LABELS,
    expected_checks={"declaration": False, "evidence_matrix": False, "identifying": []},
    about="Google Docs PDF, paragraphs as separate lines; mixed labels; 2.4 and 2.5 under one label.",
)
