"""8587-303 Reflecting on Coaching Skills: a cabin service manager's reflection as a PDF.

Tomasz Wiśniewski leads cabin crew for a regional airline at Manchester and coached two
crew members he calls Alpha and Bravo, after the phonetic alphabet (he says so). Nothing is
to be flagged.

Traps: his own name with its accent, shortened ("Tom") in a sign-off and surname-first in
the title; his coaching supervisor named where the form asks; aircraft (Airbus A321neo,
Boeing 737), airports named after people (John Lennon, George Best), the Captain and First
Officer by role, a film and its pilot hero and actor, CAA and CRM, crew software, Belbin
and Myers-Briggs, Whitmore, Kline, Hawkins and Shohet, Kirkpatrick, a book title, phonetic
words that read like names (Alpha, Bravo, Charlie, Delta), months and days.
"""

from .case import B, Case, H, P, SourceFile, T

REFLECTION = [
    H(0, "Wiśniewski T. – Unit 303 Reflection on Coaching"),
    T(
        ["Learner", "Tomasz Wiśniewski"],
        ["Registration no.", "R5518206"],
        ["Coaching supervisor (as required by the handbook)", "Dr Angela Moss"],
        ["Submitted", "Friday 7 February 2025"],
    ),
    P("""I declare that this reflection is my own work and that the coachees described
      have given consent for it to be assessed. Tomasz Wiśniewski"""),
    H(1, "Context"),
    P("""I am a Cabin Service Manager with Northern Skies, flying the Airbus A321neo and
      the older Boeing 737 fleet out of Manchester, with some rotations from John Lennon
      Airport in Liverpool and George Best Belfast City. Between June and December 2024 I
      coached two crew members who had applied for promotion to Senior Cabin Crew. I call
      them Alpha and Bravo, after the phonetic alphabet we use on the interphone; neither
      is their real name, and Charlie and Delta are kept for the two I will coach next."""),
    P("""Both coachees were referred by the Base Cabin Manager, but the contract was between
      us three only: the Base Cabin Manager was told attendance and nothing else. We met on
      standby days in the crew room at Terminal 2 or, when that was busy, in the Costa
      across the road."""),
    H(1, "1.1 Examining the effectiveness of my coaching"),
    P("""I have four kinds of evidence: my session records (twelve sessions for Alpha,
      ten for Bravo), the feedback form each coachee completed after every session, the
      notes of three supervision sessions with my coaching supervisor, and the outcome
      itself. Alpha passed the Senior Cabin Crew assessment day in November; Bravo withdrew
      from the October assessment and will apply again in the spring."""),
    P("""An outcome is not the same as effectiveness, though. Looking across the records,
      the sessions that moved things were those where I asked about a real flight. Alpha's
      breakthrough came in the seventh session, when we replayed a diversion to Leeds
      Bradford during which the Captain asked her to brief the cabin while the First Officer
      handled the radio. She had done it well and did not believe it until she told it
      aloud. From then on her goals were about leading, not about passing."""),
    P("""With Bravo the records tell a different story. His feedback forms score me highly
      every time, but the action columns are empty after session four. My supervisor
      asked what I thought high scores and no actions meant, and I realised I had become
      a pleasant hour in his week rather than a coach. Honest evidence was sitting in my own
      records and I had read only the scores. I recontracted with him in
      November, and he chose to withdraw from the October assessment himself, which I now
      count as a good result of coaching, not a bad one."""),
    P("""Using Kirkpatrick's four levels as a rough frame, I can show reaction (the forms)
      and learning (Alpha's own account of what she now does on a disruptive passenger
      event), some behaviour (the In-Charge reports from two flights she ran as acting
      senior) and, at the fourth level, only the one promotion. I do not want to claim
      more than that."""),
    H(1, "1.2 Strengths and areas for improvement"),
    P("""My strengths come from the job. Crew Resource Management training has taught me to
      brief clearly, to listen to the most junior voice, and to say "I'm not comfortable"
      without drama. Coachees told me they felt safe with me, and Alpha wrote on one form
      that I "never made it feel like a check ride". My knowledge of the promotion process
      helped, though it also tempted me to give answers."""),
    P("""My areas for improvement are in knowledge, skills and behaviour. Knowledge: before the
      course I had not heard of the GROW model or of Whitmore's point that awareness and
      responsibility matter more than the letters. Skills: I am weak at the Options
      stage and rush to Will. Behaviour and interpersonal skills: I am a fixer; when Bravo described a
      conflict with a colleague on a night Alicante, I told him what I would have said. I
      also keep the same brisk manner I use at the door to greet 230 passengers, which
      works on boarding and not in a coaching conversation, and my quieter
      coachee needed me to slow right down."""),
    B("Strength: clear contracting and confidentiality, shown by both contracts and the Base Cabin Manager's note."),
    B("Strength: staying calm when a coachee is upset, shown in session notes from August."),
    B("To improve: staying in Options longer; my records show four sessions jumping from Reality to Will."),
    B("To improve: slowing my manner down from boarding pace to a coaching pace."),
    H(1, "2.1 Reviewing my questioning, listening and communication"),
    P("""Nancy Kline's Time to Think changed how I listen. Her idea that the quality of
      attention decides the quality of the other person's thinking made sense to anyone who
      has watched a nervous new joiner freeze while a senior talks over them in the galley.
      I tried her "What more do you think?" in three sessions and each time the coachee
      found another option after I would have stopped."""),
    P("""My questions are still too long. In the recording my supervisor listened to, I asked
      a question of forty-one words. I am practising short questions and writing down my
      best ones after each session. I also used Belbin team roles and a Myers-Briggs
      profile with Alpha, because she asked for them; they gave us vocabulary, but I
      noticed that I used the labels to explain her rather than to help her explain herself,
      and I will be more careful with them."""),
    P("""Hawkins and Shohet's seven-eyed model helped in supervision. My supervisor asked me
      to look at the relationship itself (the fourth eye), and I could see that Bravo and I
      had drifted into a friendship: we had both been on the same crew for the film night
      when the whole base watched Sully, and I think I had cast myself as the calm captain
      in that story. Chesley Sullenberger is a hero to crew, but I was not there to be
      Tom Hanks. The next step is to ask for more of the thinking from the coachee and to
      keep supervision focused on the relationship as well as the tasks."""),
    H(1, "2.2 Development plan (March to August 2025)"),
    T(
        ["Goal", "Actions", "By when", "Measure of success"],
        ["Shorter, open questions", "Write my three best questions after each session; record one session a month",
         "March to August 2025", "No question longer than fifteen words in the July recording"],
        ["Stay in Options longer", "Ask 'What else?' three times before moving on",
         "From March 2025", "Session records show an Options stage every time"],
        ["A coaching pace", "Five minutes' quiet before each session; no sessions straight off a flight",
         "From April 2025", "Coachees' feedback mentions feeling unhurried"],
        ["Deeper knowledge", "Read Whitmore's Coaching for Performance in full; attend the EMCC webinar series",
         "By June 2025", "Supervisor agrees I can explain two models and when to use each"],
        ["Coach Charlie and Delta", "Contract with the next two promotion applicants",
         "From May 2025", "Two new contracts signed and reviewed in August"],
    ),
    P("""I will review the plan with my supervisor in May and at the end of August, and bring
      my recordings to both meetings."""),
    H(1, "References"),
    B("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    B("Kirkpatrick, D. and Kirkpatrick, J. (2006) Evaluating Training Programs. San Francisco: Berrett-Koehler."),
    B("Kline, N. (1999) Time to Think. London: Ward Lock."),
    B("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Tom W. – Cabin Service Manager, MAN base"),
]

CASE = Case(
    name="nv_cabin_crew_303",
    unit="8587-303",
    kind="structured-pdf",
    files=[SourceFile("Wisniewski T - 303 reflection.pdf", REFLECTION)],
    labels={
        "1.1": "Honest evidence was sitting in my own records",
        "1.2": "works on boarding and not in a coaching conversation",
        "2.1": "ask for more of the thinking from the coachee",
        "2.2": "No question longer than fifteen words",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Cabin crew coaching reflection PDF: own accented name and 'Tom W.', supervisor on the form, airports named after people, a film's pilot and actor, phonetic-alphabet pseudonyms explained, theorists; nothing to flag.",
)
