"""D2.02 Undertaking Supervised Mentoring: a college student's Duke of Edinburgh's Award mentoring diary, plain text, clean.

Ellis Braithwaite (learner no. D2-51877), 18, a Gold DofE holder studying at a Sheffield
sixth-form college, volunteers with a school's Bronze DofE group and mentors a Year 10
participant who nearly dropped out before his expedition. Plain-text diary typed into the
centre's template headings ("Section 1 - ...", "2a", "3a" ...), with a header block naming
him and his supervisor where the template asks, two pipe tables (sessions and supervision
reviews) and prose answers. The mentee is "Tom" throughout, declared a pseudonym at the
start. Nothing is to be flagged.

Clean but tricky: his own name, number and signed declaration; the supervisor named in the
header the template asks for ("Supervisor: Mrs J. Barraclough"); the declared pseudonym
"Tom"; the Duke of Edinburgh's Award; places that read as names or words (Hope, Edale,
Castleton, Mam Tor, Kinder Scout, Jacob's Ladder, Sir William Hill road, Ladybower); the Old
Nag's Head (a pub); brands and apps (Berghaus, Trangia, Osprey, OS Maps, what3words);
Sheffield Wednesday and Sheffield United; Bronze/Gold; weekdays and months at row starts.

Practice truth: 30 + 30 + 40 + 30 + 30 + 30 = 190 minutes in six sessions with one mentee
(25 Mar not held; the 20 Mar group map-reading evening he says is not mentoring and not
counted); supervision 30 + 30 + 25 + 30 + 30 + 30 = 175.
"""

from .case import Case, H, P, SourceFile, T

DIARY = [
    P("ILM Mentoring Diary – D2.02 Undertaking supervised mentoring"),
    P("Learner: Ellis Braithwaite    Learner no: D2-51877"),
    P("Supervisor: Mrs J. Barraclough (DofE Manager, Hillsborough Academy)"),
    P("Setting: Bronze Duke of Edinburgh's Award group, Tuesday after-school sessions"),
    P("""Note: my mentee is in Year 10. I have called him "Tom" in this diary – that is not his
      real name."""),

    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""Tom signed up for Bronze with his mates but by February he had missed three training
      sessions and told the DofE Manager he was "not bothered" about the expedition. She
      asked if I would mentor him because I did Bronze, Silver and Gold at the same school.
      At our first meeting we talked about why he joined and what was putting him off. It
      turned out he was worried about being the slowest walker and about cooking in front
      of everyone. We agreed three outcomes together:"""),
    P("""1. Tom takes part in the practice walk at the end of March and the full expedition
      in May.
      2. He can plan and lead one leg of the route using a map and compass, not just the OS
      Maps app.
      3. He can cook a meal on the Trangia for his group without help."""),
    P("""Before the first proper session I showed these to my supervisor. She said the first two
      were good but the third should be about him being confident to try, not perfect, so we
      changed it to cook one meal for the group with the others helping him if needed.
      Tom agreed the new wording because it took the pressure off."""),

    H(1, "Section 2 - Undertake supervised mentoring"),
    H(2, "2a Mentoring sessions (six sessions of 30 minutes with one mentee)"),
    T(
        ["No.", "Date", "Time", "Length", "What we did"],
        ["1", "Tue 4 Mar", "4.15–4.45pm", "30 mins", "Got to know each other, agreed the outcomes, looked at the Bronze route"],
        ["2", "Tue 11 Mar", "4.15–4.45pm", "30 mins", "Map symbols and setting the map – he beat me at the symbols quiz"],
        ["–", "Tue 25 Mar", "–", "–", "Not held – Tom off school with flu. Moved to the practice walk"],
        ["3", "Sat 29 Mar", "12.10–12.50pm", "40 mins", "On the practice walk from Edale, lunch stop below Jacob's Ladder – he led the leg to the stop"],
        ["4", "Tue 1 Apr", "4.15–4.45pm", "30 mins", "Talked through the practice walk, what went well and what didn't"],
        ["5", "Tue 8 Apr", "4.15–4.45pm", "30 mins", "Cooking practice on the Trangia in the school yard"],
        ["6", "Tue 15 Apr", "4.15–4.45pm", "30 mins", "Reviewed the three outcomes, planned for May, ended the mentoring"],
    ),
    P("""I also helped run the map-reading evening for the whole Bronze group on Thu 20 Mar
      (about an hour) but that was teaching the group, not mentoring Tom, so it is not in
      the table."""),
    P("""The practice walk session was the one that mattered most. Tom had said all week that he
      would be last up the hill. At the bottom of Jacob's Ladder I asked him to read the
      route for the group and he did it without looking at his phone, then realised at the
      top that he hadn't even noticed how steep it was because he was busy with the map.
      I said nothing clever, I just asked him how it felt to be at the front for once."""),

    H(2, "2b Review with supervisor after each session (30 minutes)"),
    T(
        ["Review", "Date", "Length", "What we talked about / what I learned"],
        ["1", "Tue 4 Mar", "30 mins", "I asked questions that already had the answer in them"],
        ["2", "Tue 11 Mar", "30 mins", "Letting him win at something builds confidence – planned or not"],
        ["3", "Sat 29 Mar", "25 mins", "By phone from the Edale car park, cut short when the minibus left – whether I pushed him too hard on the hill"],
        ["4", "Tue 1 Apr", "30 mins", "Using his own words back to him when he says he's rubbish"],
        ["5", "Tue 8 Apr", "30 mins", "I took over the stove when the meths flared – should I have?"],
        ["6", "Tue 15 Apr", "30 mins", "Ending well and handing over to the expedition supervisors"],
    ),

    H(1, "Section 3 - Review own progress"),
    H(2, "3a Think about your own performance as a mentor and what worked well"),
    P("""What worked well was doing things with Tom rather than talking about them. Every time we
      sat down and talked about the expedition he got quieter, but put a map or a stove in
      front of him and he opened up. Walking side by side on the practice walk was easier for
      him than sitting across a table. Finding out we both support Sheffield Wednesday
      (everyone else in the group is United) also helped at the start."""),
    H(2, "3b What did you learn about yourself?"),
    P("""I learned that I want to rescue people. When the meths flared on the Trangia in session 5
      I grabbed the stove off him, when he was actually handling it fine. My supervisor said it
      was right to be careful with a flame, but I knew I would have done the same if it was a
      sock on fire. I also learned I am more patient than I thought when someone is slow to
      answer."""),
    H(2, "3c What might you do differently as a result of your reflection"),
    P("""I would plan activities from the start instead of only chat in the first two sessions,
      and I would agree with Tom what I would do if something went wrong – like the stove – so
      I could hold back without feeling guilty. I would also book the practice-walk session
      properly as a mentoring session in advance, not make it up on the day because we had
      missed one."""),
    H(2, "3d What skills do you still need to develop further?"),
    P("""Asking open questions that do not have my answer hidden inside them ("Don't you think
      you should...?"). Keeping quiet when I want to jump in. Giving feedback on the bits
      that didn't go well, because I only ever told him what went well. I want to work on
      these when I mentor a Silver participant next year."""),
    P("""My records: the outcomes sheet, the two tables above, and my notes after each session,
      all in a notebook that stays in the DofE office. Tom's real name is only on the school's
      DofE register, not in anything I wrote. I did not take any photos of him, only of the
      view from Mam Tor and the Old Nag's Head where the minibus parked. We got the train
      to Hope for the recce and used what3words to mark the campsite near Castleton."""),
    P("""Kit list for May is on the school's Teams page: Berghaus waterproofs are fine,
      Osprey rucksacks from the store, and the route avoids Sir William Hill road and the
      Ladybower reservoir path, which are too long for Bronze. Kinder Scout is for Gold."""),

    P("Learner declaration: this diary is my own work. Signed Ellis Braithwaite, 25 April 2025"),
]

CASE = Case(
    name="no_d202_dofe_expedition_clean_txt",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Ellis Braithwaite D2.02 diary.txt", DIARY)],
    labels={
        "section-1": "Tom agreed the new wording because it took the pressure off",
        "section-2": "how it felt to be at the front for once",
        "section-3": "stays in the DofE office",
        "q2a": "he beat me at the symbols quiz",
        "q2b": "Using his own words back to him",
        "q3a": "put a map or a stove in front of him",
        "q3b": "I learned that I want to rescue people",
        "q3c": "so I could hold back without feeling guilty",
        "q3d": "do not have my answer hidden inside them",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        # 2a: 4 Mar 30 + 11 Mar 30 + 29 Mar 12.10-12.50 40 + 1 Apr 30 + 8 Apr 30 + 15 Apr 30
        #   = 30 + 30 = 60; + 40 = 100; + 30 = 130; + 30 = 160; + 30 = 190.
        # Not: 25 Mar not held; 20 Mar group map-reading evening (about an hour, "not in the table").
        "minutes": 190,
        "sessions": 6,
        "individuals": 1,  # "Tom" (declared pseudonym)
        # 2b: 30 + 30 + 25 + 30 + 30 + 30 = 60; + 25 = 85; + 30 = 115; + 30 = 145; + 30 = 175
        "supervision_minutes": 175,
    },
    about="Sixth-former's clean D2.02 DofE diary as .txt: declared pseudonym 'Tom', supervisor 'Mrs J. Barraclough' in the template header, Hope/Edale/Jacob's Ladder/Sir William Hill/Old Nag's Head, Berghaus/Trangia/Osprey/what3words, Sheffield Wednesday; 190 min in six sessions (one not held, a group evening excluded), 175 min supervision (one review cut short).",
)
