"""8587-304 Extended mentoring: one long DOCX with no heading styles, from a housing association.

Siobhan Kelly, a neighbourhood manager, mentors a new housing officer (Mentee A) and a
tenancy support worker (Mentee B). She typed her own section titles in Normal style
("Section 5 – AC 2.2, 2.3 and 2.4 ..."), put a contents table at the front pointing at her
sections, wrote long context before the answer in several sections (the answer to AC 1.1
comes after two paragraphs and a table), and answered three criteria under one title.
Fully anonymised: pseudonyms throughout, but full of theorists, models, places and
organisations, her own name and registration number on the cover, and the supervisor's
name where the supervision form asks for it.

Practice, as an assessor counts it (the log in section 5, sorted by mentee):
    Mentee A: "90 minutes" 90, "2½ hours" 150, "1 hr 15" 75, "45 mins" 45, "10:00–11:30" 90 = 450
    Mentee B: "1 hour" 60, "1h 45m" 105, "90 mins" 90, "14:00–15:00" 60, "1 hour 30 minutes" 90 = 405
    -> 855 minutes (14 h 15), 10 sessions, 2 individuals.
    Not counted: "Subtotal Mentee A 7 h 30", "Subtotal Mentee B 6 h 45", "Grand total 14 h 15".
    Supervision (its own table in section 8): "1 hour" + "1 hr 10" = 130 minutes.
    => minutes 855, sessions 10, individuals 2, supervision 130.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 304 – Undertaking an Extended Period of Mentoring within an Organisational Context"),
    T(
        ["Learner", "Siobhan Kelly"],
        ["Registration number", "S-4471-09"],
        ["Organisation", "Severn Vale Housing, Gloucester"],
        ["Mentees", "Mentee A and Mentee B (pseudonyms used throughout)"],
    ),
    P("""Declaration: I confirm this is my own work and that the mentoring described took place.
      Names of mentees and tenants have been removed. Signed S. Kelly, 9 May 2025."""),
    P("Contents"),
    T(
        ["Section", "Covers", "Where"],
        ["1", "AC 1.1 Mentoring plan", "Section 1"],
        ["2", "AC 1.2 Goals and how they were agreed", "Section 2"],
        ["3", "AC 1.3 Contract", "Section 3"],
        ["4", "AC 2.1 Diagnostic tools", "Section 4"],
        ["5", "AC 2.2, 2.3 and 2.4 Model, skills and records (session log)", "Section 5"],
        ["6", "AC 3.1 Reflection and AC 3.2 Feedback", "Section 6"],
        ["7", "AC 3.3 Communication skills", "Section 7"],
        ["8", "AC 3.4 Supervision", "Section 8, and Appendix 2 for the signed forms"],
    ),

    H(1, "Section 1 – AC 1.1 Produce a plan for effective mentoring to take place for 12 hours"),
    P("""Severn Vale Housing manages about 6,000 homes across Gloucester, Stroud and the Forest
      of Dean. Since 2023 it has run a mentoring scheme for staff in their first year, linked
      to the Chartered Institute of Housing's professional standards. New officers are
      offered a mentor from another team for six months."""),
    P("""The two people I mentored for this unit both joined in January. Mentee A is a housing
      officer who came from a private lettings agency and is used to targets but not to
      tenants with complex needs. Mentee B is a tenancy support worker who had been a care
      worker and is confident with people but new to rent arrears and the legal side of
      tenancy management."""),
    T(
        ["", "Mentee A", "Mentee B"],
        ["Planned sessions", "5", "5"],
        ["Planned length", "1 to 2 hours", "1 to 1.5 hours"],
        ["Frequency", "Fortnightly", "Fortnightly"],
        ["Planned total", "About 7 hours", "About 6 hours"],
    ),
    P("""My plan was for just over 12 hours across both mentees, with sessions every two weeks
      from March to May. I booked the small interview room at the Stroud office for Mentee A,
      because it is away from her own team in Gloucester, and met Mentee B at the Cinderford
      hub because she covers the Forest patch and it saves her an hour's driving. One of Mentee
      A's sessions was planned as a longer estate walkabout, so that she could see how I open
      difficult conversations on the doorstep. Resources I needed were the scheme's mentoring
      handbook, a copy of the tenancy agreement and the arrears procedure, and the Honey and
      Mumford learning styles questionnaire."""),

    H(1, "Section 2 – AC 1.2 Agree appropriate topics, goals and/or outcomes relevant to the context of individual(s) being mentored"),
    P("""Goals were agreed in each mentee's first session. I asked each of them to bring their
      probation objectives and we started from those rather than from what I thought they
      needed, because Clutterbuck stresses that in developmental mentoring the agenda belongs
      to the mentee."""),
    P("""We talked through what was going well and what kept them awake at night, then I asked
      them to write no more than three goals in their own words, and we checked each against
      SMART together."""),
    B("""Mentee A: to carry out ten tenancy sustainment visits on her own by the end of April,
      using the visit checklist, with no complaints from tenants."""),
    B("""Mentee B: to prepare her first arrears case file for a possession hearing that the
      legal team accepts without asking for more evidence, by mid-May."""),
    B("""Both: to know who to go to in the organisation for safeguarding, legal and welfare
      benefit advice, measured by building their own contact map."""),

    H(1, "Section 3 – AC 1.3 Agree an appropriate and confidential contract with individual(s) and other stakeholders"),
    P("""The scheme has its own agreement form, which I adapted using the ILM contract. The
      mentees' line managers are stakeholders: they agreed the time off the job and were told
      that they would hear only whether sessions took place. Each contract covered
      confidentiality and its limits, the number and length of sessions, cancellations, how
      records would be kept and a no-fault ending. Both contracts, anonymised, are in
      Appendix 1."""),
    P("""I was careful about one ethical point. Mentee B's arrears cases include tenants I know
      from my own patch, so we agreed that she would never name a tenant in our sessions and
      I would step out of any case where I had a conflict of interest."""),

    H(1, "Section 4 – AC 2.1 Use diagnostic or assessment tools to effectively mentor within an organisational context"),
    P("""I used the Honey and Mumford learning styles questionnaire with both mentees in the first
      session. Mentee A came out as a strong Activist, which is why the estate walkabout worked
      so well for her, and Mentee B as a Reflector, so I sent her reading before sessions and
      gave her time to think. The second tool was a confidence self-rating against the six areas
      of the housing officer competency framework, which we repeated in the last session: Mentee
      B moved from 3 to 7 on 'legal and enforcement'."""),

    H(1, "Section 5 – AC 2.2, 2.3 and 2.4: Mentoring model, skills and records"),
    P("""These three criteria are answered together, because the model I used, the skills I used
      and my records are all parts of the same sessions."""),
    P("""Model. I used Egan's skilled helper model alongside GROW. Egan's three stages (current
      scenario, preferred scenario, getting there) suited Mentee B, who needed time to explore
      the current picture before setting actions, while GROW kept Mentee A's sessions short and
      focused. The preferred scenario stage is where Mentee B pictured a case file the court
      would accept, which became the checklist she now uses."""),
    P("""Skills and ethics. I used open and probing questions, reflected back feelings as well as
      facts, and summarised before each move to a new stage. When Mentee A described a tenant
      shouting at her I reflected back that she sounded shaken, rather than going straight to
      the procedure, and she said afterwards that was the moment she trusted me. I kept to the
      EMCC global code of ethics, particularly on confidentiality and on working within my
      competence: when Mentee B raised stress I signposted her to the employee assistance
      programme."""),
    P("""Records. Every session has a mentoring record on the ILM template (Appendix 3) and a line
      in the log below, from the first contact to the closing review."""),
    T(
        ["Date", "Mentee", "Length", "Notes"],
        ["04/03/2025", "Mentee A", "90 minutes", "Contract, learning styles, goals"],
        ["18/03/2025", "Mentee A", "2½ hours", "Estate walkabout in Matson and debrief afterwards"],
        ["01/04/2025", "Mentee A", "1 hr 15", "Review of first solo visits"],
        ["15/04/2025", "Mentee A", "45 mins", "Short session – safeguarding referral"],
        ["29/04/2025", "Mentee A", "10:00–11:30", "Closing review, competency re-rating"],
        ["Subtotal Mentee A", "", "7 h 30", ""],
        ["06/03/2025", "Mentee B", "1 hour", "Contract, learning styles, goals"],
        ["20/03/2025", "Mentee B", "1h 45m", "Arrears procedure, first case file"],
        ["03/04/2025", "Mentee B", "90 mins", "Case file review, evidence the court expects"],
        ["17/04/2025", "Mentee B", "14:00–15:00", "Stress, boundaries, referral to EAP"],
        ["01/05/2025", "Mentee B", "1 hour 30 minutes", "Closing review, competency re-rating"],
        ["Subtotal Mentee B", "", "6 h 45", ""],
        ["Grand total", "", "14 h 15", "10 sessions"],
    ),

    H(1, "Section 6 – AC 3.1 Reflect on each session and identify key learning"),
    P("""After each session I completed the reflective log, using Kolb's cycle to move from what
      happened to what I would try next time. Rather than repeat all ten logs here, the main
      learning points were as follows."""),
    P("""My biggest learning was that I over-prepare. In Mentee B's second session I had planned
      every question, and when she wanted to talk about a different case I kept pulling her
      back to my plan. Since then I prepare a goal and two opening questions and nothing else.
      I also learned that a walkabout can be a better mentoring space than a room."""),
    H(1, "AC 3.2 Gather ongoing feedback"),
    P("""I asked for feedback in the last five minutes of every session with the same two
      questions: what helped today, and what should I do differently. Mentee A asked me to
      stop taking notes while she talked, so I now write the record straight after. Both
      mentees also completed the ILM feedback form at the end (Appendix 4); their lowest score
      for me was 'challenges me', which I have taken into my development plan."""),

    H(1, "Section 7 – AC 3.3 Review and evidence own ability to use effective communication skills"),
    P("""Looking back across the records and the feedback, my listening is my strongest skill and
      my feedback is the weakest. I give positive feedback easily but I soften developmental
      feedback so much that the message is lost; Mentee A told me she had not realised I was
      worried about her visit notes until the fourth session. Using Rogers' idea of
      congruence, I have practised saying what I actually think, kindly and once, and in the
      last session I told Mentee B plainly that her case file still lacked a rent statement.
      She fixed it the same day and the legal team accepted it."""),

    H(1, "Section 8 – AC 3.4 Summarise the outcomes of on-going supervision"),
    T(
        ["Date", "Supervisor", "Duration", "Focus"],
        ["25/03/2025", "Scheme supervisor", "1 hour", "Conflict of interest with my own tenants; over-preparing"],
        ["24/04/2025", "Scheme supervisor", "1 hr 10", "Giving developmental feedback; endings"],
    ),
    P("Name of supervisor (as required by the supervision form): Dr Alan Pryce"),
    P("""The first supervision helped me see that my over-preparation was about my own anxiety
      rather than the mentee's needs. The outcome was to trust the mentee to set the agenda.
      In the second, we role-played a feedback conversation, and my supervisor pointed out
      that I apologise before I give any criticism. We agreed I would plan the ending of both
      relationships two sessions ahead so it did not come as a surprise, and that I would
      bring a recording of a session to my next supervision after the course."""),
    P("References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("Egan, G. (2013) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
    P("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. Maidenhead: Peter Honey."),
    P("Kolb, D. A. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    P("Rogers, C. (1961) On Becoming a Person. Boston: Houghton Mifflin."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="a_8587_304_unstyled",
    unit="8587-304",
    kind="numbered-unstyled",
    files=[SourceFile("Unit 304 portfolio S Kelly.docx", BLOCKS)],
    labels={
        "1.1": "small interview room at the Stroud office",
        "1.2": "tenancy sustainment visits",
        "1.3": "step out of any case where I had a conflict of interest",
        "2.1": "moved from 3 to 7",
        "2.2": "pictured a case file the court would accept",
        "2.3": "signposted her to the employee assistance programme",
        "2.4": "from the first contact to the closing review",
        "3.1": "I prepare a goal and two opening questions",
        "3.2": "stop taking notes while she talked",
        "3.3": "lacked a rent statement",
        "3.4": "I apologise before I give any criticism",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,  # her contents table maps every AC to the section holding its evidence
        "minutes": 855,
        "sessions": 10,
        "individuals": 2,
        "supervision_minutes": 130,
        "identifying": [],
    },
    about="Housing association manager; one DOCX without heading styles; contents table; answers after context; three ACs under one title; clean.",
)
