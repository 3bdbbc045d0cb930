"""8587-304 mentoring: a secondary school teacher's week-by-week diary, saved as PDF.

Hannah, head of English at a secondary school, mentors two early-career teachers, Rosa and
Femi. Her diary has a heading per week ("Week commencing 20 January 2025") and a bullet for
each contact, with the clock time in school style ("3.45-5.00") and the length in brackets,
then a "Week total" bullet. Supervision (her deputy head) and an ILM tutorial are bullets in
the same weeks. Femi did not turn up once; Hannah watched Rosa teach (she says not counted);
a joint planning session had both mentees; her tutor observed one session and gave feedback
after it; the last session is booked. Her closing total, "14 hours 45 minutes", is half an
hour more than the sessions add up to.

Practice truth: 45 + 45 + 75 + 90 + 75 + 90 (joint) + 60 + 90 + 60 + 75 + 60 + 90 = 855
minutes in twelve sessions with two mentees; supervision and tutorial 60 + 45 + 30 + 75 = 210.
"""

from .case import B, Case, H, P, SourceFile

BLOCKS = [
    H(0, "Mentoring Diary - Unit 8587-304"),
    P("Hannah, Head of English. Mentees: Rosa and Femi, early-career teachers (first names used with their permission)."),
    H(1, "How I have kept this diary"),
    P("""I wrote this up every Friday from my planner. Times are after-school unless I say
      otherwise. I have put a week total at the end of each week for mentoring; supervision
      and tutorials are listed but not added into the week total."""),
    H(2, "Week commencing 13 January 2025"),
    B("Mon 13 Jan - first meeting with Rosa: getting to know each other, mentoring agreement signed, 3.45-4.30 (45 mins)."),
    B("Wed 15 Jan - first meeting with Femi: mentoring agreement, 12.30-1.15 at lunch (45 mins)."),
    B("Week total: 1 hr 30"),
    H(2, "Week commencing 20 January 2025"),
    B("Tue 21 Jan - Rosa: behaviour management goals, used a self-assessment against the Teachers' Standards, 3.45-5.00 (1 hr 15)."),
    B("Thu 23 Jan - Femi: did not turn up (parents' evening rota clash). Rebooked for Monday."),
    B("Fri 24 Jan - supervision with Marcus (deputy head, my mentoring supervisor), 1 hour."),
    B("Week total: 1 hr 15"),
    H(2, "Week commencing 27 January 2025"),
    B("Mon 27 Jan - Femi: session 1 (rearranged), workload and marking, 3.45-5.15 (1½ hours)."),
    B("Wed 29 Jan - watched Rosa teach Year 8 for 50 minutes so we had something to talk about. Lesson observation - not counted as mentoring time."),
    B("Thu 30 Jan - Rosa: feedback on the observation and next goals (1 hr 15 mins)."),
    B("Week total: 2 hrs 45"),
    H(2, "Week commencing 3 February 2025"),
    B("Tue 4 Feb - joint session with Rosa and Femi: planning a shared Year 7 poetry unit, ninety minutes."),
    B("Thu 6 Feb - ILM tutorial with Alison (my tutor) on Teams, 45 mins."),
    B("Week total: 1 hr 30"),
    H(2, "Week commencing 10 February 2025"),
    B("Mon 10 Feb - Femi: session 2, observed by my tutor Alison, 3.45-4.45 (1 hr). Alison's feedback to me afterwards 4.45-5.15 (30 mins)."),
    B("Wed 12 Feb - Rosa: session 3, questioning in class, 3.45-5.15 (1 hr 30)."),
    B("Week total: 2 hrs 30"),
    P("(Half term - no sessions w/c 17 February.)"),
    H(2, "Week commencing 24 February 2025"),
    B("Tue 25 Feb - Rosa: session 4, 3.45-4.45 (1 hr)."),
    B("Thu 27 Feb - Femi: session 3, 3.45-5.00 (1 hr 15)."),
    B("Fri 28 Feb - supervision with Marcus, 1 hr 15."),
    B("Week total: 2 hrs 15"),
    H(2, "Week commencing 3 March 2025"),
    B("Mon 3 Mar - Femi: session 4, 3.45-4.45 (1 hr)."),
    B("Wed 5 Mar - Rosa: session 5, review of her goals, 3.45-5.15 (1 hr 30)."),
    B("Week total: 2 hrs 30"),
    H(2, "Week commencing 10 March 2025"),
    B("Tue 11 Mar - Femi: final review, 3.45-4.45 - booked."),
    H(1, "Summary"),
    P("""Altogether this comes to 14 hours 45 minutes of mentoring with Rosa and Femi, plus
      supervision with Marcus and time with my tutor."""),
    H(1, "Reflection"),
    P("""The self-assessment against the Teachers' Standards worked well with Rosa because she
      likes a framework; Femi found it box-ticking, so with him I used a simple
      workload audit instead. Having two tools meant I could match the approach to the
      person."""),
    P("""Alison's feedback after she observed me with Femi was that I answered my own questions.
      I tried to leave more space with Rosa the following Wednesday and she came up with two
      strategies I would not have thought of."""),
    P("I confirm that this diary is my own work. Hannah, 7 March 2025."),
]

CASE = Case(
    name="pz_304_school_weekly_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("Hannah - 304 mentoring diary.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # w/c 13 Jan: Rosa 45 + Femi 45                      = 90  (week total 1 hr 30)
        # w/c 20 Jan: Rosa 75; Femi DNA                       = 75  (1 hr 15)
        # w/c 27 Jan: Femi 90 ("1½ hours") + Rosa 75; not the 50-min lesson observation
        #             (marked not counted)                    = 165 (2 hrs 45)
        # w/c 3 Feb:  joint Rosa + Femi 90 ("ninety minutes"), once = 90 (1 hr 30)
        # w/c 10 Feb: Femi 60 (observed, counts) + Rosa 90    = 150 (2 hrs 30)
        # w/c 24 Feb: Rosa 60 + Femi 75                       = 135 (2 hrs 15)
        # w/c 3 Mar:  Femi 60 + Rosa 90                       = 150 (2 hrs 30)
        # w/c 10 Mar: Femi booked, not counted
        # 90 + 75 + 165 + 90 + 150 + 135 + 150 = 855 (her summary says 14 h 45 = 885; wrong)
        # Week-total bullets are not sessions.
        "minutes": 855,
        "sessions": 12,  # Rosa 6, Femi 5, joint 1
        "individuals": 2,  # Rosa and Femi
        # Marcus 24 Jan 60 + Alison tutorial 6 Feb 45 + Alison's feedback 10 Feb 30
        # + Marcus 28 Feb 75 ("1 hr 15") = 210
        "supervision_minutes": 210,
    },
    about="Secondary school head of English; weekly PDF diary of bullets with school-style times and week totals, DNA, uncounted lesson observation, joint session, tutor observation, own total 30 minutes high.",
)
