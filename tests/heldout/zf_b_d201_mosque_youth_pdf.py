"""D2.01 (legacy, marked): a seventeen-year-old mosque youth-programme volunteer's knowledge assignment, typed in Google Docs and downloaded as PDF, sections answered out of order.

Idris Mahmood is 17, in Year 12, and volunteers with the youth programme at Masjid an-Noor in
Sparkbrook, Birmingham (Friday youth club and Saturday homework club). He is doing the ILM
Level 2 Award in Mentoring for Young Learners through the programme and mentors a
13-year-old boy he calls "my mentee" or "Mentee A". He typed the assignment in Google Docs
and downloaded it as PDF: the three section titles as headings, then each question in his own
numbering habits ("Q1.", "Question 2", "3)", "Q4 -", "5.", "Q.6", "14)", "Question 15" ...),
short answers in a seventeen-year-old's voice.

Order differs from the brief: Section 1 (Q1-Q6), then Section 3 (Q14-Q20) "because we had
just done listening in training", then Section 2 (Q7-Q12); Q13 is not answered in Section 2
but in his "Last bit" at the end, which also sums up. Q9 and Q10 are answered in one go under
"Q9/Q10" with personal and practical barriers as two short lists; Q17 and Q18 are separate
but Q18's answer is typed as four example questions.

Section labels: each section's summary criterion is answered where its first question is
answered (section-1 with q1, section-2 with q7, section-3 with q14), as in the brief's order,
not the order he wrote them.

Planted (2): the mentee's nickname ("Dino", in Q2's answer) and his older brother named by
first name ("Imran", in the Q9/Q10 answer). Not identifying: Idris's own name, Mentee A, the
Imam, the youth worker and the mentee's mum by role, Masjid an-Noor, Sparkbrook,
Small Heath, Stratford Road, Birmingham, the Duke of Edinburgh's Award, Aston Villa, Nando's,
Jurassic Park, Childline, UCAS, Snapchat.

No declaration (False). Evidence matrix: None (legacy D2.01 questions).
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    P("ILM Level 2 Award in Mentoring for Young Learners - Knowledge Assignment D2.01"),
    P("Idris Mahmood - Masjid an-Noor Youth Programme, Sparkbrook - March 2025"),
    P("""A bit about me: I'm 17 and I've volunteered at the youth programme for two years, mostly
      Saturday homework club and Friday five-a-side. This year I'm mentoring a boy in Year 8,
      I'll call him Mentee A. His mum asked the youth worker if someone could mentor him
      because he was getting into trouble at school and had stopped coming to youth club."""),

    H(1, "The effective mentors role, responsibilities, characteristics and behaviours"),
    P("Q1. Briefly describe what mentoring is about"),
    P("""Mentoring is an older or more experienced person helping a younger one with their goals
      and problems by listening and guiding them, not by bossing them. It's like being a big
      brother who's actually on your side and doesn't grass you up to your mum."""),
    P("Question 2 - the role of a mentor"),
    P("""The mentor's role is to meet regularly, listen, help them set goals and keep them going,
      and be a good example. I'm not his teacher and I'm not the Imam, so I don't tell him off.
      With Mentee A (everyone at youth club calls him Dino because he's watched every Jurassic
      Park film about ten times) my role is mainly to get him back coming on Fridays and help
      him stay out of isolation at school."""),
    P("3) Characteristics of an effective mentor"),
    P("""Patient, trustworthy, a good listener, reliable, positive, and someone who doesn't judge.
      Also you need to actually like young people, not just be doing it for your UCAS form."""),
    P("Q4 - three examples of appropriate behaviour"),
    P("""1. Always turning up when I said, even in exam season, because people have let him down
      before. 2. Meeting in the open, like the corner of the youth hall where the youth worker
      can see us, not somewhere private. 3. Being honest with him, even when it's not what he
      wants to hear, but in a kind way."""),
    P("5. three examples of inappropriate behaviour"),
    P("""1. Adding him on Snapchat or messaging him privately - we only message through the youth
      programme group chat that the youth worker is in. 2. Talking about his problems with my
      mates. 3. Promising things I can't do, like saying I'll get him into the Aston Villa
      academy trials."""),
    P("Q.6 why respect the mentee"),
    P("""If you don't respect them, why would they respect you or tell you anything? Young people
      can tell straight away if you're looking down on them. In Islam we are taught to respect
      everyone and that even a smile is charity, so for me it is part of my faith as well."""),

    H(1, "The importance of effective listening and questioning skills"),
    P("(I did this section next because we had just done listening in training)"),
    P("14) What is effective listening?"),
    P("""Effective listening is giving someone your full attention and trying to understand what
      they mean, not just the words. No phone, no thinking about what you're going to say."""),
    P("Question 15 - why is effective listening important"),
    P("""Because if he feels listened to he'll keep talking and trust me, and if I don't really
      listen I'll get the wrong end of the stick and help with the wrong thing."""),
    P("16) Two ways I show I have listened"),
    P("""1. Summing up what he said, like "so the teacher moved you and you felt picked on?" 2. My
      body language - facing him, eye contact, nodding, and not looking at the five-a-side
      going on behind him even when someone scores."""),
    P("Q17 Two main types of question"),
    P("""Open questions, which need a proper answer and get someone to explain or think, and
      closed questions, which only need yes, no or a fact."""),
    P("Q18 Examples"),
    P("""Open: "What happened in science today?" / "How do you feel about going back to youth
      club?" Closed: "Did you do your homework?" / "Are you coming Friday?" """),
    P("Q19 How to give feedback"),
    P("""Say what went well first and mean it, then one thing to work on, and be specific. Like
      "you kept your cool when that lad wound you up, that was massive" rather than just
      "good". Do it privately not in front of the group. And ask him what he thinks first."""),
    P("Question 20 - how to receive feedback"),
    P("""Listen to all of it, don't argue back straight away, say thanks, and think about whether
      it's true. When the youth worker told me I talk too much in our sessions I was annoyed
      at first but she was right."""),

    H(1, "The importance of agreeing learning outcomes and recognising and overcoming barriers"),
    P("7) Importance of agreeing learning outcomes"),
    P("""If we don't agree what we're aiming for, we just chat and nothing changes and he'll get
      bored. They have to be agreed by both of us because if I just decide them, they're my
      goals not his. They have to be appropriate, meaning realistic for a 13-year-old and
      about what he actually cares about. Having agreed outcomes means he can see he's getting
      somewhere, which is what keeps him coming back, and it means we can look back at the end
      and see if mentoring worked. It also helps me explain to his mum and the youth worker
      what we're doing without telling them private stuff."""),
    P("Q8. Three examples of appropriate learning outcomes"),
    P("""1. Come to Friday youth club at least three times a month until the summer holidays.
      2. Go a whole half term without being sent to isolation. 3. Sign up for the bronze Duke
      of Edinburgh's Award with the youth programme in September."""),
    P("Q9/Q10 Personal and practical things that get in the way"),
    P("""Personal: his temper when he feels someone is disrespecting him, and he doesn't trust
      adults much after some things at his old school."""),
    P("""Practical: getting there - his big brother Imran is meant to bring him but works evenings
      at Nando's on Stratford Road; and Ramadan, when the timetable changes and youth club
      moves to after taraweeh, which is too late for him."""),
    P("11. Handling the practical things"),
    P("""For getting there, we asked the youth worker and now he walks with two other boys from
      Small Heath who come every week. For Ramadan, we agreed to meet at Saturday homework club
      instead because it runs in the afternoon."""),
    P("Q12 If a mentee wants help with personal problems"),
    P("""Listen properly and take it seriously, but I'm not a counsellor. If it's something where
      he or someone else could get hurt, I have to tell the youth worker (she's the safeguarding
      person) and I'd tell him I was doing that. I can give him Childline's number. I must not
      promise to keep everything a secret."""),

    H(1, "Last bit"),
    P("""I never answered 13 in section 2 so I'm doing it here. If I couldn't get on with him,
      first I'd think about whether it's something I'm doing, then talk to him honestly about
      it. If it still didn't work I'd speak to the youth worker so he could be matched with a
      different mentor, because it's about him getting help, not about my pride."""),
    P("""Overall, doing this course has made me realise mentoring is mostly listening and being
      reliable, and a lot less about giving advice than I thought."""),
]

CASE = Case(
    name="zf_b_d201_mosque_youth_pdf",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("D2.01 Idris Mahmood.pdf", BLOCKS)],
    labels={
        "section-1": "a big brother who's actually on your side",
        "section-2": "we just chat and nothing changes",
        "section-3": "No phone, no thinking about what you're going to say",
        "q1": "a big brother who's actually on your side",
        "q2": "I'm not his teacher and I'm not the Imam",
        "q3": "not just be doing it for your UCAS form",
        "q4": "people have let him down before",
        "q5": "the Aston Villa academy trials",
        "q6": "even a smile is charity",
        "q7": "we just chat and nothing changes",
        "q8": "without being sent to isolation",
        "q9": "his temper when he feels someone is disrespecting him",
        "q10": "works evenings at Nando's",
        "q11": "walks with two other boys from Small Heath",
        "q12": "I must not promise to keep everything a secret",
        "q13": "it's about him getting help, not about my pride",
        "q14": "No phone, no thinking about what you're going to say",
        "q15": "I'll get the wrong end of the stick",
        "q16": "not looking at the five-a-side going on behind him",
        "q17": "only need yes, no or a fact",
        "q18": "What happened in science today?",
        "q19": "you kept your cool when that lad wound you up",
        "q20": "I talk too much in our sessions",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": ["Dino", "Imran"],
    },
    about="Seventeen-year-old mosque youth-programme volunteer's D2.01 as a Google Docs PDF: mixed numbering ('Q1.', 'Question 2', '3)', 'Q.6'), Section 3 answered before Section 2, Q9/Q10 together, Q13 answered in a 'Last bit' conclusion; the mentee's nickname and his brother's first name planted; no declaration.",
)
