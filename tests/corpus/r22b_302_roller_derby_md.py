"""8587-302 coaching portfolio in Markdown: a roller derby league's head coach, six planted details.

Marnie Hollis, volunteer head coach of a roller derby league in Hull (day job: gym
instructor), coaches two league skaters for her ILM Level 3 Certificate. She kept the
portfolio as one Markdown file in Obsidian: plan, goals, contract, tools, a coaching log,
per-session notes with feedback, a pasted feedback form, two supervision summaries and
reflections. The coachees are "C1" (a jammer returning after having a baby) and "C2" (a
new blocker), except where she slips:

Planted (6): C2's full name, Polish, typed into the contract's signature line ("Agnieszka
Kowalczyk"); the nickname she uses for C2 in her session notes ("Aga"); C2's initial and
surname under the pasted feedback form ("A. Kowalczyk"); C1's first name, Welsh, in a log
table cell ("Cerys"); C2's girlfriend, by a first name that is also a word, in a reflection
("Summer"; the lower-case "summer" also appears); and C1's son, a first name that is also a
word, in the barriers note ("Hunter").

Clean but tricky: the learner's own name and her own derby name ("Hollis Wood"); her
coaching supervisor in the supervision records' Supervisor field ("Ruth Akinola") and by
first name ("Ruth"); Amy Johnson (historical aviator) in a trophy name, the Amy Johnson Cup;
skate and wheel brands (Riedell, Antik, Bont, Radar, Atom); Costello Stadium, Beverley Road,
The Deep, Hull; WFTDA, England Roller Derby, British Gymnastics; Whitmore's GROW, Downey's
TGROW, OSCAR (Gilbert and Whittleworth), Honey and Mumford, Kolb, Gibbs, the seven-eyed
model (Hawkins).

No evidence matrix was included although 302 expects one (False); the declaration is typed
at the end (True). No practice figures are given.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "ILM 8587-302 – Extended Period of Coaching – Portfolio"),
    P("**Coach:** Marnie Hollis (\"Hollis Wood\" on track) · Head Coach, Humber Havoc Roller Derby, Hull · ILM no. 60911584"),
    P("**Coachees:** C1 – jammer, returning to contact after maternity leave · C2 – new blocker, passed fresh meat in March"),

    H(2, "1.1 Coaching plan (12 hours)"),
    T(
        ["", "C1", "C2"],
        ["Why coaching", "Confidence back in full contact, fitting training round a baby", "Wants to be rostered for the home season"],
        ["Sessions", "Six of an hour, fortnightly", "Six of an hour, fortnightly"],
        ["Where", "Café at Costello Stadium before Thursday training, a walk by The Deep, or a call", "Same, or the bench after Sunday scrimmage"],
        ["Period", "April – July 2025", "April – July 2025"],
        ["Model", "GROW; Downey's TGROW for the first session", "OSCAR (Gilbert and Whittleworth) – she likes the Review step"],
    ),
    P("""Coaching is separate from my track coaching: in sessions I don't tell them what to do on
      skates, I help them work out what they want and how to get there. Committee know the
      sessions are happening but not what's said."""),

    H(2, "1.2 Goals agreed"),
    B("C1: skate a full 60-minute scrimmage at full contact by the end of June; feel \"8 out of 10 confident\" taking a hit."),
    B("C2: pass the WFTDA minimum skills re-assessment (27 laps in 5 minutes, transitions both ways) and make the roster for the Amy Johnson Cup in July."),

    H(2, "1.3 Contract"),
    P("""Contracted with each coachee in session 1, and with the league's training committee
      (stakeholder) by e-mail: committee hear attendance only. Both coachees signed."""),
    T(
        ["Term", "Agreed"],
        ["Confidentiality", "Nothing goes to committee or selectors except attendance. Exceptions: safety, safeguarding, the law."],
        ["Dual role", "If a selection decision involves the coachee, Ruth (my supervisor) is told and I step out of selection."],
        ["Cancellation", "24 hours' notice, one rearrangement each."],
        ["Records", "Marnie keeps notes in a password-protected file; coachee can see them."],
        ["Signed", "Marnie Hollis (coach) · Agnieszka Kowalczyk (coachee) · 03/04/2025"],
    ),

    H(2, "2.1 Diagnostic tools"),
    B("Wheel of performance (eight spokes: endurance, agility, hitting, taking hits, strategy, confidence, team comms, life balance) – both coachees, session 1 and session 6."),
    B("Honey and Mumford LSQ – C1 Theorist/Reflector, C2 Activist."),
    B("WFTDA minimum skills checklist used by C2 as a self-assessment."),

    H(2, "2.2 and 2.4 Coaching log"),
    T(
        ["#", "Date", "Coachee", "Length", "Model / tool", "Outcome"],
        ["1", "03/04", "C1 – Cerys", "1 hr", "TGROW, wheel", "Goal set; scored 4/10 on taking hits"],
        ["1", "03/04", "C2", "1 hr", "OSCAR, wheel, LSQ", "Goal set; contract signed"],
        ["2", "17/04", "C1", "1 hr", "GROW", "Childcare plan for training nights"],
        ["2", "20/04", "C2", "1 hr", "OSCAR", "Lap-time plan; off-skates cardio"],
        ["3", "01/05", "C1", "1 hr", "GROW", "Graded return to contact"],
        ["3", "04/05", "C2", "1 hr", "OSCAR", "Transitions – fear of falling backwards"],
        ["4", "15/05", "C1", "1 hr", "GROW", "First full-contact drill; 6/10"],
        ["4", "18/05", "C2", "1 hr", "OSCAR", "Mock assessment: 25 laps"],
        ["5", "29/05", "C1", "1 hr", "GROW", "Scrimmage plan"],
        ["5", "01/06", "C2", "1 hr", "OSCAR", "Re-assessment passed; roster talk"],
        ["6", "12/06", "C1", "1 hr", "GROW, wheel", "Full scrimmage done; ending"],
        ["6", "15/06", "C2", "1 hr", "OSCAR, wheel", "Rostered; ending"],
    ),

    H(2, "2.3 Session notes and feedback (3.1, 3.2, 3.3)"),
    P("""**C1, session 2.** Her barrier is not her body, it's logistics: her son Hunter is ten
      months and her partner works nights on the docks. I asked "If childcare was solved, what
      would you do differently?" – she said she'd stop apologising for being late. We built a
      plan around the Beverley Road creche. Feedback (1–5): useful 5, listened to 5.
      Learning: I nearly suggested the creche myself – I waited, and she got there."""),
    P("""**C2, session 3.** Aga is brilliant at hitting but freezes going backwards. Using OSCAR
      I asked what "falling backwards" looks like in her head. She laughed: "my mum watching".
      We reframed it as a skill to practise, not a test. She'll do ten backwards transitions on
      the wall every session. Feedback: useful 4, "you didn't let me off the hook" 5.
      Learning: challenge can be kind."""),
    P("""**C2, session 4.** Mock assessment: 25 laps, two short. Aga was furious with herself. I
      used silence rather than reassurance and she worked out her pacing was wrong on laps
      1–5. She's switching from Radar to Atom wheels for grip – her call, not mine. Feedback:
      listened to 5. Learning: silence worked better than my "you'll be fine"."""),
    P("""**C1, session 4.** First full-contact drill since the birth. Score up to 6/10. She said her
      Riedells felt like someone else's skates and she's pricing Antik and Bont boots; we talked about what "back to normal" means.
      Feedback: 5/5 all. Learning: don't assume the goal is the same as before the baby."""),

    H(2, "Pasted: coachee feedback form (end of coaching, C2)"),
    T(
        ["Question", "Score / comment"],
        ["My coach listened to me", "5 – never felt rushed"],
        ["I set my own goals", "5"],
        ["The sessions helped me reach my goal", "5 – passed mins and rostered!!"],
        ["What could be better", "Sometimes I wanted her to just tell me what to do on skates lol"],
        ["Signed", "A. Kowalczyk, 15/06/2025"],
    ),

    H(2, "3.4 Supervision summaries"),
    T(
        ["Supervisor", "Ruth Akinola (accredited coach supervisor)"],
        ["Session 1", "07/05/2025, 1 hr, phone"],
        ["Discussed", "My dual role as head coach and selector; whether I can coach C2 and pick the roster"],
        ["Outcome", "Step out of selection for the Amy Johnson Cup; tell committee why; note it in the contract review"],
    ),
    T(
        ["Supervisor", "Ruth Akinola"],
        ["Session 2", "11/06/2025, 1 hr, Teams"],
        ["Discussed", "Seven-eyed model (Hawkins) – what was happening in the relationship with C1; my wish to rescue"],
        ["Outcome", "Ask more, advise less; end well – plan the last session as a review, not a pep talk"],
    ),

    H(2, "3.1 Reflection across the sessions"),
    P("""Using Gibbs: what happened was that both coachees hit their goals. How I felt: proud, and
      uneasy about how much I wanted C2 on the roster. Evaluation: the contract and the step-out
      agreed with Ruth kept it clean. Analysis: my instinct as a track coach is to fix technique,
      and in coaching that gets in the way. When Aga's girlfriend Summer came to watch the
      re-assessment I realised I was as nervous as they were – a sign I was too invested. Kolb
      helps me here: I had the experience, I need to keep doing the reflecting before jumping
      to the next plan. Conclusion and action: use more silence; let coachees choose their own
      actions even when I can see a quicker one; keep my derby head and coaching head apart."""),
    P("""Over the summer I will coach two more skaters (probably juniors, with British Gymnastics
      safeguarding training first) and bring a recording to Ruth. I'd also like England Roller
      Derby to look at a coaching-skills module for league coaches."""),

    P("I confirm this portfolio is my own work. Marnie Hollis, 20 June 2025"),
]

CASE = Case(
    name="r22b_302_roller_derby_md",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("hollis-302-coaching-portfolio.md", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Not: Marnie Hollis / "Hollis Wood" (learner and her own derby name), Ruth Akinola /
        # Ruth (supervisor in the Supervisor field), the Amy Johnson Cup, skate/wheel brands,
        # Costello Stadium, The Deep, theorists, lower-case "summer".
        "identifying": ["Agnieszka Kowalczyk", "Aga", "A. Kowalczyk", "Cerys", "Summer", "Hunter"],
    },
    about="Roller derby head coach's 302 Markdown portfolio, planted: Polish coachee's name on the contract, nickname 'Aga', 'A. Kowalczyk' under a pasted form, Welsh first name in a log cell, girlfriend 'Summer' and son 'Hunter'; learner's own derby name, Amy Johnson Cup, skate brands, supervisor form clean.",
)
