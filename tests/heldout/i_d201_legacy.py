"""D2.01 (legacy, marked): a sixth-former who mentors Year 6 pupils at a primary school answers by number only.

Niamh Doherty, in Year 12 at a Burnley high school, goes to a nearby primary school twice a
week as a transition mentor for Year 6 pupils about to move up. Her DOCX has a cover table
(her tutor named on it), a Heading for each section with a line of her own about what the
section is for, and then answers that start "1)", "2)" ... with the questions never copied
in. Multi-part answers are bullets under the number. She signs a declaration at the end.

Clean, and full of traps: her mentees are "Pupil A" and "Pupil B"; her tutor Gemma
Whittaker is named on the cover and as "Mrs Whittaker" in an answer; the Year 6 teacher is
only "the Year 6 teacher"; Carl Rogers, Egan's SOLER, Pendleton, the TED questions, R. J.
Palacio's Wonder and Roald Dahl's Miss Trunchbull, the NSPCC, Childline, Towneley Park,
Burnley, and weekday abbreviations (Tues, Thurs, Fri) are all named.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "D2.01 Developing effective listening and questioning skills"),
    T(
        ["Candidate", "Niamh Doherty"],
        ["Centre", "Padiham Road High School Sixth Form, Burnley"],
        ["Tutor", "Gemma Whittaker"],
        ["Qualification", "ILM Level 2 Award in Mentoring for Young Learners"],
        ["Date", "Fri 14 March 2025"],
    ),

    H(1, "Section 1"),
    P("""This section is me explaining what I think a mentor actually is and how they should
      act, mostly from what I have learned going into the primary school."""),
    P("""1) Mentoring is about helping someone grow in confidence and get better at something
      by having a person on their side who has been there before. For the Year 6s it is
      someone a bit older who remembers being scared of big school."""),
    P("""2) A mentor listens, helps the mentee decide what they want to work on, encourages
      them and helps them find their own way through problems instead of solving everything
      for them. A mentor is a guide, not a teacher or a parent, and should pass things on
      to a proper adult when it is serious."""),
    P("""3) The main characteristics are being a good listener, patient, reliable, friendly
      but not trying to be their best mate, honest, and able to keep things private. I think
      the most important one is being reliable, because if you don't turn up on Tues when
      you said you would, an eleven year old notices straight away."""),
    P("4)"),
    B("""Turning up on time to every session and telling the school office in advance if I
      can't come, so Pupil A isn't left waiting at the library door."""),
    B("""Sitting side by side, not across a table like a teacher, and putting my phone away
      for the whole session."""),
    B("""Sticking to the school's rules, like always meeting where staff can see us and
      never giving out my own number or adding mentees on social media."""),
    P("5)"),
    B("""Laughing at a mentee's worry, even in a jokey way, like saying "you'll be fine, the
      high school isn't full of Miss Trunchbulls!" when they are genuinely frightened."""),
    B("""Gossiping about a mentee to my friends or to other pupils at the primary school."""),
    B("""Doing their homework for them to make them like me, or promising things I can't
      deliver, like "I'll make sure you're in the same form as your friend"."""),
    P("""6) Respect matters because the Year 6s can tell straight away if you think you're
      above them. Carl Rogers called it unconditional positive regard: accepting the person
      even if you don't agree with everything they do. If they feel respected they will
      actually tell you what's worrying them instead of just saying "fine"."""),

    H(1, "Section 2"),
    P("""Here I'm looking at why goals matter and the things, personal and practical, that
      can stop mentoring working, and what I'd do about them."""),
    P("""7) Agreeing learning outcomes is important because otherwise the sessions have no
      direction and just become chatting. When the pupil helps choose the outcome they feel
      it belongs to them, so they care more about it. It also means we can both see
      progress, which is motivating, especially for children who are used to being told
      they are behind. Outcomes have to be appropriate, meaning they fit the child's age
      and what they can realistically do in the time we have before July. If an outcome is
      too big, like "be confident at high school", the child can't tell if they have done
      it and might feel they have failed. Agreeing them together also protects me, because
      the Year 6 teacher and my tutor know what I am working on and can check it is the
      right thing. In training we practised turning a worry into an outcome: "I'll get
      lost" turned into learning the map of the high school."""),
    P("8)"),
    B("""By the end of the spring term Pupil A will be able to find the canteen, the library
      and her form room on the high school map without help."""),
    B("""Within four weeks Pupil B will read one chapter of Wonder by R. J. Palacio out loud
      to me without stopping to ask if he's doing it right."""),
    B("""Before the transition day in June, Pupil A will write down three questions she
      wants to ask her new form tutor and ask at least one of them."""),
    P("""9) Personal things that can get in the way: shyness or anxiety, so the child can't
      say what is really wrong; and things at home, like a new baby or parents splitting
      up, which take up all their head space so the mentoring feels unimportant."""),
    P("""10) Practical things: sessions being cancelled because of school events like SATs
      practice or the Christmas play, and not having a private space, because the library
      is also where the reading group meets on Thurs."""),
    P("""11) For cancellations, I keep a spare slot on Fri lunchtime that the school agreed
      we can use, so we never go two weeks without meeting. For space, we asked the office
      and now use the small room by the staff room, which has a glass door so staff can
      still see in."""),
    P("""12) I would listen and take them seriously but I would not try to fix personal
      problems myself, because I am not trained and I am only 17. If it is about their
      safety or someone hurting them I have to tell the school's designated safeguarding
      lead the same day, and I would tell the child that I have to do that, not promise to
      keep it secret. For other things I could tell them about Childline or the NSPCC
      website, and encourage them to talk to their class teacher or a parent."""),
    P("""13) If I couldn't get on with a mentee I would first think about whether it is me,
      for example if I am getting impatient. Then I would talk to my tutor about it
      confidentially. If it still doesn't work, the best thing for the child might be a
      different mentor, and that is not a failure, it's about what is best for them."""),

    H(1, "Section 3"),
    P("""The last section is about listening and questions, which is the bit I found I was
      worst at when I started and have improved the most."""),
    P("""14) Effective listening is giving someone your full attention and trying to
      understand what they mean and how they feel, not just the words, and not planning
      what you will say next while they are still talking."""),
    P("""15) It's important because it makes the mentee feel that what they say matters, and
      because if you don't listen properly you end up helping with the wrong problem. Pupil
      B kept talking about his football team when I asked about high school, and it was
      only when I listened properly that I realised he was worried about not knowing anyone
      to play football with at break."""),
    P("""16) First, I use Egan's SOLER, sitting squarely, open posture, leaning in a bit, eye
      contact and being relaxed, so my body shows I'm listening. Second, I repeat back what
      they said in my own words, like "so the bit you're worried about is the bus, not the
      lessons?", which lets them correct me if I got it wrong."""),
    P("""17) The two main types are open questions and closed questions. Open questions can't
      be answered with one word and get the person talking and thinking; they often start
      with what, how or tell me. Our tutor taught us TED: Tell me, Explain, Describe. Closed
      questions have a short answer like yes or no and are useful to check facts or get a
      quick decision."""),
    P("""18) Open: "What are you most looking forward to at big school?" and "How did it feel
      when you read to the class?" Closed: "Did you go on the visit day?" and "Do you want
      to meet in the small room again on Tues?\""""),
    P("""19) When giving feedback I make it specific and about what they did, not about them
      as a person, and I give it soon after. I use something like Pendleton's rules: first I
      ask them what went well, then I say what I thought went well, then we talk about
      what could be better. For example, after our practice walk round Towneley Park with
      the map, I told Pupil A she had read the map right at every turning and asked her
      what she'd do differently next time."""),
    P("""20) When receiving feedback I try to listen without arguing back, ask questions if I
      don't understand, say thank you and then decide what to change. Mrs Whittaker
      observed one session and told me I asked three questions at once. It was a bit
      embarrassing but now I ask one and wait."""),

    P("""I declare that all these answers are my own work and I have not copied them from
      anyone else. Signed: Niamh Doherty   Date: 14/03/2025"""),
]

CASE = Case(
    name="i_d201_legacy",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("Niamh Doherty D2.01.docx", BLOCKS)],
    labels={
        "q1": "remembers being scared of big school",
        "q2": "a guide, not a teacher or a parent",
        "q3": "an eleven year old notices straight away",
        "q4": "putting my phone away for the whole session",
        "q5": "Gossiping about a mentee to my friends",
        "q6": "instead of just saying \"fine\"",
        "q7": "the child can't tell if they have done it",
        "q8": "find the canteen, the library and her form room",
        "q9": "a new baby or parents splitting up",
        "q10": "SATs practice or the Christmas play",
        "q11": "a spare slot on Fri lunchtime",
        "q12": "I am not trained and I am only 17",
        "q13": "whether it is me, for example if I am getting impatient",
        "q14": "not planning what you will say next",
        "q15": "not knowing anyone to play football with",
        "q16": "so the bit you're worried about is the bus",
        "q17": "Tell me, Explain, Describe",
        "q18": "Did you go on the visit day?",
        "q19": "read the map right at every turning",
        "q20": "I asked three questions at once",
        "section-1": "how they should act, mostly from what I have learned",
        "section-2": "the things, personal and practical, that can stop mentoring working",
        "section-3": "worst at when I started and have improved the most",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
    },
    about="Sixth-former mentoring Year 6 pupils; DOCX; answers start '1)' '2)' with no questions copied; section lines in her own words; tutor on the cover; clean with traps.",
)
