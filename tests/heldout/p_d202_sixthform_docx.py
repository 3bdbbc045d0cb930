"""D2.02 Mentoring diary (DOCX): a Year 12 peer mentor at a secondary academy.

Ellie-Mae Turner, 17, is a Year 12 student and trained peer mentor at a secondary academy
in Stoke-on-Trent. She mentors a Year 8 pupil who is struggling to settle after a move from
another school. Her supervisor is the academy's pastoral lead. A Word document with the
three D2.02 section headings; section 2 is one diary table in date order where her mentoring
sessions and her reviews with the pastoral lead sit as alternate rows (Type column:
'Mentoring' or 'Review'), followed by a paragraph about each session. Young, earnest
voice; ends with the 'By submitting I confirm...' line and her name.

Durations are written as she wrote them: '35 mins', 'half an hour', '09:10-09:45',
'40 min', '30 mins', '45 minutes'. One planned session did not happen because the mentee
was on a school trip (DNA row). Reviews: '30 mins', '30 mins', '25 mins', '30 mins',
'half an hour', '35 mins'.

Practice, as an assessor counts it (the table rows):
    Mentoring: 35 + 30 + [DNA, not counted] + 35 (09:10-09:45) + 40 + 30 + 45 = 215,
    6 sessions, 1 individual (my mentee).
    Reviews with the pastoral lead (supervision): 30 + 30 + 25 + 30 + 30 + 35 = 180.

Clean: 'my mentee' throughout. Not identifying: Ellie-Mae's own name, the pastoral lead
(a role), the academy, Stoke-on-Trent, the Year 8 form tutor (a role), the Duke of
Edinburgh's Award, Minecraft.
"""

from corpus.case import Case, H, P, SourceFile, T

DIARY = T(
    ["No.", "Date", "Type", "Time", "Main issues / outcome / actions"],
    ["1", "Tue 24 Sept", "Mentoring", "35 mins", "Getting to know each other. Outcomes agreed. Action: bring planner."],
    ["", "Tue 24 Sept", "Review", "30 mins", "Pastoral lead. I talked too much."],
    ["2", "Tue 1 Oct", "Mentoring", "half an hour", "Lunchtimes. Action: try chess club once."],
    ["", "Wed 2 Oct", "Review", "30 mins", "Pastoral lead. Silences."],
    ["-", "Tue 8 Oct", "Mentoring", "planned 30 mins", "DID NOT HAPPEN - mentee on Year 8 trip to Alton Towers. Moved to Thursday."],
    ["3", "Thu 10 Oct", "Mentoring", "09:10-09:45", "Homework and the planner. Action: homework club Mon."],
    ["", "Thu 10 Oct", "Review", "25 mins", "Pastoral lead (short, she had a meeting)."],
    ["4", "Tue 15 Oct", "Mentoring", "40 min", "Falling out in form. Action: talk to form tutor."],
    ["", "Tue 15 Oct", "Review", "30 mins", "Pastoral lead. Safeguarding question."],
    ["5", "Tue 5 Nov", "Mentoring", "30 mins", "Chess club went well. Next: a friend outside chess."],
    ["", "Wed 6 Nov", "Review", "half an hour", "Pastoral lead. Praise too much?"],
    ["6", "Tue 12 Nov", "Mentoring", "45 minutes", "Last one. Looked back at outcomes. Ending."],
    ["", "Tue 12 Nov", "Review", "35 mins", "Pastoral lead. Final review."],
)

BLOCKS = [
    H(0, "Mentoring Diary - D2.02"),
    P("Name: Ellie-Mae Turner (Year 12 peer mentor)"),
    P("Supervisor: the pastoral lead"),

    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""Before I met my mentee, the pastoral lead told me he had moved from a school in
      Manchester in the summer, did not know anyone, and was spending lunchtimes in the
      library toilets. In our first meeting I asked him what he would like to be different by
      Christmas. At first he said "nothing" and shrugged, so I asked him what a good day would
      look like and he said "having someone to sit with". From that we agreed three outcomes:
      1. Have somewhere to go and someone to be with at lunchtime. 2. Hand in homework on
      time using his planner (he had 4 missed homework warnings already). 3. Feel OK
      about asking a teacher for help. I took these to the pastoral lead at our first review
      and she said number 3 was vague, so at the next session we changed it to "ask one
      teacher for help in a lesson at least once a week" and he agreed."""),

    H(1, "Section 2 - Undertake supervised mentoring"),
    P("""Below is my diary. I met my mentee in the small study room by the sixth form block,
      usually Tuesday period 1 because he has PSHE then and his form tutor let him come out.
      After each session I met the pastoral lead to talk about how it went, usually the same
      day. The times are how I wrote them in my notebook."""),
    DIARY,

    H(2, "Carry out six mentoring sessions of 30 minutes each with one mentee"),
    P("""Session 1: he did not say much. I used his planner as something to look at together
      so it was not so intense, which worked. Session 2: lunchtimes. I asked what he used to do
      at his old school at lunch and he said chess. I did not know we had a chess club until I
      asked the pastoral lead so we looked it up together on the noticeboard. He said he
      would go once. Session 3 was moved because of the trip. We went through his planner and
      he found he had written homework in the wrong week twice. He decided by himself to go
      to homework club on Mondays. Session 4: a falling out in his form, someone was
      calling him names about his accent. He didn't want me to tell anyone but I explained I
      would have to tell the pastoral lead if it was bullying. We agreed he would talk to his
      form tutor himself first. Session 5: he had been to chess club three times and beaten a
      Year 10! He was actually smiling. Session 6: we looked at the three outcomes and he
      rated them. He says he still hates asking teachers for help but he did it twice in
      maths."""),

    H(2, "Meet with your supervisor after each mentoring session"),
    P("""My reviews were always with the pastoral lead. The most useful one was after session
      4, when I asked her if I had done the right thing about the name calling. She said yes
      and explained the academy safeguarding policy to me properly, and said I should always
      tell her the same day, not wait for the review. After session 5 she asked why I said
      "well done" eleven times in half an hour (she had asked me to count). I didn't realise I
      did that. In the last review she asked me what I would say to a new peer mentor and we
      turned that into my answers for section 3."""),

    H(1, "Section 3 - Review own progress"),
    P("""I wrote this after reading back through my notebook and the table above."""),

    H(2, "What worked well"),
    P("""Using something to look at, like his planner or the chess club poster, so we were not
      just staring at each other. Also asking about his old school, because that is where he
      had been happy and it gave us ideas. The chess club idea came from him, not me, and I
      think that is why he actually went."""),

    H(2, "What I learned about myself"),
    P("""I am a people pleaser and I hate awkward silences. I also learned that I am calmer in
      a serious situation than I thought, because when he told me about the name calling I
      did not panic, I just remembered what we were told in training."""),

    H(2, "What I would do differently"),
    P("""I would tell him about confidentiality properly in the first session. In session 4 he
      was upset that I might have to tell someone, and if I had explained it at the start it
      would not have been a surprise. I would also praise what he did, not just say well done
      all the time."""),

    H(2, "Skills I still need to develop"),
    P("""Being OK with silence. Asking open questions instead of questions where the answer is
      yes or no. And writing my notes straight after the session, because twice I wrote them
      at home and could not remember exactly what he said. I am going to keep practising by
      mentoring a Year 7 next term and doing the listening module in my Duke of Edinburgh's
      Award volunteering."""),

    P("By submitting I confirm that this assessment is my own work. Ellie-Mae Turner"),
]

CASE = Case(
    name="p_d202_sixthform_docx",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("D202 Mentoring Diary EM Turner.docx", BLOCKS)],
    labels={
        "section-1": "having someone to sit with",
        "section-2": "usually Tuesday period 1 because he has PSHE then",
        "q2a": "He decided by himself to go to homework club on Mondays",
        "q2b": "said \"well done\" eleven times in half an hour",
        "section-3": "after reading back through my notebook and the table above",
        "q3a": "The chess club idea came from him, not me",
        "q3b": "I am a people pleaser and I hate awkward silences",
        "q3c": "I would tell him about confidentiality properly in the first session",
        "q3d": "because twice I wrote them at home",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # 35 + 30 + 35 (09:10-09:45) + 40 + 30 + 45 = 215; 8 Oct did not happen (trip)
        "minutes": 215,
        "sessions": 6,
        "individuals": 1,
        # reviews with the pastoral lead: 30 + 30 + 25 + 30 + 30 (half an hour) + 35 = 180
        "supervision_minutes": 180,
        "identifying": [],
    },
    about="Year 12 peer mentor's D2.02 in Word: one diary table with mentoring and review rows alternating, durations '35 mins', 'half an hour', '09:10-09:45', '40 min', a did-not-happen row; section-3 answers under own-words headings; clean.",
)
