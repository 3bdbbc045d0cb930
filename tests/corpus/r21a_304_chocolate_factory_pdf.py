"""8587-304 mentoring evidence as a PDF from a bean-to-bar chocolate factory with no log table: the record is the reflective account itself, each reflection opening with the session's date, length and mentee ("22 January, 1hr15, M1."), lengths "20 minutes", "10.00-11.30", "45 mins", "about an hour", "1 hr", "90'", "40 mins + 35 mins", "2½ hours", "1hr45", "50 mins", "45 mins, actually nearer an hour - the room booking says 10:00 to 10:55"; a first coffee she says she is not counting, a DNA for a customer audit, a session split over two days when the enrober broke down that she calls one session, supervision written as "1-2-1 with my supervisor" and tutor contacts as "catch-up with Marcus (tutor)" and an observation debrief inside the same run of reflections, her own workshop day "not in my hours", a planned follow-up, and a closing total built on the old 45. Clean.

Dawn Hollis, production team leader at a bean-to-bar chocolate factory in York, mentors M1 (a
newly promoted moulding-line supervisor) and M2 (a QA technician preparing to run the site's
next customer audit).

Row by row (each reflection's opening):
  M1: 9 Jan "20 minutes" coffee, "I'm not counting this one" 0; 13 Jan "10.00-11.30" 90;
      22 Jan "1hr15" 75; 5 Feb "1 hr" observed 60; 12 Feb "90'" 90; 4 Mar "1hr45" 105;
      11 Mar "50 mins" 50
      90 + 75 = 165; + 60 = 225; + 90 = 315; + 105 = 420; + 50 = 470 (6)
  M2: 15 Jan "45 mins" 45; 24 Jan "about an hour" 60; 7 Feb DNA 0; 20/21 Feb "40 mins + 35
      mins", "one session in two halves" 75; 27 Feb "2½ hours" 150; 13 Mar "45 mins, actually
      nearer an hour - ... 10:00 to 10:55" 55
      45 + 60 = 105; + 75 = 180; + 150 = 330; + 55 = 385 (5)
  470 + 385 = 855 minutes = 14 h 15 in 11 sessions. Her "14 hrs 05" = 845 (M1 7h50 = 470,
  M2 6h15 = 375 with 45 for 13 Mar).
Not counted: 3 Mar ILM workshop day ("not in my hours"); April follow-up only planned.
Supervision/tutor: 31 Jan "1.5 hours" 90; 5 Feb Marcus's feedback "25 minutes" 25; 6 Mar
"14:00-15:15" 75; 18 Mar "30 mins" 30. 90 + 25 = 115; + 75 = 190; + 30 = 220.

Practice truth: 855 minutes in 11 sessions with two mentees; supervision 220 minutes.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "8587-304 Undertaking an Extended Period of Mentoring"),
    P("Dawn Hollis - Production Team Leader - ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    H(1, "Introduction and plan"),
    P("""I work at a bean-to-bar chocolate factory in York - roasting, winnowing, conching,
      tempering, moulding and an enrober line for the filled bars - about 60 staff over two
      shifts. York has been a chocolate city since Rowntree's and Terry's, and a lot of our
      older staff came from there. I mentored two people for this unit: M1, who was promoted
      to supervisor on the moulding line in December, and M2, a QA technician who will run our
      next customer audit."""),
    P("""Plan: twelve hours or more between the two of them, January to mid March, roughly an hour
      a week each, M1 on Mondays or Wednesdays after the early shift and M2 on Wednesdays or
      Thursdays, in the training room upstairs, away from the line. Contracted with each of
      them and with their managers (Production Manager for M1, QA Manager for M2): what's said
      stays with us except food safety, health and safety or anything illegal; managers hear
      attendance and goals only; notes in my locked cabinet, shredded at the end."""),
    P("""Goals. M1: (1) run her line's start-up meeting every day without the old supervisor
      stepping in, by the end of February; (2) cut moulding rework from 4% to under 2%. M2:
      (1) prepare the audit file and run a mock audit by mid March; (2) deliver the HACCP
      refresher to one shift herself."""),
    H(1, "Reflective account - session by session"),
    P("""I didn't keep a separate log; I wrote a reflection after every session, starting each one
      with the date, how long and who, so this is my log as well."""),
    P("""9 January, 20 minutes, M1. A coffee in the canteen to see if she wanted to do this at all.
      She did, but she asked twice whether her manager had put her up to it. I'm not counting
      this one in my hours - it was just a coffee to see if we'd get on. Learning: start with
      why, and who asked."""),
    P("""13 January, 10.00-11.30, M1 and the Production Manager - contracting. Three-way. I had a
      written agreement ready, which helped, but I did most of the talking. Goals agreed. Next
      time I'll send it the day before so she can read it properly."""),
    P("""15 January, 45 mins, M2 - chemistry and contract with the QA Manager in one. M2 is quiet
      and precise and wanted everything in writing, so we went through the agreement line by
      line. Learning: match the person - she trusts paper."""),
    P("""22 January, 1hr15, M1. GROW on goal 1. Her reality: the old supervisor still runs the
      start-up meeting 'to help'. Options were hers. I caught myself about to tell her to have a
      word with him and asked what she wanted to do instead. She'll ask him to stand at the back."""),
    P("""24 January, about an hour, M2. Mapped what she knows and doesn't about the audit standard
      with a simple skills matrix. Gaps: traceability and allergen validation. Good session -
      I listened more than I spoke."""),
    P("""31 January, 1.5 hours - 1-2-1 with my supervisor. We looked at the 22 January session.
      Her challenge: was I mentoring or managing M1? Outcome - I share my experience when asked,
      not before."""),
    P("""5 February, 1 hr, M1 - observed by my tutor, Marcus. Rework figures, now 3.1%. Marcus's
      feedback afterwards, 25 minutes: good open questions, but I summarised too early twice
      and cut her thinking off. Learning: summarise at the end, not the middle."""),
    P("""7 February - no session. M2 was pulled into an unannounced customer audit (I'll call it a
      DNA). She texted at 7am. We talked about it the next week."""),
    P("""12 February, 90', M1. She had a bad week - a line stoppage and a complaint from a
      packer. We used the Johari window to look at what the packers see that she doesn't. I
      gave her direct feedback about her tone on the radio, which she asked for."""),
    P("""20 and 21 February, 40 mins + 35 mins, M2. We started on the Thursday and the enrober went
      down, so we finished on the Friday morning. I've put it down as one session in two halves.
      Traceability exercise on a real batch. She found the gap herself."""),
    P("""27 February, 2½ hours, M2. Long one, booked as a half-day: we built her audit file plan
      together and she rehearsed the opening meeting. I stayed quiet for most of it, which is
      harder than it sounds."""),
    P("""3 March - one day - my own ILM workshop at the training centre (feedback and
      supervision). My own learning, not mentoring; not in my hours."""),
    P("""4 March, 1hr45, M1. Start-up meetings all hers now. Rework 1.8%. We talked about what
      she'll do when the mentoring ends and who she can go to. Scaling: 8/10 confident."""),
    P("""6 March, 14:00-15:15 - 1-2-1 with my supervisor. Endings, and my habit of rescuing M2
      when she goes quiet. Outcome: count to five before I fill a silence."""),
    P("""11 March, 50 mins, M1 - final review. Both goals met. She filled in the feedback form:
      'you let me work it out'. I asked what I could have done better - 'tell me sooner when
      I'm going wrong'."""),
    P("""13 March, 45 mins, actually nearer an hour - the room booking says 10:00 to 10:55 - M2,
      final review. Mock audit done, HACCP refresher delivered to nights. Feedback form done.
      We agreed a follow-up in April (planned, not done yet)."""),
    P("""18 March, 30 mins - catch-up with Marcus (tutor) by phone about the portfolio and which
      reflections to use for which criteria."""),
    P("Total mentoring: 14 hrs 05 mins (M1 7h50, M2 6h15). Supervision 2 sessions, plus my tutor."),
    H(1, "Looking back"),
    P("""The reflections show a pattern I didn't see at the time: my best sessions were the ones
      where I said least. Both supervision sessions and Marcus's feedback pointed at the same
      thing - summarising and rescuing too early. My development plan is to record two
      sessions (with consent) in my next mentoring and count my interruptions."""),
    P("Declaration: I confirm this is my own work. Dawn Hollis, 21 March."),
]

CASE = Case(
    name="r21a_304_chocolate_factory_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("Hollis 304 reflective account and log.pdf", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Clean: Dawn Hollis is the learner; Marcus is her tutor; Rowntree's and Terry's (chocolate
        # makers); Production Manager, QA Manager; Johari, GROW, HACCP; York.
        "identifying": [],
        # M1: 9 Jan "20 minutes" "I'm not counting this one" 0; 13 Jan "10.00-11.30" 90; 22 Jan
        #   "1hr15" 75; 5 Feb "1 hr" observed 60; 12 Feb "90'" 90; 4 Mar "1hr45" 105; 11 Mar "50 mins" 50
        #   90 + 75 = 165; + 60 = 225; + 90 = 315; + 105 = 420; + 50 = 470 (6)
        # M2: 15 Jan "45 mins" 45; 24 Jan "about an hour" 60; 7 Feb DNA 0; 20/21 Feb "40 mins + 35
        #   mins" one session 75; 27 Feb "2½ hours" 150; 13 Mar "45 mins, actually nearer an hour -
        #   ... 10:00 to 10:55" 55
        #   45 + 60 = 105; + 75 = 180; + 150 = 330; + 55 = 385 (5)
        # 470 + 385 = 855. "Total mentoring: 14 hrs 05" (845, with 45) is a total line.
        # Not: 3 Mar own workshop day; April follow-up planned.
        "minutes": 855,
        "sessions": 11,
        "individuals": 2,
        # 31 Jan "1.5 hours" 90; 5 Feb Marcus's feedback "25 minutes" 25; 6 Mar "14:00-15:15" 75;
        # 18 Mar catch-up with Marcus (tutor) "30 mins" 30. 90 + 25 = 115; + 75 = 190; + 30 = 220.
        "supervision_minutes": 220,
    },
    about="Bean-to-bar chocolate factory production team leader; 304 PDF with no log table, the reflective account itself the log (each reflection opens with date, length, mentee), an uncounted first coffee, a session split over two days called one, DNA, supervision and tutor debrief among the reflections, own workshop not counted, total on the old figure; clean.",
)
