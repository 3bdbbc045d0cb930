"""D2.01 knowledge assignment: a 16-year-old junior coach at a table tennis club, DOCX.

Amira Haddad is a junior coach at her local table tennis club and is doing the young
learners' mentoring award at her sixth form; she mentors an 11-year-old who joined the
club's Saturday juniors. She pasted the brief's three section headings as Heading 1s, as the
brief tells her to, and under them answers in plain paragraphs that start with the bare
question number and go straight into the answer ("1. Mentoring is..."), never repeating
the question. Q4 and Q5 are a number line followed by three List Bullet examples each
(labels in bullets). Q9 and Q10 share one paragraph, "9 and 10.", with the personal things
first and the practical things in a separate sentence. In section 3 she answers Q15 before
Q14. Q18 is not answered: her "18." line says she will add the examples later, and her
Q17 answer describes open and closed questions without giving a single example, so q18 is
None. The section labels are in the first answer under each section heading (Q1, Q7 and
Q15), in a sentence of their own. A title line, a centre line and a signed declaration.

Clean: the mentee is never named. Not identifying: the club, Table Tennis England, the club
welfare officer and head coach by role, the sixth form, the learner's own name and
"A. Haddad".
"""

from .case import B, Case, H, P, SourceFile

BLOCKS = [
    H(0, "D2.01 Knowledge Assignment – Developing Effective Listening and Questioning Skills"),
    P("Amira Haddad   |   ILM Level 2 Award in Mentoring for Young Learners   |   Kingsmead Sixth Form"),

    H(1, "The effective mentors role, responsibilities, characteristics and behaviours"),
    P("""1. Mentoring is about an older or more experienced person helping someone else to learn,
      settle in and get better at something, by supporting them and helping them think for
      themselves rather than just telling them what to do. It usually goes on for a few weeks
      or months. A mentor is there for the whole person, not just their forehand."""),
    P("""2. The role of a mentor is to meet the mentee regularly, listen to them, help them set
      goals and check how they are getting on, give feedback, and be someone they can ask
      things they might be too shy to ask the coaches. At my club that means helping my
      mentee feel part of the juniors and not just the new kid on table 6."""),
    P("""3. An effective mentor is patient, a good listener, friendly and approachable, reliable
      (turns up when they say they will), honest and encouraging, and keeps things
      confidential unless someone could get hurt."""),
    P("4. Appropriate behaviour:"),
    B("Turning up on time every Saturday and being ready before the session starts."),
    B("Praising effort as well as winning points, so he keeps trying the new serve even when it goes in the net."),
    B("Following the club's safeguarding rules, like meeting in the main hall where others can see us."),
    P("5. Inappropriate behaviour:"),
    B("Laughing at him or letting others laugh when he misses an easy ball."),
    B("Messaging him privately on social media instead of going through his parent and the club."),
    B("Taking over and playing his match for him in the practice games because I want to win."),
    P("""6. Respect is important because if the mentee feels looked down on they won't tell you
      anything or try anything new. Treating them as an equal, even though they are younger,
      makes them feel their ideas count."""),

    H(1, "The importance of agreeing learning outcomes and recognising and overcoming barriers"),
    P("""7. Agreeing learning outcomes is important because then both of you know what you are
      working towards and can see when it has been achieved. If the mentee helps choose them
      they care about them more than if the mentor just decides. Outcomes that are too hard
      put people off, and ones that are too easy are boring, so agreeing them means they are
      the right size for that person. Everything we did afterwards came back to what we
      agreed in the first week. They also make it easier to look back at the end and show the
      mentee how far they have come."""),
    P("""8. Three examples of learning outcomes for my mentee: (a) to be able to do a legal
      backspin serve that lands on the table 7 times out of 10 by half term; (b) to play in the
      club's junior league match in December; (c) to know the scoring rules well enough to
      umpire a practice game on his own."""),
    P("""9 and 10. Personal things that can get in the way are being shy or nervous about
      talking to someone older, and worries at home or at school that take up their head. Practical things
      are not having a lift to the club every Saturday and the hall being booked for
      something else so the session is cancelled."""),
    P("""11. If he can't get a lift, we could move our catch-up to the Wednesday junior session
      which is closer to his school, or ask his parent if another family could share lifts. If
      the hall is booked we can meet for ten minutes at the start of the next session and
      keep a notebook of what we are working on so nothing gets lost."""),
    P("""12. If a mentee wants help with personal problems I would listen but not try to sort it
      out myself, because I'm not trained for that. I would tell the club welfare officer,
      and I would be honest with him that I might have to pass it on if it's about him being
      safe."""),
    P("""13. If I couldn't get on with my mentee I would first try to talk about it with him, in
      case it's a misunderstanding, and ask the head coach for advice. If it still didn't work
      the head coach could pair him with a different junior coach, which is better for him
      than carrying on."""),

    H(1, "The importance of effective listening and questioning skills"),
    P("""15. Effective listening is important because the mentee feels they matter and are more
      likely to open up. It also means you actually understand the problem instead of
      guessing, and you don't give advice about the wrong thing. You can't help someone
      improve if you haven't heard what they think is going wrong."""),
    P("""14. Effective listening is giving someone your full attention, hearing what they say and
      how they say it, and trying to understand it from their side before you reply."""),
    P("""16. Two ways I show I have listened: first, I say back in my own words what he told me,
      like when he said his arm gets tired and I said back that it sounded like the long
      rallies were wearing him out; second, my body language, facing him, putting my bat down
      and nodding, not looking at my phone."""),
    P("""17. The two main types are open questions and closed questions. Open questions let the
      person answer in their own words and explain, so you find out more. Closed questions can
      be answered with yes, no or a fact, and are good for checking something or getting a
      quick answer."""),
    P("18. I will come back to this one, I haven't finished my examples yet."),
    P("""19. When giving feedback I would do it soon after, somewhere private, start with what
      went well, then one thing to work on and how to do it, and finish with something
      positive. It should be about what he did, not about him, and I should ask what he thinks
      first."""),
    P("""20. When receiving feedback you should listen without arguing, ask questions if you don't
      understand, say thank you, and think about it afterwards even if it's hard to hear."""),

    P("I confirm that this assessment is my own work. Signed: A. Haddad   Date: 02/05/2025"),
]

CASE = Case(
    name="sp_d201_table_tennis_club_docx",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("Amira Haddad D201.docx", BLOCKS)],
    labels={
        "q1": "helping them think for themselves rather than just telling them",
        "q2": "not just the new kid on table 6",
        "q3": "reliable (turns up when they say they will)",
        "q4": "keeps trying the new serve even when it goes in the net",
        "q5": "instead of going through his parent and the club",
        "q6": "makes them feel their ideas count",
        "q7": "they care about them more than if the mentor just decides",
        "q8": "umpire a practice game on his own",
        "q9": "worries at home or at school that take up their head",
        "q10": "not having a lift to the club every Saturday",
        "q11": "move our catch-up to the Wednesday junior session",
        "q12": "I would tell the club welfare officer",
        "q13": "pair him with a different junior coach",
        "q14": "trying to understand it from their side before you reply",
        "q15": "you don't give advice about the wrong thing",
        "q16": "the long rallies were wearing him out",
        "q17": "answer in their own words and explain",
        "q18": None,
        "q19": "and how to do it, and finish with something positive",
        "q20": "listen without arguing, ask questions if you don't understand",
        "section-1": "A mentor is there for the whole person, not just their forehand",
        "section-2": "Everything we did afterwards came back to what we agreed",
        "section-3": "You can't help someone improve if you haven't heard",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Table tennis club junior coach's D2.01 in Word: the brief's section headings as Heading 1s, answers as paragraphs starting with a bare question number, Q4/Q5 as a number line over three bullets, '9 and 10.' in one paragraph, Q15 before Q14, Q18 promised but never answered (None), section labels in the first answer of each section, signed declaration, clean.",
)
