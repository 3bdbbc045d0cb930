"""MD36 36-hour mentoring diary: an energy contact centre manager's diary plus a text summary.

Sian, a contact centre operations manager at an energy supplier, mentors new team leaders.
Her diary (Word) has one table per mentee with dd/mm/yyyy dates and durations typed every
which way ("1h30m", "09:00-11:00", "an hour and a half", "1.5 hrs", "ninety minutes"), then a
table of group sessions (one peer circle with three mentees) and a table of "other
development" (shadowing an L&D colleague - not counted). Her third mentee is "Mentee C" in
the contract and Chris in the notes. A fourth person, Ibrahim, had a chemistry chat and
decided not to go ahead; she marks it "not counted". A second file (plain text) has her
tutorial and supervision records and a summary of activity whose grand total, 38 hours, is
half an hour more than her sessions.

Practice truth: Ola 780 + Chris 690 + Hannah 660 + peer circle 120 = 2,250 minutes (37.5 h)
in 23 sessions with three mentees; supervision and tutorials 60 + 30 + 45 + 30 + 30 + 30 = 225.
"""

from .case import Case, H, P, SourceFile, T

HEAD = ["Date", "Session", "Duration", "Notes"]

DIARY = [
    H(0, "Workplace Mentoring Diary - 36 hours"),
    P("Mentor: Sian, Operations Manager, Customer Contact Centre (energy supplier)"),
    H(1, "1. Contracts and goals"),
    P("""I mentored three newly promoted team leaders from September to December 2024. Each of
      us signed a basic mentoring contract (confidentiality, fortnightly meetings of up to two
      hours, what happens if a session is missed). Ola wanted to get her team's call quality
      scores up; Mentee C (Chris, as I call him in my notes) wanted to handle absence
      conversations; Hannah wanted to manage her former peers. A fourth new team leader,
      Ibrahim, had a chemistry chat with me but we agreed not to go ahead because he already had
      a mentor in his own department."""),
    H(1, "2. Mentoring records"),
    H(2, "Mentee: Ola"),
    T(
        HEAD,
        ["02/09/2024", "Chemistry and contract", "45 mins", "Signed contract"],
        ["09/09/2024", "1 - goals, quality scorecard", "1h30m", "Baseline QA 71%"],
        ["16/09/2024", "2 - call listening together", "2 hrs", ""],
        ["30/09/2024", "3 - coaching her own advisers", "1 hr 45", ""],
        ["14/10/2024", "4", "cancelled", "Storm outage - all hands on phones"],
        ["21/10/2024", "4 (rebooked)", "2 hrs", "QA now 78%"],
        ["04/11/2024", "5", "1.5 hrs", ""],
        ["18/11/2024", "6", "2 hrs", ""],
        ["02/12/2024", "7 - closing review", "13:00-14:30", "QA 83%"],
    ),
    H(2, "Mentee: Chris (Mentee C)"),
    T(
        HEAD,
        ["03/09/2024", "Chemistry and contract", "1 hr", ""],
        ["10/09/2024", "1 - absence policy and fears", "09:00-11:00", ""],
        ["24/09/2024", "2", "DNA", "Chris forgot - on a late shift"],
        ["01/10/2024", "2 (rebooked) - role play", "1h45m", ""],
        ["15/10/2024", "3", "2 hrs", "First return-to-work meeting done"],
        ["29/10/2024", "4", "an hour and a half", ""],
        ["12/11/2024", "5", "2 hrs", ""],
        ["26/11/2024", "6 - closing review", "1 hr 15", ""],
    ),
    H(2, "Mentee: Hannah"),
    T(
        HEAD,
        ["05/09/2024", "Chemistry and contract", "30 mins", ""],
        ["12/09/2024", "1 - from peer to manager", "1 hr 30", "Used a stakeholder map"],
        ["26/09/2024", "2", "2 hrs", ""],
        ["10/10/2024", "3", "14:00-15:45", ""],
        ["24/10/2024", "4 - observed by my tutor Sam", "2 hrs", "Sam's feedback in my tutorial notes"],
        ["07/11/2024", "5", "ninety minutes", ""],
        ["21/11/2024", "6", "1 hr 45", ""],
        ["05/12/2024", "7 - closing review", "planned", ""],
    ),
    H(2, "Other contacts"),
    T(
        HEAD,
        ["11/11/2024", "Chemistry chat with Ibrahim", "45 mins", "Not counted - we agreed not to go ahead"],
    ),
    H(2, "Group sessions"),
    T(
        HEAD,
        ["17/10/2024", "Team leader peer circle - Ola, Chris and Hannah together", "10:00-12:00", "One session; each brought a problem"],
    ),
    H(2, "Other development (not mentoring hours)"),
    T(
        HEAD,
        ["08/10/2024", "Shadowed Ravi (L&D) mentoring an apprentice", "1 hr", "Not counted - Ravi's session"],
    ),
    H(1, "3. Reflections"),
    P("""Listening to calls with Ola rather than reading her QA reports changed our sessions: she
      heard for herself where advisers lost customers. With Chris the role play was the turning
      point; he said he had never rehearsed a difficult conversation before."""),
    P("""The peer circle was the session all three mentioned at the end. Hearing that the others
      had the same worries seemed to matter more than anything I said."""),
    P("Declaration: I declare that this diary is my own work and a true record of my mentoring. Sian, 13/12/2024."),
]

SUMMARY = [
    H(0, "MD36 - Tutorial activity, supervision and summary of activity"),
    P("Sian - Customer Contact Centre"),
    H(1, "Tutorial and supervision record"),
    P("""Tutorial 1 - 20/09/2024, 1 hour with my tutor Sam on Teams. We checked my three
      contracts and Sam asked me how I would handle a mentee who stopped turning up."""),
    P("""Supervision - my manager, Lesley, supervises my mentoring once a month for half an hour:
      27/09/2024, 25/10/2024 and 29/11/2024 (3 x 30 mins)."""),
    P("""Observation - Sam observed my session with Hannah on 24/10/2024 and gave me 30 minutes
      of feedback straight afterwards: good use of the stakeholder map, but I rushed the
      close."""),
    P("""Tutorial 2 - 08/11/2024, 45 minutes, mainly about endings. Tutorial 3 is booked for
      13/12/2024."""),
    H(1, "Summary of activity"),
    T(
        ["Mentee", "Sessions", "Hours"],
        ["Ola", "8", "13"],
        ["Chris (Mentee C)", "7", "11.5"],
        ["Hannah", "7", "11"],
        ["Peer circle (all three)", "1", "2"],
        ["Ibrahim", "chemistry only", "0 (not counted)"],
        ["Total", "23", "38"],
    ),
    P("""That takes me over the 36 hours with three mentees. I found the tutorials most useful
      for the endings: I had not planned how to close the mentoring until Sam asked."""),
]

CASE = Case(
    name="pz_md36_contact_centre_diary",
    unit="MD36",
    kind="portfolio",
    files=[
        SourceFile("Sian MD36 mentoring diary.docx", DIARY),
        SourceFile("Sian MD36 tutorials and summary.txt", SUMMARY),
    ],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Ola:    45 + 90 ("1h30m") + 120 + 105 ("1 hr 45") + 120 (21/10) + 90 ("1.5 hrs")
        #         + 120 + 90 (13:00-14:30) = 780; not 14/10 cancelled
        # Chris:  60 + 120 (09:00-11:00) + 105 ("1h45m") + 120 + 90 ("an hour and a half")
        #         + 120 + 75 ("1 hr 15") = 690; not 24/09 DNA
        # Hannah: 30 + 90 + 120 + 105 (14:00-15:45) + 120 (observed, counts) + 90
        #         ("ninety minutes") + 105 = 660; not 05/12 planned
        # Peer circle 17/10 10:00-12:00 = 120, once
        # 780 + 690 + 660 + 120 = 2250 (37.5 h; her summary says 38). Not: Ibrahim 45 (not
        # counted), shadowing Ravi 60, the summary table's per-mentee and total rows.
        "minutes": 2250,
        "sessions": 23,  # Ola 8 + Chris 7 + Hannah 7 + peer circle 1
        "individuals": 3,  # Ola, Chris (= Mentee C), Hannah; not Ibrahim
        # Sam tutorial 1 60 + Lesley 3 x 30 = 90 + Sam's observation feedback 30
        # + Sam tutorial 2 45 = 225; not tutorial 3 (booked)
        "supervision_minutes": 225,
    },
    about="Energy contact centre manager; MD36 Word diary with a table per mentee, group and other-contacts tables, Mentee C = Chris, uncounted chemistry, plus a .txt of tutorials and a summary whose total is 30 minutes high.",
)
