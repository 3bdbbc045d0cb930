"""8587-303 reflective account as plain text: a public aquarium's curator of husbandry, clean.

Kerensa Pascoe is Curator of Husbandry at Tamar Sound Aquarium on Plymouth's waterfront and
reflects on coaching two senior aquarists for her 302. Notepad file, no headings or AC
numbers: a header block from the centre's form, prose paragraphs in her own order, a
six-month plan as a pipe table, a declaration and the centre's footer. Nothing is to be
flagged.

Clean but tricky: her own name in the header and the declaration; her coaching supervisor
on the form line that asks for him ("Tobias Renfrew") and by first name later; pseudonyms of
several kinds ("Coachee 1", "C2", "Client J" for a volunteer she coached informally, and a
declared pseudonym "'Sam' (not his real name)"); animals with people's names (the sand
tiger shark Gloria, the loggerhead turtle Darwin, penguins Pebble and Captain Flint); Drake
Circus, Drake's statue on the Hoe, the Mayflower Steps and the Mayflower, Royal
William Yard, Derriford Hospital, the Plymouth Belle (a boat); the British Firework
Championships and World Oceans Day; brands (Red Sea, Seachem Prime, Hanna); book
titles; job titles in capitals; theorists with and without dates (Whitmore, Gallwey,
Downey, Rogers, Goleman, Maslow, Kline, Hawkins & Smith 2006, de Haan, Passmore, Egan,
Schön, Bungay Stanier); the centre's generic e-mail in the footer.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("ILM LEVEL 5 CERTIFICATE IN COACHING AND MENTORING"),
    P("Unit 8587-303 Reflecting on Coaching Skills within an Organisational Context"),
    P("Learner name: Kerensa Pascoe"),
    P("Role: CURATOR OF HUSBANDRY, Tamar Sound Aquarium, Plymouth"),
    P("Coaching supervisor (please name): Tobias Renfrew"),
    P("Coachees: Coachee 1 (SENIOR AQUARIST, tropical) and Coachee 2 (SENIOR AQUARIST, life support systems)"),
    P("----------------------------------------------------------------"),

    P("Looking back on my coaching"),
    P("""Between October and March I coached two senior aquarists for twelve hours, using
      GROW (Whitmore) as the backbone of each session and Gallwey's idea from "The Inner
      Game of Tennis" that performance is potential minus interference. Coachee 1 wanted to
      step up to deputise for me; Coachee 2 wanted to stop being the person everyone rang
      at 3am when a pump failed. I have tried to judge how effective the coaching was from
      three kinds of evidence: my records, supervision and the coachees' feedback."""),
    P("""My records show that both coachees reached most of their goals. Coachee 1 ran the
      morning briefing for six weeks while I was on leave and wrote the new quarantine
      protocol for the tropical gallery. C2 built an on-call rota and a fault log so the
      night calls could go to the right person, and the number of calls to her dropped from
      about four a month to one. What my records do not show well is how the sessions felt:
      I wrote down goals and actions and very little about the conversations."""),
    P("""Supervision filled some of that gap. Tobias and I met four times, and he used
      Hawkins & Smith's (2006) seven-eyed model. In December he noticed that whenever I
      described C2's sessions I talked about the filtration, not about her. I realised I
      was slipping into being her manager and problem-solver, which is what she was trying
      to get away from. Downey's spectrum helped me see how far I had drifted towards the
      directive end."""),
    P("""Feedback was collected after every session on a three-question card. Coachee 1's
      cards were consistently positive but vague; Coachee 2's were sharper. After session 3
      she wrote that she "came in wanting to think and left with a to-do list from you".
      That comment, more than any score, tells me the coaching was effective for her goals
      but not always in the way coaching should work."""),

    P("Strengths and areas for improvement"),
    P("""My strengths are knowledge of the work and the organisation, rapport, and staying
      calm. I know every tank, so I understand what a coachee is dealing with when the Red
      Sea dosing system on the coral tank plays up, or when Gloria, our sand tiger shark,
      goes off her food the week before the British Firework Championships. People trust me
      and tell me things, which is why Client J – a volunteer from the Saturday education
      team who asked for a couple of informal sessions – felt able to talk about leaving
      her degree at the university. My interpersonal skills are good in a crisis; Goleman
      would say I manage my own emotions well."""),
    P("""My areas for improvement are mostly about communication. I ask closed questions
      when I am tired ("Have you checked the Hanna readings?"), I rescue coachees rather
      than letting them sit with a problem, and I give advice dressed up as a question
      ("Have you thought about Seachem Prime?"). My knowledge of coaching theory is thinner
      than my knowledge of fish: I had read Whitmore and a little of Rogers, but not de Haan
      or Passmore until supervision pushed me. Behaviour: I fill silences. Nancy Kline's
      "Time to Think" made me realise how rarely I let anyone finish a thought."""),

    P("What I want to develop next"),
    P("""Reviewing my questioning, listening and communication together, my development
      opportunities are clear. I want to ask one short open question at a time, using
      Michael Bungay Stanier's "The Coaching Habit" questions as a starting point ("And
      what else?"). I want to listen without planning my answer, which Egan calls listening
      to understand rather than to reply. And I want to notice my own reactions in the
      moment, the reflection-in-action Schön describes. There are also chances at work: a
      new aquarist apprentice starts in May, and the aquarium is one of the hosts for World
      Oceans Day in June, which means a lot of new volunteers who might benefit from short
      coaching conversations. Maslow reminds me that new starters need to feel safe and
      settled before they can think about growth, so those conversations will start simple."""),
    P("""Outside the twelve hours I have also been coaching a young volunteer informally. I
      call him 'Sam' (not his real name) in my notes. He wants to apply for
      a marine biology course and our conversations on the Plymouth Belle on the way out
      to the seagrass survey were some of my best coaching, because I had nothing to fix."""),

    P("My six-month development plan (April to September 2025)"),
    T(
        ["Development need", "Actions", "Timescale", "Measure of success"],
        ["One question at a time", "Use five Coaching Habit questions; tally my questions in notes",
         "April – June", "Notes show mostly single open questions"],
        ["Listening without rescuing", "Silence practice; ask 'what else?' before any suggestion",
         "April – July", "Coachee feedback cards mention space to think"],
        ["Coaching knowledge", "Read de Haan and Passmore; one CPD webinar a month",
         "May – September", "Reflective notes reference at least two new ideas"],
        ["Reflection in action", "Ask Tobias to listen to one recorded session (with consent)",
         "July", "One specific change agreed and tried"],
        ["Coaching new starters", "Short coaching conversations with the new apprentice",
         "June – September", "Apprentice sets own goals by month two"],
    ),
    P("""I will review this plan with my supervisor at the end of June and September, and
      keep my notes in the staff room locker, not on the tank log sheets."""),

    P("""A last reflection. Coachee 1 and I had our final session walking from Royal William
      Yard past the Mayflower Steps and up to Drake's statue on the Hoe, and she said the
      walking sessions were the ones where she did most of the talking. The penguins, Pebble
      and Captain Flint, have no idea they taught me something: they only come to the
      keeper who waits. I will take that into my next coaching. So will the lesson of
      Darwin, our loggerhead turtle, who needed scans at Derriford Hospital in March: the
      vets only got anywhere once we stopped rushing him. The Mayflower replica visiting in
      the autumn will bring the crowds back, and with them the pressure on my team, so
      the coaching habits need to be in place by then. Our gift shop at Drake Circus now sells a sticker set the apprentices
      designed, and I coached one of them through the pitch to the retail team."""),

    P("""Declaration: I confirm this reflective account is my own work. Kerensa Pascoe,
      7 April 2025."""),
    P("Tamar Training Partnership | ILM Approved Centre | ilm@tamartraining.org.uk"),
]

CASE = Case(
    name="r19b_303_aquarium_txt",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("Pascoe 303 reflective account.txt", BLOCKS)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Aquarium curator's clean 303 Notepad reflection with no headings: supervisor on the form line and by first name, Coachee 1/C2/Client J/'Sam' (not his real name), a shark Gloria, turtle Darwin, penguins, Drake Circus, Mayflower Steps, Royal William Yard, Derriford, brands, theorists and book titles, centre e-mail footer.",
)
