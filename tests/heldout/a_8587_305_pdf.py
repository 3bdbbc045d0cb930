"""8587-305 Reflective journal: a university library supervisor's PDF that points at appendices.

Dafydd Price mentored two library assistants for unit 304 and writes his 305 reflective
journal as one PDF (saved from Word). His evidence matrix and his AC 1.1 section both
point at Appendix 3, where the examination of his records, supervision and feedback
actually is: the label is there, not in the matrix row nor in the pointer. The matrix
points AC 2.2 at "Appendix 5", which is not in the file: he never produced the six-month
development plan, so 2.2 is unanswered (label None).

Fully anonymised: Mentee 1 and Mentee 2 throughout; full of theorists (Schön, Gibbs, Kram,
Luft and Ingham, Clutterbuck, Garvey), the Johari window, the university and its city,
his own name and registration number on the cover, and his supervisor named on the
supervision notes form that asks for her name. No practice expectations: the unit has no
practice requirement and the journal holds no session log.
"""

from corpus.case import B, Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Unit 305 Reflecting on Mentoring Skills within an Organisational Context"),
    H(1, "Reflective Journal"),
    T(
        ["Name of learner", "Dafydd Price"],
        ["Registration number", "ILM305-77231"],
        ["Signature", "D. Price"],
        ["Date completed", "14/03/2025"],
    ),
    P("""I confirm that this reflective journal is my own work. The people I mentored are
      referred to as Mentee 1 and Mentee 2 to protect their confidentiality."""),
    H(2, "Unit 305 Reflective Journal evidence matrix"),
    T(
        ["Unit 305", "Reflective Journal Evidence Title", "Reference Number"],
        ["AC 1.1 Examine the effectiveness of their own mentoring practice based on evidence, including records, supervision and feedback",
         "Examination of my mentoring evidence", "Appendix 3"],
        ["AC 1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills",
         "Strengths and areas for improvement", "Section 2"],
        ["AC 2.1 Review own mentoring ability to identify future development opportunities, including the use of questioning, listening and communication strategies",
         "Review of my mentoring ability", "Section 3"],
        ["AC 2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success",
         "CPD plan", "Appendix 5"],
    ),

    H(1, "Introduction"),
    P("""I am a customer services supervisor in the library at Wessex University in Southampton.
      For unit 304 I mentored two new library assistants over three months, for just over
      twelve hours in total. This journal looks back on that mentoring as a whole. I have
      used Schön's idea of reflection-on-action and Gibbs' reflective cycle to structure my
      thinking, and the evidence I draw on is my mentoring diary, reflective logs, the
      feedback forms from both mentees and the notes of my two supervision sessions."""),

    H(1, "Section 1 – AC 1.1 Effectiveness of my mentoring practice"),
    P("""I have examined the effectiveness of my practice in Appendix 3, where I go through my
      records, the two supervision sessions and the feedback from both mentees in turn. Please
      see Appendix 3."""),

    H(1, "Section 2 – AC 1.2 Strengths and areas for improvement"),
    P("""To identify my strengths and areas for improvement I completed a SWOT analysis after
      the last session, and I used the Johari window (Luft and Ingham) to compare what I
      thought about myself with what my mentees and supervisor told me."""),
    T(
        ["Strengths", "Weaknesses"],
        ["Knowledge of the library and the university; patient; well organised; good at making people feel welcome",
         "Tend to give advice too quickly; avoid challenge; my records were sometimes thin"],
        ["Opportunities", "Threats"],
        ["The university's staff mentoring network; EMCC webinars; a second cohort of new assistants in September",
         "Busy periods around exams squeeze out time to reflect; mentoring people in my own team"],
    ),
    P("""Knowledge: I know the organisation well but my knowledge of mentoring theory was
      thin at the start, and I leaned on GROW for everything. Skills: my communication is
      clear and warm, but the Johari window exercise showed a blind spot that both mentees
      named: when they hesitated I filled the gap with my own experience, so my interpersonal
      warmth sometimes became a way of taking over. Behaviour: I am reliable and I kept every
      session, which Mentee 2 said mattered more to her than anything I said."""),

    H(1, "Section 3 – AC 2.1 Review of my mentoring ability and development opportunities"),
    P("""Questioning: my records show that in the first three sessions most of my questions
      were closed, and by the last sessions about half were open. The next step for me is to
      use more challenging questions, because Clutterbuck's point that a mentor should
      stretch as well as support is the part of the role I find hardest. The opportunity I
      have chosen is the staff mentoring network's peer practice group, where mentors
      observe each other."""),
    P("""Listening: I listen well for facts but not always for feelings. My supervisor
      suggested recording a session (with consent) and listening back for the moments I
      missed an emotion, which I will do with my next mentee."""),
    P("""Communication strategies: I want to get better at giving developmental feedback
      without softening it until it disappears. An EMCC webinar on feedback in mentoring is
      running in April, and Garvey's work on mentoring conversations is on my reading list."""),

    H(1, "Conclusion"),
    P("""Looking back, the mentoring was effective for both mentees, who met their goals, but
      I relied too much on advice and not enough on questions. I intend to agree my next
      steps with my supervisor."""),

    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("Garvey, B., Stokes, P. and Megginson, D. (2018) Coaching and Mentoring: Theory and Practice. 3rd edn. London: Sage."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    P("Kram, K. E. (1985) Mentoring at Work. Glenview: Scott Foresman."),
    P("Luft, J. and Ingham, H. (1955) The Johari window. Los Angeles: UCLA."),
    P("Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."),

    H(1, "Appendix 1 – Mentee feedback (ILM form, summary of ratings)"),
    T(
        ["Key mentor attribute", "Mentee 1", "Mentee 2"],
        ["Builds rapport", "9", "10"],
        ["Is non-judgemental", "9", "9"],
        ["Shows listening skills", "8", "7"],
        ["Uses questioning skills to help me self-reflect", "6", "6"],
        ["Challenges me", "5", "6"],
    ),
    H(1, "Appendix 2 – Supervision notes"),
    T(
        ["Outcomes of a supervision session", ""],
        ["Name of supervisor", "Ms Priya Natarajan"],
        ["Dates", "22/01/2025 and 26/02/2025"],
    ),
    B("""22/01: my tendency to advise; agreed to try 'what have you tried already?' before
      offering anything."""),
    B("""26/02: endings; agreed a final review session for each mentee and a recording of a
      future session to listen back to."""),

    H(1, "Appendix 3 – Examination of my mentoring evidence"),
    P("""Records. My diary shows every session took place as planned, which is unusual in a
      library in January. But reading the records back, the 'options' box is almost always
      filled with options I suggested, which tells me I was leading. The reflective logs for
      sessions 4 and 5 with Mentee 1 both say 'ran over time', because I told long
      stories about my own first year."""),
    P("""Supervision. Both supervision sessions came back to the same point, that I advise
      too quickly. After the first one I started asking what the mentee had already tried,
      and the records from then on show more of the mentees' own ideas. This is the clearest
      evidence that supervision changed my practice."""),
    P("""Feedback. The ratings in Appendix 1 are high for rapport and lowest for questioning
      and challenge, which matches what my supervisor said. Mentee 1 wrote that she 'would
      have liked to be pushed a bit more', the most useful sentence anyone wrote about my
      mentoring. Taken together, the evidence says I was an effective supporter but not yet
      an effective challenger."""),
]

CASE = Case(
    name="a_8587_305_pdf",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("Unit 305 Reflective Journal - D Price.pdf", JOURNAL)],
    labels={
        "1.1": "the 'options' box is almost always filled with options I suggested",
        "1.2": "my interpersonal warmth sometimes became a way of taking over",
        "2.1": "peer practice group, where mentors observe each other",
        "2.2": None,
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
    },
    about="Library supervisor's 305 journal as one PDF; matrix and AC 1.1 point at Appendix 3; AC 2.2 points at a missing appendix (unanswered); clean.",
)
