"""8587-305 Reflecting on Mentoring Skills: a hotel spa manager's reflective journal as plain text with a typed matrix and pasted feedback.

Carla Mendes manages the spa at a country house hotel in the Cotswolds. For 304 she mentored
two newly promoted senior therapists, "Mentee 1" and "Mentee 2", from October to February.
Her 305 journal is a .txt she typed in Notepad: title lines, an "EVIDENCE MATRIX" typed as
dotted lines (AC number and the full criterion text, then where to find it), then "PART 1",
"AC 1.2 and 2.1" and "PLAN (2.2)" as typed capitals. No declaration.

Shapes: 1.1 answered in two places - records and outcomes in PART 1's first paragraphs, then a
paragraph about the spa's busy season that answers nothing, then "(1.1 cont.)" on feedback
and supervision, with Mentee 2's feedback form pasted in (signed with her real name) and an
e-mail she sent pasted below it (her personal address in the header). 1.2 and 2.1 share one
label, one paragraph each, with strengths and areas also carried into a short list. The plan
is a pipe-typed table March to September (seven months), with timescales and measures.

Planted (3): the name under the pasted feedback form ("Jodie Harrop"), the personal e-mail in
the pasted e-mail header ("jodieh_88@hotmail.co.uk"), and the first name alone in the 1.2
paragraph ("Jodie"). Not identifying: Carla's own name, Mentee 1 / Mentee 2, the hotel's
general manager and HR by role, Hartwell Manor, the Cotswolds, Cheltenham, Elemis, ESPA,
Kolb, Gibbs, Clutterbuck, Megginson, Egan, Johari, Hawkins.

Evidence matrix expected and present (typed); no declaration.
"""

from corpus.case import Case, P, SourceFile, T

BLOCKS = [
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("UNIT 305 - REFLECTING ON MENTORING SKILLS WITHIN AN ORGANISATIONAL CONTEXT"),
    P("Reflective journal - Carla Mendes - Spa Manager, The Orangery Spa at Hartwell Manor"),

    P("EVIDENCE MATRIX"),
    P("AC 1.1 Examine the effectiveness of their own mentoring practice based on evidence, including records, supervision and feedback ........ Part 1 (both halves) + pasted feedback form"),
    P("AC 1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills ........ AC 1.2 and 2.1 section, first paragraph"),
    P("AC 2.1 Review own mentoring ability to identify future development opportunities, including the use of questioning, listening and communication strategies ........ AC 1.2 and 2.1 section, second paragraph"),
    P("AC 2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success ........ PLAN (2.2)"),
    P("Name: Carla Mendes   Date completed: 07/03/25"),

    P("PART 1 - HOW EFFECTIVE WAS MY MENTORING"),
    P("""Background - I mentored two therapists I promoted to senior therapist in September. Mentee 1
      has been with us eight years and now leads therapists who used to be her peers, some older
      than her. Mentee 2 is 24, very ambitious and wants to be a spa manager within three years.
      I did 7 sessions with Mentee 1 and 6 with Mentee 2, in the relaxation room before opening
      or in the hotel's library, and kept a log, a record sheet for each session and my own
      reflective notes (Gibbs style, not every time)."""),
    P("""Reading my records back the first thing I notice is that my notes go vague exactly where the
      sessions went badly. Session 3 with Mentee 1 says "discussed team issues, some upset" and
      nothing else, and that was the one where she cried about a therapist refusing to do the late
      shift, and I went into manager mode and said I'd sort it. The records for the sessions that
      went well are full, with her actions in her own words. So the records tell me where I was
      effective (goal setting, getting to actions, follow up - every action was reviewed the
      next session) and where I wasn't. Outcomes: Mentee 1 now runs the Monday team huddle herself
      and did the rota for January with no complaints to me. Mentee 2 hit her retail target three
      months running and has applied for the assistant manager course."""),
    P("""December was a nightmare with the Christmas packages, we did 140 treatments some weeks and
      two therapists off sick, so everything including mentoring got squeezed and I moved two
      sessions. The Elemis and ESPA stock takes also fell in that month."""),
    P("""(1.1 cont.) Feedback and supervision. I asked both mentees to fill in a short feedback form
      at session 3 and at the end. Mentee 1's end form said I was "supportive but sometimes I feel
      you already know what you want me to say". Mentee 2's is below. My tutor gave me supervision
      twice, once on the phone in November and once face to face in January, and she asked me to
      bring one session I was unhappy with - I took session 3 above. Her view was that I had
      rescued and that the boundary between being her manager and her mentor was blurred, which
      fits Mentee 1's comment. Putting the records, feedback and supervision side by side, I was
      effective at structure and at keeping going, less effective at letting them find their own
      answers when it got emotional."""),
    P("MENTEE FEEDBACK FORM - END OF MENTORING"),
    T(
        ["Question", "Answer"],
        ["What was most useful?", "Having time to plan my career properly and the retail ideas we came up with"],
        ["What could your mentor do differently?", "Let me finish before jumping in sometimes"],
        ["Overall (1-5)", "5"],
        ["Signed", "Jodie Harrop"],
        ["Date", "14/02/25"],
    ),
    P("""From: jodieh_88@hotmail.co.uk
      Sent: 15 February 2025 21:47
      Subject: thank you!!
      Just wanted to say thanks for the mentoring, I didn't think I'd get anything out of it
      but I've actually got a plan now x"""),

    P("AC 1.2 and 2.1"),
    P("""Strengths and areas. Knowledge - I know the spa business and treatments inside out; product
      knowledge is where I'm strongest and it gets in the way, because I answer questions before
      the mentee has thought about them. I know GROW well but not much else (Clutterbuck and
      Megginson's book is still half read). Skills - I'm organised, I set clear actions and I
      follow up. I'm weaker at silence and at open questions when the topic is emotional. Behaviour
      - reliable, warm, positive; but I rescue, and I carry the manager role into mentoring.
      Communication - clear, friendly, good at summarising; I interrupt (both mentees said it,
      Jodie on the form). Interpersonal - I build rapport quickly and people trust me, but I'm
      uncomfortable when someone is upset and I try to fix it to make it stop."""),
    P("""Review of my ability and where to go next. Questioning - I need more genuinely open questions
      and fewer leading ones; the opportunity is to practise clean language questions with the
      other spa managers in our group's peer mentoring circle, where I'm not their boss. Listening -
      I'm going to use Egan's SOLER and count to five before speaking, and ask my tutor for one
      more observed session so I get feedback on it rather than my opinion. Communication - I need
      to say out loud at the start which hat I'm wearing, mentor or manager, and agree with the
      mentee what happens when something comes up that needs the manager. Other opportunities:
      the ILM Level 5 coaching and mentoring taster day in Cheltenham, the group's monthly
      supervision circle for managers who mentor, and reading Hawkins on supervision."""),
    P("To sum up: strengths - organised, trusted, follows up. To improve - silence, open questions, rescuing, two hats."),

    P("PLAN (2.2)"),
    P("Month | What | How | Measure of success"),
    P("March | Open questions | Write opening questions in advance, join the peer mentoring circle | At least 3 circle sessions attended by end of April"),
    P("April | Listening | SOLER + count to five; audio record one session a month with consent | Recordings show I let the mentee finish every time"),
    P("May | Two hats | New contract wording on manager/mentor roles, agreed with HR | Used with my next mentee, no confusion reported in feedback"),
    P("June | Knowledge | Finish Clutterbuck & Megginson, try the wheel of life and Johari | Both tools used in real sessions by end of July"),
    P("July | Observed session | Tutor observes one session | Tutor feedback shows fewer interruptions than November"),
    P("August | Emotion | Supervision focus on staying with upset without fixing; Kolb cycle after each session | Reflective notes full for hard sessions, not vague"),
    P("September | Review | Feedback forms from two new mentees, compare with this year | Average 4.5+ and 'let me finish' comments gone"),
]

CASE = Case(
    name="zd_b_8587_305_day_spa_txt",
    unit="8587-305",
    kind="numbered-unstyled",
    files=[SourceFile("305 reflective journal Carla Mendes.txt", BLOCKS)],
    labels={
        "1.1": "my notes go vague exactly where the sessions went badly",
        "1.2": "product knowledge is where I'm strongest and it gets in the way",
        "2.1": "practise clean language questions with the other spa managers",
        "2.2": "audio record one session a month with consent",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": True,
        "identifying": ["Jodie Harrop", "jodieh_88@hotmail.co.uk", "Jodie"],
    },
    about="Hotel spa manager's 305 journal as Notepad text: a typed dotted-line matrix, 1.1 split by an off-topic paragraph and resumed '(1.1 cont.)', a pasted feedback form signed with a mentee's real name and her e-mail with a personal address, the first name in 1.2, 1.2 and 2.1 under one label, a pipe-typed seven-month plan; no declaration.",
)
