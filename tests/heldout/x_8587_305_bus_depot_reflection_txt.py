"""8587-305 Reflecting on Mentoring Skills: a bus depot's service delivery manager, plain text, answers numbered "1.1)" under her own paraphrase of each criterion.

Anjali Moorcroft manages service delivery at a bus depot in Stockport and mentored two
colleagues for unit 304: a newly promoted duty controller and a driver trainer, whom she
calls M1 and M2 throughout. Her reflective account is one .txt file (she drafts in Notepad
on the depot PC): no headings, each criterion paraphrased in her own words on a line of its
own ("What my records, supervision and feedback say about how well I mentored"), then the
answer, whose first paragraph starts with the number and a bracket ("1.1) ..."). The
development plan in 2.2 is a pipe table with a sentence after it. Signed declaration.

Clean: nothing to flag. Tricky: M1 and M2; a bus model made of two names (Alexander Dennis
Enviro400); Stockport places that read like people (Hazel Grove, Rose Hill, Edgeley,
Heaton Norris); Manchester Piccadilly; her supervisor and tutor by role only; theorists and
models (Gibbs, Kolb, Schon, Clutterbuck, Egan, Hawkins and Shohet, Johari, Belbin); bodies
(CPT, DVSA, TfGM, EMCC); job titles (duty controller, Depot Engineer, Operations Director).
"""

from corpus.case import Case, P, SourceFile, T

BLOCKS = [
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 305 - Reflecting on Mentoring Skills within an Organisational Context"),
    P("Anjali Moorcroft - Service Delivery Manager, Pennine Metro Buses, Stockport depot"),
    P("""This reflects on the mentoring I did for unit 304 between October and March with two
      colleagues. M1 is a driver who was promoted to duty controller in the summer. M2 is one
      of our driver trainers who wants to move into a training manager role. I have used my
      session records, my reflective log (written after each session using Gibbs' reflective
      cycle), my supervision notes and the feedback forms from both of them."""),

    P("What my records, supervision and feedback say about how well I mentored"),
    P("""1.1) Overall I think the mentoring was effective for M1 and partly effective for M2, and
      the evidence shows why. My records show 14 hours over thirteen sessions. M1 met all three
      of her goals: she runs the morning service control on her own, she has dealt with two
      driver disciplinaries as the note-taker without help, and she no longer rings me at home
      when a route is curtailed. Her feedback forms scored the sessions 7 or 8 out of 10 at the
      start and 9 or 10 by January."""),
    P("""M2 met one of his two goals. He has designed and run the new route-learning day for the
      Hazel Grove and Rose Hill services on the Alexander Dennis Enviro400s, which the Depot Engineer and the drivers rated highly,
      but he has not yet applied for the training manager post. Reading my records back, I can
      see why: from session four onwards almost every record says "talked about the rota" or
      "discussed the DVSA audit". We drifted into his day job because it was easier than the
      career conversation, and I let it happen."""),
    P("""Supervision confirmed this. In my second supervision session, which used Hawkins and
      Shohet's seven-eyed model, my supervisor asked me to
      describe what M2 had said about the job he wanted, and I realised I could not, because I
      had never really asked. She also pointed out that my records for M1 were full of her words
      and my records for M2 were full of mine. M2's feedback was polite ("very helpful, thanks")
      but never specific, which I now think meant he did not feel the sessions were his."""),

    P("Where I am strong and where I need to improve (knowledge, skills, behaviour, communication and how I get on with people)"),
    P("""1.2) Knowledge. Strength: I know the depot, the scheduling system, the CPT and DVSA
      rules and what TfGM franchising means for our routes into Manchester Piccadilly, so I could help M1 make sense of her new job quickly. Area to improve:
      my knowledge of mentoring theory is thin. I knew GROW, Kolb and Clutterbuck's stages from the
      course, but I had nothing to draw on when M2 got stuck on a career decision."""),
    P("""Skills. Strength: I am organised. Every session was booked, recorded and happened on time,
      apart from one lost to the snow in January. Area to improve: challenge. With M2 I asked
      safe questions and accepted safe answers."""),
    P("""Behaviour. Strength: I am reliable and I keep confidences, and M1 said I was the first
      manager who had not repeated something she said in the control room. Area to improve: I
      am impatient. When M1 took a long time to decide something I finished her thinking for
      her twice in October."""),
    P("""Communication and interpersonal skills. Strength: I build rapport easily and I adapt to
      people, both mentees said they felt at ease from the first meeting, and I used the Johari
      window with M1 to help her see how the drivers see her. Area to improve: my listening in
      the second half of a conversation, when I start planning my reply. Looking at my Belbin
      results from a management course, I am a completer-finisher, which helps with the records
      but probably explains the impatience."""),

    P("Looking at my mentoring ability to find what to develop next, especially questioning, listening and communication"),
    P("""2.1) Questioning. My session records show too many closed and leading questions in the
      early sessions ("Have you thought about talking to the Depot Engineer?"). I want to use
      more open and challenging questions, particularly ones that move a conversation from the
      comfortable to the important, like "What are we not talking about?" The opportunity is the
      company's new mentoring scheme for apprentice engineers at Edgeley, where I have been asked
      to be one of the first mentors."""),
    P("""Listening. I listen well to facts but less well to feeling. Egan's idea of listening for
      the core message, not just the content, is where I need to develop. The opportunity here is
      practice: I will ask my next mentee if I can record one session (with consent) and listen
      back with my supervisor."""),
    P("""Communication. I tend to write long session records and long e-mails. A communication
      strategy for the future is to agree the actions in the mentee's words at the end of each
      session and write those down, not my summary. I also want to learn to use video sessions
      properly, because the new scheme will include engineers at Heaton Norris and I cannot be at
      both depots every week."""),
    P("""From reading Schon's reflection-in-action I also want to notice during a session, not
      just afterwards, when a conversation has drifted, which is what happened with M2."""),

    P("My development plan for at least the next six months, with dates and how I will know it has worked"),
    P("""2.2) My plan runs from April to the end of September and links to the reflections above
      and to what my supervisor and I agreed at our last session."""),
    T(
        ["What I will develop", "Actions", "By when", "Measure of success"],
        ["Challenging questions", "Prepare three open, challenging questions before every session; ask 'What are we not talking about?' at least once", "From April, reviewed end of June",
         "Session records show the mentee's goal discussed in every session; supervisor agrees at June supervision"],
        ["Listening for feeling", "Read Egan; record one session with consent and review it with my supervisor", "Recording by end of May, review in June",
         "Supervisor and I count fewer interruptions in the second recording (July) than the first"],
        ["Mentoring knowledge", "Complete the EMCC introductory webinar series; read Clutterbuck's Everyone Needs a Mentor", "By end of July",
         "I can explain two career-conversation tools and use one with an apprentice"],
        ["Patience / not finishing thinking", "Count to five after a question; ask mentee to tell me if I jump in", "April to September",
         "No 'finishes my sentences' type comments on any feedback form by September"],
        ["Video sessions", "Run two sessions with Heaton Norris by Teams; ask for feedback on the video sessions specifically", "By end of August",
         "Feedback scores for video sessions within one point of face-to-face"],
    ),
    P("""I will review the whole plan with my supervisor at the end of June and again at the end of
      September, and then with the Operations Director, because the apprentice scheme is a
      company project and she wants to know it is working. Success overall would be an
      apprentice who says the sessions were theirs, not mine, and an M2 who has applied for the
      job he told me he wanted."""),

    P("""Declaration: I confirm that this is my own work and a true reflection of my mentoring.
      Signed: A. Moorcroft    Date: 28 March 2025"""),
]

CASE = Case(
    name="x_8587_305_bus_depot_reflection_txt",
    unit="8587-305",
    kind="numbered-unstyled",
    files=[SourceFile("Moorcroft_305_reflective_account.txt", BLOCKS)],
    labels={
        "1.1": "We drifted into his day job because it was easier",
        "1.2": "I finished her thinking for her twice in October",
        "2.1": "I listen well to facts but less well to feeling",
        "2.2": "an apprentice who says the sessions were theirs, not mine",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
    },
    about="Bus depot service delivery manager's 305 in plain text: no headings, each AC paraphrased on its own line above an answer starting '1.1)', development plan as a pipe table; clean, with pseudonyms M1/M2, places that read like names (Hazel Grove, Rose Hill), Alexander Dennis, theorists, roles only.",
)
