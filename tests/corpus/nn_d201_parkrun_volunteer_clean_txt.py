"""D2.01 knowledge assignment: a running club volunteer's answers, plain text, clean.

Nathan Oyelaran (learner no. D2-40318), volunteer run leader at a community running club
that mentors teenagers doing the couch-to-5k, answers questions 1 to 20 with the numbers
typed as "Q1." lines and short answers, grouped under the three section titles. A cover
block names him, his number and the assessor.

Clean: his mentee is only ever "my mentee". Tricky look-alikes: the assessor the
cover asks to name (Assessor: Helen Marsh); parks and places named after people (Victoria
Park, the Queen Elizabeth Olympic Park, Jessica Ennis-Hill track, Nelson Street);
parkrun, Strava, Garmin and Nike; Mo Farah and Paula Radcliffe as role models; Daniel
Goleman; Childline; Arsenal; capitalised sentence openings; days and
months; his own sign-off and declaration.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("D2.01 Developing effective listening and questioning skills – knowledge assignment"),
    P("Learner: Nathan Oyelaran   Learner no: D2-40318   Assessor: Helen Marsh   Centre: East London Youth Sport"),

    P("SECTION 1 – The effective mentor's role"),
    P("""Q1. Mentoring is when someone with more experience supports another person to learn,
      grow and reach their own goals, mostly by listening and asking good questions rather
      than telling them what to do."""),
    P("""Q2. A mentor guides, encourages and is someone to talk to. In my club I meet my mentee
      before the Saturday parkrun at Victoria Park and we talk about how her week went."""),
    P("""Q3. Patient, honest, reliable, a good listener, non-judgemental and positive. Paula
      Radcliffe once said the best coaches believed in her before she did – that is what a
      good mentor is like too."""),
    P("""Q4. Turning up on time every week; keeping things confidential; praising effort, not
      just times on Strava."""),
    P("""Q5. Laughing at a mentee's slow time in front of others; making promises you don't
      keep; pushing your own opinions about which trainers (Nike or whatever) they should buy."""),
    P("""Q6. Respect means the mentee feels safe to be honest about what is hard for them. If
      they feel talked down to they will just stop coming. Treating them as an equal
      keeps them coming back."""),
    P("Section 1 summary: a good mentor is the steady person in the background who shows up."),

    P("SECTION 2 – Learning outcomes and barriers"),
    P("""Q7. Agreeing outcomes together means the mentee owns them and knows what success looks
      like, so both of you can see progress and nobody is guessing what the sessions are for."""),
    P("""Q8. Run 5k without stopping by the end of June. Lead the warm-up for the juniors once
      a month. Keep a running diary on Garmin for six weeks."""),
    P("""Q9. Low confidence after being picked last at school PE; worries at home like exams."""),
    P("""Q10. Getting to the park on a Saturday when buses from Nelson Street are rubbish;
      not having proper running shoes."""),
    P("""Q11. Meet at a closer place, for example the Jessica Ennis-Hill track at the Queen
      Elizabeth Olympic Park which is on the Overground; ask the club if there is a kit
      fund for shoes."""),
    P("""Q12. Listen first, but I am not a counsellor. I would tell the club welfare officer if
      it was a safety issue and point her to Childline or her GP for other things."""),
    P("""Q13. Be honest with the club that it isn't working and ask for the mentee to be matched
      with someone else, without blaming her – it's about what's best for the mentee."""),
    P("Section 2 summary: Most barriers are practical and can be solved if you ask early."),

    P("SECTION 3 – Listening and questioning"),
    P("""Q14. Effective listening is giving the person your full attention, hearing the feelings
      as well as the words, and not planning what you'll say next."""),
    P("""Q15. If you don't really listen you miss what is actually stopping them, and they
      stop telling you things."""),
    P("""Q16. Summarising what she said at the end; remembering next week that her mock exams
      were on Tuesday and asking how they went."""),
    P("""Q17. Open questions start with what, how, why or tell me – they can't be answered with
      one word, so they get the mentee thinking."""),
    P("""Q18. "What made today's run feel easier than last week?" and "How would Mo Farah plan
      for a hilly course?" (she loves him, so it gets her talking)."""),
    P("""Q19. Start with something that went well, be specific about one thing to change, and
      finish by asking what she thinks – Goleman would say do it with empathy."""),
    P("""Q20. Listen without arguing, say thank you, and think about it later. When my mentee
      said I go too fast on the warm-up jog I slowed it down."""),
    P("Section 3 summary: Questions only help if you then really listen to the answer."),

    P("""Declaration: I confirm these answers are my own work. Nathan Oyelaran, Sunday 18 May 2025
      (written after the Arsenal game, sorry for any typos)."""),
]

CASE = Case(
    name="nn_d201_parkrun_volunteer_clean_txt",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("Nathan Oyelaran D2.01.txt", BLOCKS)],
    labels={
        "q1": "mostly by listening and asking good questions rather",
        "q2": "we talk about how her week went",
        "q3": "believed in her before she did",
        "q4": "praising effort, not just times on Strava",
        "q5": "Laughing at a mentee's slow time in front of others",
        "q6": "feels safe to be honest about what is hard for them",
        "q7": "nobody is guessing what the sessions are for",
        "q8": "Lead the warm-up for the juniors once a month",
        "q9": "picked last at school PE",
        "q10": "not having proper running shoes",
        "q11": "ask the club if there is a kit fund for shoes",
        "q12": "I would tell the club welfare officer",
        "q13": "matched with someone else, without blaming her",
        "q14": "hearing the feelings as well as the words",
        "q15": "you miss what is actually stopping them",
        "q16": "her mock exams were on Tuesday",
        "q17": "they can't be answered with one word",
        "q18": "What made today's run feel easier than last week?",
        "q19": "be specific about one thing to change",
        "q20": "I slowed it down",
        "section-1": "the steady person in the background who shows up",
        "section-2": "can be solved if you ask early",
        "section-3": "Questions only help if you then really listen",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Running club volunteer's clean D2.01 txt: 'my mentee', assessor on the cover, Victoria Park, Queen Elizabeth Olympic Park, Jessica Ennis-Hill track, Nelson Street, parkrun/Strava/Garmin/Nike, Mo Farah/Paula Radcliffe/Goleman, Childline, Arsenal, signed declaration.",
)
