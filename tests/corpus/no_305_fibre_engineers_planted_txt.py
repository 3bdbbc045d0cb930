"""8587-305 Reflecting on Mentoring Skills: a fibre broadband field team leader's journal, plain text, three planted details.

Kerry-Ann Fletcher, Field Operations Team Leader for a fibre broadband build company in the
North East, mentors a newly qualified field engineer and keeps a dated reflective journal,
typed as a .txt file, followed by a short review and a six-month development plan as a
pipe-separated table. She writes "my mentee" almost everywhere. No declaration.

Planted (3): the mentee's first name alone, twice, in journal entries ("Declan"); his
area manager by title and surname ("Mr Ahmed"); and the mentee's mobile number, copied into
an entry about a missed call ("07700 900825").

Clean but tricky: her own name at the top; her supervisor by role only; Grey Street,
Stephenson House and the Tyne Bridge; Gateshead, Hexham and Washington (places); brands
(Vodafone, Panasonic Toughbook, Google Maps); Newcastle United and Sunderland; theorists and
models with citations (Gibbs, Rolfe, Kolb, Clutterbuck, Garvey, Stokes and Megginson, the
Johari window, GROW); job titles (Field Engineer, Area Manager, Build Manager); weekdays and
months opening entries.
"""

from .case import Case, P, SourceFile, T

JOURNAL = [
    P("REFLECTIVE JOURNAL – UNIT 305 REFLECTING ON MENTORING SKILLS"),
    P("Kerry-Ann Fletcher, Field Operations Team Leader, NorthFibre Build Ltd, Gateshead depot"),
    P("""This journal covers my mentoring of a newly qualified Field Engineer from January to April.
      I wrote an entry after most sessions and after each supervision with my supervisor (the
      company's Learning and Development Partner). At the end I have pulled it together into
      a review and a development plan."""),

    P("Mon 13 January"),
    P("""First session. My mentee qualified in December and has been out on his own for three weeks.
      He is 20, very quick with the splicing kit and the Toughbook, but he told me he dreads
      knocking on doors when a customer is angry about a missed appointment. We agreed the
      mentoring contract and met in the depot canteen. I did far too much talking – I think
      because he was so quiet I filled the gaps. Gibbs (1988) would say I need to get past
      describing what happened to why: I think I was nervous that he would not see the point."""),

    P("Wed 22 January"),
    P("""Second session. Better. I used GROW and mostly asked questions. His goal: handle a doorstep
      complaint without ringing the office. When I asked what good would look like, Declan said
      "they'd still be annoyed but they'd let me in". That was a great answer and I nearly
      talked over it. I noticed I'm rushing to the next question instead of letting the answer
      land."""),

    P("Fri 31 January"),
    P("""He missed our session. I tried his mobile (07700 900825) three times and left a voicemail.
      Turned out he was stuck on a pole job in Hexham with no signal and it was nobody's fault,
      but I was annoyed, and I noticed that I was annoyed. Not a good look for a mentor. I
      took it to supervision."""),

    P("Tue 4 February – supervision 1"),
    P("""My supervisor asked me what the missed session said about me rather than about him.
      Honest answer: I take it personally when people don't turn up, because in my first year
      nobody turned up for me. We used the Johari window – that reaction is probably in my
      blind area, since my team have seen it but I never had. Agreed action: set up a "no
      signal" rule in the contract (text when you can, no blame) and notice my own irritation
      before it shows."""),

    P("Thu 13 February"),
    P("""Third session, in the van on Grey Street while he waited for a traffic management crew.
      We role-played a doorstep complaint with me as a very cross customer. He froze the first
      time, then did it really well the second. My feedback was specific: "You said sorry once,
      then moved to what you could do today – that's exactly it." He asked if we could do more
      role plays. Note to self: practising works better than talking about it."""),

    P("Mon 24 February"),
    P("""His area manager, Mr Ahmed, asked me in the corridor at Stephenson House how "my lad" was
      doing and whether he was "up to it". I said I couldn't discuss the sessions but he could
      ask my mentee directly. Felt awkward but right. I should have agreed this with the Area
      Manager at the start – a three-way contract would have stopped it."""),

    P("Wed 5 March"),
    P("""Fourth session. He told me about a real complaint in Washington that he handled on his own,
      and the customer gave him a cup of tea at the end. I was so pleased I just said "brilliant"
      and moved on, and then realised I hadn't asked him what he did that worked. Kolb's cycle
      – I skipped his reflection stage for him. Next time ask first, praise after."""),

    P("Tue 11 March – supervision 2"),
    P("""Talked about praise. My supervisor pointed out that my feedback is either very warm or I say
      nothing; I'm not good at the middle ground of "this bit worked, this bit didn't". We
      looked at Rolfe et al.'s (2001) What? So what? Now what? as a simpler structure for my
      own entries because my Gibbs ones are getting very long."""),

    P("Thu 27 March"),
    P("""Fifth session. Declan brought his own agenda on his phone for the first time – three
      things, in order. I barely had to ask anything. He has gone from ringing the office about
      every complaint to ringing about one in the last three weeks (the depot log shows it).
      We talked about what he wants next: he's interested in the Build Manager route."""),

    P("Wed 9 April"),
    P("""Final session. We reviewed the goal and he filled in the company feedback form. He gave me
      4/5 and wrote "easy to talk to, really good at role plays, sometimes you answer your own
      questions". That last bit stung but it's true and I've seen it in my own entries too.
      We agreed to meet once a month for a coffee in town on an informal basis. He's a
      Sunderland fan and I'm Newcastle United so there'll be plenty to argue about."""),

    P("REVIEW OF MY MENTORING"),
    P("""Looking across my journal, the depot complaint log, his feedback form and the two
      supervisions, the mentoring worked: he reached his goal and his confidence is obvious.
      The evidence that it was my mentoring that helped, rather than just time, is that he
      mentions the role plays on the feedback form and that the drop in calls came straight
      after session three. Less effective was the start, when I talked too much, and the way
      I handled the missed session and my annoyance. The records show I was best when I
      planned a practical activity and worst when I winged it."""),
    P("""Strengths: building rapport quickly, practical activities like role play, keeping
      boundaries (the corridor conversation), and turning up reliably. Areas to improve: I talk
      too much when there is silence, I answer my own questions, my feedback lacks a middle
      ground, and I take cancellations personally. These are mostly communication and
      interpersonal things rather than knowledge; I know the job and the models."""),
    P("""Future development: the biggest opportunity is listening – specifically staying with a
      silence and letting the mentee's answer land, which I noticed in January and was still
      doing in April. Second, questioning: asking one open question and waiting, instead of
      two in a row, and never answering it myself. Third, communication with stakeholders –
      next time I would contract with the line manager at the start. Garvey, Stokes and
      Megginson (2014) make the point that mentoring in organisations always involves more than
      two people, and I learned that the hard way. Clutterbuck's idea of the mentor as a
      learner too fits what happened to me."""),

    P("DEVELOPMENT PLAN – MAY TO OCTOBER"),
    T(
        ["What", "How", "By when", "Measure of success"],
        ["Stay with silence", "Count to five after each question; record a session (with consent) and count interruptions", "End of June", "Fewer than 3 interruptions in a recorded hour"],
        ["One question at a time", "Write key questions on a card before each session", "July", "Next mentee's feedback doesn't say I answer my own questions"],
        ["Balanced feedback", "Use 'what worked / what to change' every session; ask supervisor to review two notes", "August", "Supervisor agrees both notes are balanced"],
        ["Three-way contracting", "Draft a short stakeholder agreement for line managers", "September", "Used with the next two mentees"],
        ["Mentor a second engineer", "Take on a new starter from the Hexham team", "October", "Six sessions held and reviewed in supervision"],
    ),
    P("""I will review this plan with my supervisor in August and again in October. Google Maps says
      Hexham is 40 minutes from the depot, so I will need to plan sessions around Vodafone's
      mast work on the Tyne Bridge diversion."""),
]

CASE = Case(
    name="no_305_fibre_engineers_planted_txt",
    unit="8587-305",
    kind="unstructured",
    files=[SourceFile("KFletcher reflective journal 305.txt", JOURNAL)],
    labels={
        "1.1": "the drop in calls came straight after session three",
        "1.2": "my feedback lacks a middle ground",
        "2.1": "staying with a silence and letting the mentee's answer land",
        "2.2": "Fewer than 3 interruptions in a recorded hour",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": ["Declan", "Mr Ahmed", "07700 900825"],
    },
    about="Fibre broadband team leader's 305 journal as .txt: mentee's first name twice, his area manager 'Mr Ahmed', mentee's mobile in a missed-session entry; supervisor by role, Grey Street/Stephenson House/Tyne Bridge, Gibbs/Rolfe/Kolb/Garvey, Newcastle United/Sunderland, Toughbook clean; no declaration.",
)
