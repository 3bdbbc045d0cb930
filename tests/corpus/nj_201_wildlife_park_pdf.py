"""8584-201 Developing Mentoring Skills: a wildlife park primate keeper's portfolio (PDF).

Callum Fairbairn is Senior Keeper on the primate section of a wildlife park in Somerset and
mentors a first-year apprentice keeper for four hours over five sessions, with a
one-hour meeting with his tutor. He exported his Word template to PDF. Throughout the prose
the apprentice is "my mentee" or "the apprentice", but the template's log and plan asked for
details and he filled them in.

Planted (2): the apprentice's full name, only in a cell of the session log table ("Bethany
Marchbanks", never in the prose; the narrow cell wraps it over two lines in the PDF); her personal mobile number in the plan's contact
arrangements ("07700 900561").

Clean but tricky: his own name on the cover and in the declaration, his tutor named where the
cover asks; animals' names (the silverback Kibo, the orangutan Mali),
public figures (David Attenborough, Jane Goodall, Gerald Durrell), organisations that look
like people or places (Durrell Wildlife Conservation Trust, Bridgwater and Taunton College,
BIAZA, EAZA, Species360's ZIMS), the park's own switchboard number on the cover, places
(Exmoor, the Quantocks, Taunton), job titles (Head of Animal Care, Curator of Mammals,
Team Leader), months and weekdays, GROW, Honey and Mumford, an evidence matrix.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 201 Developing Mentoring Skills – Portfolio of Evidence"),
    T(
        ["Learner", "Callum Fairbairn"],
        ["Job title", "Senior Keeper (Primates)"],
        ["Workplace", "Ashcombe Wildlife Park, near Taunton (01823 400710)"],
        ["Centre", "West Country Skills Partnership"],
        ["Tutor", "Rosalind Linklater"],
    ),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Page"],
        ["1.1, 1.2", "Mentoring plan and agreed goals", "1-2"],
        ["2.1, 2.5", "Session log and session notes", "2-3"],
        ["2.2, 2.3, 2.4", "Written account of the mentoring", "3-4"],
        ["3.1, 3.2, 3.3", "Review, tutor meeting, development plan", "4-5"],
    ),
    H(1, "1.1 Mentoring plan"),
    P("""My mentee is a first-year apprentice keeper on the Level 3 Animal Care apprenticeship
      with Bridgwater and Taunton College. She joined the primate section in September after
      six months on the farm barn. She knows husbandry basics but is nervous around the
      gorillas and finds it hard to speak up at the morning briefing. The Head of Animal Care
      asked me to mentor her through the winter, when visitor numbers drop and there is a bit
      more time."""),
    T(
        ["Planning point", "What we agreed"],
        ["Needs", "Confidence working the gorilla house routine; speaking up at briefings; keeping daily records in ZIMS"],
        ["Where", "The primate section's keeper room, door shut, or walking the Quantocks path round the back paddocks"],
        ["When", "Thursdays at 3pm, after the afternoon feed and before lock-up, fortnightly"],
        ["Length", "Forty-five minutes, first session an hour"],
        ["Contact between sessions", "Her mobile 07700 900561, texts only, never after 8pm"],
        ["Resources", "Section protocols folder, ZIMS training log, notebook"],
    ),
    P("""I planned five sessions so we would reach at least three hours, and booked them on the
      section rota so nobody could pull either of us onto cover."""),
    H(1, "1.2 Agreed goals"),
    B("By the end of January, complete the full morning gorilla house routine (checks, clean-out, scatter feed) with me only observing, three times."),
    B("Give the primate update at the Monday briefing twice before the end of February, using notes if she wants."),
    B("Enter every daily record for the orangutans in ZIMS on the same day for four weeks, checked by me on Fridays."),
    P("""We agreed these in the first session. She wanted to add "stop being scared of Kibo", the
      silverback, and we turned that into the first goal because it was something she could
      actually measure."""),
    H(1, "2.1 Session log"),
    T(
        ["Date", "Mentee", "Time", "Focus", "Actions agreed"],
        ["Thu 07/11/2024", "Bethany Marchbanks", "60 mins", "Getting to know each other, agreement, goals", "Shadow me on the full gorilla routine twice"],
        ["Thu 21/11/2024", "as above", "45 mins", "What happened on the routine; fear of Kibo", "Do the scatter feed herself with me present"],
        ["Thu 05/12/2024", "as above", "45 mins", "Briefings and why she goes quiet", "Write three bullet points before Monday"],
        ["Thu 09/01/2025", "as above", "45 mins", "ZIMS records backlog", "Enter records before lock-up each day"],
        ["Thu 23/01/2025", "as above", "45 mins", "Review of goals, ending", "Keep going with briefings in February"],
    ),
    P("Total mentoring time: 4 hours."),
    H(1, "2.2 Questioning and listening"),
    P("""In the second session she said the gorilla routine had gone "fine". I asked what the
      hardest minute of it had been. After a long pause she said it was when Kibo
      displayed at the mesh while she was hosing down. I did not reassure her straight away.
      I asked what she had done, what she had noticed about his body language and what she
      thought he was telling her. She worked out herself that he displays at everyone new and
      that she had actually stayed calm. Asking about the hardest minute, rather than how it
      went, got past "fine" and let her hear her own answer. In the third session I kept quiet
      for nearly a minute after asking why she goes silent at briefings. She filled the gap
      with the real reason: she thinks everyone else has been here for years."""),
    H(1, "2.3 Feedback"),
    P("""After she did the scatter feed on her own I told her exactly what I saw: she checked
      the shift doors twice, she talked to the group in a low steady voice, and she kept to
      the protocol order. I also said one thing to change: she had her back to the mesh for
      too long while raking. She said later that the specific praise meant more than "well
      done", because it showed I had actually watched. When she gave her first Monday
      briefing I gave feedback the same day, in private, starting with her own view. She
      rated herself four out of ten; I pointed out she had covered every animal and nobody
      had needed to ask a question, and she decided to try without notes next time."""),
    H(1, "2.4 How trust was developed"),
    P("""First, at the start I told her about my own first winter here, when I left a slide
      unlocked and the Curator of Mammals had to talk me through it on the radio. She laughed,
      and I think it showed her that nervousness is normal and that I would not judge her.
      Second, I kept to the agreement: what she told me about finding the briefings hard
      stayed between us, and when her Team Leader asked how she was getting on I only said
      she was doing well and that she could tell him herself. She noticed that. Third, I did
      what I said I would: I was there every Thursday, including the week of the storm when
      the park closed, when we met in the keeper room anyway."""),
    H(1, "2.5 Records"),
    P("""I kept the signed mentoring agreement, the session log above, and a page of notes for
      each session with the date, time, length, what we talked about and the actions. The
      notes are in a locked drawer in the keeper room and a copy is in my personal folder on
      the park's drive, not on the shared section drive. My mentee has a copy of the goals
      and actions. Each session started by looking back at the actions from the last log
      entry."""),
    H(1, "3.1 Review of my own mentoring performance"),
    P("""Using the mentoring skills list from the course, I think my strengths are listening and
      giving specific feedback; my mentee's comments at the last session back this up. My
      weaknesses are patience and my habit of jumping in with the answer. In the first
      session I talked for most of the hour. Honey and Mumford's questionnaire told me I am a
      strong Activist, which explains why I want to fix things straight away. I also used too
      much keeper jargon at first. When I asked her at the end what I could do better, she
      said "ask me before telling me", which was fair."""),
    H(1, "3.2 Meeting with my tutor"),
    P("""I met my tutor on 30 January for one hour on Teams. The purpose was to review my log and
      reflections and agree what to work on next. We talked through the session where I
      stayed silent and why it worked, and she challenged me on whether the first goal was
      really my goal or my mentee's. We agreed that I had met the three hours, that my notes
      were too short on what I actually asked, and that I should use GROW more deliberately
      rather than just chatting. Outcome: I will write down at least two questions I used in
      every session note from now on, and try a structured model with my next mentee."""),
    H(1, "3.3 Future development"),
    T(
        ["Area", "Action", "By when", "How I will know"],
        ["Patience and questioning", "Two written questions per session note; ask before telling", "Every session from March", "Notes show two questions each time"],
        ["Using a model", "Use GROW with the next apprentice, one stage per part of the session", "April to June 2025", "Tutor reviews three session notes and sees all four stages"],
        ["Career", "Apply for the BIAZA mentoring workshop and the EAZA primate course", "By September 2025", "Place confirmed"],
    ),
    P("""Longer term I would like to mentor keepers on other sections. I have always been inspired
      by Jane Goodall and by Gerald Durrell, whose Durrell Wildlife Conservation Trust runs
      placements I would love to support. When David Attenborough visited in 2019 he spent more
      time asking the keepers questions than talking, which is the kind of mentor I want to be.
      Mali, our oldest orangutan, has outlived three of my own mentors here."""),
    P("Declaration: I confirm that the mentoring took place as recorded and that this portfolio is my own work. Callum Fairbairn, 6 February 2025"),
]

CASE = Case(
    name="nj_201_wildlife_park_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("Fairbairn_Unit201_portfolio.pdf", PORTFOLIO)],
    labels={
        "1.1": "booked them on the section rota",
        "1.2": "with me only observing, three times",
        "2.1": "Do the scatter feed herself with me present",
        "2.2": "asked what the hardest minute of it had been",
        "2.3": "specific praise meant more than",
        "2.4": "when I left a slide unlocked",
        "2.5": "not on the shared section drive",
        "3.1": "which explains why I want to fix things",
        "3.2": "whether the first goal was really my goal",
        "3.3": "Tutor reviews three session notes",
    },
    expected_checks={"declaration": True, "evidence_matrix": True, "identifying": ["Bethany Marchbanks", "07700 900561"]},
    about="Wildlife park primate keeper's 201 portfolio PDF: the apprentice's full name only in a log table cell and her mobile in the plan; gorillas' and orangutans' names, Attenborough, Goodall and Durrell, BIAZA/EAZA/ZIMS, the park's switchboard, tutor on the cover, an evidence matrix.",
)
