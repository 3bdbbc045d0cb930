"""D2.01 Developing Effective Listening and Questioning Skills: a Young Leader's answers.

Ellie-Mae Rowntree, 16, is an Explorer Scout and a Young Leader with a Cub pack in York. She
answers the twenty D2.01 questions under the handbook's section headings, with the centre's
header table filled in. When she needs an example she uses "Person A" or "a Cub I will call
Sam (not his real name)". Nothing is to be flagged.

Clean but tricky: her own name in the header and after the declaration (a surname that is also
a brand); Cub leaders' Jungle Book names used as titles (Akela, Baloo, Bagheera), Lord
Baden-Powell and Baden-Powell House, the Chief Scout Bear Grylls, Gilwell Park, the Duke of
Edinburgh's Award, the World Scout Jamboree, Beavers, Cubs and Explorers, apps (OSM,
WhatsApp, Snapchat), York places (Acomb, Haxby, the Shambles, Rowntree Park), "my mum", a
declared pseudonym, days and months, capitalised first words of short answers ("Yes",
"Listening", "Closed"), the section leader and group lead by role only, and a GCSE.
"""

from .case import B, Case, H, P, SourceFile, T

ANSWERS = [
    H(0, "Knowledge Assignment: D2.01 Developing Effective Listening and Questioning Skills"),
    T(
        ["Centre Number", "084417"],
        ["Centre Name", "North Yorkshire Youth Leadership Centre"],
        ["Candidate Registration No", "YL2-71186"],
        ["Candidate Name", "Ellie-Mae Rowntree"],
    ),
    H(1, "The effective mentors role, responsibilities, characteristics and behaviours"),
    P("""1. Mentoring is when someone with more experience helps someone else to learn and grow by
      listening, asking questions and sharing what they know. It is not the same as teaching
      because the mentee decides what they want to work on."""),
    P("""2. A mentor supports the mentee, helps them set goals, listens, gives honest feedback and
      keeps things confidential unless someone is at risk. In Scouts I mentor a Cub who is
      about to move up to Scouts and is nervous about it."""),
    P("""3. Patient, a good listener, honest, reliable, friendly but not your mate, and a good
      role model. Baden-Powell said a leader should be like an older brother or sister, which
      I think is the same as a mentor."""),
    P("4. Appropriate behaviour:"),
    B("Turning up on time to every session, even on a cold Tuesday in January."),
    B("Listening without looking at my phone. I leave it in my bag during Cubs."),
    B("Asking what the mentee thinks before giving my own ideas."),
    P("5. Inappropriate behaviour:"),
    B("Telling other people what the mentee said, for example on Snapchat or in the Explorers WhatsApp group."),
    B("Making fun of the mentee or their ideas."),
    B("Making promises I cannot keep, like saying they will definitely get a place on the World Scout Jamboree."),
    P("""6. Respect is important because the mentee will not open up if they feel judged. Everyone
      in Scouts makes a promise to respect others, and that applies to mentors too."""),
    H(1, "The importance of agreeing learning outcomes and recognising and overcoming barriers"),
    P("""7. Agreeing learning outcomes means both people know what they are working towards. If
      only the mentor decides, the mentee might not care about it. Outcomes should be clear so
      you can tell when they have been reached, and realistic for the age of the mentee. For a
      Cub, "be more confident" is too vague, but "lead the opening ceremony at Cubs on a
      Tuesday in March" is something we can both see. Agreeing them together also helps
      trust, because the mentee can see the sessions are about them. It helps me too, as I
      know what to plan for each session and when to check progress."""),
    P("8. Three examples of appropriate learning outcomes:"),
    B("Person A will tie a reef knot and a clove hitch without help by the end of the term, checked by Baloo."),
    B("Person A will help plan one evening's activity for the Beavers in February."),
    B("Person A will complete the first stage of the Chief Scout's Silver Award by the summer camp."),
    P("""9. Personal things: being shy or worried about what others think; problems at home or at
      school, like being bullied."""),
    P("""10. Practical things: not having a lift to the hut in Acomb, and clashes with other
      clubs like football on the same night."""),
    P("""11. For transport, we can meet before Cubs in the hut so no extra journey is needed, or
      ask the section leader about the lift rota. For clashes, we can meet on a different
      night or for 30 minutes at the start of the meeting."""),
    P("""12. I would listen, not try to solve it, and tell them I might have to pass on anything
      that means they are not safe. Then I would speak to Akela, who is the Cub section
      leader and our safeguarding contact. I would not try to be a counsellor."""),
    P("""13. I would talk to my supervisor, and maybe the group lead, to see if a different mentor
      would be better. It is not anyone's fault if it does not work. My mum says some people
      just do not click."""),
    H(1, "The importance of effective listening and questioning skills"),
    P("""14. Listening means paying full attention, hearing the feelings as well as the words, and
      not planning what you will say next."""),
    P("""15. Listening is important because it makes the mentee feel valued and it means you
      understand the real problem, not what you think it is."""),
    P("""16. Two ways I show I have listened: I summarise what they said ("So you're worried
      about the hike at Gilwell Park because you don't know anyone?"), and I use body language
      like nodding and facing them."""),
    P("""17. Open questions get people talking and cannot be answered with yes or no. Closed
      questions check facts and can be answered in one word."""),
    P("""18. Open: "What did you enjoy about camp?" and "How do you feel about moving up to
      Scouts?" Closed: "Did you bring your neckerchief?" and "Is Thursday OK?\""""),
    P("""19. Give feedback soon after, be specific, say what went well first, then one thing to
      improve, and ask them what they think. For example, with a Cub I will call Sam (not his
      real name): "Sam, you explained the game really clearly. Next time try to look at
      everyone, not just Bagheera." Bear Grylls is the Chief Scout and writes a lot about
      teamwork, and I think good feedback in a team is honest but kind."""),
    P("""20. Receive feedback by listening without arguing, saying thank you, and thinking about it
      afterwards. When my supervisor told me I talk too fast, I wanted to say I don't, but I
      did. I am working on it for my GCSE English speaking exam too."""),
    P("""I first learnt about mentoring on a Young Leaders weekend at Baden-Powell House, and I
      would like to use it for the volunteering section of my Duke of Edinburgh's Award. Our
      group is planning a trip to the Shambles and Rowntree Park in the summer holidays."""),
    P("By submitting I confirm that this assessment is my own work. Ellie-Mae Rowntree, Haxby, 24 April 2025"),
]

CASE = Case(
    name="nk_d201_scout_leader",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("D2.01 Ellie-Mae Rowntree.docx", ANSWERS)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Young Leader's D2.01 answers: Akela, Baloo and Bagheera as Cub leaders' titles, Baden-Powell, Bear Grylls, Gilwell Park, the DofE, York places including a park sharing her surname, a declared pseudonym, Person A; nothing to flag.",
)
