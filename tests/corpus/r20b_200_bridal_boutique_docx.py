"""8584-200 Understanding Mentoring in Word: an independent bridal boutique's senior consultant, five planted details.

Joanne Prothero, Senior Bridal Consultant at an independent bridal boutique in Harrogate,
answers the unit 200 criteria under her own Heading 2s ("1.1 What an effective mentor
does"), using her mentoring of a new consultant through her first wedding season as the
running example. Mostly "my mentee" or "the new consultant", but:

Planted (5): the mentee's full name, double-barrelled and with a first name that is also a
season, when the example is introduced in 1.2 ("Summer Hathaway-Briggs"); her first name
alone in 2.4 and 2.5 ("Summer", "Summer's"; every lower-case "summer" is the season); the
shop's owner and Joanne's line manager by a first name that is also a word ("Bill"; the
lower-case "bill" is an invoice); a bride as initial and surname ("T. Adebayo"); and the
mentee's personal e-mail in the records answer ("summer.hb92@hotmail.co.uk").

Clean but tricky: the learner's own name and ILM number on the cover and declaration; her
tutor where the cover asks ("Lorraine Achterberg"); designer labels that are people's names
(Jenny Packham, Justin Alexander, Maggie Sottero, Rosa Clará, Pronovias); Harrogate Bridal
Week, the National Wedding Show, Bettys, the Montpellier Quarter, Parliament Street, The
Stray; Clutterbuck, Kram, Whitmore's GROW, Egan's SOLER, Luft and Ingham, Kolb, Honey and
Mumford, Pendleton; "Bride A" and "Bride B" as pseudonyms.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8584-200 Understanding Mentoring"),
    T(
        ["Learner", "Joanne Prothero"],
        ["ILM registration number", "61247738"],
        ["Centre", "Yorkshire Dales Training Partnership"],
        ["Tutor", "Lorraine Achterberg"],
        ["Word count", "1,310 (excluding references)"],
    ),
    P("""I am Senior Bridal Consultant at an independent bridal boutique just off Parliament
      Street in Harrogate. There are four of us on the shop floor plus the owner. Last year I
      mentored a new consultant through her first wedding season, and I use that as my
      example below. Brides are called Bride A and Bride B."""),

    H(1, "Section 1 – The mentor and the benefits of mentoring"),
    H(2, "1.1 What an effective mentor does"),
    P("""A mentor is someone with more experience who supports another person to learn,
      grow in confidence and find their own answers (Clutterbuck, 2004). In our boutique the
      mentor is not the person who sets your targets – that is the owner – but someone
      alongside you who has been there. An effective mentor agrees with the mentee what
      they want from the mentoring, listens more than they talk, asks questions that help
      the mentee think, shares stories of their own mistakes, gives honest feedback, keeps
      what is said confidential and knows when to point the mentee to someone else."""),

    H(2, "1.2 How mentoring helps the person being mentored"),
    P("""When Summer Hathaway-Briggs started with us in February she had come from a
      high-street fashion chain and had never fitted a bridal gown. I was asked to mentor
      her. Mentoring helped her in three different situations:"""),
    B("""Starting a new job – she had someone to ask about the things nobody writes down,
      like how long to leave a bride alone with her mum in the fitting room, or why we never
      say "cheap"."""),
    B("""Learning a skill under pressure – before her first solo appointment at the
      Harrogate Bridal Week trunk show we talked through how she would open, and she
      watched me fit a Maggie Sottero gown twice first."""),
    B("""Coming back after a knock – when a bride left without ordering and wrote a poor
      review, mentoring gave her somewhere safe to talk it through rather than going
      quiet."""),
    P("""Mentoring also helps people returning from maternity leave, people stepping up to a
      supervisor role and people who are thinking about a career move. The benefits are
      faster learning, more confidence, feeling part of the team and having a sounding
      board."""),

    H(2, "1.3 What can get in the way"),
    P("""Time is the biggest barrier: from April to August (the summer rush) every Saturday
      is booked in ninety-minute appointments. Space is another, as we have two fitting
      rooms and a stock room. Other barriers are the mentor also being the mentee's
      manager, not agreeing what the mentoring is for, a mentee who is embarrassed to admit
      what she doesn't know, and gossip in a small team."""),

    H(2, "1.4 How the barriers can be overcome"),
    P("""I asked Bill, who owns the shop and is my line manager, to give us a protected hour
      every Tuesday morning before opening, when there are no appointments, and he agreed
      once I explained it would cut down mistakes on orders. We met in the bridesmaid room
      or, once a month, in Bettys, away from the shop. Because I do not manage her, she
      could be honest with me. We wrote down what the mentoring was for in the first
      session, and we agreed that what she told me stayed between us unless it was a
      safeguarding or a money matter."""),

    H(1, "Section 2 – Being an effective mentor"),
    H(2, "2.1 Key skills"),
    B("Active listening and summarising"),
    B("Open and probing questions"),
    B("Building rapport and trust"),
    B("Giving balanced, specific feedback"),
    B("Setting goals and reviewing them"),
    B("Patience and empathy"),
    B("Self-awareness (the Johari window from Luft and Ingham helps here)"),

    H(2, "2.2 A model to follow"),
    P("""I used GROW (Whitmore, 2017). Goal: what do you want to get better at? Reality:
      what is happening now – for example, how many of your appointments ended in an order
      last month? Options: what could you try? Way forward: what will you do before we next
      meet? Around the whole relationship I found Kram's four phases useful – initiation,
      cultivation, separation and redefinition – because by October she no longer needed
      weekly sessions and we moved to a chat once a month."""),

    H(2, "2.3 Questioning and listening"),
    P("""Open questions ("How did the appointment feel from the bride's side?") get the
      mentee thinking and talking. Probing questions ("What made you reach for the Jenny
      Packham at that point?") help her look at her own decisions. Scaling questions ("Out
      of ten, how confident are you at pinning a bustle?") show progress over time. I save
      closed questions for checking facts, like order dates. When listening I use Egan's
      SOLER, I nod and summarise back, and I let silences run – bridal consultants hate a
      silence, so this is hard for both of us."""),

    H(2, "2.4 Giving feedback"),
    P("""I use Pendleton's rules: the mentee says what went well first, then I add what I
      saw, then she says what she would change and I add mine. Feedback should be about
      something specific she did, soon after it happened. For example, in June a bride, T.
      Adebayo, came in for her second fitting of a Justin Alexander gown and Summer spent the
      first ten minutes talking about her own engagement. Afterwards I asked how she thought
      it went, then said that the bride had looked at the clock twice and her mother had
      started checking her phone. We agreed she would keep her own stories for when a bride
      asks. I finished on what she did really well, which was the way she handled the
      mother querying the bill."""),

    H(2, "2.5 Developing trust"),
    P("""Trust comes from keeping confidences, doing what you said you would, admitting your
      own mistakes and not judging. In our second session I told her about the time I
      ordered a Rosa Clará gown two sizes too small and had to tell the bride. Summer's face
      changed – she said later that was when she realised she could tell me anything. I
      also made clear at the start what I would have to pass on, so that nothing came as a
      shock."""),

    H(1, "Section 3 – Organising mentoring"),
    H(2, "3.1 Planning sessions"),
    P("""Planning means booking the time and the room, reading back through my notes, and
      thinking about where the mentee is with her goals. Kolb's learning cycle reminds me
      to leave room to reflect on a real appointment rather than only talking about
      theory. My mentee came out as an Activist on Honey and Mumford's questionnaire, so we
      practised fittings on the mannequin rather than reading the Pronovias training
      guide. Each session starts by agreeing what she wants from it and ends with one or
      two actions and the next date."""),

    H(2, "3.2 Examples of goals"),
    B("To run a first appointment on her own, from greeting to order form, by the end of March."),
    B("To take the bridal pinning for a bustle without help by the National Wedding Show in October."),
    B("To convert two out of every five first appointments to an order within three months."),
    B("To learn the measuring guide for each of our four main designers by Easter."),

    H(2, "3.3 Records"),
    P("""The records needed are the mentoring agreement, a short note of each session (date,
      time, what we talked about, actions), the goals and how they are going, and any
      feedback. They should be kept securely, under GDPR, and only shared if we have both
      agreed. Anything that could identify a bride, like Bride A who was a teacher at a
      local school, should be left out. I learned this the hard way – I wrote my mentee's
      personal e-mail, summer.hb92@hotmail.co.uk, on the front of the agreement so I could
      send her the session notes, and left it on the counter during a Saturday. Now the
      notes go in a locked drawer and I use the shop's own e-mail."""),

    H(1, "References"),
    P("Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD."),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
    P("Kram, K. (1985) Mentoring at Work. Glenview: Scott Foresman."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),

    H(1, "Declaration"),
    P("""I declare that this assignment is my own work and that I have acknowledged all the
      sources I have used. Signed: Joanne Prothero   Date: 3 March 2025"""),
]

CASE = Case(
    name="r20b_200_bridal_boutique_docx",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("Prothero J - 8584-200 Understanding Mentoring.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Not: Joanne Prothero (learner), Lorraine Achterberg (tutor in the cover field),
        # Jenny Packham / Justin Alexander / Maggie Sottero / Rosa Clará (designer labels),
        # Bettys, Bride A/B, lower-case "summer" (season) and "bill" (invoice), theorists.
        "identifying": ["Summer Hathaway-Briggs", "Bill", "T. Adebayo", "Summer", "summer.hb92@hotmail.co.uk"],
    },
    about="Bridal boutique senior consultant's 200 DOCX, planted: the new consultant 'Summer Hathaway-Briggs' then 'Summer' beside lower-case summer the season, owner 'Bill' beside 'the bill', a bride 'T. Adebayo', personal e-mail; designer labels named after people, tutor on the cover, theorists clean.",
)
