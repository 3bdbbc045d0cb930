"""8587-303 Reflecting on Coaching Skills: a senior probation officer's plain-text journal.

Thomas Ashdown-Reilly is a Senior Probation Officer in Norwich who coached two newly
qualified probation officers. He writes an unstructured text journal with dated entries.
Clean: the coachees are "Coachee 1" and "Coachee 2", a person on probation is "Client X".
Traps: criminal justice bodies and acronyms (HMPPS, MAPPA, OASys, the Ministry of Justice),
job titles, theorists cited in running prose (Nancy Kline's Time to Think, Bluckert,
Hawkins and Smith's seven-eyed model, Johns' model of structured reflection, Kolb, Brené
Brown), a politician and a TED speaker as examples, places and a named building (Carrow
House), his own supervisor and IQA named where the cover asks, months at line starts.
"""

from .case import Case, P, SourceFile

JOURNAL = [
    P("ILM Level 3 Unit 303 Reflecting on Coaching Skills within an Organisational Context"),
    P("Reflective journal of Thomas Ashdown-Reilly, Senior Probation Officer, Norfolk and Suffolk Probation Delivery Unit"),
    P("Coaching supervisor: Janet Okoro. Internal Quality Assurer: Simon Blackwood."),
    P("""January. Looking back at the first block of sessions with Coachee 1 and Coachee 2, I
      want to be honest about how effective my coaching has been, using my session notes,
      the feedback forms, and what came up in supervision with Janet. The notes show I
      kept to time and every session ended with actions. The feedback forms average just over
      four out of five for Coachee 1 and between three and four for Coachee 2. That difference bothered me, so I went back
      through the notes. With Coachee 2 I spent much more of each session explaining OASys
      and MAPPA procedures, which is teaching, not coaching. The evidence says I was most
      effective where I knew least about the subject, which is uncomfortable to write."""),
    P("""February. Supervision with Janet on the fourteenth, using Hawkins and Smith's
      seven-eyed model. We spent time on mode 4, my own reactions. I realised that when
      Coachee 2 talks about Client X, who breached his licence twice, I am back in my own
      first year at the Ministry of Justice office in Ipswich and I start rescuing. Janet
      asked what I would do if I were not allowed to give any information for a whole
      session. I tried that on the twentieth and the session was the best so far. Coachee 2
      wrote "I worked it out myself" on the feedback form."""),
    P("""March. I recorded one session (with consent) and listened back on the train from
      Norwich to London. Counting my questions: 31, of which 12 were closed, and 5 were
      really advice with a question mark on the end ("have you thought about ringing the
      hostel?"). Nancy Kline's Time to Think says the quality of everything we do depends on
      the quality of the thinking we do first, and I was not letting my coachee think. My
      listening was better than I expected: I summarised at every stage of GROW. Using
      Johns' model of structured reflection, the influencing factor was my own anxiety
      about risk, which is what HMPPS trains us to feel."""),
    P("""SWOT. Strengths: structure and time-keeping; summarising; building rapport quickly,
      both coachees said they felt safe by the second session. Weaknesses: advice
      disguised as questions; filling silences; drifting into procedure when the coachee
      is anxious. Opportunities: the Probation Delivery Unit's new coaching pool, the
      reflective practice group at Carrow House, an EMCC Foundation course. Threats:
      caseload pressure, the pull back into a management role, and my own habit of treating
      coaching as a way to fix risk."""),
    P("""April. Reviewing my coaching ability overall, I think my development opportunities
      fall into three groups. Questioning: I need to cut advice-questions and trust silence;
      a colleague who coaches for the Prince's Trust suggested counting to seven before
      speaking. Listening: move from listening for content to listening for what is not
      said, which Bluckert calls listening at level three. Communication: my feedback to
      coachees is accurate but blunt. Brené Brown's TED talk on vulnerability made me think
      that being clear is kind, but so is how you say it. I would also like to coach outside
      probation, for example in the council's leadership scheme, so I stop leaning on
      what I know. Even a prime minister like Tony Blair used a coach for media interviews,
      so nobody is too senior to keep learning."""),
    P("""Development plan, May to October 2025.
      Goal 1: fewer closed and advice-questions. Action: record two sessions a month and
      count. Timescale: May to July. Success measure: no more than 3 advice-questions per
      recorded session by July.
      Goal 2: tolerate silence. Action: practise Kline's Thinking Environment in the
      reflective practice group. Timescale: May to August. Success measure: coachee feedback
      mentions having time to think.
      Goal 3: coach outside my own field. Action: join the council coaching pool and take
      one coachee from a different service. Timescale: by September. Success measure:
      contract signed and six sessions delivered by the end of October.
      Goal 4: accredited learning. Action: apply for the EMCC Foundation award with
      support from my manager, the Head of Operations. Timescale: enrol June, complete
      October. Success measure: award achieved and supervision with Janet continues
      monthly."""),
    P("Declaration: I confirm that this reflective journal is my own work. Thomas Ashdown-Reilly."),
]

CASE = Case(
    name="nw_303_probation_journal",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("Ashdown-Reilly 303 journal.txt", JOURNAL)],
    labels={
        "1.1": "most effective where I knew least about the subject",
        "1.2": "advice disguised as questions",
        "2.1": "counting to seven before speaking",
        "2.2": "no more than 3 advice-questions per recorded session",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
    },
    about="Probation officer's plain-text reflective journal: clean; Coachee 1/2 and Client X, criminal-justice acronyms, Kline and other theorists in prose, Carrow House, a prime minister and a TED speaker, supervisor and IQA named on the cover.",
)
