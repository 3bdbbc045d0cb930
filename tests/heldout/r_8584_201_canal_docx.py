"""8584-201 mentoring practice: a canal charity's volunteer coordinator, DOCX, a log with clock ranges.

Gareth Pryce coordinates volunteer lock-keepers for a waterways charity and mentors a new
volunteer team leader. His log gives each session as a clock range ("09:15-10:00"), with one
row planned for after the submission date and one cancelled row. The mentee's full name slips
into a session record, and her first name alone into his reflection.

Assessor's arithmetic, row by row (log in section 2.5):
  12 Mar 09:15-10:00 -> 45 (first meeting, counted)
  26 Mar 13:30-14:30 -> 60
   9 Apr 10:00-10:50 -> 50
  23 Apr 10:00-11:00 CANCELLED (stoppage at Lock 14) -> excluded
  30 Apr 09:00-10:15 -> 75
  14 May 14:00-14:40 -> 40
  28 May 10:00-11:00 PLANNED (not yet held) -> excluded
  minutes 45+60+50+75+40 = 270; sessions 5; individuals 1 (the same volunteer team leader).
  Tutor meeting 7 May 11:00-12:00 -> supervision 60 (not mentoring).
Planted: "Harriet Okonkwo" (session record of 26 Mar) and "Harriet" alone (section 3.1).
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8584-201 Developing Mentoring Skills"),
    P("Learner: Gareth Pryce. Workplace: volunteer coordinator, Midland Waterways Trust (Stourside depot)."),
    H(1, "1.1 Plan for mentoring"),
    P("""My mentee joined us in February as a volunteer team leader on the flight of locks
      below the depot. She had run teams before in retail but never outdoors or with
      volunteers who can walk away whenever they like. Before we met I drafted a plan:
      six sessions of roughly an hour over twelve weeks, held in the depot office or walking
      the towpath, with a short written note after each one. I built in a review at the
      midpoint and a closing session to look back. I also checked with the area manager that
      the time could come out of her volunteer hours rather than on top of them."""),
    H(1, "1.2 Agreed goals"),
    P("""At the first meeting we talked about what would make the season a success for her.
      We settled on two goals which she wrote down herself: to run a Saturday work party of
      eight volunteers from briefing to sign-off without calling me, and to hold a difficult
      conversation with a volunteer who ignores the safety briefing. We agreed both would be
      reviewed at the midpoint session."""),
    H(1, "2.1 Evidence of three hours mentoring"),
    P("""The log in section 2.5 shows five sessions held between March and May. Together these
      come to four and a half hours, which is over the three hours the unit asks for. One session
      was cancelled and one is still to come, and I have left both out of my own count."""),
    H(1, "2.2 Questioning and listening"),
    P("""I mostly used open questions such as what would good look like on Saturday, and then
      kept quiet. When she talked about the volunteer who ignores briefings I reflected back
      the words she used, 'he makes me feel like the new girl', and she said hearing it out
      loud made her realise it was about her confidence rather than his behaviour."""),
    H(1, "2.3 Feedback"),
    P("""After I watched her give the 30 April briefing at the lock side I gave feedback using
      what went well and even better if. Her instructions on the windlass were clear and
      calm; even better if she checked understanding by asking someone to repeat back the
      rule about never leaving a paddle up."""),
    H(1, "2.4 How trust was developed"),
    P("""Trust came slowly. I kept every promise about time, started and finished when I
      said, and I told her at the start that nothing she said would go to the area manager
      unless it was about safety. The turning point was when I admitted my own first season
      had gone badly and she laughed and started to tell me the real problems."""),
    H(1, "2.5 Records of mentoring sessions"),
    T(["Date", "Time", "Where", "Status", "Focus"],
      ["12 Mar", "09:15-10:00", "Depot office", "Held", "Introductions, expectations, confidentiality"],
      ["26 Mar", "13:30-14:30", "Towpath walk", "Held", "Goals agreed"],
      ["9 Apr", "10:00-10:50", "Depot office", "Held", "Planning the Saturday work party"],
      ["23 Apr", "10:00-11:00", "-", "Cancelled", "Stoppage at Lock 14, all hands needed"],
      ["30 Apr", "09:00-10:15", "Lock side", "Held", "Watched her briefing, feedback"],
      ["14 May", "14:00-14:40", "Depot office", "Held", "Midpoint review"],
      ["28 May", "10:00-11:00", "Depot office", "Planned", "Closing session"]),
    P("""Session record, 26 March: walked from the depot to the bottom lock with Harriet Okonkwo.
      She chose the two goals herself and we wrote them on the back of a work party sheet.
      Agreed next step: she drafts the briefing for 12 April and sends it to me first."""),
    P("""Session record, 14 May: both goals reviewed. She has now led two work parties alone and
      had the conversation about briefings. Next step: she mentors the next new team leader."""),
    H(1, "3.1 Review of my own performance"),
    P("""Looking back, I was too quick to solve problems in the first two sessions. Harriet told
      me at the midpoint that she sometimes agreed to my ideas just to move on, which stung but
      was fair. From then on I waited for her to propose an action first, and the actions she
      chose were the ones she actually carried out. I am good at structure and timekeeping; I am
      less good at sitting with silence."""),
    H(1, "3.2 Meeting with my tutor"),
    P("""I met my tutor, Mrs Adebayo, on 7 May from 11:00 to 12:00 over Teams. We talked through my
      habit of jumping in with answers and she suggested counting to five after every question.
      She also asked me to keep a note of who spoke first in each session, which I have done since."""),
    H(1, "3.3 Future development"),
    P("""I want to develop two things. First, coaching-style questioning: I will ask to sit in on
      two sessions run by our senior mentor by September. Second, recording: my notes are brief
      and I will move to a simple template with goal, discussion and action for every session."""),
    P("Declaration: I confirm this is my own work. Gareth Pryce, 20 May."),
]

CASE = Case(
    name="r_8584_201_canal_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("gareth_pryce_8584-201.docx", BLOCKS)],
    labels={
        "1.1": "I built in a review at the midpoint",
        "1.2": "which she wrote down herself",
        "2.1": "come to four and a half hours",
        "2.2": "he makes me feel like the new girl",
        "2.3": "asking someone to repeat back the rule",
        "2.4": "my own first season had gone badly",
        "2.5": "Stoppage at Lock 14, all hands needed",
        "3.1": "agreed to my ideas just to move on",
        "3.2": "counting to five after every question",
        "3.3": "sit in on two sessions run by our senior mentor",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Harriet Okonkwo", "Harriet"],
        "minutes": 270,
        "sessions": 5,
        "individuals": 1,
        "supervision_minutes": 60,
    },
    about="Canal charity volunteer coordinator; clock-range log with a planned and a cancelled row; mentee's full name in a record, first name alone in the reflection.",
)
