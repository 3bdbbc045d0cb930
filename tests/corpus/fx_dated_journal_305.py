"""8587-305 Reflecting on Mentoring Skills: a reflective journal of dated entries, saved from
Google Docs as PDF, whose criteria are answered inside the entries, each entry tagged by a
line such as "Links to: AC 1.2" or "(criteria 2.1 and 1.2)".

Tomasz Nowak, a senior pharmacist in a hospital dispensary, mentors a newly qualified
pharmacist over the winter. The entries run in date order, not criterion order; one entry
serves two criteria, and the development plan is a table inside the last entry.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Reflective journal – Unit 305"),
    T(["Learner name", "Tomasz Nowak"], ["Workplace", "Royal Wyvern Hospital pharmacy"]),
    P("Entries written after each mentoring meeting."),
    H(1, "Monday 12 January 2026"),
    P("Links to: AC 1.1"),
    P("""Looking back over my first four sessions with my mentee, the record sheets show we met
      every fortnight and kept to the hour each time. Her own feedback form says the sessions
      helped her feel less alone on late shifts, and my supervisor, who read my notes, said I
      gave too many answers in the first two meetings. The clearest sign that the mentoring is
      working is that her dispensing error reports have dropped from three a month to none in
      December, which she puts down to the checking routine we built together."""),
    P("""Not everything worked: the session in the dispensary office kept being interrupted by
      the phone, so we now use the education centre."""),
    H(1, "Tuesday 27 January 2026"),
    P("(criteria 1.2 and 2.1)"),
    P("""My strengths, as I see them and as she described them, are patience and explaining the
      clinical side clearly; I know the formulary and the hospital's systems inside out. My
      weaknesses are in communication more than knowledge: I fill silences, I interrupt when I
      think I know where a question is going, and my summaries run on too long. My supervisor
      also noted that I sometimes sound like her manager rather than her mentor."""),
    P("""Reviewing the recording of today's meeting, which she agreed to, I counted how many of my
      questions were open: only four of fifteen. That review shows me where to develop next:
      open questioning, allowing silence, and reflecting back feelings rather than facts. I
      would also like to mentor someone outside pharmacy, to test whether my listening works
      without shared jargon."""),
    H(1, "Monday 9 February 2026"),
    P("""A short entry. The ward round overran and we met for only twenty minutes. She wanted to
      talk about a complaint from a ward sister. I managed to stay quiet and let her work out
      what to say, which felt uncomfortable but she left with a plan of her own."""),
    P("""Afterwards I noticed how tempted I had been to tell her what I would have said to the
      sister. Next time the meeting is cut short I will ask her at the start what she most needs
      from the time we have, rather than letting the first topic take all of it, and I will
      write down the question I wanted to ask so that I can start with it next time."""),
    H(1, "Wednesday 4 March 2026"),
    P("Links to: AC 2.2"),
    P("""With my supervisor I turned what I have learned into a plan for the next six months,
      March to August, with a way of measuring each step."""),
    T(
        ["What I will develop", "How", "By when", "How I will know"],
        ["Open questions", "Use the TED prompts in every session and count them afterwards",
         "End of April", "Two thirds of my questions open in a recorded session"],
        ["Allowing silence", "Count to five before speaking; ask my mentee to tell me when I cut in",
         "End of May", "She reports no interruptions for three sessions running"],
        ["Mentoring beyond pharmacy", "Take on a mentee from the nursing preceptorship scheme",
         "August", "First three sessions held and reviewed in supervision"],
    ),
    P("Signed: T. Nowak"),
]

CASE = Case(
    name="fx_dated_journal_305",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("Nowak reflective journal.pdf", BLOCKS)],
    labels={
        "1.1": "dropped from three a month to none",
        "1.2": "I fill silences",
        "2.1": "only four of fifteen",
        "2.2": "Count to five before speaking",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Dated journal entries (PDF) tagged 'Links to: AC 1.2' or '(criteria 2.1 and 1.2)' inside the entry.",
)
