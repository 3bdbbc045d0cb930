"""8587-304 Undertaking an Extended Period of Mentoring: a university library team manager, DOCX with one typed log.

Niamh Costello manages the customer services team of a university library and mentors two
library assistants, "Mentee A" and "Mentee B", from September to December. Everything she
did goes into one log with a Type column (Chemistry, Mentoring, Group, Supervision,
Tutorial, Prep, Cancelled) and lengths in decimal hours, closed by two total rows (mentoring
and supervision). A group session with both mentees (Type "Group") counts once; a prep row is
marked "not counted"; one row is cancelled (fire alarm evacuation). Supervision and her ILM
tutorial sit in the same log, summarised again in prose under 3.4. Word headings by section,
criterion numbers as "AC x.x" sub-headings, an evidence matrix and a signed declaration.

Planted (2): Mentee B's first name in a feedback quote she pastes ("Tomasz"), and an academic
who complained about the team, by title and surname ("Dr Haverstock").
Clean but tricky: her own name; her supervisor named where the log's "Who" column asks is by
role only; the university (University of the North Pennines), the library (Brackley Library),
systems (Alma, Primo, LibAnswers, MS Teams), bodies (CILIP, EMCC), theorists (Clutterbuck,
Megginson, Kolb, Honey and Mumford, Egan, Hawkins) and places (Durham, Hexham).

Assessor's arithmetic (the log, decimal hours x 60):
  Chemistry  02/09 A 0.5 = 30; Chemistry 02/09 B 0.5 = 30
  Mentoring  09/09 A 1.0 = 60; 10/09 B 1.0 = 60; 23/09 A 1.25 = 75; 24/09 B 1.0 = 60;
             07/10 A 1.0 = 60
  Group      14/10 A+B 1.5 = 90 (once)
  Mentoring  21/10 B 1.5 = 90; 28/10 A 1.0 = 60; 11/11 B 1.0 = 60; 18/11 A 1.0 = 60;
             25/11 B 1.25 = 75; 09/12 A 1.0 = 60; 10/12 B 1.0 = 60
  Prep 16/09 1.0 "not counted" -> excluded; Cancelled 08/10 B -> excluded; total rows not added.
  minutes 30+30+60+60+75+60+60+90+90+60+60+60+75+60+60 = 930 (15.5 h); sessions 15;
  individuals 2 (Mentee B = Tomasz).
  Supervision 30/09 1.0 = 60; Tutorial 04/11 0.75 = 45; Supervision 02/12 1.5 = 90
  -> 60+45+90 = 195 (3.25 h).
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Type", "Who", "Hrs", "Notes"],
    ["02/09/24", "Chemistry", "Mentee A", "0.5", "Intro, what mentoring is, does she want to go ahead"],
    ["02/09/24", "Chemistry", "Mentee B", "0.5", "Intro, same"],
    ["09/09/24", "Mentoring", "Mentee A", "1.0", "Agreement signed, learning styles questionnaire"],
    ["10/09/24", "Mentoring", "Mentee B", "1.0", "Agreement signed, learning styles questionnaire"],
    ["16/09/24", "Prep", "Me", "1.0", "Preparing SWOT sheets and goal forms - not counted"],
    ["23/09/24", "Mentoring", "Mentee A", "1.25", "SWOT, goals agreed"],
    ["24/09/24", "Mentoring", "Mentee B", "1.0", "SWOT, goals agreed"],
    ["30/09/24", "Supervision", "Supervisor (Head of Academic Liaison)", "1.0", "Contracting with two mentees in the same team"],
    ["07/10/24", "Mentoring", "Mentee A", "1.0", "GROW: enquiry desk confidence"],
    ["08/10/24", "Cancelled", "Mentee B", "1.0", "Fire alarm, building evacuated, rebooked"],
    ["14/10/24", "Group", "Mentee A + Mentee B", "1.5", "Joint session: planning the induction week stall"],
    ["21/10/24", "Mentoring", "Mentee B", "1.5", "GROW: applying for the systems post"],
    ["28/10/24", "Mentoring", "Mentee A", "1.0", "Handling a complaint from an academic"],
    ["04/11/24", "Tutorial", "ILM tutor", "0.75", "Tutorial on my records and reflections"],
    ["11/11/24", "Mentoring", "Mentee B", "1.0", "Interview preparation"],
    ["18/11/24", "Mentoring", "Mentee A", "1.0", "Running the desk rota"],
    ["25/11/24", "Mentoring", "Mentee B", "1.25", "After the interview"],
    ["02/12/24", "Supervision", "Supervisor (Head of Academic Liaison)", "1.5", "Endings, my development plan"],
    ["09/12/24", "Mentoring", "Mentee A", "1.0", "Review and close"],
    ["10/12/24", "Mentoring", "Mentee B", "1.0", "Review and close"],
    ["", "TOTAL mentoring", "", "15.5", "Chemistry, mentoring and group rows"],
    ["", "TOTAL supervision/tutorial", "", "3.25", ""],
)

MATRIX = T(
    ["AC", "Evidence", "Where to find it"],
    ["1.1", "Mentoring plan", "Section 1, AC 1.1"],
    ["1.2", "Goals for each mentee", "AC 1.2, log 23-24/09"],
    ["1.3", "Mentoring agreements (signed copies in appendix)", "AC 1.3"],
    ["2.1", "Learning styles and SWOT", "AC 2.1"],
    ["2.2", "GROW", "AC 2.2"],
    ["2.3", "Knowledge, skills, behaviours", "AC 2.3"],
    ["2.4", "Log", "AC 2.4"],
    ["3.1", "Reflections", "AC 3.1"],
    ["3.2", "Feedback", "AC 3.2"],
    ["3.3", "Communication review", "AC 3.3"],
    ["3.4", "Supervision", "AC 3.4 and log"],
)

BLOCKS = [
    H(0, "Unit 304 - Undertaking an Extended Period of Mentoring"),
    P("Niamh Costello, Customer Services Manager, Brackley Library, University of the North Pennines"),

    H(1, "Section 1: Setting up"),
    H(2, "AC 1.1"),
    P("""My team of eleven staff the enquiry desks at Brackley Library in Durham and our smaller
      site in Hexham. I offered mentoring to two library assistants who had asked at appraisal
      for help to progress. I planned twelve hours over one semester: a short chemistry meeting
      each, then six or seven sessions each of about an hour, mostly on Monday and Tuesday
      afternoons when the desks are quiet, plus one joint session where their goals overlapped.
      I avoided freshers' week and the January exam period entirely. I booked a seminar room
      on the third floor rather than my office so it felt less like a meeting with the boss,
      and planned two supervision sessions and one tutorial around the mid point and the end."""),
    H(2, "AC 1.2"),
    P("""Goals came from the SWOT in the third meeting with each. Mentee A wanted to feel confident
      running the main enquiry desk on her own, including dealing with complaints, and to take
      over the desk rota by December. Mentee B wanted to apply for the library systems post
      advertised in October and to get better at explaining Alma and Primo problems to people
      who are not technical. Both also wanted to run a stall together at the induction week for
      postgraduates, which became our group session. All goals were written by the mentees and
      linked to the library's customer service plan."""),
    H(2, "AC 1.3"),
    P("""We each signed an agreement covering the number and length of sessions, the dates for the
      semester, cancellation by email with a day's notice, confidentiality and when it would be
      broken (risk of harm, gross misconduct or a safeguarding matter involving students),
      where notes are kept (a locked cabinet, and an encrypted folder on the university drive),
      and how to end early. Because I am also their manager, the agreement separates the two: I
      agreed that nothing from mentoring would be used in their appraisals or probation, and
      the Head of Academic Liaison, who supervised me, co-signed as the stakeholder who would
      hear any concern either mentee had about that. Copies are in the appendix."""),

    H(1, "Section 2: Mentoring"),
    H(2, "AC 2.1"),
    P("""I used two tools with each mentee. The Honey and Mumford learning styles questionnaire
      showed Mentee A as a strong reflector and Mentee B as a pragmatist. For A that meant she
      wanted to watch a difficult enquiry handled before trying, so we arranged for her to sit
      with the senior assistant for two desk shifts before her goal started. For B it meant
      interview preparation had to be practical, mock questions rather than reading. The SWOT
      gave us the goals: A listed 'confrontation' as her main weakness and B listed 'explaining
      tech to non-tech people', which became the second half of his goal."""),
    H(2, "AC 2.2"),
    P("""I followed GROW in every session and wrote the four headings on the session record. In
      the session on 21 October, Mentee B's Goal was an application that showed his systems
      work. Reality: he had done a lot but never written any of it down. Options: keep a list
      for a month, ask colleagues what they had seen him fix, look at the person specification.
      Will: he decided to match three examples to the person specification that week. He got
      an interview. With Mentee A, GROW helped her break 'being confident' into something she
      could act on, starting with handling one complaint from start to finish."""),
    H(2, "AC 2.3"),
    P("""Knowledge: of GROW, of the tools, and of where mentoring stops, for example when Mentee
      A told me she was anxious outside work I pointed her to the staff counselling service and
      did not try to explore it. Skills: open questions, summarising and staying quiet. In the
      session on 28 October Mentee A was upset after a complaint from Dr Haverstock about a
      recall notice, and I let her talk for several minutes before asking "what would you want
      to do differently if it happened tomorrow?" Behaviours: being consistent and fair between
      two mentees in the same team, never comparing them, and keeping to time."""),
    H(2, "AC 2.4"),
    P("""Everything is in one log, with the Type column showing what kind of activity each row
      is. Chemistry meetings are counted as mentoring; prep is not. The joint session on 14
      October was one session with both mentees and is counted once at 1.5 hours. Each
      mentoring row has a session record with GROW headings and actions (appendix)."""),
    LOG,

    H(1, "Section 3: Review"),
    H(2, "AC 3.1"),
    P("""After every session I wrote three lines: what happened, what I learnt, what I will do
      next time (a cut-down Kolb cycle). Early key learning was that I talk too much when a
      mentee is quiet. Mid-way, after the cancelled session, I learnt to rebook on the spot
      rather than by email. After the 28 October session I realised I had wanted to go and
      sort out the complaint myself, which is a manager's reflex, not a mentor's, and that I
      need to leave problems with the mentee. These points went into my CPD record for CILIP
      revalidation."""),
    H(2, "AC 3.2"),
    P("""I asked for feedback at the end of every session with two questions on a sticky note:
      what was useful, what should I do differently. Mentee A said in October that she liked
      having the goals written down in front of her. Mentee B wrote after the interview session:
      "The mock questions were brilliant, but you answered one for me. Let me struggle a bit! -
      Tomasz". I took that on board for the last two sessions. The supervisor also gave me
      feedback from my records at both supervision sessions."""),
    H(2, "AC 3.3"),
    P("""Questioning: I started with too many 'why' questions, which Mentee A heard as criticism;
      I switched to 'what' and 'how'. Listening: using Egan's SOLER reminded me to turn my chair
      away from the screen. My reflections show I interrupted less from October. Feedback: I
      gave clear feedback on B's application draft, starting with what was strong and then one
      specific change, and asked A to rate herself first before I said anything about the
      complaint. I need to get better at feedback that challenges rather than reassures."""),
    H(2, "AC 3.4"),
    P("""Supervision 1 (30 September, one hour): the main outcome was to contract explicitly about
      the manager/mentor overlap, which led to the appraisal clause. Tutorial (4 November, 45
      minutes): my tutor looked at my records and asked me to write actions in the mentees'
      words, which I did from then on. Supervision 2 (2 December, an hour and a half): we
      discussed endings; the outcome was to plan a proper final session for each mentee with a
      look back at the first SWOT, and to start my development plan for unit 305. Between them
      these sessions stopped me treating mentoring as another form of management."""),

    H(1, "Evidence matrix"),
    MATRIX,
    P("""I declare that this portfolio is my own work and that the mentoring described took place.
      Niamh Costello, 16 December 2024."""),
]

CASE = Case(
    name="t_8587_304_library_b_docx",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("304 Niamh Costello portfolio.docx", BLOCKS)],
    labels={
        "1.1": "I avoided freshers' week and the January exam period entirely",
        "1.2": "explaining Alma and Primo problems to people who are not technical",
        "1.3": "nothing from mentoring would be used in their appraisals or probation",
        "2.1": "sit with the senior assistant for two desk shifts",
        "2.2": "match three examples to the person specification that week",
        "2.3": "what would you want to do differently if it happened tomorrow?",
        "2.4": "is counted once at 1.5 hours",
        "3.1": "which is a manager's reflex, not a mentor's",
        "3.2": "Let me struggle a bit!",
        "3.3": "turn my chair away from the screen",
        "3.4": "stopped me treating mentoring as another form of management",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Tomasz", "Dr Haverstock"],
        # 30+30+60+60+75+60+60+90(group, once)+90+60+60+60+75+60+60 = 930 (prep, cancelled and
        # total rows excluded)
        "minutes": 930,
        "sessions": 15,
        "individuals": 2,
        # supervision 60 + tutorial 45 + supervision 90 = 195
        "supervision_minutes": 195,
    },
    about="University library manager mentoring two assistants; one log with a Type column (chemistry, mentoring, group, supervision, tutorial, prep not counted, cancelled) in decimal hours with two total rows; evidence matrix; mentee's first name in a pasted feedback quote and a complaining academic by title.",
)
