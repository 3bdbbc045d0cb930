"""8587-301 Good Practice in Mentoring: the learner numbers her own parts ("Part A", "A1",
"B2", "D(a)") and says which criteria each answers only in a small table at the start.

Nadia Kowalczyk, a tenancy team leader at a housing association, writes a report for her
director. Her sub-headings are her own titles under her own numbers; nothing below the
mapping table names an AC. Several sub-headings share words with criteria they do not
answer (her "Records" paragraph in Part B is about the contract, not 4.1).
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring at Harbour Housing – a proposal for the leadership team"),
    T(
        ["Learner name", "Nadia Kowalczyk"],
        ["ILM registration number", "R5528104"],
        ["Unit", "8587-301"],
    ),
    P("""How this report maps to the unit: each part of the report below answers the criteria
      shown in this table."""),
    T(
        ["Part of report", "Criterion"],
        ["A1", "1.1"],
        ["A2", "1.2"],
        ["A3", "1.3"],
        ["A4", "1.4"],
        ["B1", "2.1"],
        ["B2", "2.2"],
        ["B3", "2.3"],
        ["C1", "3.1"],
        ["C2", "3.2"],
        ["C3", "3.3"],
        ["D(a)", "4.1"],
        ["D(b)", "4.2"],
    ),
    H(1, "Part A – Why mentoring, and who does it"),
    H(2, "A1 What mentoring is for in a housing association"),
    P("""Harbour Housing manages four thousand homes and loses a third of new housing officers
      within their first year. Mentoring pairs a new officer with an experienced colleague
      outside their line so that they learn the unwritten side of the job: how to handle a
      tenant who is angry about repairs, when to escalate arrears, how to read a difficult
      panel meeting. For the organisation the aim is to keep people past that first year and
      to grow our next team leaders from inside."""),
    H(2, "A2 What our mentors will be asked to do"),
    P("""A mentor at Harbour is a guide rather than a manager. They meet their mentee monthly,
      listen, share their own experience when it helps, and point to learning the mentee can
      book. Their responsibilities are to keep to the agreement, to keep confidences within
      the limits we set, to keep brief notes, and to end the relationship well at twelve
      months with a review. Unlike a line manager they do not set targets or judge
      performance, and unlike a trainer they do not teach a fixed syllabus."""),
    H(2, "A3 What a good mentor needs to bring"),
    P("""Knowledge: how the association works, our tenancy policies, and where to send a mentee
      for specialist help. Skills: listening without jumping in, open questioning, giving
      feedback that is specific and kind. Behaviours: patience, reliability, treating what
      the mentee says with respect, and being willing to admit what they do not know. I have
      drawn on the EMCC competence framework for this list."""),
    H(2, "A4 What could get in the way, and what we will do"),
    P("""Caseloads are the first obstacle: officers say they have no time, so sessions will be
      booked in the diary as protected time agreed with their manager. Second, a mentee may
      fear that the mentor reports back, which we answer with a clear confidentiality
      statement at the first meeting. Third, the organisation itself may lose interest after
      launch; a named director sponsors the scheme and receives a quarterly summary."""),
    H(1, "Part B – Starting well and staying safe"),
    H(2, "B1 The first meeting"),
    P("""The mentor makes the first contact by phone, not email, and meets the new officer
      away from the office, usually in the café at the community hub. They talk about how each
      of them came into housing before any business is done. Building rapport this way, and
      following up within a week with a short message, is how a productive relationship is
      started; trust grows when the mentor does what they said they would."""),
    H(2, "B2 The agreement and why we write it down"),
    P("""We use a one-page written agreement because it protects both people: it sets how
      often they meet, for how long, what is confidential and what is not, and how either
      can end the arrangement. The process is simple: the mentor drafts it at the second
      meeting, the mentee changes what they want, both sign, and the line manager sees only
      the dates, never the content. Records of the agreement are kept by the mentee."""),
    H(2, "B3 Keeping mentoring safe and ethical"),
    P("""Sessions take place in public or bookable spaces, never at a tenant's home. The
      mentor explains the limit of confidentiality on day one: anything suggesting risk to a
      tenant or a safeguarding concern has to be passed on. A mentor who manages the
      mentee's team, or who is related to them, is not matched with them, and mentors follow
      the association's code of conduct and the EMCC Global Code of Ethics."""),
    H(1, "Part C – Running the mentoring"),
    H(2, "C1 Managing the process with a recognised model"),
    P("""I propose Clutterbuck's five stages: building rapport, setting direction, progression,
      winding down and moving on. At each stage the mentor knows what to do next, which
      matters for officers who have never mentored before. In the direction stage they agree
      goals, in progression they review them, and at around ten months they start winding
      down so that the ending is planned, not a surprise."""),
    H(2, "C2 Tools for finding out what the mentee wants"),
    P("""Three tools. A wheel of work life, where the mentee scores eight areas of their job and
      picks the two lowest to work on; a strengths card sort that shows how they like to learn;
      and SMART goal sheets that turn those choices into goals they write themselves. Using the
      mentee's own scores means the goals start from their preferences, not the mentor's."""),
    H(2, "C3 Checking progress"),
    P("""Progress is checked in two ways: a two-minute review of last month's actions at the start
      of every session, and the wheel scored again at six and twelve months so that both can see
      movement. The first is quick but relies on honesty; the second is slower but gives a
      picture the mentee can show their manager if they choose."""),
    H(1, "Part D – Records, reflection and supervision"),
    H(2, "D(a) Notes of sessions"),
    P("""Mentors keep a short note after each meeting: date, length, themes and agreed actions,
      nothing more personal. For the mentor the notes are a memory aid and evidence of their own
      practice; for the mentee they show how far they have come. Notes are stored in a locked
      folder on the shared drive under UK GDPR and deleted twelve months after the relationship
      ends."""),
    H(2, "D(b) Why mentors must reflect and be supervised"),
    P("""A mentor who never reflects repeats their mistakes and can drift into advising or
      rescuing. Each mentor will write a short reflection after every session and meet a
      supervisor from the learning team every two months, where they can talk through a
      session that went badly and check the boundaries. Without supervision, problems such as a
      mentee becoming dependent are noticed too late."""),
    H(1, "References"),
    P("Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD."),
    P("EMCC (2021) Global Code of Ethics for Coaches, Mentors and Supervisors."),
]

CASE = Case(
    name="fx_own_numbering_301",
    unit="8587-301",
    kind="structured-docx",
    files=[SourceFile("Kowalczyk 301 report.docx", BLOCKS)],
    labels={
        "1.1": "loses a third of new housing officers",
        "1.2": "unlike a trainer they do not teach",
        "1.3": "drawn on the EMCC competence framework",
        "1.4": "a named director sponsors the scheme",
        "2.1": "in the café at the community hub",
        "2.2": "the line manager sees only the dates",
        "2.3": "never at a tenant's home",
        "3.1": "winding down and moving on",
        "3.2": "strengths card sort",
        "3.3": "a two-minute review of last month's actions",
        "4.1": "deleted twelve months after the relationship",
        "4.2": "can drift into advising or rescuing",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="The learner's own numbering (A1, B2, D(a)) mapped to ACs only by a table at the start.",
)
