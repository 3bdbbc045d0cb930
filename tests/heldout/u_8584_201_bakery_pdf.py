"""8584-201 Developing Mentoring Skills: a craft bakery's production supervisor, PDF portfolio with a Start/Finish log and a tutor meeting form.

Gemma Rushworth supervises the early shift at a family craft bakery in Halifax and mentors a
new apprentice baker, whom she calls "J" in the log and answers. Her answers run under AC
numbers written as "AC1.1" and so on. The log has Date, Start, Finish and Duration columns;
one row was cancelled (the deck oven broke down), one Duration cell is blank because she forgot
to fill it in (the start and finish are there), her tutor observed one session and gave a short
debrief afterwards, and the final review is still a planned row. A Total row restates the sum.
Her tutor meeting is recorded on the centre's two-column "Tutor Support Record" form.

Planted (2): the centre's tutor form has a "Mentee" line where she wrote the apprentice's full
name ("Josh Whitlock"), the only place it appears; and the bakery owner's mobile number, given
in the plan as who to ring if she is off ("07700 914 362").

Clean but tricky: her own name on the cover and declaration; the tutor named where the form
asks ("Tutor: Mrs P. Okafor"); J; the bakery named after her own family (Rushworth's);
Calder Valley College; Halifax, Hebden Bridge; Egan's SOLER, GROW, Clutterbuck; weekdays.

Assessor's arithmetic (log in AC2.1/2.5):
  1  Tue 7 Jan  14:00-14:40, 40 min, first meeting, agreement       -> 40
  2  Tue 14 Jan 14:00-15:00, 1 hr, goals                            -> 60
  3  Tue 21 Jan, cancelled, deck oven down                          -> excluded
  4  Tue 28 Jan 13:45-14:35, 50 min                                 -> 50
  5  Tue 4 Feb  14:00-15:05, 1 hr 5, observed by tutor              -> 65 (observed session counts)
  6  Tue 11 Feb 14:10-14:55, Duration blank                         -> 45 (from start/finish)
  7  Tue 25 Feb, planned final review                               -> excluded
  Total row "4 hrs 20 mins" restates them -> never added.
  minutes 40+60+50+65+45 = 260; sessions 5; individuals 1 (J = Josh Whitlock).
  Supervision: tutor debrief after the observed session 4 Feb, 20 min
               + tutor meeting 18 Feb 10:00-11:00, 60 min -> 20+60 = 80.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["No.", "Date", "Start", "Finish", "Duration", "What we covered", "Action for J"],
    ["1", "Tue 7 Jan", "14:00", "14:40", "40 mins", "Intro, how mentoring works, agreement signed", "Think about what he wants from the year"],
    ["2", "Tue 14 Jan", "14:00", "15:00", "1 hr", "Goals agreed (see AC1.2)", "Write up the sourdough feeding schedule"],
    ["3", "Tue 21 Jan", "-", "-", "-", "CANCELLED - deck oven down, all hands on the bake", "-"],
    ["4", "Tue 28 Jan", "13:45", "14:35", "50 mins", "Shaping - what goes wrong and why", "Shape 20 bloomers with me watching Thurs"],
    ["5", "Tue 4 Feb", "14:00", "15:05", "1 hr 5 mins", "Observed by my tutor. Production plan for Saturday", "Draft next Saturday's plan himself"],
    ["6", "Tue 11 Feb", "14:10", "14:55", "", "Feedback on his Saturday plan", "Talk to the shop about quantities"],
    ["7", "Tue 25 Feb", "14:00", "", "", "PLANNED - final review", ""],
    ["", "Total", "", "", "4 hrs 20 mins", "5 sessions held", ""],
)

TUTOR_FORM = T(
    ["TUTOR SUPPORT RECORD", ""],
    ["Learner", "Gemma Rushworth"],
    ["Mentee", "Josh Whitlock (apprentice baker)"],
    ["Tutor", "Mrs P. Okafor"],
    ["Date of meeting", "Tuesday 18 February"],
    ["Time", "10:00 to 11:00"],
    ["Venue", "Calder Valley College, room B14"],
    ["Purpose of meeting", "To review my mentoring so far and agree what I need to work on"],
    ["Discussion", "We went through my log and my notes from session 5, which she observed. She asked me to talk her through how I gave feedback on J's production plan. I realised I had given him my corrections first and only asked his view afterwards."],
    ["Agreed actions", "Ask the mentee to assess his own work before I say anything. Use more open questions. Finish the portfolio by 7 March."],
    ["Learner signature", "G Rushworth"],
    ["Tutor signature", "P Okafor"],
)

BLOCKS = [
    P("ILM Level 2 Award in Effective Mentoring Skills"),
    P("Unit 8584-201 Developing Mentoring Skills - Portfolio"),
    P("Name: Gemma Rushworth    Role: Early Shift Production Supervisor, Rushworth's Craft Bakery, Halifax"),
    P("""Throughout this portfolio I have called my mentee J. He is 17 and started with us in
      December as an apprentice baker on the Level 2 standard."""),

    H(1, "AC1.1 Plan for mentoring"),
    P("""We bake from 4am, so the only quiet time in the bakehouse is after 2pm when the last
      proving is done and the cleaning starts. I planned seven sessions on Tuesday afternoons
      from January to the end of February, between 40 minutes and an hour each, in the office
      above the shop. I checked with the owner that J could stay on after his shift and be
      paid for it, and we agreed that if I was off sick J would ring her on 07700 914 362 and
      the session would move to the Thursday. I kept a simple folder: the agreement, a goals
      sheet, the log, and a page of notes for each session. I planned to end with a review
      session so that J could see how far he had come."""),

    H(1, "AC1.2 Agreed goals"),
    P("""We agreed the goals in session 2. J wanted to be trusted on the bread bench on his own,
      so we wrote it like this: 1) shape and score a full tray of bloomers to shop standard,
      checked by the head baker, by the end of February; 2) write a Saturday production plan
      (quantities, timings, oven order) that the head baker can use without changes; 3) J's
      own goal, to stop being frightened of asking the shop staff how many loaves they
      actually need. He wrote them on the goals sheet and we both signed it."""),

    H(1, "AC2.1 and AC2.5 Mentoring log and records"),
    P("""This is my log, typed up from the handwritten one in the folder. Session 3 was lost
      when the deck oven went down on the Tuesday and everyone was needed on the bake. I
      forgot to put the length in for session 6 but the start and finish are right. Session 7
      is booked but had not happened when I handed this in."""),
    LOG,
    P("""Apart from the log I kept a page of notes for each session, with the date, what we
      talked about and the action, and J initialled every one. The agreement says the notes
      stay in the locked drawer in the office and are shredded six months after the
      mentoring ends, and I have kept to that. The 20 minutes my tutor spent talking to me
      after she watched session 5 are not in my mentoring time, because that was her
      supporting me; I have put it with my tutor support in AC3.2."""),

    H(1, "AC2.2 Questioning and listening"),
    P("""I used Egan's SOLER when we sat down, mainly sitting square on and leaning in, because
      J mumbles and looks at the floor. I tried to ask open questions like "what happened to
      the dough when you shaped it that way?" instead of telling him. In session 4 he said
      his bloomers "just go flat". I kept asking what he had noticed until he worked out
      himself that he was over-proving them in the warm corner by the ovens. I summarised
      back what he said at the end of each session so we both agreed on the action."""),

    H(1, "AC2.3 Feedback"),
    P("""In session 6 I gave J feedback on his first Saturday production plan. I started with
      what was good (the oven order was spot on and he had allowed for the 6am delivery
      van) and then the one thing to change: he had planned 60 white tin loaves when the
      shop sells about 35 on a Saturday. After my tutor meeting I tried a different way and
      asked J first what he thought of his plan. He said himself the quantities felt like a
      guess, which was better than me telling him."""),

    H(1, "AC2.4 How trust was developed"),
    P("""J was very quiet at first and I think he thought I would report everything to the
      owner. In session 1 I explained what would stay between us and what I would have to
      pass on (anything about safety or food hygiene). What changed things was telling him
      about the time I burnt 200 hot cross buns on Good Friday in my first year. He laughed
      and after that he started asking me things in the bakehouse as well as in the
      sessions. I also always did what I said I would, for example getting him a go on the
      bread bench the Thursday after session 4 like I promised."""),

    H(1, "AC3.1 Review of my mentoring performance"),
    P("""Looking back, I was good at planning and keeping the sessions going even when the
      bakery was busy, and J met goal 1 (the head baker signed off his bloomers on 20
      February). But my tutor's observation showed me I still slip into supervisor mode
      and hand out corrections. Comparing my notes with the GROW model we learnt about, I
      spent most of each session on Reality and Options that I came up with, and hardly
      any on Will, so J's actions were sometimes mine not his. Clutterbuck says the mentee
      should own the agenda, and in sessions 1 and 2 he clearly did not."""),

    H(1, "AC3.2 Meeting with my tutor"),
    P("""My tutor support was the 20 minute debrief straight after she observed session 5 on
      4 February, and my one hour meeting with her, which is on the centre's form below. The most useful part
      was when she asked why I gave my corrections before asking J's opinion, and I could
      not really answer. I have tried it the other way round since then."""),
    TUTOR_FORM,

    H(1, "AC3.3 Future development"),
    P("""Areas I want to develop, and how:"""),
    B("""Letting the mentee speak first: in every session with my next apprentice I will ask
      them to judge their own work before I comment. I will tick it off on my notes
      page each time so I can see if I am doing it."""),
    B("""Getting actions that belong to the mentee: end each session by asking "what will you
      do before next Tuesday?" and write their words down, not mine."""),
    B("""Learning more: go on the Level 3 mentoring course at Calder Valley College in
      September if the owner will pay, and visit the Hebden Bridge bakery's apprentice
      scheme to see how they mentor."""),

    P("""Declaration: I confirm that this is all my own work and that the mentoring took place
      as described. Signed: Gemma Rushworth  Date: 3 March"""),
]

CASE = Case(
    name="u_8584_201_bakery_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("GRushworth 201 portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "I checked with the owner that J could stay on",
        "1.2": "stop being frightened of asking the shop staff",
        "2.1": "Session 3 was lost when the deck oven went down",
        "2.2": "he was over-proving them in the warm corner",
        "2.3": "he had planned 60 white tin loaves",
        "2.4": "I burnt 200 hot cross buns on Good Friday",
        "2.5": "with the date, what we talked about and the action",
        "3.1": "I spent most of each session on Reality and Options",
        "3.2": "why I gave my corrections before asking J's opinion",
        "3.3": "write their words down, not mine",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Josh Whitlock", "07700 914 362"],
        # minutes 40+60+50+65+45 = 260 (cancelled row 3, planned row 7, Total row excluded)
        "minutes": 260,
        "sessions": 5,
        "individuals": 1,
        # supervision: debrief after observed session 20 + tutor meeting 10:00-11:00 60 = 80
        "supervision_minutes": 80,
    },
    about="Craft bakery supervisor's 201 PDF: Start/Finish/Duration log with a cancelled row, a blank duration, an observed session, a planned row and a Total; two-column tutor form with the mentee's full name; owner's mobile in the plan; tutor debrief counted as supervision.",
)
