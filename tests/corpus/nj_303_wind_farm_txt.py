"""8587-303 Reflecting on Coaching Skills: an offshore wind site supervisor's journal, as text.

Gethin Pryce supervises turbine technicians at an offshore wind operations and maintenance
base in Grimsby and coached two technicians for unit 302. His plain text reflective journal
has no headings and no numbers: it runs in time order, from a look at his evidence to what
he is good and bad at, what development he needs and a six-month plan as a table. One
coachee is "Coachee A"; the other is "a technician I'll call Dev", then "Dev". Nothing is to
be flagged.

Clean but tricky: his own name on the first line and in the declaration, the assessor named
on the second line; turbine makers and bodies (Siemens Gamesa, Vestas, GWO, RenewableUK),
a named storm (Storm Babet), a vessel's name (Sea Kestrel), a wind farm and places (Hornsea,
Grimsby, Cleethorpes, the Humber, Spurn Point), software (SAP, Teams, Excel), a public
figure (Ellen MacArthur), job titles in capitals (Site Lead, HSE Advisor, Marine
Coordinator, Blade Technician), weekdays and months at sentence starts ("Monday ...",
"March"), theorists cited in several styles ("Whitmore (2017)", "(Clutterbuck & Megginson,
2005)", "Kolb's cycle", "Egan's skilled helper", Gibbs, Schön, Hawkins and Shohet) and
Nancy Kline's book "Time to Think".
"""

from .case import Case, P, SourceFile, T

JOURNAL = [
    P("Gethin Pryce - reflective journal, ILM unit 303"),
    P("Assessor: Marion Ashdown-Clarke | Centre: Humber Estuary Training Ltd"),
    P("""I am a Site Supervisor at the operations and maintenance base for North Humber Offshore
      Wind, in Grimsby docks. We look after Siemens Gamesa turbines on a farm east of Hornsea,
      and my team of technicians goes out every morning the weather allows on the crew
      transfer vessel Sea Kestrel. Between October and March I coached two of them for my
      unit 302 portfolio: Coachee A, a Blade Technician who wanted to step up to a Site Lead
      role, and a technician I'll call Dev, who had come to us from Vestas and wanted to get
      his confidence back after a near miss. This journal looks back at how well that coaching
      worked and what I need to do next."""),
    P("""Looking at the evidence first. My coaching log shows fourteen hours over thirteen
      sessions, more than the twelve needed, but it also shows four sessions cancelled or
      moved because of weather, including two weeks lost to Storm Babet. Both coachees hit
      their main goals. Coachee A led a team on the turbine for the first time in February
      and the Marine Coordinator said the transfer briefing was the clearest he had heard.
      Dev went back to working at height without asking to be paired with me, which was his
      goal. So on results alone the coaching worked. But the session notes tell a more mixed
      story. In the early sessions with Dev my notes are full of what I told him, not what he
      said. His feedback form after session three said "helpful but it felt like a toolbox
      talk", and he was right. My supervisor, who listened to a recording of one session with
      Dev's permission, counted that I spoke for about two thirds of the hour. The sessions
      where I talked least were the ones where Dev came up with his own actions and actually
      did them, and the record shows that clearly. My coaching was most effective when I
      trusted the coachee and least effective when I was worried about safety and slipped
      back into supervisor mode. Coachee A's feedback was better throughout, probably because
      his goal was about ambition, not fear, and I was more relaxed."""),
    P("""Strengths. I know the job inside out, so I understood what they were describing
      without needing it explained, and that helped rapport. I am calm, and both coachees
      said I was easy to talk to. I kept good records in Excel and never missed a session
      that I could control. My summarising is good: Coachee A said my summaries were "like
      reading back his own thoughts but tidier". I am also honest about my own mistakes,
      which helped Dev open up about the near miss."""),
    P("""Areas for improvement. The big one is that I move to solutions too fast, especially
      when safety is involved, because that is what a supervisor is paid to do. My questions
      are often closed or leading ("Did you check the harness?" instead of "What did you
      check before you clipped on?"). I find silence uncomfortable and fill it. On the
      knowledge side, I knew GROW but not much else, and when GROW did not fit Dev's
      situation I had nothing else to reach for. My interpersonal style is quite blunt,
      which works on the vessel but not when someone is talking about being frightened.
      Egan's skilled helper model says the helper needs to stay with the person's story before
      moving to action, and I rarely did."""),
    P("""Monday evenings after a long day on the boat were the worst sessions. I was tired and
      impatient and it showed. That is a behaviour point as much as a timing one."""),
    P("""Looking forward, the development I need is mostly about questioning and listening. I
      want to ask fewer, more open questions and leave a proper silence after them, the way
      Nancy Kline describes in Time to Think. I want to learn a second model, probably OSKAR,
      because its focus on what is already working would have suited Dev much better than
      digging into the problem. I need to practise listening for feelings and not just facts,
      and reflecting them back. On communication more widely, I want to get better at
      contracting at the start about the difference between me as a supervisor and me as a
      coach, so coachees know which one they are talking to. Supervision has helped and I
      want to keep it going: Hawkins and Shohet's point that supervision looks at the coach
      as well as the coachee is exactly what I missed before. Whitmore (2017) says awareness
      and responsibility are the heart of coaching, and I think I gave my coachees
      responsibility but did not always give them the space to become aware for themselves.
      Reading about Ellen MacArthur's sailing, I was struck by how much she talked about the
      people who asked her good questions rather than told her what to do."""),
    P("""March to August development plan, agreed with my supervisor on a Teams call:"""),
    T(
        ["What I will develop", "How", "When", "How I will measure success"],
        ["Open questions instead of closed ones", "Write three open questions before each session; record one session a month (with consent) and count my question types", "March to August 2025, monthly recording", "At least two thirds of questions open by the June recording"],
        ["Holding silence and listening for feelings", "Count to five after each question; practise reflecting feelings in two peer coaching triads", "April and May 2025", "Supervisor hears me reflect a feeling at least twice in the June recording"],
        ["A second model", "Read about OSKAR and use it with my next coachee from the start", "Read by end of April; use from May", "Session notes show all five OSKAR stages with one coachee by August"],
        ["Contracting the two roles", "Add a line to my contract about supervisor versus coach; say it out loud at session one", "From the next coachee in April", "Coachee feedback says they knew which role I was in"],
        ["Supervision", "Monthly supervision continues; bring one recording each time", "Monthly, March to August", "Six supervision notes on file by September"],
    ),
    P("""I will review this plan with my supervisor at the end of May and again in August.
      Kolb's cycle is how I will keep reflecting after each session, with Gibbs (1988) for
      anything that goes badly, and Schön's reflection in action for those moments on the
      boat when I catch myself about to give the answer. Coaching keeps good technicians in
      the industry, which matters when every operator on the Humber is short of them
      (RenewableUK says so every year) and most of our apprentices come from Cleethorpes and
      Grimsby and want to stay local. A coaching culture has to be built one conversation
      at a time (Clutterbuck & Megginson, 2005). The GWO refresher in June and the
      SAP upgrade will take time, so I have kept the plan realistic."""),
    P("""I declare that this journal is my own work and the coaching described took place.
      Gethin Pryce, walking back from Spurn Point, 2 March 2025"""),
]

CASE = Case(
    name="nj_303_wind_farm_txt",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("gethin_pryce_303_journal.txt", JOURNAL)],
    labels={
        "1.1": "least effective when I was worried about safety",
        "1.2": "I move to solutions too fast, especially when safety is involved",
        "2.1": "listening for feelings and not just facts",
        "2.2": "At least two thirds of questions open by the June recording",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Offshore wind site supervisor's plain-text 303 journal, no headings or numbers: clean; Siemens Gamesa and Vestas, Storm Babet, a vessel's name, Hornsea and the Humber, Ellen MacArthur, theorists cited several ways, Coachee A and a declared pseudonym Dev, assessor on the second line; six-month plan as a table.",
)
