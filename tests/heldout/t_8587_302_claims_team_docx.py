"""8587-302 coaching portfolio, DOCX: a motor claims team leader, a coaching log plus session record forms that repeat it.

Adeel Rahman leads a motor claims team at an insurer's Leeds office and coaches two claims
handlers, "Coachee A" and "Coachee B", from March to June. His portfolio follows the criteria
under "Section" headings: plan, goals, contract, tools, GROW, a coaching log table, then three
of his session record forms pasted in full (each restating the date and duration of a session
already in the log), reflection and feedback, and supervision. Tricky: both coachees had a
30-minute chemistry meeting, but he counts A's (it turned into a first session) and writes
that B's was "not counted in my hours"; A's 14 April session was cancelled (sick leave) and
rearranged for 22 April; B did not attend on 29 April; A's 5 May session was observed by his
ILM tutor, whose 20-minute debrief follows in the notes; a planned follow-up row for B; a
Total row (right, excluding B's chemistry). Supervision: two sessions with the internal
coaching supervisor (1 hr; 1 hr 15) plus the tutor's 20-minute debrief. Slip: one record
form's header gives Coachee B's real name in brackets. Evidence matrix at the end, signed
declaration.

Practice truth (log):
  A: 10 Mar chemistry 30 + 17 Mar 90 + 31 Mar 90 + 22 Apr 75 + 5 May 90 (observed)
     + 19 May 60 + 2 Jun 75 = 510 (7 sessions); 14 Apr cancelled.
  B: 18 Mar 90 + 1 Apr 90 + 15 Apr 90 + 6 May 105 + 20 May 90 + 3 Jun 90 = 555 (6 sessions);
     11 Mar chemistry 30 not counted (his word); 29 Apr DNA; 17 Jun planned.
  510 + 555 = 1065 (= his Total 17 hrs 45); 13 sessions; 2 individuals.
  Supervision: 9 Apr 60 + 21 May 75 + 5 May tutor debrief 20 = 155.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Coachee", "Time", "Duration", "Session", "Notes"],
    ["10/03", "A", "10:00-10:30", "0h30", "Chemistry", "Turned into a first session - counted"],
    ["11/03", "B", "15:00-15:30", "0h30", "Chemistry", "Not counted in my hours - only an intro chat"],
    ["17/03", "A", "10:00-11:30", "1h30", "1", "Contract signed, wheel of work"],
    ["18/03", "B", "14:00-15:30", "1h30", "1", "Contract signed, strengths profile"],
    ["31/03", "A", "10:00-11:30", "1h30", "2", "Goals agreed, GROW"],
    ["01/04", "B", "14:00-15:30", "1h30", "2", "Goals agreed, GROW"],
    ["14/04", "A", "-", "-", "3", "Cancelled - A on sick leave"],
    ["15/04", "B", "14:00-15:30", "1h30", "3", "Call-handling scores"],
    ["22/04", "A", "09:30-10:45", "1h15", "3", "Rearranged from 14/04"],
    ["29/04", "B", "-", "-", "4", "DNA - forgot, stuck on a complex claim. Rebooked"],
    ["05/05", "A", "10:00-11:30", "1h30", "4", "Observed by ILM tutor; her debrief with me 20 mins after"],
    ["06/05", "B", "13:45-15:30", "1h45", "4", "Rebooked from 29/04"],
    ["19/05", "A", "10:00-11:00", "1h00", "5", "Review of goal 1"],
    ["20/05", "B", "14:00-15:30", "1h30", "5", "Review, role play of a declinature call"],
    ["02/06", "A", "10:00-11:15", "1h15", "6", "Final review and close"],
    ["03/06", "B", "14:00-15:30", "1h30", "6", "Final review and close"],
    ["17/06", "B", "14:00-14:30", "0h30", "Follow-up", "Planned"],
    ["Total", "", "", "17h45", "", "Delivered only, not B's chemistry"],
)

RECORD_A1 = T(
    ["Coaching session record", ""],
    ["Coachee", "Coachee A"],
    ["Date / duration", "17/03, 1h30 (10:00-11:30)"],
    ["Model stage", "Reality - wheel of work scored"],
    ["What we discussed", "Scores lowest on 'handling complaints' (3/10) and 'confidence with liability decisions' (4/10)"],
    ["Actions", "A to pick two complaint calls to bring next time"],
    ["Coachee feedback (end of session)", "4/5 - 'helpful to see it on paper'"],
    ["My reflection", "I rushed the scoring. Next time let the coachee explain each score before moving on"],
)

RECORD_B3 = T(
    ["Coaching session record", ""],
    ["Coachee", "Coachee B (Shauna Whitlock)"],
    ["Date / duration", "15/04, 1h30 (14:00-15:30)"],
    ["Model stage", "Options"],
    ["What we discussed", "Call-handling QA scores dropped from 88% to 79%; B thinks it is the new script"],
    ["Actions", "B to listen back to three of her own calls and mark them against the QA form"],
    ["Coachee feedback (end of session)", "3/5 - 'felt a bit put on the spot'"],
    ["My reflection", "Too many why questions, sounded like an audit. Use what and how"],
)

RECORD_A4 = T(
    ["Coaching session record", ""],
    ["Coachee", "Coachee A"],
    ["Date / duration", "05/05, 1h30 (observed)"],
    ["Model stage", "Will"],
    ["What we discussed", "Liability decisions: A talked through two live files and decided both herself"],
    ["Actions", "A to make liability calls on her own files for two weeks, check with me after, not before"],
    ["Coachee feedback (end of session)", "5/5"],
    ["My reflection", "Tutor said I let silences run much better. Still summarise too long"],
)

MATRIX = T(
    ["AC", "Where to find it"],
    ["1.1", "Section 1"], ["1.2", "Section 2"], ["1.3", "Section 3"],
    ["2.1", "Section 4, session records"], ["2.2", "Section 5"], ["2.3", "Section 5 and 8"],
    ["2.4", "Section 6 log and records"], ["3.1", "Section 7"], ["3.2", "Section 7, records"],
    ["3.3", "Section 8"], ["3.4", "Section 9"],
)

BLOCKS = [
    H(0, "ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-302 Undertaking Coaching in an Organisational Context - Adeel Rahman, Team Leader, Motor Claims, Wharfedale Mutual (Leeds)"),

    H(1, "Section 1 - Coaching plan"),
    P("""I planned twelve hours of coaching with two claims handlers in my own team, about six
      sessions each of an hour and a half, every fortnight from March to early June. Coachee A is
      eighteen months into the role and wants to move to the liability team; Coachee B is
      experienced but her quality scores have dropped since our new call script came in. I
      booked a quiet room on the fourth floor away from the team, Monday mornings for A and
      Tuesday afternoons for B when the call queue is lowest, and blocked the time in our
      rota so neither was pulled onto the phones. I allowed two spare weeks in June in
      case of sickness or a claims surge, which was a good thing as it turned out."""),

    H(1, "Section 2 - Topics and goals"),
    P("""Both coachees chose their own topics at the second session. Coachee A: to make liability
      decisions on her own files without checking with me first, measured by two weeks of
      decisions with no changes needed on file review. Coachee B: to get her QA score back above
      85% for four consecutive weeks by the end of May, and to feel comfortable with the
      declinature part of the script. I wrote the goals up and sent them to each coachee to
      check the wording was theirs."""),

    H(1, "Section 3 - Contract"),
    P("""I used a written coaching agreement signed by the coachee, me and the claims manager as
      stakeholder. It covers how often we meet, what is confidential and the one exception
      (anything breaching FCA conduct rules or a safeguarding concern), that notes are kept on
      a locked drive for six months and then deleted, and that the claims manager only hears
      whether the goals were met and not what was said. Coachee B asked for a line saying the
      coaching would not be used in her performance review, which I added before she signed."""),

    H(1, "Section 4 - Diagnostic tools"),
    P("""I used two tools. With Coachee A a wheel of work, eight parts of the role scored out of
      ten, which showed her lowest areas were handling complaints and confidence with liability
      decisions. With Coachee B a strengths profile from our learning portal plus her last three
      months of QA scores, which showed she was strong on empathy but dropping marks on the
      compliance statements in the new script. Using real QA data alongside the strengths profile
      made the conversation about facts rather than feelings."""),

    H(1, "Section 5 - Coaching model and how I coached"),
    P("""I used the GROW model (Whitmore) for both coachees, a stage or two per session rather than the
      whole thing each time. For B the Options stage took two sessions because she kept coming back to
      the script itself, which she can't change, so I asked what part of it she could control. On skills
      and behaviours: I used open questions, kept to time, kept the contract, and listened for what was
      not being said. In session 3 with B I asked three why questions in a row and she said she felt
      put on the spot, so from then I switched to what and how questions, which felt less like an audit."""),

    H(1, "Section 6 - Coaching log"),
    P("""The log runs from the first contact to the final reviews. B's chemistry meeting is in the
      log but I have left it out of my total because it was only a short introduction over a coffee.
      A's chemistry meeting went straight into scoring her wheel so I counted it. In all I delivered
      17 hours 45 minutes, well over the twelve hours required."""),
    LOG,
    P("Three of my session record forms are below as examples; the rest are in the appendix folder."),
    RECORD_A1,
    RECORD_B3,
    RECORD_A4,

    H(1, "Section 7 - Reflection and feedback after each session"),
    P("""After every session I filled in the reflection box on the record and asked the coachee to score
      the session out of five and say one thing that helped and one that didn't. Scores went from
      3 and 4 in March to 5 and 5 by June. The key learning for my CPD came from B's 3 out of 5 in
      April: I realised my questioning still sounded like a team leader checking a file. I also
      asked both coachees for written feedback at the end and the claims manager for a short
      comment on whether she had seen a difference in their work."""),

    H(1, "Section 8 - My communication skills"),
    P("""Questioning: better at open questions, still slip into why when I am under pressure.
      Listening: the tutor's observation said I held silences well and A used them to think aloud.
      Feedback: I give it clearly but I summarise for too long, which takes the ownership off the
      coachee. Written feedback from A said "you let me come to my own answers" which is what I was
      aiming for."""),

    H(1, "Section 9 - Supervision"),
    P("""I had two supervision sessions with the coaching supervisor in our L&D team:
      9 April for an hour and 21 May for an hour and a quarter. The first one helped me to see that I was
      treating B's coaching as performance management in disguise, and we agreed I would hand the QA
      data to B to interpret rather than presenting it. In the second we talked about ending well and
      she suggested a final session looking back over the whole journey, which both coachees valued.
      My ILM tutor also gave me 20 minutes of feedback after observing A's session on 5 May."""),

    H(1, "Evidence matrix"),
    MATRIX,
    P("Declaration of authenticity: this portfolio is my own work. Signed A. Rahman, 20 June"),
]

CASE = Case(
    name="t_8587_302_claims_team_docx",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("AdeelRahman_8587-302_portfolio.docx", BLOCKS)],
    labels={
        "1.1": "I allowed two spare weeks in June in case of sickness",
        "1.2": "to get her QA score back above 85%",
        "1.3": "coaching would not be used in her performance review",
        "2.1": "made the conversation about facts rather than feelings",
        "2.2": "the Options stage took two sessions",
        "2.3": "listened for what was not being said",
        "2.4": "The log runs from the first contact to the final reviews",
        "3.1": "my questioning still sounded like a team leader checking a file",
        "3.2": "say one thing that helped and one that didn't",
        "3.3": "I summarise for too long, which takes the ownership",
        "3.4": "treating B's coaching as performance management in disguise",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # Record form for B's 15/04 session: "Coachee B (Shauna Whitlock)"
        "identifying": ["Shauna Whitlock"],
        # A: 30 (10/03 chemistry, counted) + 90 (17/03) + 90 (31/03) + 75 (22/04) + 90 (05/05 observed)
        #    + 60 (19/05) + 75 (02/06) = 30+90=120; +90=210; +75=285; +90=375; +60=435; +75=510.
        # B: 90 (18/03) + 90 (01/04) + 90 (15/04) + 105 (06/05) + 90 (20/05) + 90 (03/06)
        #    = 90+90=180; +90=270; +105=375; +90=465; +90=555.
        # 510 + 555 = 1065 (his Total 17h45 = 1065). Not: B chemistry 11/03 (not counted, his word),
        # 14/04 cancelled, 29/04 DNA, 17/06 planned, Total row, the three record forms (repeats).
        "minutes": 1065,
        "sessions": 13,  # A 7 + B 6
        "individuals": 2,
        # L&D coaching supervisor 9 Apr 60 + 21 May 75 + tutor debrief after observed session 5 May 20 = 155
        "supervision_minutes": 155,
    },
    about="Motor claims team leader; 8587-302 DOCX with a log (one chemistry counted, one 'not counted', cancelled + rearranged, DNA + rebooked, observed session with 20-min tutor debrief, planned row, right total) and three record forms repeating sessions; two supervisions; coachee's real name in one form header.",
)
