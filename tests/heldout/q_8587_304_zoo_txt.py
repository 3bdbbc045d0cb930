"""8587-304 Extended period of mentoring (TXT): a zoo's senior keeper.

Rhiannon Doyle, senior keeper (primates) at a conservation zoo in Cheshire, mentors two
first-year keepers, 'Keeper A' and 'Keeper B' - pseudonyms only. A plain text file with
'AC 1.1' style labels in the learner's own lines, a pipe-table log in decimal hours with a
'Running total (hrs)' column, a 20-minute chat she marks '(not counted)', one session (30/05)
written up again as its own session record, and a separate table of supervision plus an ILM
tutorial. Declaration at the end.

Practice, as an assessor counts it (the log):
    02/05 A contract 1h = 60, 03/05 B contract 1h = 60, 16/05 A 1.25h = 75, 17/05 B 1.5h = 90,
    [22/05 B 20 min '(not counted)'], 30/05 A 1.5h = 90 (also session record 3 - once),
    31/05 B 1h = 60, 13/06 A 0.75h = 45, 14/06 B 1.25h = 75, 27/06 A 1.5h = 90,
    28/06 B 1h = 60, 11/07 A 1h = 60, 12/07 B 1.25h = 75; running total ends at 14.0
    => minutes 840, sessions 12, individuals 2,
       supervision 06/06 1h + 04/07 1h 30 + 20/06 ILM tutorial 45 min = 195.

Clean but tricky: Rhiannon's own name on the cover, 'Keeper A/B', Cheshire, BIAZA, EAZA,
GROW, Kolb, Gibbs, Daloz, the head of section and the curator (roles).
"""

from corpus.case import Case, P, SourceFile, T

LOG = T(
    ["Date", "Mentee", "Hrs", "Running total (hrs)", "Focus"],
    ["02/05", "Keeper A", "1h", "1.0", "Contract, expectations"],
    ["03/05", "Keeper B", "1h", "2.0", "Contract, expectations"],
    ["16/05", "Keeper A", "1.25h", "3.25", "Skills audit, goals"],
    ["17/05", "Keeper B", "1.5h", "4.75", "Skills audit, goals"],
    ["22/05", "Keeper B", "20 min", "-", "Chat at the gibbon house after an escape drill (not counted)"],
    ["30/05", "Keeper A", "1.5h", "6.25", "Talks to visitors - see session record 3"],
    ["31/05", "Keeper B", "1h", "7.25", "Diet sheets"],
    ["13/06", "Keeper A", "0.75h", "8.0", "Short - vet visit on section"],
    ["14/06", "Keeper B", "1.25h", "9.25", "Working with the night team"],
    ["27/06", "Keeper A", "1.5h", "10.75", "Keeper talk rehearsal"],
    ["28/06", "Keeper B", "1h", "11.75", "Enrichment plan"],
    ["11/07", "Keeper A", "1h", "12.75", "Review and ending"],
    ["12/07", "Keeper B", "1.25h", "14.0", "Review and ending"],
)

SUPPORT = T(
    ["Date", "Who", "Length", "What"],
    ["06/06", "My mentoring supervisor", "1h", "Supervision 1"],
    ["20/06", "ILM tutor", "45 min", "Tutorial - portfolio check"],
    ["04/07", "My mentoring supervisor", "1h 30", "Supervision 2"],
)

BLOCKS = [
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 304 - portfolio - Rhiannon Doyle, Senior Keeper (Primates)"),
    P("""Mentees: two keepers in their first year on the primate section. I refer to them as
      Keeper A and Keeper B, as the handbook asks."""),

    P("AC 1.1 - my plan"),
    P("""At least 12 hours from May to mid-July, which is the worst time of year for it
      because of school groups, so every session was booked for 16:30 after the last feed
      and before lock-up. Where: the section office, not the keeper room, because everyone
      walks through the keeper room. How: contract first, then a skills audit, then
      fortnightly sessions alternating between the two of them so I was only ever out of the
      rota once a week. I cleared it with the head of section before asking either keeper."""),

    P("AC 1.2 - goals"),
    P("""Keeper A: deliver the 14:00 keeper talk at the lemur walkthrough on her own by the
      end of June, with no script, and answer at least three visitor questions. Keeper B:
      write the enrichment plan for the gibbons for July and have it signed off by the
      curator first time. Both came from the skills audit. Keeper B wanted his to be
      'get better at paperwork' - we made it one real document with a real deadline."""),

    P("AC 1.3 - contract"),
    P("""Two-page mentoring agreement, signed on 02/05 and 03/05. Confidential, with the
      limits spelt out: animal welfare, health and safety (dangerous animal category
      species) and safeguarding of visitors and staff. The head of section is a stakeholder
      and agreed to hear only whether we had met. Notes kept by me, copies to each keeper.
      Either of us can end it with a conversation, not an email."""),

    P("AC 2.1 - diagnostic tools"),
    P("""1. A skills audit against the BIAZA keeper competencies, self-rated then rated
      again by me, and we compared. Keeper A rated herself lower than I did on public
      speaking, which turned into her goal. 2. Kolb's learning styles questionnaire: Keeper
      B came out as an activist who hates reading, which is why the enrichment plan is full
      of drawings now - we agreed that was fine as long as the curator could follow it."""),

    P("AC 2.2 - model"),
    P("""GROW for each session, within Daloz's support and challenge idea for the whole
      relationship - lots of support in May, more challenge from June. It worked: Keeper A
      gave the lemur talk unscripted on 28/06 and took five questions, and Keeper B's
      enrichment plan went through on the first submission."""),

    P("AC 2.3 - knowledge, skills, behaviours"),
    P("""Questioning, silence and summarising, and knowing when not to jump in with keeper
      knowledge. Ethical issue: on 14/06 Keeper B said a night team member had been skipping
      a welfare check. That is an animal welfare limit in our contract. I told him I would
      have to act on it if he did not, and we agreed he would raise it with the head of
      section himself; I checked the next day that he had."""),

    P("AC 2.4 - records"),
    P("""First contact was a note in each keeper's pigeonhole on 25/04 asking if they would
      like a mentor, then the signed agreement, the skills audit, session records, the log,
      feedback forms and the end-of-mentoring review. All kept in the section office filing
      cabinet, which is locked, and nothing goes on the shared drive."""),
    P("Mentoring log"),
    LOG,
    P("Session record 3 (Keeper A, 30/05)"),
    P("""Duration: 1.5h (same session as the log row for 30/05). Focus: her fear of the
      visitor talks. She described freezing when a child asked how old the lemurs live to.
      We rehearsed three answers she always has ready. Action: give the 11:00 talk with me
      standing at the back, next week. Reflection: I nearly told her my own script, stopped
      myself."""),
    P("Supervision and tutorials"),
    SUPPORT,

    P("AC 3.1 - reflection"),
    P("""Gibbs after each session, in my own notebook. The big one: I am much better with
      Keeper A than Keeper B because she is like me. With Keeper B I had to find another way
      in, and in the end it was walking the section together while we talked (that is the
      22/05 chat I did not count, but it is where I learned it)."""),

    P("AC 3.2 - feedback"),
    P("""Each keeper filled in a short feedback form after every session - one thing that
      helped, one thing to change. Keeper B wrote 'less sitting down' twice, so from 14/06
      we did the first part of each session walking round the back of the enclosures and
      the second part in the office."""),

    P("AC 3.3 - communication"),
    P("""Questioning: good, but I ask two questions in one breath. Listening: I listen well
      until I hear something about animal husbandry, then I switch into senior keeper mode.
      Feedback: I used the EAZA husbandry guidelines as a neutral reference when I had to
      tell Keeper B his diet sheets were wrong, so it was not just my opinion."""),

    P("AC 3.4 - supervision"),
    P("""Supervision 1 (06/06): my supervisor pointed out that I described Keeper B's
      sessions as 'hard work' and Keeper A's as 'lovely'. Outcome: I planned Keeper B's next
      session around what he enjoys. Supervision 2 (04/07): the welfare check disclosure
      and ending well. Outcome: I had done the right thing and she suggested each keeper
      writes their own next-steps note at the final session."""),

    P("""Declaration: I confirm this is my own work and that the records are a true account.
      Rhiannon Doyle"""),
]

CASE = Case(
    name="q_8587_304_zoo_txt",
    unit="8587-304",
    kind="numbered-unstyled",
    files=[SourceFile("304 portfolio R Doyle.txt", BLOCKS)],
    labels={
        "1.1": "everyone walks through the keeper room",
        "1.2": "we made it one real document with a real deadline",
        "1.3": "with a conversation, not an email",
        "2.1": "an activist who hates reading",
        "2.2": "more challenge from June",
        "2.3": "I checked the next day that he had",
        "2.4": "a note in each keeper's pigeonhole on 25/04",
        "3.1": "because she is like me",
        "3.2": "the second part in the office",
        "3.3": "then I switch into senior keeper mode",
        "3.4": "as 'hard work' and Keeper A's as 'lovely'",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # 60 + 60 + 75 + 90 + 90 + 60 + 45 + 75 + 90 + 60 + 60 + 75 = 840 (= running total
        # 14.0); 22/05 '(not counted)'; session record 3 is the 30/05 row again.
        # re-added: 60+60=120, +75=195, +90=285, +90=375, +60=435, +45=480, +75=555,
        # +90=645, +60=705, +60=765, +75=840.
        "minutes": 840,
        "sessions": 12,
        "individuals": 2,
        "supervision_minutes": 195,  # 06/06 60 + 20/06 tutorial 45 + 04/07 90
        "identifying": [],
    },
    about="Zoo senior keeper's 304 as plain text: 'AC x.x -' lines, decimal-hour log with a running-total column, a '(not counted)' chat, a session in the log and again as its own record, supervision and an ILM tutorial in a separate table; clean - pseudonyms, BIAZA, Kolb, Daloz, Cheshire.",
)
