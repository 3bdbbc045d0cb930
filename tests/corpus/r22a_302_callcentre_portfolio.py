"""8587-302 coaching portfolio in two files from a bank's contact centre: (1) a Word coaching log whose record is her Outlook calendar for May-July exported as a list and pasted as a table (Subject, Start, End, Duration, My response), with her team huddles, her own 1:1s and a complaints panel left in, a "Declined:" coaching slot and its rebooking, a "Canceled:" slot and its move, a slot that the session record says ran 20 minutes over the booking, supervision, tutor feedback and a group tutorial as calendar rows, a July supervision still in the future, and her summary adding up the calendar's Duration column; (2) a PDF of session records and supervision notes that repeats five of the calendar's sessions and adds one phone session that is in no calendar ("I'm counting this one"). Planted: the coachee's mobile number in the phone session's record.

Nadia Rahman, team manager on the mortgage arrears line of a high-street bank's contact centre in
Leeds, coaches K (a new team leader) and L (a senior adviser who wants to move into complaints).
She says the calendar's Duration is what was booked and, where a session record gives a different
length, the record is right. Submitted 27 June 2025.

Calendar (coaching rows), record corrections applied:
  K: 06/05 chemistry 14:00-14:30 30; 13/05 contract 14:00-15:00 60; 20/05 14:00-15:15 75;
     03/06 14:00-15:00 booked, record "1 hr 20 ... we ran over" 80; 10/06 14:00-14:50 50;
     17/06 "Canceled:" 0; 19/06 (moved) 12:00-13:00 60; 24/06 review 14:00-14:45 45
     30 + 60 = 90; + 75 = 165; + 80 = 245; + 50 = 295; + 60 = 355; + 45 = 400 (7)
  L: 07/05 chemistry 10:00-10:45 45; 14/05 contract 10:00-11:00 60; 21/05 "Declined:" 0;
     23/05 (rebooked) 16:00-17:00 60; 04/06 observed 10:00-11:00 60; 11/06 10:00-11:30 90;
     18/06 10:00-11:00 60; 25/06 review 10:00-10:45 45
     45 + 60 = 105; + 60 = 165; + 60 = 225; + 90 = 315; + 60 = 375; + 45 = 420 (7)
     + 12/06 phone session, records only, "25 mins", "I'm counting this one" = 445 (8)
  400 + 445 = 845 minutes = 14 h 05 in 15 sessions.
  Her summary: K 6 h 20 (380, the booked hour on 03/06) + L 7 h 00 (420) = 13 h 20; "+ 25 mins phone =
  13 h 45" (825).
The records file repeats K 20/05, K 03/06, L 04/06, L 11/06 and K 24/06: not new sessions.
Not coaching: team huddles, "1:1 - Nadia / Ops Manager" (her own), complaints review panel ("nothing
to do with the coaching").
Supervision: 28/05 "Supervision - Graham" 09:00-10:00 60; 04/06 "Tutor feedback" 11:00-11:30 30;
20/06 "Tutorial - ILM cohort (Teams)" 13:00-14:15 75; 02/07 supervision in the future 0.
60 + 30 + 75 = 165 (also written up in the records file: once).

Practice truth: 845 minutes in 15 sessions with two coachees; supervision 165 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

CAL = [
    ["Subject", "Start", "End", "Duration", "My response"],
    ["Team huddle", "06/05/2025 08:45", "06/05/2025 09:00", "15 minutes", "Organizer"],
    ["Coaching - K (chemistry)", "06/05/2025 14:00", "06/05/2025 14:30", "30 minutes", "Organizer"],
    ["Coaching - L (chemistry)", "07/05/2025 10:00", "07/05/2025 10:45", "45 minutes", "Organizer"],
    ["1:1 - Nadia / Ops Manager", "12/05/2025 15:00", "12/05/2025 15:30", "30 minutes", "Accepted"],
    ["Coaching - K contract (with Ops Manager)", "13/05/2025 14:00", "13/05/2025 15:00", "1 hour", "Organizer"],
    ["Coaching - L contract", "14/05/2025 10:00", "14/05/2025 11:00", "1 hour", "Organizer"],
    ["Coaching - K", "20/05/2025 14:00", "20/05/2025 15:15", "1 hour 15 minutes", "Organizer"],
    ["Declined: Coaching - L", "21/05/2025 10:00", "21/05/2025 11:00", "1 hour", "Organizer"],
    ["Coaching - L (rebooked)", "23/05/2025 16:00", "23/05/2025 17:00", "1 hour", "Organizer"],
    ["Supervision - Graham (coaching supervisor)", "28/05/2025 09:00", "28/05/2025 10:00", "1 hour", "Accepted"],
    ["Complaints review panel", "29/05/2025 13:00", "29/05/2025 16:00", "3 hours", "Accepted"],
    ["Coaching - K", "03/06/2025 14:00", "03/06/2025 15:00", "1 hour", "Organizer"],
    ["Coaching - L (observed - tutor)", "04/06/2025 10:00", "04/06/2025 11:00", "1 hour", "Organizer"],
    ["Tutor feedback", "04/06/2025 11:00", "04/06/2025 11:30", "30 minutes", "Accepted"],
    ["1:1 - Nadia / Ops Manager", "09/06/2025 15:00", "09/06/2025 15:30", "30 minutes", "Accepted"],
    ["Coaching - K", "10/06/2025 14:00", "10/06/2025 14:50", "50 minutes", "Organizer"],
    ["Coaching - L", "11/06/2025 10:00", "11/06/2025 11:30", "1 hour 30 minutes", "Organizer"],
    ["Canceled: Coaching - K", "17/06/2025 14:00", "17/06/2025 15:00", "1 hour", "Organizer"],
    ["Coaching - L", "18/06/2025 10:00", "18/06/2025 11:00", "1 hour", "Organizer"],
    ["Coaching - K (moved from Tue)", "19/06/2025 12:00", "19/06/2025 13:00", "1 hour", "Organizer"],
    ["Tutorial - ILM cohort (Teams)", "20/06/2025 13:00", "20/06/2025 14:15", "1 hour 15 minutes", "Accepted"],
    ["Team huddle", "23/06/2025 08:45", "23/06/2025 09:00", "15 minutes", "Organizer"],
    ["Coaching - K (review)", "24/06/2025 14:00", "24/06/2025 14:45", "45 minutes", "Organizer"],
    ["Coaching - L (review)", "25/06/2025 10:00", "25/06/2025 10:45", "45 minutes", "Organizer"],
    ["Supervision - Graham", "02/07/2025 09:00", "02/07/2025 10:00", "1 hour", "Accepted"],
]

LOG = [
    H(0, "ILM 8587-302 - Coaching Log"),
    P("Nadia Rahman, Team Manager, Mortgage Arrears, Customer Contact Centre (Leeds)."),
    H(1, "1. The coaching"),
    P("""I manage 14 advisers and two team leaders on the arrears line - customers who have missed
      mortgage payments, which makes it one of the hardest lines in the building: long calls, a
      lot of distress, strict rules on vulnerable customers and what we can and can't say. My two
      coachees: K, promoted to team leader in March, who is struggling with her weekly one-to-ones
      with advisers who were her peers; and L, a senior adviser with nine years on the line who
      wants to move into the complaints team. Plan: 12+ hours, an hour a week each, K on Tuesday
      afternoons and L on Wednesday mornings, in the quiet room on the third floor, off the phones
      (logged as "coaching" in the workforce planning tool so nobody chases them for being off
      queue). Contracts agreed at the second session with each, and with our Ops Manager for K."""),
    H(1, "2. Record - my Outlook calendar"),
    P("""I've exported my calendar for May to July as a list and pasted it below, so it's exactly what was
      in Outlook. I've left the other meetings in (huddles, my own 1:1s, the complaints panel) so you
      can see it hasn't been tidied - they're nothing to do with the coaching. The Duration column
      is what was booked; where my session record (in the other file) says something different, the
      record is right."""),
    T(*CAL),
    P("""Notes: 21/05 L declined the invite that morning - the queue was over 40 calls - and we rebooked
      for the Friday. 17/06 I cancelled K because of a system outage and moved her to the Thursday.
      The 02/07 supervision hasn't happened yet."""),
    H(1, "3. Summary"),
    T(
        ["Coachee", "Sessions", "Hours (from calendar)"],
        ["K", "7", "6 h 20"],
        ["L", "7", "7 h 00"],
        ["Total", "14", "13 h 20"],
    ),
    P("Plus the phone session with L on 12/06 (25 mins, see records) = 13 h 45 in total."),
    P("""Supervision and tutorials: supervision with Graham 28/05 (1 hour), my tutor's feedback after the
      observed session 04/06 (30 mins), cohort tutorial 20/06 (1 h 15). Second supervision booked
      for 2 July."""),
    P("Authentication: I confirm that all the work in this portfolio is my own. Nadia Rahman, 27/06/2025."),
]

RECORDS = [
    H(0, "Session records and supervision notes - N Rahman (8587-302)"),
    P("""I wrote up most sessions in a notebook; these are the ones I typed up properly. Times are what
      actually happened."""),
    H(1, "K - 20/05 - 1 hr 15"),
    P("""Goal: run a one-to-one with an adviser who used to sit next to her. Reality: she postpones them.
      We used a scaling question (confidence 3/10) and then GROW. Option chosen: start with the
      adviser she gets on best with, this week. Feedback from K: "I didn't know I was avoiding it
      until you asked what I did instead.\""""),
    H(1, "K - 03/06 - 1 hr 20 (booked for an hour, we ran over - her choice)"),
    P("""She'd done three one-to-ones. One went badly: the adviser cried about her own mortgage. We talked
      about boundaries and the EAP, and about what a team leader is for. She didn't want to stop,
      and I had nothing after, so we carried on."""),
    H(1, "L - 04/06 - 60 mins - observed by my tutor"),
    P("""L's goal: pass the complaints team's assessment day in July. We worked on the written exercise:
      she writes like she talks on the phone, very warm, too long. My tutor sat in and then gave me
      30 mins of feedback afterwards: I was leading L towards my own answer in the second half."""),
    H(1, "L - 11/06 - 1 hr 30"),
    P("""Practice final-response letter against the complaints team's template. She cut it from two pages
      to one on her own. Confidence 7/10."""),
    H(1, "L - 12/06 - by phone, 25 mins"),
    P("""Not in the calendar because L rang me. She was working from home with a bad back and panicking
      about the assessment date moving, so I rang her back on her mobile, 07700 900461, and we had a
      proper session about what she could control. I'm counting this one."""),
    H(1, "K - 24/06 - 45 mins - review"),
    P("""Review of goals: all one-to-ones now done in the week they're due; she asks before she tells.
      Feedback form completed. We agreed to end the formal coaching and have a coffee in a month."""),
    H(1, "Supervision notes"),
    B("""28/05 - Supervision with Graham (coaching supervisor, L&D), 1 hour. I take on the coachee's
      anxiety - I came out of K's second session worried about her all evening. Graham: notice it,
      name it, leave it in the room."""),
    B("""04/06 - Tutor feedback after the observed session with L, 30 mins. Leading questions in the
      second half; try "what else?" before offering anything."""),
    B("""20/06 - ILM cohort tutorial on Teams, 1 h 15. Endings and evaluation. I'll use the feedback forms
      in the review sessions."""),
    P("""What I'm taking forward: book supervision before I start, not after three weeks; put a line in
      the contract about contact outside sessions, because of the 12/06 call."""),
]

CASE = Case(
    name="r22a_302_callcentre_portfolio",
    unit="8587-302",
    kind="portfolio",
    files=[
        SourceFile("N Rahman 302 coaching log.docx", LOG),
        SourceFile("N Rahman 302 session records and supervision.pdf", RECORDS),
    ],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,  # "Authentication: I confirm that all the work in this portfolio is my own."
        "evidence_matrix": False,  # no matrix in either file
        # L's mobile number in the 12/06 record. Clean otherwise: Nadia Rahman the learner; Graham her
        # coaching supervisor; K and L codes; Ops Manager unnamed; Leeds.
        "identifying": ["07700 900461"],
        # K: 06/05 14:00-14:30 30; 13/05 14:00-15:00 60; 20/05 14:00-15:15 75; 03/06 booked 14:00-15:00,
        #    record "1 hr 20" 80; 10/06 14:00-14:50 50; 17/06 Canceled 0; 19/06 12:00-13:00 60;
        #    24/06 14:00-14:45 45
        #    30 + 60 = 90; + 75 = 165; + 80 = 245; + 50 = 295; + 60 = 355; + 45 = 400 (7)
        # L: 07/05 10:00-10:45 45; 14/05 10:00-11:00 60; 21/05 Declined 0; 23/05 16:00-17:00 60;
        #    04/06 observed 10:00-11:00 60; 11/06 10:00-11:30 90; 18/06 10:00-11:00 60; 25/06 10:00-10:45 45
        #    45 + 60 = 105; + 60 = 165; + 60 = 225; + 90 = 315; + 60 = 375; + 45 = 420 (7)
        #    + 12/06 phone "25 mins" (records only, "I'm counting this one") = 445 (8)
        # 400 + 445 = 845 (14 h 05). Records repeating calendar sessions: once. Her 13 h 20 / 13 h 45 use
        # the booked hour on 03/06. Huddles, her own 1:1s, the complaints panel: not coaching.
        "minutes": 845,
        "sessions": 15,
        "individuals": 2,
        # 28/05 supervision 09:00-10:00 60; 04/06 tutor feedback 11:00-11:30 30; 20/06 tutorial
        # 13:00-14:15 75; 02/07 in the future 0. 60 + 30 + 75 = 165.
        "supervision_minutes": 165,
    },
    about="Bank contact centre team manager; 302 two-file portfolio: Word log that is a pasted Outlook list export (other meetings left in, Declined and Canceled slots, a booked hour the record says ran over, supervision/tutor/tutorial rows, future supervision) and a PDF of records repeating sessions plus a phone session found nowhere else; coachee's mobile number planted.",
)
