"""D2.02 Mentoring diary, legacy (DOCX): a Sea Cadets petty officer cadet.

Ellie Carver, 17, a cadet petty officer at a Sea Cadets unit on the Tyne, mentors a new
13-year-old cadet she calls 'Cadet J' throughout. Word headings 'Section 1', 'Section 2',
'Section 3' as the diary asks; a diary table mixing '1930-2000', '35 mins', 'half an hour';
a did-not-attend week (cadet ill) with no supervision that week; her supervisor's review
after each session in its own column; a short agreement meeting before session 1 and a
15-minute supervision session about the outcomes before it. Signed declaration.

Practice, as an assessor counts it (the diary table):
    03/01 agreement meeting with Cadet J 20 mins = 20 (contracting counts),
    07/01 S1 1930-2000 = 30, 14/01 S2 35 mins = 35, [21/01 did not attend],
    28/01 S3 half an hour = 30, 04/02 S4 40 mins = 40, 11/02 S5 30 mins = 30,
    18/02 S6 45 mins = 45
    => minutes 230, sessions 7, individuals 1;
    supervision: 02/01 supervision session on outcomes 15 mins + after S1 2000-2030 30 +
    S2 30 + S3 half an hour 30 + S4 25 + S5 30 + S6 30 = 190.

Clean: 'Cadet J' only. Ellie's own name on the cover, the unit's commanding officer and
her supervisor (roles: 'my supervisor, the unit's training officer'), the Tyne, the Sea
Cadets, the Royal Navy are not identifying.
"""

from corpus.case import Case, H, P, SourceFile, T

DIARY = T(
    ["Date", "Session", "Time", "What we did", "Supervisor review"],
    ["03/01", "Agreement meeting", "20 mins", "Met Cadet J with her mum at the gangway, agreed outcomes (Section 1)", "-"],
    ["07/01", "Session 1", "1930-2000", "Knots - bowline and round turn. Nervous", "2000-2030"],
    ["14/01", "Session 2", "35 mins", "Uniform and kit, who to ask", "30 mins"],
    ["21/01", "-", "did not attend", "Cadet J ill - no session, no review", "-"],
    ["28/01", "Session 3", "half an hour", "Drill - practised the turns in the boat shed", "half an hour"],
    ["04/02", "Session 4", "40 mins", "First go in the pulling boat - talked about being scared of the water", "25 mins"],
    ["11/02", "Session 5", "30 mins", "Planning for her first Sea Cadets badge", "30 mins"],
    ["18/02", "Session 6", "45 mins", "Looking back, what she can do now", "30 mins"],
)

BLOCKS = [
    H(0, "Mentoring Diary D2.02"),
    P("Candidate: Ellie Carver (Cadet Petty Officer). Centre: Tyneside Sea Cadets unit."),
    P("""My mentee joined the unit in December and is 13. I call her Cadet J in this diary
      because we were told not to put names in."""),

    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""Before the first session I had a 15-minute supervision session with my supervisor,
      the unit's training officer, on 02/01 about what outcomes would be sensible for a
      brand new cadet. He said to keep it small and things she could show, not just feel.
      On 03/01 I met Cadet J (her mum stayed too, which was the unit's rule for under-14s) for 20
      minutes and we agreed three outcomes: 1) tie four knots without help by half term,
      2) know which instructor to go to for what, so she stops asking me about everything,
      3) go out in the pulling boat at least once before half term. She added number 3
      herself which surprised me as she is scared of the water."""),

    H(1, "Section 2 - Undertake supervised mentoring"),
    P("""All sessions were on Tuesday parade nights at the unit, in the boat shed or the
      classroom, never on my own with her out of sight of an adult. After each one I sat
      down with my supervisor in the wardroom to go over how it went."""),
    DIARY,
    P("""Session 4 was the important one. She got into the boat, then said she wanted to get
      out. I did not tell her it would be fine. I asked her what she thought would happen,
      and she said the boat would tip. I asked the coxswain to show her how stable it was
      with everyone sitting down, and she stayed in for the whole row round the dock. My
      supervisor said in the review that asking was better than promising."""),
    P("""In session 6 she tied all four knots in under two minutes and told me she knew to
      go to the coxswain for boats and the training officer for badges. Outcome 2 met."""),

    H(1, "Section 3 - Review own progress"),
    P("""I wrote this part after my last review with my supervisor, looking back over all
      six weeks and my notes from each review."""),
    H(2, "My performance and what worked well"),
    P("""What worked was doing things with her instead of talking at her. The knots and the
      drill were easy to see progress in. The review after each session with my supervisor
      helped because he noticed things I had not, like that I always stood between her and
      the other cadets."""),
    H(2, "What I learned about myself"),
    P("""I learned that I am impatient. When she could not do a bowline in session 1 I took
      the rope off her and did it, which is what my own mentor used to do to me and I hated
      it. I also learned I am calmer than I thought when someone else is scared."""),
    H(2, "What I would do differently"),
    P("""I would plan a second thing for every session in case the first one goes wrong or
      finishes early. Session 2 ran out of things to do after 25 minutes and I filled it with
      chat, which she liked but it did not help the outcomes."""),
    H(2, "Skills I still need to develop"),
    P("""Asking questions instead of telling, and keeping quiet long enough for her to
      answer. My supervisor says I ask a question then answer it myself. I want to mentor
      another new cadet in September and work on that, and go on the Sea Cadets junior
      instructor course in the summer."""),

    P("By submitting I confirm that this assessment is my own work. Ellie Carver"),
]

CASE = Case(
    name="q_d202_seacadets_docx",
    unit="D2.02",
    kind="structured-docx",
    files=[SourceFile("D202 diary E Carver.docx", BLOCKS)],
    labels={
        "section-1": "things she could show, not just feel",
        "section-2": "never on my own with her out of sight of an adult",
        "q2a": "she stayed in for the whole row round the dock",
        "q2b": "asking was better than promising",
        "section-3": "looking back over all six weeks",
        "q3a": "doing things with her instead of talking at her",
        "q3b": "I took the rope off her and did it",
        "q3c": "plan a second thing for every session",
        "q3d": "I ask a question then answer it myself",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # 03/01 agreement 20 + S1 30 + S2 35 + S3 30 + S4 40 + S5 30 + S6 45 = 230;
        # 21/01 did not attend. re-added: 20+30=50, +35=85, +30=115, +40=155, +30=185, +45=230.
        "minutes": 230,
        "sessions": 7,
        "individuals": 1,
        # 02/01 15 (Section 1 calls it a supervision session, so it counts) + reviews
        # 30 + 30 + 30 + 25 + 30 + 30 = 190 (re-added: 15+30=45, +30=75,
        # +30=105, +25=130, +30=160, +30=190)
        "supervision_minutes": 190,
        "identifying": [],
    },
    about="Sea Cadets petty officer's D2.02 diary in Word: Section headings, a diary table mixing '1930-2000', '35 mins', 'half an hour', a did-not-attend week, supervisor reviews in their own column, an agreement meeting and a pre-session supervision session; mentee only 'Cadet J'.",
)
