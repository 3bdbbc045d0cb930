"""8587-302 Extended Period of Coaching: a commercial print works' production manager, PDF portfolio.

Lorraine Bexley is Production Manager at a litho and digital print works in Stockport and
coaches two people: a machine minder newly promoted to shift supervisor (Coachee A) and a
pre-press planner who wants to step up (Coachee B). The PDF opens with a centre cover sheet
(a two-column table) on which she claims her total hours and supervision, and signs the
declaration. Headings carry the AC numbers. The coaching log is a table of Date / Start /
End / Coachee / Notes, with lengths only in the times; one row is a session that was
rescheduled (press breakdown) and appears again on its new date; one row is a three-way
contracting meeting with Coachee B's manager that she marks as not counted; a TOTAL row.
The observed session on 19/11 is in the log once, and its debrief is in the separate
supervision log, which also has a cancelled supervision row. OSCAR model.

Planted (2): the night shift supervisor's full name in a log note ("Gary Sutcliffe") and
Coachee B's mobile number in the contracting section ("07831 226504").

Clean but tricky: her own name on the cover; Heidelberg, Speedmaster, the MIS (Tharstern),
CliftonStrengths, Honey and Mumford, Gilbert and Whittleworth, the EMCC, Stockport, Cheadle
Hulme, the coachees' job titles, her tutor by role.

Practice arithmetic (log, end minus start):
  03/09 A 07:30-08:30 60 | 05/09 B 14:00-15:00 60 | 17/09 A 07:30-08:45 75
  19/09 B+manager 14:00-14:30 three-way, "Not included" -> excluded
  19/09 B 14:30-15:30 60 | 01/10 A 07:30-08:30 60
  03/10 B 14:00-15:00 RESCHEDULED -> excluded (held 08/10)
  08/10 B 13:15-14:30 75 | 15/10 A 07:30-08:30 60 | 22/10 B 14:00-15:10 70
  05/11 A 07:30-08:20 50 | 07/11 B 14:00-15:00 60 | 19/11 A 07:15-08:30 75 (observed, counts)
  21/11 B 14:00-15:00 60 | 03/12 A 07:30-08:40 70 | 05/12 B 14:00-15:05 65
  A: 60+75+60+60+50+75+70 = 450; B: 60+60+75+70+60+60+65 = 450; 900 minutes, 14 sessions, 2.
  TOTAL row "15 hrs" = 900 (right), never added; the cover's "15 hours" likewise.
Supervision log: 10/10 16:00-17:00 60 + 19/11 debrief 08:30-09:00 30 + 28/11 cancelled
  + 10/12 15:30-16:45 75 = 165.
"""

from corpus.case import Case, H, P, SourceFile, T

COVER = T(
    ["ILM Level 3 Certificate in Effective Coaching and Mentoring", "Unit 8587-302 cover sheet"],
    ["Learner name", "Lorraine Bexley"],
    ["Job title / employer", "Production Manager, Pennine Colour Print Ltd, Stockport"],
    ["Centre", "Mersey Vale Training"],
    ["Number of coachees", "2 (Coachee A, Coachee B)"],
    ["Total coaching hours claimed", "15 hours (log in section 2.4)"],
    ["Supervision", "3 sessions incl. observation debrief, 2 hrs 45 mins"],
    ["Evidence matrix attached", "No"],
    ["Learner declaration", "I confirm that the work in this portfolio is my own. Signed: L Bexley Date: 16/12/2024"],
)

LOG = T(
    ["Date", "Start", "End", "Coachee", "Notes"],
    ["03/09/24", "07:30", "08:30", "A", "First meeting. What coaching is / isn't, agreement signed, CliftonStrengths report to do"],
    ["05/09/24", "14:00", "15:00", "B", "First meeting, agreement signed. Honey & Mumford questionnaire given"],
    ["17/09/24", "07:30", "08:45", "A", "Strengths results. Goal 1 handover briefings. Talked about handover with night shift (Gary Sutcliffe) - always late, A dreads it"],
    ["19/09/24", "14:00", "14:30", "B + Pre-press Mgr", "Three-way contracting. Not included in my 15 hrs"],
    ["19/09/24", "14:30", "15:30", "B", "Outcome: push back on unrealistic deadlines. Learning styles results (Reflector)"],
    ["01/10/24", "07:30", "08:30", "A", "Situation/Choices. Wrote a 5 minute briefing script"],
    ["03/10/24", "14:00", "15:00", "B", "RESCHEDULED - Speedmaster down, B needed on plates. Moved to 08/10"],
    ["08/10/24", "13:15", "14:30", "B", "Role play: telling Customer Services a job can't go Friday"],
    ["15/10/24", "07:30", "08:30", "A", "Briefings going OK. Now: absence conversation with a minder"],
    ["22/10/24", "14:00", "15:10", "B", "Delegating proof checks to the junior. Review of outcome 1"],
    ["05/11/24", "07:30", "08:20", "A", "Return to work interview prep, used the HR checklist"],
    ["07/11/24", "14:00", "15:00", "B", "Scheduling in Tharstern, what a lead would do differently"],
    ["19/11/24", "07:15", "08:30", "A", "Observed by my tutor. Review of absence conversation"],
    ["21/11/24", "14:00", "15:00", "B", "Confidence scale re-scored 4 -> 7"],
    ["03/12/24", "07:30", "08:40", "A", "Final review, ending, next steps with the Ops Director"],
    ["05/12/24", "14:00", "15:05", "B", "Final review, ending. Applying for scheduling lead in Jan"],
    ["TOTAL", "", "", "A x7, B x7", "15 hrs (14 sessions)"],
)

SUPERVISION = T(
    ["Date", "With", "Time", "Length", "What came out of it"],
    ["10/10/24", "ILM tutor (coach supervisor)", "16:00-17:00", "1 hr", "I was skipping Outcome and going straight to Options"],
    ["19/11/24", "ILM tutor", "08:30-09:00", "30 mins", "Debrief of the observed session with A"],
    ["28/11/24", "ILM tutor", "-", "-", "Cancelled, tutor off sick. Rebooked 10/12"],
    ["10/12/24", "ILM tutor", "15:30-16:45", "1 hr 15", "Endings, and coaching people I manage"],
)

BLOCKS = [
    H(0, "Unit 302 - Undertaking an Extended Period of Coaching within an Organisational Context"),
    COVER,

    H(1, "Section 1 - Planning and contracting"),
    H(2, "1.1 Coaching plan"),
    P("""Pennine Colour Print runs three presses and a digital room on a 24 hour shift pattern,
      so the first thing I had to plan round was shifts. Coachee A works earlies (6am to 2pm),
      so I booked his sessions at 7.30am in the training room above the despatch bay, once the
      presses are up and running and before the first customer calls. Coachee B is on days in
      pre-press, so hers were after lunch at 2pm, never on a Thursday because that is when the
      magazine work goes to plate and nobody in pre-press can leave their screen. The plan was
      seven sessions each of about an hour, fortnightly from September to early December,
      which gives a bit over the twelve hours the unit needs with room to lose one. I booked
      all fourteen in Outlook in August and put the training room on the room sheet for the
      whole block. Resources: the coaching agreement from the course, CliftonStrengths (we
      already have licences from a leadership programme), the Honey and Mumford learning styles
      questionnaire, a 1-10 confidence scale, OSCAR prompt cards and a notebook for each of
      them to keep."""),
    H(2, "1.2 Topics, goals and outcomes"),
    P("""Both goals were agreed in the coachee's own words, first in rough at the first meeting
      and then firmed up in the second, and I checked them with each person's manager so they
      fitted what the business needs from them."""),
    P("""Coachee A was promoted from machine minder to shift supervisor in July. He knows the
      presses better than anyone but had never managed people. His outcomes: (1) to run a five
      minute shift handover briefing at the start of every shift without reading from notes, by
      the end of October; and (2) to hold his first return to work interview and an absence
      conversation with a minder himself, with HR only in the background."""),
    P("""Coachee B has been a pre-press planner for eight years and wants the scheduling lead job
      when it comes up in January. Her outcomes: (1) to push back on unrealistic deadlines from
      Customer Services with a reason and an alternative date, instead of just saying yes and
      working late; and (2) to hand the proof checks over to the junior planner so that she has
      time to learn scheduling. She scored her confidence at pushing back as 4 out of 10 and
      wanted it at 7 by the end."""),
    H(2, "1.3 Contract"),
    P("""Each coachee signed a coaching agreement covering: seven sessions of an hour, dates in
      Outlook; 48 hours notice to move a session unless the presses go down; confidentiality
      and its limits (health and safety, anything illegal, or a risk to themselves or someone
      else); that I keep short notes in a locked cabinet and they keep their own notebook; that
      either of us can end it early; and that nothing said in coaching goes on their PDR.
      Because I am senior to both of them I put in a line that they could ask for a different
      coach at any time with no comeback. For Coachee B there was also a three-way meeting with
      the Pre-press Manager on 19 September so he could agree the broad outcomes and agree not
      to ask what was said in sessions; he signed the stakeholder box. Coachee A's manager is me
      as well as the Ops Director, so the Ops Director signed his. B gave me her mobile,
      07831 226504, in case a session needed moving at short notice. I followed the EMCC code on
      contracting and our own data protection policy."""),

    H(1, "Section 2 - Coaching practice"),
    H(2, "2.1 Diagnostic and assessment tools"),
    P("""CliftonStrengths came back with Coachee A's top five as Responsibility, Deliberative,
      Consistency, Discipline and Harmony. We talked about how Harmony explained why he was
      putting off the absence conversation, and how Responsibility could be what got him to do
      it, because he felt he owed it to the rest of the shift. That linked straight to outcome
      2. For Coachee B the Honey and Mumford questionnaire showed her as a strong Reflector and
      low Activist, so role play on the spot felt awful to her; instead she prepared a written
      reply first and then we rehearsed it, which is how she tackled outcome 1. The confidence
      scale was used with both of them at the start, middle and end, so they could see movement
      they did not always feel."""),
    H(2, "2.2 Coaching model"),
    P("""I used OSCAR (Gilbert and Whittleworth) rather than GROW because it has the Review stage
      built in and most of my sessions started with what had happened since last time. For
      example in the 8 October session with Coachee B: Outcome, to tell Customer Services that a
      job would not make Friday. Situation, the job had come in with the wrong bleed and the
      plates were already booked. Choices, she listed saying yes and working Saturday, saying no
      with nothing else, or offering Monday with a reason. Actions, she wrote the email, read it
      to me, and sent it from my office. Review, at the next session she said Customer Services
      had just said fine, and that she had expected a row. The Review stage kept both coachees
      moving towards their outcomes, because they knew I would ask."""),
    H(2, "2.3 Knowledge, skills and behaviours"),
    P("""Knowledge: the OSCAR model, the two diagnostics, the agreement and the EMCC code.
      Skills: open questions, summarising, silence and reflecting back. The one that worked best
      with Coachee A was a scaling question, "on a scale of one to ten how ready are you to have
      that conversation, and what would make it one point higher?" because it turned a big scary
      thing into one small step. With Coachee B I listened for the word "just" ("I'll just do
      it myself") and asked what that cost her. Behaviours: I kept to time, I did not solve their
      problems for them even when I knew the answer, and when A told me about a minder's
      drinking I explained that this was one of the limits in our agreement and we agreed
      together that he would go to HR, which he did the same day."""),
    H(2, "2.4 Coaching log"),
    P("""The log runs from the first meeting with each coachee to the final review. Times are
      as they happened, not as booked. The 3 October session was moved because the Speedmaster
      broke down and B was needed on the plates, so it appears twice, once as cancelled and once
      on its new date."""),
    LOG,
    P("""Each row has a one page session record behind it (goal, what was discussed, actions,
      coachee's score and comment, my reflection) in the file, signed by the coachee at the end
      of the session."""),

    H(1, "Section 3 - Reviewing my practice"),
    H(2, "3.1 Reflection and key learning"),
    P("""After every session I wrote three short lines on the back of the session record: what
      went well, what I would do differently, what I learnt about myself. Looking across all
      fourteen, the pattern was that I talk too much when a session starts slowly. In session 2
      with A I filled every pause and he said almost nothing. By session 4 I had started leaving
      the first two minutes completely to him. The biggest single learning was on 15 October:
      A brought up the minder's absence and I caught myself drafting the conversation for him
      in my head, and I wrote that night that my job is to get him ready, not to write his
      lines. For my CPD I have put listening and silence on my own PDR for next year."""),
    H(2, "3.2 Feedback on my coaching"),
    P("""At the end of each session both coachees filled in a feedback slip with two questions:
      how useful was this session (1-5) and what should Lorraine do more or less of. A's scores
      went 3, 3, 4, 4, 5, 4, 5. B's went 4, 4, 5, 4, 5, 5, 5. The comment that changed most was
      from B after session 3: "Less of your own stories, I know you have done it all before".
      I stopped using examples from my own career after that. My tutor observed my session with
      A on 19 November and her written feedback said my questions were good but I summarised so
      often that A lost his thread."""),
    H(2, "3.3 Review of my communication skills"),
    P("""Questioning is my strongest area now. At the start I asked a lot of "have you tried"
      questions, which are really suggestions with a question mark on them. Through the sessions
      I moved to "what have you tried" and "what else could you do". Listening is improving but
      it is still where I am weakest, the observation showed I jump in with a summary before
      the coachee has finished. Feedback: with B I learnt to ask her to rate herself first and
      then add one thing, which felt less like her manager marking her work. I have started
      using the same approach in ordinary one to ones on the shop floor."""),
    H(2, "3.4 Supervision"),
    P("My supervision was with my ILM tutor, who is also a qualified coach supervisor."),
    SUPERVISION,
    P("""Outcomes of supervision. The first session showed me that I was rushing past the
      Outcome stage and diving into Choices, so from then on I wrote the outcome at the top of
      the page before anything else. The debrief after the observation was about summarising
      less often and letting the coachee finish. The last session was about endings, because A
      wanted to carry on after the seven sessions, and about the difficulty of coaching people
      who report to me. We agreed I would close properly at the final session and point him to
      the company's mentoring scheme, and that in future I will coach people outside my own
      reporting line where possible, for example in the Cheadle Hulme finishing unit."""),
]

CASE = Case(
    name="v_8587_302_print_works_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("L Bexley 302 coaching portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "that is when the magazine work goes to plate",
        "1.2": "with a reason and an alternative date",
        "1.3": "they could ask for a different coach at any time",
        "2.1": "why he was putting off the absence conversation",
        "2.2": "it has the Review stage built in",
        "2.3": "I listened for the word",
        "2.4": "once as cancelled and once on its new date",
        "3.1": "my job is to get him ready, not to write his lines",
        "3.2": "I know you have done it all before",
        "3.3": "which are really suggestions with a question mark on them",
        "3.4": "I wrote the outcome at the top of the page",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Gary Sutcliffe", "07831 226504"],
        # A: 60 + 75 + 60 + 60 + 50 + 75 + 70 = 450 (60+75=135, +60=195, +60=255, +50=305, +75=380, +70=450)
        # B: 60 + 60 + 75 + 70 + 60 + 60 + 65 = 450 (60+60=120, +75=195, +70=265, +60=325, +60=385, +65=450)
        # 450 + 450 = 900. Not: 19/09 three-way (marked not included), 03/10 rescheduled row,
        # TOTAL row, cover sheet claim, the plan's "seven sessions each of about an hour".
        "minutes": 900,
        "sessions": 14,
        "individuals": 2,
        # 10/10 60 + 19/11 observation debrief 30 + 10/12 75 = 165; 28/11 cancelled.
        "supervision_minutes": 165,
    },
    about="Print works production manager's 302 PDF: cover sheet claiming 15 hours, Date/Start/End/Coachee/Notes log with a rescheduled row, a not-counted three-way contracting row and a TOTAL row, separate supervision log with a cancelled row and an observation debrief; a third party's full name and a coachee's mobile planted.",
)
