"""8587-302 Undertaking an Extended Period of Coaching: a veterinary head nurse's PDF portfolio, log split over two pages.

Sian Pritchard-Holt is head nurse at a three-vet small animal practice in Shrewsbury and
coaches two registered veterinary nurses, "Coachee A" and "Coachee B". Her portfolio opens
with the centre's cover sheet table. The coaching log was a Word table that ran onto a second
page, so she split it herself: the first part ends with a "Carried forward" row and the second
starts with "Brought forward", then a Total row. One session was cancelled (an emergency
caesarean), one was a did-not-attend (sickness), the last row is a planned three-month
follow-up, and one session was observed by her supervisor, who debriefed her afterwards. Her
supervision table has the observation debrief, two supervision sessions and one that was
cancelled and not rearranged. Answers under the ACs as headings ("1.1 - Coaching plan").

Planted (2): Coachee B's real first name slips into a reflection ("Priya"); the practice
manager's work e-mail, given as the stakeholder contact in the contract section
("marcus.bell@fernleighvets.co.uk").

Clean but tricky: her own double-barrelled name on the cover and declaration; the assessor
named where the cover sheet asks; the practice (Fernleigh Veterinary Group), the RCVS;
Shrewsbury, Telford; job titles (Clinical Director, Practice Manager, RVN); CLEAR (Hawkins),
GROW (Whitmore), Honey and Mumford's learning styles questionnaire, a Johari window;
supervisor by role (an external coach supervisor).

Assessor's arithmetic (log in 2.4, two parts):
  Part 1: 03/02 A 60; 05/02 B 60; 10/02 A 60; 12/02 B 45; 17/02 A cancelled (excluded);
          19/02 B 60; 24/02 A 75; 26/02 B 60  -> 60+60+60+45+60+75+60 = 420, 7 sessions
          "Carried forward 420 mins" row -> never added.
  Part 2: "Brought forward 420" row -> never added.
          03/03 A 60; 05/03 B 90 (observed, counts); 10/03 A 60; 12/03 B DNA (excluded);
          17/03 A 90; 19/03 B 60; 24/03 A 60; 26/03 B 75; 30/06 A+B planned (excluded)
          -> 60+90+60+90+60+60+75 = 495, 7 sessions
  Total row "915 mins (15 hrs 15)" restates -> never added.
  minutes 420+495 = 915; sessions 14; individuals 2 (A, B; "Priya" is B).
  Supervision table: 14/02 60 + 05/03 debrief after observation 20 + 21/03 75
                     + 28/03 cancelled, not rearranged (excluded) -> 60+20+75 = 155.
"""

from corpus.case import Case, H, P, SourceFile, T

COVER = T(
    ["ILM Level 3 Certificate in Effective Coaching and Mentoring - Assessment Cover Sheet", ""],
    ["Learner name", "Sian Pritchard-Holt"],
    ["ILM registration no.", "21873466"],
    ["Centre", "Marches Training Partnership"],
    ["Unit", "8587-302 Undertaking an Extended Period of Coaching"],
    ["Assessor", "David Mensah"],
    ["Date submitted", "7 April 2025"],
    ["Word count (excluding log)", "2,140"],
)

LOG_PART_1 = T(
    ["No.", "Date", "Coachee", "Time", "Mins", "Focus", "Status"],
    ["1", "03/02/25", "A", "08:00-09:00", "60", "Contracting, coaching agreement, Honey & Mumford questionnaire", "Held"],
    ["2", "05/02/25", "B", "13:00-14:00", "60", "Contracting, Johari window, what she wants from coaching", "Held"],
    ["3", "10/02/25", "A", "08:00-09:00", "60", "Goal setting, GROW", "Held"],
    ["4", "12/02/25", "B", "13:15-14:00", "45", "Goal setting - leading the nurse clinics", "Held"],
    ["5", "17/02/25", "A", "-", "-", "-", "Cancelled - emergency caesarean, all hands in theatre"],
    ["6", "19/02/25", "B", "13:00-14:00", "60", "Confidence speaking to clients about costs", "Held"],
    ["7", "24/02/25", "A", "07:45-09:00", "75", "Delegating to the student nurses", "Held"],
    ["8", "26/02/25", "B", "13:00-14:00", "60", "Planning her first weight clinic", "Held"],
    ["", "Carried forward", "", "", "420", "7 sessions", ""],
)

LOG_PART_2 = T(
    ["No.", "Date", "Coachee", "Time", "Mins", "Focus", "Status"],
    ["", "Brought forward", "", "", "420", "7 sessions", ""],
    ["9", "03/03/25", "A", "08:00-09:00", "60", "Delegation - what got in the way", "Held"],
    ["10", "05/03/25", "B", "12:30-14:00", "90", "Role play of an estimate conversation. Observed by my supervisor", "Held"],
    ["11", "10/03/25", "A", "08:00-09:00", "60", "Feedback from the student nurses", "Held"],
    ["12", "12/03/25", "B", "-", "-", "-", "DNA - off sick, not rebooked that week"],
    ["13", "17/03/25", "A", "07:30-09:00", "90", "Rota planning, saying no to the Clinical Director", "Held"],
    ["14", "19/03/25", "B", "13:00-14:00", "60", "Weight clinic numbers, what next", "Held"],
    ["15", "24/03/25", "A", "08:00-09:00", "60", "Final review against goals", "Held"],
    ["16", "26/03/25", "B", "13:00-14:15", "75", "Final review against goals", "Held"],
    ["17", "30/06/25", "A + B", "tbc", "", "3 month follow-up", "Planned"],
    ["", "Total", "", "", "915 (15 hrs 15)", "14 sessions held", ""],
)

SUPERVISION = T(
    ["Date", "Type", "Length", "Outcomes"],
    ["14/02/25", "Supervision with external coach supervisor (Teams)", "60 mins", "Contracting with two nurses I also line manage; agreed to name the 'coach hat' at the start of each session"],
    ["05/03/25", "Debrief after observed session 10", "20 mins", "I rescued B when she went quiet in the role play instead of waiting"],
    ["21/03/25", "Supervision with external coach supervisor (face to face, Telford)", "1 hr 15", "Endings; using CLEAR to contract for the final review; my own CPD plan"],
    ["28/03/25", "Group supervision", "-", "Cancelled by supervisor, not rearranged"],
)

BLOCKS = [
    COVER,
    H(0, "Unit 302 - Undertaking an Extended Period of Coaching"),
    P("Fernleigh Veterinary Group, Shrewsbury - Head Nurse"),

    H(1, "1.1 - Coaching plan"),
    P("""I planned to coach two RVNs for at least six hours each, so twelve hours in all, over
      February and March. Coachee A is a nurse of ten years who has just become our theatre
      lead; Coachee B qualified eighteen months ago and wants to run the nurse clinics.
      Sessions were booked for an hour, Mondays 8am for A before consults start and
      Wednesday lunchtimes for B, in the small consult room at the back. I built in two
      spare weeks because emergencies always win in a vet practice and I knew some
      sessions would be lost. The plan set out the tools I would use, the GROW model, a
      session record for each meeting, a feedback slip after every session, and two
      supervision sessions with an external coach supervisor the practice agreed to pay for."""),

    H(1, "1.2 - Topics, goals and outcomes"),
    P("""Goals were agreed in each coachee's second session, after the diagnostics.
      Coachee A: to delegate routine theatre prep to the two student nurses so that she is
      free to monitor anaesthetics, and to plan the nurse rota a month ahead. Coachee B: to
      set up and run a monthly weight clinic on her own and to talk to clients about
      estimates without going red and handing them to a vet. Both goals were linked to the
      practice plan, which has growing nurse-led clinics as a target this year, so the
      Clinical Director was happy with them."""),

    H(1, "1.3 - Contract"),
    P("""Each coachee signed a coaching agreement at the first session: dates and length,
      24 hours' notice to cancel except for emergencies, what is confidential and the limits
      (animal welfare, anything against the RCVS Code, or a risk to someone), where my notes
      are kept (locked cabinet, password-protected folder), and that nothing from coaching
      goes into their appraisals even though I am their line manager. The stakeholder part
      was agreed with our Practice Manager (marcus.bell@fernleighvets.co.uk), who signed to
      say he would get a summary of progress against the goals only, never session content.
      Copies of the agreements, with names removed, are in Appendix 1."""),

    H(1, "2.1 - Diagnostic and assessment tools"),
    P("""With A I used the Honey and Mumford learning styles questionnaire. She came out
      strongly Activist and low Reflector, which explained why she did everything herself:
      it was quicker than explaining. That changed how we approached delegation, starting
      with short written checklists for the students rather than long briefings. With B we
      drew a Johari window together. Her blind spot, which the other nurses had told me
      about, was that clients trusted her but she believed they only wanted a vet. Seeing
      that written down surprised her and it set up her estimates goal. I also used a
      simple 1 to 10 confidence scale at the start and end of every session with both."""),

    H(1, "2.2 - Coaching model"),
    P("""I used GROW throughout. In session 10 with B, the Goal for the hour was to get through
      an estimate conversation for a dental without handing over to a vet. Reality: she had
      done it twice, both times with the vet in the room. Options she came up with: use the
      estimate sheet as a script, practise with me, or start with clients she knew. Will: a
      role play then, and two real estimates by the next session. She did three."""),

    H(1, "2.3 - Knowledge, skills and behaviours"),
    P("""Knowledge: I know the clinical side well, which was a risk, because I kept wanting to
      teach. Skills: open questions, summarising, and reflecting back feelings, for example
      "it sounds like you feel you're taking the vet's job". Behaviours: I kept every session
      on time even on busy days, and I was careful with confidentiality in a small practice
      where everybody talks in the prep room. When A told me in session 13 that she felt
      bullied by a locum vet I checked our agreement with her, we agreed it needed to go to
      the Practice Manager, and she chose to raise it herself, with me there."""),

    H(1, "2.4 - Coaching log"),
    P("""The log ran over two pages in Word, so I have carried the minutes forward. Session 5
      was lost to an emergency caesarean and B was off sick for session 12. Session 10 was the
      one my supervisor observed."""),
    LOG_PART_1,
    P("Coaching log (continued)"),
    LOG_PART_2,
    P("""Each held session has a session record (Appendix 2) with the confidence scores, what
      was agreed and the feedback slip, so the process can be followed from the first
      contact e-mail in January to the final reviews."""),

    H(1, "3.1 - Reflection on each session and key learning"),
    P("""After every session I wrote a short reflection using three headings: what happened,
      what I noticed about myself, what I will do next time. Key learning came early: in
      session 2 I filled every silence, and B told me nothing. By session 6 I had learnt to
      count to five. With A the learning was about my own habits, because she does exactly
      what I used to do as theatre lead, and I caught myself giving her my rota instead of
      helping her plan her own. Priya said in her last session that the silences were the
      bit she hated most and got most from, which I have written down as my main learning
      for CPD: leave space, even when it is uncomfortable."""),

    H(1, "3.2 - Feedback on my coaching"),
    P("""Both coachees filled in a feedback slip at the end of every held session: how useful
      (1 to 5), what helped, what I could do differently. A's scores went from 3 to 5. B's
      comment after session 4 was "you asked me the same question three times in different
      words and the third time I actually answered it", which I took as a good thing. My
      supervisor's observation gave me feedback too (see 3.4). The slips are in Appendix 3."""),

    H(1, "3.3 - Review of my communication skills"),
    P("""Questioning: at the start my questions were often closed and clinical ("Have you
      checked the anaesthetic machine?"), which is how we talk on the floor. By March I was
      mostly asking open questions, and the best sessions were the ones where I asked
      fewer of them. Listening: my supervisor pointed out that I nod along and then jump in.
      I now let the coachee finish and summarise before I speak. Giving feedback: I am
      better at praise than challenge. I let A off too lightly when she missed an action in
      session 9, and I should have asked her about it directly."""),

    H(1, "3.4 - Supervision outcomes"),
    P("""My supervision record is below. The first session was about contracting with people
      I also manage: the outcome was to say at the start of each session that I was wearing
      my coaching hat, and it worked. The debrief after session 10 was short but the most
      useful thing in the whole unit: I rescued B the moment she went quiet in the role play,
      and from then on I waited. The second full supervision looked at endings and how to
      use the CLEAR model for the final reviews, and we agreed my CPD plan for next year."""),
    SUPERVISION,

    P("""Learner declaration: I declare that this portfolio is my own work and that the coaching
      and supervision took place as recorded. Signed Sian Pritchard-Holt, 7 April 2025"""),
]

CASE = Case(
    name="u_8587_302_vets_pdf",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("8587-302 Pritchard-Holt portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "I built in two spare weeks because emergencies always win",
        "1.2": "to talk to clients about estimates without going red",
        "1.3": "nothing from coaching goes into their appraisals",
        "2.1": "She came out strongly Activist and low Reflector",
        "2.2": "Will: a role play then, and two real estimates",
        "2.3": "she chose to raise it herself, with me there",
        "2.4": "I have carried the minutes forward",
        "3.1": "I caught myself giving her my rota",
        "3.2": "the third time I actually answered it",
        "3.3": "I let A off too lightly",
        "3.4": "I was wearing my coaching hat, and it worked",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Priya", "marcus.bell@fernleighvets.co.uk"],
        # part 1: 60+60+60+45+60+75+60 = 420 (7); part 2: 60+90+60+90+60+60+75 = 495 (7)
        # c/f, b/f and Total rows, cancelled, DNA and planned rows excluded: 420+495 = 915
        "minutes": 915,
        "sessions": 14,
        "individuals": 2,
        # 60 + 20 (observation debrief) + 75 = 155; cancelled group supervision excluded
        "supervision_minutes": 155,
    },
    about="Vet practice head nurse's 302 PDF: cover sheet table, coaching log split over two pages with carried/brought forward and Total rows, cancelled, DNA and planned rows, an observed session; supervision table with debrief and a cancelled row; coachee's first name and a manager's e-mail planted.",
)
