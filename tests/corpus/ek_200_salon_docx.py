"""8584-200 Understanding Mentoring: a hair salon senior stylist's essay, as a DOCX.

Chantelle Moss is a senior stylist and apprentice lead in a town-centre salon, about to
mentor a quiet second-year apprentice. She writes a chatty essay under Word headings of her
own ("Introduction", "Where I'm starting from", "Getting ready", "How I'll go about it",
"What gets in the way", "Beyond our salon", "Looking back over this") that never name a
criterion. She opens with a story about her own mentor and only then says what the role is
(the fuller answer is the second paragraph); trust comes straight after, then planning;
goals and records share a paragraph (records answered briefly at its end); the model is
CLEAR (Hawkins), whose "Listen" step sits near her listening paragraph; listening and
questions run over two paragraphs (the first the fuller); feedback uses CEDAR; the skills
are a two-column table after everything else in that part; barriers and their remedies come
late in separate paragraphs, and the three situations for benefits come last of all. The
introduction and conclusion touch every topic. One apprentice's first name is planted;
she ends with a declaration.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("Becoming a mentor at the salon"),
    P("Chantelle Moss - ILM Level 2 Award in Effective Mentoring Skills"),
    P("Introduction"),
    P("""In this assignment I look at what being a mentor means in a hair salon, who gains from
      it, what can get in the way and what I can do about that, the skills and the model I will
      use, how I will listen, question and give feedback, how I will earn trust, and how I will
      plan sessions, set goals and keep records. I have been hairdressing for eleven years and
      from January I will be mentoring one of our apprentices."""),
    P("Where I'm starting from"),
    P("""When I was sixteen and sweeping floors, the senior stylist who took me under her wing did
      not teach me to cut. College and the salon educator did that. What she did was ask me every
      Friday how the week had gone, tell me honestly when I was rushing a client, introduce me to
      the wholesaler rep and the colour technician, and stop me quitting the week I burnt a
      client's fringe with the straighteners. I did not know it was called mentoring then."""),
    P("""So a mentor in our salon is the experienced person an apprentice can turn to, someone who is
      neither their manager nor their college tutor. The main activities are meeting regularly,
      getting them to choose their own targets and work out the route to each one, sharing what I have
      learned the hard way, opening doors to the right people, encouraging them when it goes
      wrong, and keeping what is said private. It is also knowing my limits. If an apprentice
      tells me about something like money worries or anxiety, my responsibility is to point them
      to the salon owner or the college's welfare officer, not to turn into their counsellor.
      And it is their development we are working on, not my column in the appointment book."""),
    P("""Trust will come first with Keeley, the apprentice I am going to mentor, because she is
      quiet and was let down by her previous salon, which used her as a Saturday cleaner and
      never let her near a client. I will build it slowly: turning up to our sessions when I said
      I would, telling her up front what stays between us and the one exception (if she or
      someone else might come to harm), and owning up to my own disasters, like the bleach bath I
      got wrong in my second year. I will not talk about her on the salon floor, which in a salon
      is harder than it sounds. Being a decent role model counts as well. If I am late and short
      with clients I cannot expect her to be professional, and if I say I will get her on the
      colour course I have to actually ring the educator."""),
    P("Getting ready"),
    P("""Before our first proper session I will sit down with Keeley for twenty minutes on a
      Tuesday, our quietest morning, with the salon's apprentice skills checklist. She ticks what
      she feels confident in and I tick what I have seen her do, and the gaps between the two
      ticks are where we start. I will also ask her to fill in a one-page 'about me' sheet on how
      she likes to learn, because some apprentices want to watch me first and others want to have
      a go on a block head straight away. Then we agree a short mentoring agreement: every other
      Tuesday at quarter past nine in the staff room, half an hour, phones off, what is private,
      and that either of us can call it a day. Before each session I will look over what I wrote
      last time and jot down two or three things to ask about, so we do not start from scratch."""),
    P("""Goals I expect we will agree are: to do a full head of foils on a paying client,
      unsupervised, by the end of March; to rebook at least six of her own clients a month by the
      summer; and to handle a complaint at the desk without fetching me within the next three
      months. Each one is something you can see happen and each has a date. I will ask Keeley to
      score how much each one matters to her out of ten, and if it is under seven we change it,
      because she will not chase a goal that is really mine. I will write the agreed goals on her
      record card in the mentoring folder, which, with the agreement and short notes from each
      session, is all the paperwork I keep. The folder lives in the locked drawer under reception
      because it has her personal details in it, and nobody else reads it unless she says so. The
      notes let us look back and see how far she has come, and let me see where I am talking too
      much."""),
    P("How I'll go about it"),
    P("""I am going to use the CLEAR model, which comes from Peter Hawkins. Contract: at the start
      of each session we agree what we are going to talk about and what Keeley wants to leave
      with. Listen: I let her tell me how things have been, without jumping in. Explore: we look
      at what is really going on and what she could do about it. Action: she picks what she will
      do before next time. Review: we finish by checking what was useful and what we would change.
      I like it better than GROW for a salon, because the first step stops a session sliding into
      a moan about the rota."""),
    P("""Listening is the part I will have to work at, because in a salon you are used to chatting
      and filling every silence. In sessions I will sit beside her not opposite, shut the staff
      room door to keep the dryers out, let her finish, and then tell her what I think she
      meant, for example 'so it's not the colour you're worried about, it's the client
      watching you in the mirror', so she can put me right. I will watch for her going quiet or
      fiddling with her sleeves, because with Keeley that usually means there is more to come.
      Doing this helps her feel heard and means we work on the real problem."""),
    P("""Questions go with that. Open ones get her talking and thinking for herself: 'What would
      you do differently with that blow-dry?' or 'How did the client react?' Closed ones I will
      save for checking facts, like 'Did you do a strand test?', and I will close a topic with a
      checking question such as 'Have I got that right?'"""),
    P("""Feedback in a salon happens all day in front of clients, which is exactly where it should
      not. I will give Keeley mine afterwards in the staff room, using the CEDAR model. Context:
      what the situation was. Examples: what I actually saw, like the line at the back of the bob
      not being level. Diagnosis: we work out together why, maybe she was rushing because her next
      client was waiting. Actions: what she will do next time. Review: we check how it went at the
      next session. I will always say what went well too, and it will be about the haircut, never
      about her as a person."""),
    P("""The skills I think a mentor needs, and what they look like in our salon:"""),
    T(
        ["Skill", "What it looks like in the salon"],
        ["Listening", "Giving the apprentice my full attention, not one eye on the appointment book"],
        ["Asking questions", "Helping them work it out rather than handing over the answer"],
        ["Empathy", "Remembering how it felt to be the youngest, the one who sweeps up"],
        ["Giving feedback", "Honest, specific and in private"],
        ["Setting goals", "Breaking the apprenticeship standard into targets with dates"],
        ["Role modelling", "Showing the standards I want, from client care to tidying my station"],
    ),
    P("What gets in the way"),
    P("""The biggest barrier in a salon is time. We are booked back to back on Fridays and
      Saturdays, and if a client runs late the first thing to go is the apprentice's session. The
      second is the place: there is nowhere private except a staff room that doubles as the stock
      cupboard, so people walk in for towels halfway through. The third is Keeley herself. After
      her last salon she may think mentoring is just another way of being watched. The fourth is
      me: I am good at hair but I have never done this before, and I might just tell her what to do
      because it is quicker."""),
    P("""For time, I have asked the owner to block out the Tuesday morning slot in the booking
      system as 'training' so nobody can book a client over it, and if it does get lost we move it
      to another day that week, not the next month. For the place, we will take the session to the
      café two doors down when the staff room is busy and sit in the corner, which also feels less
      like being on the shop floor. For Keeley's doubts, I will explain at the start what is in it
      for her, getting signed off sooner and having someone in her corner, and tell her she can ask
      for a different mentor if we do not click, with no hard feelings. And for me, that is what
      this course and my tutor are for: I will take my session notes to tutorials and ask where I
      am doing all the talking."""),
    P("Beyond our salon"),
    P("""Mentoring does not only help apprentices, though for Keeley the gains are plain: she will
      pick up everything college does not teach, get to her end-point assessment with fewer nerves, and
      be more likely to stay in hairdressing. Half the apprentices in my college year had left by
      their second year. A friend of mine runs a small florist with two staff and was mentored
      through the local business network when she opened; her mentor stopped her underpricing her
      wedding work and helped her think like a business owner rather than a florist, which is why
      she is still open three years on. And at my daughter's dance school the older girls mentor
      the new little ones before shows, which takes away the stage fright and gives the older
      girls a bit of responsibility and confidence of their own. In all three the person gets
      someone who has been there before, and they get where they are going faster and with fewer
      knocks."""),
    P("Looking back over this"),
    P("""Writing this has made me see that mentoring is a job in itself, not something I squeeze in
      between clients. Trust, a clear model, good listening and questions, honest feedback, and a
      bit of planning and paperwork are what I will lean on, and I know where it could go wrong and
      what to do if it does. I start with Keeley in January."""),
    P("I confirm that this assignment is my own work."),
]

CASE = Case(
    name="ek_200_salon_docx",
    unit="8584-200",
    kind="unstructured",
    files=[SourceFile("Moss understanding mentoring.docx", BLOCKS)],
    labels={
        "1.1": "neither their manager nor their college tutor",
        "1.2": "stopped her underpricing her wedding work",
        "1.3": "doubles as the stock cupboard",
        "1.4": "block out the Tuesday morning slot",
        "2.1": "not one eye on the appointment book",
        "2.2": "which comes from Peter Hawkins",
        "2.3": "sit beside her not opposite",
        "2.4": "never about her as a person",
        "2.5": "which in a salon is harder than it sounds",
        "3.1": "the gaps between the two ticks are where we start",
        "3.2": "full head of foils on a paying client",
        "3.3": "locked drawer under reception",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Keeley"]},
    about="Hair salon mentoring essay DOCX: own Word headings, role after a story, trust early, goals and records in one paragraph, CLEAR model, skills as a table, barriers and remedies late, three situations for benefits last, declaration.",
)
