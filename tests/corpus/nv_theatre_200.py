"""8584-200 Understanding Mentoring: a deputy stage manager's assignment at a regional theatre.

Rhys Llewellyn is a deputy stage manager who mentors assistant stage managers. His examples
come from a mentee he calls "the ASM" and from shows whose titles are people's names.
Nothing is to be flagged.

Traps: shows titled with a person's name (Billy Elliot, Shirley Valentine, Educating Rita,
Matilda), characters (Lady Macbeth, Willy Loman, Captain Cat), playwrights and composers
(Shakespeare, Arthur Miller, Willy Russell, Sondheim, Dylan Thomas), a studio named after a
poet, Stanislavski, the Olivier Awards, Equity and ABTT, QLab and an ETC Eos desk, "Dad",
his own name in the footer line, job titles (Company Stage Manager, Head of Lighting), the
Johari window with its authors, Tuckman, Kolb, Honey and Mumford, Clutterbuck, Egan.
"""

from .case import B, Case, H, P, SourceFile, T

ASSIGNMENT = [
    H(0, "Unit 200 Understanding Mentoring – Rhys Llewellyn"),
    T(
        ["Learner", "Rhys Llewellyn"],
        ["Registration number", "R9043117"],
        ["Employer", "Castle Playhouse, Swansea"],
    ),
    P("""I confirm that the work in this assignment is my own. Rhys Llewellyn"""),
    H(1, "Introduction"),
    P("""I am the Deputy Stage Manager at the Castle Playhouse in Swansea, a 600-seat
      producing theatre with a studio, the Dylan Thomas Studio, where we staged Under Milk
      Wood last spring with Captain Cat played in a wheelchair on a revolve. Part of my job
      is mentoring the assistant stage managers (ASMs) who join us from drama school for their
      first professional season. Where I use an example, I call the person "the ASM"; she
      agreed to be described but not named."""),
    H(1, "Task 1.1 The role of an effective mentor"),
    P("""An effective mentor is an experienced colleague who helps someone less experienced
      find their own way in a job and a profession. In theatre that means far more than how
      to set props. A mentor shares the unwritten rules: when to speak on cans, how to
      handle a star's bad night, how to survive a get-out at two in the morning. The mentor
      listens, challenges, opens doors and, above all, acts as a sounding board
      who has no power over the mentee's contract. Clutterbuck describes
      mentoring as off-line help, and in a building where the Company Stage Manager signs
      off your work every night, having someone off-line matters."""),
    H(1, "Task 1.2 How mentoring benefits those being mentored"),
    P("""Mentoring helps a new starter settle, learn faster and stay. The ASM joined during
      the run of Billy Elliot, with a cast of forty including twenty children and a
      chaperone rota of its own. She told me later that having someone to ask the
      stupid questions kept her in the job through the first month. Mentoring also
      helps people through change (a move from touring to a building, or into management),
      helps those returning after illness or parental leave, and helps underrepresented
      groups into senior roles; our Head of Lighting was mentored through the ABTT's
      scheme and says it was the reason she applied for the job."""),
    H(1, "Task 1.3 Potential barriers to effective mentoring"),
    B("Time: eight shows a week and a get-in on Sunday leave little room for meetings."),
    B("Hierarchy: a mentee may not be honest with a mentor who also calls their cues."),
    B("Personality clashes, or a mentor who wants a clone of themselves."),
    B("Unclear expectations, when nobody has agreed what the mentoring is for."),
    B("Confidentiality worries in a small building where everyone talks in the green room."),
    H(1, "Task 1.4 Overcoming the barriers"),
    P("""Most barriers are overcome at the start. Agree what the mentoring is for, how often
      you will meet and what stays private, and write it down. For time, we booked our
      meetings on matinee days between shows, in the Sondheim Bar before the front of house
      opened, and treated them as calls that could not be cut. For hierarchy, I asked the
      Company Stage Manager to take over the ASM's cue sheet checks so that I was not
      her assessor as well as her mentor. For personality, I remind myself that the aim is
      her way of running a prompt desk, not mine. If a relationship does not work, it
      should end without blame and a different mentor should be found."""),
    H(1, "Task 2.1 Key skills of an effective mentor"),
    B("Active listening and summarising."),
    B("Open and probing questioning."),
    B("Giving constructive, specific feedback."),
    B("Building rapport and trust; keeping confidences."),
    B("Goal setting and action planning."),
    B("Self-awareness and knowing when to refer on."),
    H(1, "Task 2.2 A mentoring model or process"),
    P("""Clutterbuck and Megginson's five-stage model describes the relationship as it
      develops: building rapport, setting direction, progression, winding down and moving
      on. It matches a theatre season well. With the ASM, rapport came during technical
      rehearsals of Shirley Valentine, a one-woman play with a very small crew. Direction was
      set after press night, when she chose the goals. Progression ran through Educating Rita
      and the Christmas show, Matilda. We wound down in March, and she has moved on to a
      touring job with my blessing. Tuckman's stages (forming, storming, norming, performing)
      describe the same thing from a team angle, and the storm came in week three of Matilda."""),
    H(1, "Task 2.3 Using questioning and listening to support mentees"),
    P("""Open questions ("What happened on the cue to go into the blackout?") invite the
      mentee to think; closed questions check facts. Probing questions go deeper ("What made
      that hard?") and hypothetical ones let the mentee rehearse ("If the show stops, what
      is your first call?"). Listening means attending fully, as in Egan's SOLER, reflecting
      back what was said and noticing what was not. In the prompt corner it also means
      listening through cans to the tone of a voice, which the ASM said she had learned
      from me without my ever saying it."""),
    H(1, "Task 2.4 Giving feedback within a mentoring role"),
    P("""Feedback should be timely, specific, balanced and about behaviour, not personality.
      I use a simple structure: what I saw, its effect, and what might be tried next time.
      After the ASM's first time calling a show, I said that her standby calls were clear
      but came late on the big scene change, which meant the flys had four seconds
      instead of ten, and asked how she might build in the extra time. I also
      invite feedback the other way, and the Johari window (Luft and Ingham) explains why:
      feedback shrinks the blind area for both of us."""),
    H(1, "Task 2.5 Developing trust with a mentee"),
    P("""Trust comes from doing what you say: turning up, keeping confidences and being
      honest. It grows when the mentor admits mistakes. I told the ASM about the night I
      missed the cue for the storm in Lear and Lady Macbeth's understudy had to walk on in
      the dark for a different play the following week (a story the whole building tells
      about me). It also grows when the mentee sees that what they say does not reach
      their manager. Equity's guidance on dignity at work gave us a shared standard for
      the harder conversations."""),
    H(1, "Task 3.1 Planning for effective mentoring sessions"),
    P("""Plan the practical things (time, room, length, how to cancel) and the content. Before
      each session I read my notes from the last one, check what actions were agreed,
      and think about what the mentee might need. I book a room that is not the prompt
      corner. Kolb's cycle and Honey and Mumford's learning styles help me plan the way
      a session runs: the ASM is a strong activist, so we often started with something to
      do, such as rebuilding a QLab cue list or programming a state on the ETC Eos desk,
      and reflected afterwards."""),
    H(1, "Task 3.2 Examples of goals agreed in a mentoring session"),
    T(
        ["Goal", "Why it is SMART"],
        ["Call a full performance of the Christmas show unaided by 15 December", "Specific, measurable, dated"],
        ["Write a prompt book for one scene that the Company Stage Manager approves", "Observable outcome, agreed judge"],
        ["Lead one Monday production meeting by the end of the season", "Stretching but achievable"],
        ["Find out about the ABTT Bronze Award and apply by March", "Development beyond the current job"],
    ),
    H(1, "Task 3.3 Records required when mentoring an individual"),
    P("""A mentoring agreement signed by both people; a short record of each session with
      date, length, topics, agreed actions and progress; notes of goals and reviews;
      feedback from the mentee; and notes of any referral. Records should use initials or
      a pseudonym, be stored securely and be kept only as long as agreed.
      Under GDPR the mentee can ask to see them, so they should be written with that in
      mind."""),
    H(1, "Conclusion"),
    P("""Dad worked the flys at the Grand Theatre for thirty years and never had a mentor; he
      says the old hands taught you by shouting. Shakespeare gave Hamlet a speech about
      holding the mirror up to nature, and Stanislavski spent his life on how actors
      prepare; nobody wrote anything for the people who stand in the dark and call the cues.
      Arthur Miller let Willy Loman die without anyone telling him he was good at his job.
      Mentoring is how our side of the curtain does better than that. The Castle Playhouse
      was nominated at the Olivier Awards for Billy Elliot's children's ensemble, and I
      like to think some of the calm backstage was ours."""),
    H(1, "References"),
    B("Clutterbuck, D. (2004) Everyone Needs a Mentor. London: CIPD."),
    B("Egan, G. (2014) The Skilled Helper. Belmont: Brooks/Cole."),
    B("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. Maidenhead: Peter Honey."),
    B("Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    B("Luft, J. and Ingham, H. (1955) The Johari Window. Los Angeles: UCLA."),
    B("Megginson, D. and Clutterbuck, D. (2005) Techniques for Coaching and Mentoring. Oxford: Elsevier."),
    B("Tuckman, B. (1965) Developmental sequence in small groups. Psychological Bulletin 63(6)."),
    P("Rhys Llewellyn – DSM – Unit 200 – final"),
]

CASE = Case(
    name="nv_theatre_200",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("Unit 200 Rhys Llewellyn.docx", ASSIGNMENT)],
    labels={
        "1.1": "a sounding board who has no power over",
        "1.2": "stupid questions kept her in the job",
        "1.3": "a mentor who wants a clone of themselves",
        "1.4": "her way of running a prompt desk, not mine",
        "2.1": "Self-awareness and knowing when to refer on.",
        "2.2": "the storm came in week three of Matilda",
        "2.3": "listening through cans to the tone of a voice",
        "2.4": "the flys had four seconds instead of ten",
        "2.5": "what they say does not reach their manager",
        "3.1": "the ASM is a strong activist",
        "3.2": "Call a full performance of the Christmas show",
        "3.3": "the mentee can ask to see them",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Deputy stage manager's mentoring assignment: shows titled with people's names, characters, playwrights, a studio named after a poet, awards, theatre software, Dad, the Johari window's authors; nothing to flag.",
)
