"""D2.02 Mentoring Diary: a young sports leader's diary of six supervised sessions (PDF).

Connor Whitfield-Ames, 18, is a volunteer sports leader at a leisure centre in Swindon who
mentors a younger volunteer. The form asks for the mentee's name, but his centre told him
to use a code, so the mentee is "Mentee A" throughout. Clean. Traps: his own name and the
centre on the cover, his supervisor named where the form asks, the Duke of Edinburgh's
Award, named teams (Swindon Town, the Lionesses, the Wildcats under-11s), athletes as
examples (Jessica Ennis-Hill, Bukayo Saka), programmes (Couch to 5K, parkrun, Sport
England), apps (Google Forms, WhatsApp), places (Lydiard Park, the Link Centre), days of
the week at line starts, and a supervision log kept beside the session log.
"""

from .case import B, Case, H, P, SourceFile, T

DIARY = [
    H(0, "Mentoring Diary: D2.02"),
    T(
        ["Centre Number", "071290"],
        ["Centre Name", "Swindon Active Leaders Programme"],
        ["Candidate Registration No", "YL2-60432"],
        ["Candidate Name", "Connor Whitfield-Ames"],
        ["Supervisor", "Nadia Fairclough, Sports Development Officer"],
        ["Mentee", "Mentee A (code used as agreed with the centre)"],
    ),
    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""I met Mentee A at the Link Centre on Saturday 1 March after the Wildcats under-11s
      training. Mentee A is 15 and has just started volunteering with the Duke of
      Edinburgh's Award, and wants to become a sports leader like me. We talked about what
      she wanted from the six sessions and agreed three overall outcomes:"""),
    B("To plan and lead a ten-minute warm-up for the under-11s on her own."),
    B("To feel confident speaking to parents at the side of the pitch."),
    B("To finish the volunteering section of her Duke of Edinburgh's Award with a signed log."),
    P("""Before we started I showed these to Nadia, my supervisor. She said the parent outcome
      was the hardest and that we should break it into smaller steps, so we agreed Mentee A
      would start by welcoming parents at drop-off before trying anything harder."""),
    H(1, "Section 2 - Undertake supervised mentoring"),
    T(
        ["Session", "Date", "Length", "Main issues discussed", "Outcomes agreed"],
        ["1", "Sat 08/03/2025", "30 minutes", "Getting to know each other, ground rules, why she volunteers", "Watch my warm-up next week and write down three things"],
        ["2", "Sat 15/03/2025", "30 minutes", "What she noticed in my warm-up", "Plan her own warm-up on paper"],
        ["3", "Sat 22/03/2025", "30 minutes", "Her warm-up plan, nerves about leading", "Lead half the warm-up with me next to her"],
        ["4", "Sat 29/03/2025", "30 minutes", "How the half warm-up went", "Lead the full warm-up and greet parents at drop-off"],
        ["5", "Sat 05/04/2025", "30 minutes", "Talking to parents, a parent who complained", "Say hello to three parents by name of their child"],
        ["6", "Sat 12/04/2025", "30 minutes", "Looking back at the outcomes, what next", "Get the DofE log signed and join the summer camp team"],
    ),
    P("""After each session I met Nadia for 30 minutes in the staff room to go over how it
      went. My supervision record:"""),
    T(
        ["Review", "Date", "Length", "What we talked about"],
        ["1", "Sat 08/03/2025", "30 minutes", "I asked too many questions in a row"],
        ["2", "Sat 15/03/2025", "30 minutes", "Letting her do the talking"],
        ["3", "Sat 22/03/2025", "30 minutes", "Nerves, hers and mine"],
        ["4", "Sat 29/03/2025", "30 minutes", "Giving feedback after a session"],
        ["5", "Sat 05/04/2025", "30 minutes", "The parent who complained"],
        ["6", "Sat 12/04/2025", "30 minutes", "Ending well"],
    ),
    P("""Session 3 was the turning point. She said she felt sick about leading, and I told her
      about my first warm-up when I forgot half the stretches. Nadia said afterwards that
      sharing that was good because it showed everyone starts somewhere. In session 5 a dad
      had told Mentee A the warm-up was "a waste of time". Instead of telling her what to
      say, I asked her what she thought the dad was worried about, and she worked out he
      just wanted the match to start on time."""),
    H(1, "Section 3 - Review own progress"),
    H(2, "My performance as a mentor and what worked well"),
    P("""What worked well was building up in small steps: watching, then half, then the whole
      warm-up. Mentee A led the full warm-up on 29 March and the coach of the Wildcats
      said it was better than mine. I also kept to time every week, which helped because
      she had to get the bus home."""),
    H(2, "What I learned about myself"),
    P("""I learned that I like to fix things fast. When she was nervous I wanted to just do it
      for her. I also learned I am better at listening than I thought when I slow down.
      Jessica Ennis-Hill said in an interview that her coach let her make mistakes in
      training, and I think I understand that better now."""),
    H(2, "What I might do differently"),
    P("""I would ask one question and then wait, instead of three in a row. I would write notes
      straight after the session rather than on Sunday, because by then I forgot some of
      what she said. I would also check in with her on WhatsApp through the club group only,
      not privately, which I nearly did before Nadia reminded me of the rules."""),
    H(2, "Skills I still need to develop"),
    P("""Giving feedback that is specific. I said "well done" a lot but not what was good about
      it. Also dealing with adults like the dad in session 5 myself. I want to do the
      Sport England leadership course in the summer and keep mentoring through the parkrun
      junior event at Lydiard Park. Bukayo Saka started as a young volunteer at his club too,
      so I know it can lead somewhere."""),
    H(2, "Records"),
    P("""I kept the session log and supervision log above on a Google Form that only Nadia and I
      can see, and Mentee A is only ever called by her code."""),
    P("By submitting I confirm that this assessment is my own work. Connor Whitfield-Ames"),
]

CASE = Case(
    name="nw_d202_leisure_centre",
    unit="D2.02",
    kind="structured-pdf",
    files=[SourceFile("D2.02 mentoring diary Whitfield-Ames.pdf", DIARY)],
    labels={
        "section-1": "break it into smaller steps",
        "section-2": "just wanted the match to start on time",
        "section-3": "is only ever called by her code",
        "q2a": "Lead half the warm-up with me next to her",
        "q2b": "Letting her do the talking",
        "q3a": "building up in small steps",
        "q3b": "I like to fix things fast",
        "q3c": "ask one question and then wait",
        "q3d": "but not what was good about it",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 180,
        "sessions": 6,
        "individuals": 1,
        "supervision_minutes": 180,
    },
    about="Young sports leader's D2.02 diary in PDF: clean; mentee coded as Mentee A though the form asks for a name, supervisor named on the cover, the Duke of Edinburgh's Award, named teams, athletes as examples, Swindon places.",
)
