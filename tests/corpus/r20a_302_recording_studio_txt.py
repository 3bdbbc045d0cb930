"""8587-302 coaching log as plain text from a recording studio, kept week by week as typed lines (no table): each line day - coachee - length - notes, lengths as "in 10:00 out 10:30", "25 mins", "1h20", "90 mins", "1 h 10", "1 hr 5", "an hour", "90'", "1.75" (hours), "2 hrs", "45m", "50 mins", supervision and a tutorial typed into the same week lists, a DNA, a lockout cancellation rescheduled, a coachee who leaves for a touring job (pasted WhatsApp message) with a short ending chat she counts, her replacement starting in week 9, a joint mock-client session listed once in the weeks but added to both coachees in her closing summary, three hours sitting in on a mix she says is not coaching. Planted: the leaving coachee's full name in the WhatsApp paste and the replacement's first name in the reflection.

Maggie Trent, studio manager at a three-room recording studio in Bristol, coaches C1 (an
assistant engineer) and C2 (a runner moving into bookings), who leaves in February for a tour
job and is replaced by C3 (a trainee mastering engineer) from March. Her summary "C1 11h10,
C2 2h55, C3 6h35, TOTAL 20h40" adds the two-hour joint session to both C1 and C3.
Supervision: 31 Jan "1hr30", 14 Mar "in 14:00 out 15:10", the tutor's 25 minutes after the
observed session, a 40-minute Zoom tutorial, a third supervision only booked.

Practice truth: C1 30 + 75 + 80 + 90 + 65 + 60 + 105 + 45 = 550 (8); C2 25 + 60 + 70 + 20 =
175 (4); C3 75 + 90 + 120 + 60 + 50 = 395 (5, the joint session with it): 1120 minutes in 17
sessions with three coachees; supervision 90 + 70 + 25 + 40 = 225.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("UNIT 302 - UNDERTAKING AN EXTENDED PERIOD OF COACHING - COACHING LOG"),
    P("Maggie Trent - Studio Manager. ILM L3 Certificate in Effective Coaching and Mentoring."),
    P("""Where I work: a three-room recording studio in Bristol - one big live room with the Neve, two
      production rooms, a mastering suite. Bands, podcasts, voiceover, some film work. Twelve
      staff, most of them freelance."""),
    P("""Who: C1 is our assistant engineer (two years in, wants to engineer his own sessions). C2 is a
      runner who wants to move into bookings and client management. C2 left in February and C3,
      a trainee mastering engineer, took her place from March. I have used C1, C2 and C3 all
      through."""),
    P("""Plan: 12 hours between two coachees, January to mid April, about an hour a week each - C1 on
      Tuesdays, C2 on Thursdays, 10:00 before the first session loads in. Contracts three-way
      with the studio owner (C1), the Head of Bookings (C2) and the Mastering Lead (C3):
      confidential except safety or anything illegal, managers only told attendance and goals,
      24 hours to cancel unless a booking runs over, notes kept by me on the studio server in
      a folder only I can open."""),
    P("""Log. I kept this as a text file on my phone, a week at a time, and I've tidied the typing.
      Supervision and tutorials are in here too because that's how it happened."""),
    P("WEEK 1 (w/c 6 Jan)"),
    P("""Tue 7 Jan - C1 - Studio B control room - in 10:00 out 10:30 - chemistry. What he wants: to be
      trusted with a session on his own. He asked if this goes back to the owner - no."""),
    P("""Thu 9 Jan - C2 - kitchen - 25 mins - chemistry. She's nervous on the phone with managers and
      labels. We agreed to go ahead."""),
    P("WEEK 2 (w/c 13 Jan)"),
    P("""Tue 14 Jan - C1 - in 10:00 out 11:15 - three-way contract with the owner. Goals: engineer a
      full day's tracking for a paying band on his own by April; fewer than two recalls a week
      from producers."""),
    P("""Thu 16 Jan - C2 - 1hr - contract with the Head of Bookings. Goals: take a booking from first
      call to invoice without help; handle one complaint herself."""),
    P("WEEK 3 (w/c 20 Jan)"),
    P("""Tue 21 Jan - C1 - 1h20 - Johari window with feedback from two producers he's assisted. Blind
      spot: he stops talking to the band when he's stressed."""),
    P("WEEK 4 (w/c 27 Jan)"),
    P("Thu 30 Jan - C2 - DNA. She'd been running for a session that went on till 4am. Didn't tell me."),
    P("""Fri 31 Jan - SUPERVISION 1 with my coaching supervisor, 1hr30. Seven-eyed model. I'm
      coaching C1 like an engineer - solving his problems for him."""),
    P("WEEK 5 (w/c 3 Feb)"),
    P("""Tue 4 Feb - C1 - 90 mins - GROW on goal 1. Options: shadow the producer on the big session,
      or take the Saturday demo sessions on his own. He chose the demos."""),
    P("""Thu 6 Feb - C2 - 1 h 10 - wheel of work. She scored herself 2 on confidence with clients.
      Mentioned she'd been offered some tour work."""),
    P("WEEK 6 (w/c 10 Feb) - no sessions, I was at a trade show in Frankfurt. C2 messaged me:"),
    P("""[14/02/2025, 09:12] Kezia Obi: Hi Maggie so I've said yes to the tour job, I'm sorry!! I go
      on the 24th. Can we do one last one before?"""),
    P("WEEK 7 (w/c 17 Feb)"),
    P("""Tue 18 Feb - C1 - CANCELLED - lockout, a band booked every room all week. Moved to Thu 27th."""),
    P("""Thu 20 Feb - C2 - 20 mins - ending chat. What she's taking with her, her feedback form. Short
      but it was a proper ending so I've counted it."""),
    P("WEEK 8 (w/c 24 Feb)"),
    P("""Thu 27 Feb - C1 - 1 hr 5 - (the one from the 18th). His first Saturday demo session. He
      talked to the band the whole way through."""),
    P("WEEK 9 (w/c 3 Mar)"),
    P("""Thu 6 Mar - C3 - mastering suite - 11:30-12:45 - chemistry and contract in one with the
      Mastering Lead. Goals: master an EP to the label's spec with no rejects; run his own
      client attended session."""),
    P("WEEK 10 (w/c 10 Mar)"),
    P("""Tue 11 Mar - C1 - an hour - OBSERVED by my tutor (she sat at the back of Studio B). Planning
      his first full tracking day. Tutor gave me 25 mins of feedback after in the kitchen."""),
    P("""Fri 14 Mar - SUPERVISION 2, in 14:00 out 15:10. Endings, and taking on a new coachee mid
      programme."""),
    P("WEEK 11 (w/c 17 Mar)"),
    P("""Thu 20 Mar - C3 - 90' - strengths cards. He picked 'patience' and 'precision' and left out
      'communication'. We talked about why."""),
    P("""Fri 21 Mar - sat in on C3's mix session for 3 hours to watch him with a client. Me watching,
      not coaching - not counted."""),
    P("WEEK 12 (w/c 24 Mar)"),
    P("""Tue 25 Mar - C1 - 1.75 - his tracking day plan again, and what he does if the drummer is
      late. Scaling: 8/10 ready."""),
    P("""Sat 29 Mar - C1 + C3 JOINT - live room - 2 hrs - mock client session. I played an awkward
      band manager, C1 tracked, C3 did a reference master at the end and talked me through it."""),
    P("WEEK 13 (w/c 31 Mar)"),
    P("Wed 2 Apr - tutorial with my tutor on Zoom, 40 mins. Portfolio check."),
    P("""Thu 3 Apr - C3 - 1hr - his first attended session is booked. What he'll say in the first
      five minutes."""),
    P("WEEK 14 (w/c 7 Apr)"),
    P("Tue 8 Apr - C1 - 45m - final review. He did the tracking day on the 5th. Feedback form."),
    P("Thu 10 Apr - C3 - 50 mins - final review. EP mastered, no rejects. Feedback form."),
    P("Supervision 3 is booked for 23 April."),
    P("""SUMMARY. C1: 9h10 + joint 2h = 11h10. C2: 2h55. C3: 6h35 (incl joint). TOTAL 20h40 -
      well over the 12 hours."""),
    P("""REFLECTION. The Johari window was the tool that worked best with C1, because the blind spot
      came from producers he respects, not from me. With C2 I never got past contracting and
      chemistry before she left - I think I should have asked sooner about the tour, because
      she'd mentioned it in week 5 and I let it go. Dev told me at the end that the mock client
      session was the first time he'd had to explain a master out loud, and that he'd been
      dreading it. Whitmore's awareness and responsibility fits him: he knew what he couldn't
      do, he just hadn't said it. My tutor's feedback was that I fill silences, which every
      studio manager does because silence in a control room costs money."""),
    P("""Not counted: sitting in on the mix (above), and the Pro Tools training afternoon I ran for all
      the assistants on 12 March (training, not coaching)."""),
    P("This is my own work. M. Trent, 14/04/2025."),
]

CASE = Case(
    name="r20a_302_recording_studio_txt",
    unit="8587-302",
    kind="unstructured",
    files=[SourceFile("M Trent 302 coaching log.txt", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # C2's full name on the pasted WhatsApp message; C3's first name in the reflection.
        # Clean: Maggie Trent is the learner; the Neve (console), Pro Tools, Whitmore, Johari, Bristol.
        "identifying": ["Kezia Obi", "Dev"],
        # C1: 7 Jan "in 10:00 out 10:30" 30 (chemistry, counted); 14 Jan "in 10:00 out 11:15" 75;
        #   21 Jan "1h20" 80; 4 Feb "90 mins" 90; 18 Feb CANCELLED 0; 27 Feb "1 hr 5" 65;
        #   11 Mar "an hour" 60 (observed); 25 Mar "1.75" (hours) 105; 8 Apr "45m" 45
        #   30 + 75 = 105; + 80 = 185; + 90 = 275; + 65 = 340; + 60 = 400; + 105 = 505; + 45 = 550 (8)
        # C2: 9 Jan "25 mins" 25; 16 Jan "1hr" 60; 30 Jan DNA 0; 6 Feb "1 h 10" 70;
        #   20 Feb "20 mins" ending, "I've counted it" 20
        #   25 + 60 = 85; + 70 = 155; + 20 = 175 (4). 14/02 WhatsApp message: not a session.
        # C3: 6 Mar "11:30-12:45" 75; 20 Mar "90'" 90; 29 Mar joint with C1 "2 hrs" 120 (once);
        #   3 Apr "1hr" 60; 10 Apr "50 mins" 50
        #   75 + 90 = 165; + 120 = 285; + 60 = 345; + 50 = 395 (5)
        # 550 + 175 = 725; + 395 = 1120 = 18 h 40. Her SUMMARY "TOTAL 20h40" = (550 + 120) + 175 + 395
        #   = 1240: the joint session twice.
        # Not: 21 Mar 3 hours sitting in on C3's mix ("not counted"); 12 Mar Pro Tools training.
        "minutes": 1120,
        "sessions": 17,
        "individuals": 3,  # C1, C2 (Kezia Obi), C3 (Dev)
        # 31 Jan "1hr30" 90; 14 Mar "in 14:00 out 15:10" 70; 11 Mar tutor feedback "25 mins" 25;
        # 2 Apr Zoom tutorial "40 mins" 40; 23 Apr booked 0. 90 + 70 + 25 + 40 = 225.
        "supervision_minutes": 225,
    },
    about="Recording studio manager; 302 plain-text log kept week by week as typed lines with supervision mixed in, a coachee leaving for a tour (WhatsApp paste) with a counted ending chat, a replacement, lockout cancellation, DNA, joint session added to both coachees in her summary, sitting in on a mix not counted; full and first name planted.",
)
