"""D2.02 mentoring diary as plain text from an astronomy society's junior group, kept newest first under a "total so far" line that is wrong for mentoring and right for the reviews: each entry a heading and Time/Review lines ("19:00-19:35", "half an hour", "40 mins", "0.5 hr", "7.00-7.30pm", "45 mins"), a clouded-out Friday with a message that was not a meeting, an observed session whose feedback was the review, two reviews held days later (phone, Teams), a public stargazing night not counted, a sixth-form tutorial. Clean: a declared pseudonym that is a constellation, stars, telescopes, astronomers and observatories.

Isla Drummond, Year 12, volunteers with her astronomy society's junior group on Friday
evenings and mentors "Orion" (his own choice of pseudonym), a Year 8 who wants to present at
the society's members' night. Her supervisor is the society's youth coordinator, Dr Priestley.
She added each week at the top. Mentoring lengths: 35, 30, 40, 30, 30, 45 minutes; reviews:
30, 25, 20 (Dr Priestley's feedback after watching session 4), 30 (Sunday phone), 30, 30
(Teams four days after session 1). Her header "3 hrs 40 mentoring" is 10 minutes high; "2 hrs
45 reviews" is right. Not counted in her words: a 2-hour public stargazing night helping four
juniors. A 20-minute check of the diary with her sixth-form coordinator is a tutorial.

Practice truth: 45 + 30 + 30 + 40 + 30 + 35 = 210 minutes in 6 sessions with one mentee;
supervision/tutorial 30 + 30 + 30 + 20 + 25 + 30 + 20 = 185 minutes.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "MENTORING DIARY: D2.02"),
    P("Candidate: Isla Drummond. Centre: sixth form college. Unit D2.02 Undertaking supervised mentoring."),
    P("""Where: the junior group of our astronomy society, Friday evenings in the society's hut at
      the dark-sky site (or the school library when it's cloudy). My mentee is Orion - not his
      real name, he picked it because it's the first constellation he learned. My supervisor is
      Dr Priestley, the society's youth coordinator."""),
    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""Orion is in Year 8 and knows more about the night sky than most adults in the society,
      but he won't speak in front of people. He wants to do a five-minute talk at the
      members' night in April. At our first session we agreed two outcomes: he will give a
      practice talk to the junior group by the end of March, and he will answer at least one
      question from the audience himself instead of looking at me. Dr Priestley agreed these
      before session 2."""),
    H(1, "Section 2 - Undertake supervised mentoring"),
    P("""Newest at the top - I added each week above the last one."""),
    P("TOTAL SO FAR: 6 sessions, 3 hrs 40 mentoring, 2 hrs 45 reviews with Dr Priestley."),
    H(2, "Session 6 - Friday 28 March"),
    P("Time with Orion: 19:00-19:35"),
    P("""His practice talk to the junior group last week went well, so this was about the real one:
      what to do if his mind goes blank (look at the slide of Betelgeuse and start from there).
      We finished by going through his feedback for me."""),
    P("Review: 19:40-20:10 with Dr Priestley, the whole diary."),
    H(2, "Session 5 - Friday 21 March"),
    P("Time with Orion: half an hour, in the hut before the juniors' practice talks."),
    P("""He gave his talk on the Messier objects to the eight juniors, and answered a question about
      the Orion Nebula (M42) himself. Afterwards I asked him what he'd noticed and he said "they
      were listening"."""),
    P("Review: 25 mins - Dr Priestley had to lock up so it was a bit shorter."),
    H(2, "Friday 14 March - no session"),
    P("""Clouded out and the society cancelled the evening. I messaged Dr Priestley about moving
      the practice talk to the 21st (not a meeting)."""),
    H(2, "Session 4 - Friday 7 March"),
    P("Time with Orion: 40 mins"),
    P("""Dr Priestley sat in and watched. We rehearsed his talk in the library with me as the
      audience, using Stellarium on the laptop for the slides."""),
    P("""Review: her feedback afterwards was the review, 20 mins. She said I told him the answer
      twice when he would have got there."""),
    H(2, "Session 3 - Friday 28 February"),
    P("Time with Orion: 0.5 hr"),
    P("""Planning the talk. He wanted to cover everything from Galileo to the James Webb telescope;
      we cut it down to three objects he can show in the society's Celestron."""),
    P("""Review: Dr Priestley wasn't there on the night so we did it on the phone on Sunday 2 March,
      30 mins."""),
    H(2, "Session 2 - Friday 21 February"),
    P("Time with Orion: 7.00-7.30pm"),
    P("""Why speaking up is hard. I told him about my first talk, which was terrible, and he
      laughed, and then he told me about being laughed at in a science lesson."""),
    P("Review: half an hour with Dr Priestley in the hut."),
    H(2, "Session 1 - Friday 14 February"),
    P("Time with Orion: 45 mins (we over-ran looking at Jupiter through the Skywatcher)"),
    P("""Getting to know each other, the two outcomes, what mentoring is - I said I'm not his
      teacher and what he tells me stays with me unless I'm worried about his safety."""),
    P("""Review: didn't happen on the night - Dr Priestley had to leave early. We made it up on
      Tuesday 18 February, 30 mins on Teams."""),
    H(2, "Not counted"),
    P("""Saturday 8 March - the society's public stargazing night. I helped Orion and three other
      juniors run the big Dobsonian for 2 hours. That was helping at an event, not mentoring,
      so I'm not counting it."""),
    P("""On 1 April my sixth-form coordinator checked this diary with me for 20 minutes (a tutorial)
      before I handed it in."""),
    H(1, "Section 3 - Review own progress"),
    H(2, "My performance and what worked well"),
    P("""Telling him about my own bad first talk worked because he stopped thinking I was perfect.
      Using the telescope made the sessions feel like astronomy, not like being told off."""),
    H(2, "What I learned about myself"),
    P("""I fill silences. Dr Priestley counted how many times in session 4 and it was six."""),
    H(2, "What I might do differently"),
    P("""Have a back-up indoor plan every week instead of only when it's cloudy, and do the review
      the same night even if it's short."""),
    H(2, "Skills I still need to develop"),
    P("""Waiting after a question. Asking open questions - like Patrick Moore did on The Sky at
      Night, he always let the guest say it."""),
    P("I confirm that this diary is my own work. Isla Drummond, 2 April"),
]

CASE = Case(
    name="r19a_d202_astronomy_society_txt",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Isla Drummond D2.02 diary.txt", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Clean: "Orion" is a declared pseudonym; Dr Priestley is her supervisor (staff); Betelgeuse, M42,
        # Jupiter, Messier, Galileo, James Webb, Patrick Moore, Stellarium, Celestron, Skywatcher,
        # Dobsonian are stars, astronomers, telescopes and software.
        "identifying": [],
        # Newest first; Time with Orion:
        #   S1 14 Feb "45 mins" 45; S2 21 Feb "7.00-7.30pm" 30; S3 28 Feb "0.5 hr" 30;
        #   S4 7 Mar "40 mins" 40 (observed, still hers); 14 Mar clouded out, none;
        #   S5 21 Mar "half an hour" 30; S6 28 Mar "19:00-19:35" 35
        #   45 + 30 = 75; + 30 = 105; + 40 = 145; + 30 = 175; + 35 = 210 = 3 h 30.
        #   Her "3 hrs 40 mentoring" at the top is 10 high.
        # Not: 8 Mar stargazing night 2 hours ("not counting it"); the TOTAL SO FAR line.
        "minutes": 210,
        "sessions": 6,
        "individuals": 1,  # Orion
        # Reviews: S1 made up 18 Feb on Teams "30 mins" 30; S2 "half an hour" 30; S3 phone 2 Mar "30 mins" 30;
        #   S4 feedback "20 mins" 20; S5 "25 mins" 25; S6 "19:40-20:10" 30
        #   30 + 30 + 30 + 20 + 25 + 30 = 165 = 2 h 45 (her figure agrees); 14 Mar message, not a meeting;
        #   1 Apr tutorial "20 minutes" 20: 165 + 20 = 185.
        "supervision_minutes": 185,
    },
    about="Sixth-former at an astronomy society's junior group; D2.02 text diary newest first under a wrong 'total so far' line, mixed lengths, a clouded-out week with a message not a meeting, observed session with feedback as review, reviews made up by phone and Teams, stargazing night not counted, a tutorial; clean pseudonym Orion.",
)
