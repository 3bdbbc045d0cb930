"""8587-305 Reflecting on Mentoring Skills: a mountain-bike trail centre's operations manager, reflective journal PDF, criteria answered out of order.

Gwion Rowlands runs operations at a forest trail centre in mid Wales and mentored two staff
for unit 304, Mentee A (a trail ranger) and Mentee B (the bike hire and cafe supervisor).
His journal is a handful of dated entries written over six weeks, each with a heading made
of the date and a short title, and the criteria come up in the order he thought about them:
the first entry reviews his questioning and listening (2.1), the second lists strengths and
weaknesses (1.2), the third is his six-month development plan with a table (2.2), and only
the fourth examines how effective his mentoring was from the records, supervision and
feedback (1.1). A closing entry touches everything again. The evidence matrix at the front
maps each AC to its entry. Signed declaration.

Clean (nothing to flag): Mentee A and Mentee B; his supervisor and line manager by role;
theorists (Kolb, Schon, Gibbs, Egan's SOLER, Luft and Ingham's Johari window, Kline,
Clutterbuck); bodies (Natural Resources Wales, Cycling UK, British Cycling, EMCC, ILM);
places (Machynlleth, the Dyfi valley, Eryri, Aberystwyth); trail names (Tarw Du, Pont
Fawr); months at sentence starts.
"""

from corpus.case import B, Case, H, P, SourceFile, T

MATRIX = T(
    ["AC", "Where to find it"],
    ["1.1 Examine effectiveness of own mentoring practice", "Entry 4 (14 April)"],
    ["1.2 Strengths and areas for improvement", "Entry 2 (17 March)"],
    ["2.1 Review of own mentoring ability", "Entry 1 (3 March)"],
    ["2.2 Development plan, 6 months", "Entry 3 (31 March)"],
)

PLAN = T(
    ["What", "How", "When", "Measure of success"],
    ["Questioning: fewer, better questions", "One question then stop; record one session a month (with consent) and count questions",
     "April to June", "Under 20 questions in an hour, down from about 40"],
    ["Listening: no solving in the first half", "SOLER; notebook closed for the first 15 minutes",
     "April to July", "Supervisor's observation in July notes no advice before the half-way point"],
    ["Knowledge: mentoring theory", "Read Clutterbuck and Kline's Time to Think; one EMCC webinar a quarter",
     "By September", "Two books read, notes shared at supervision"],
    ["Challenge and feedback", "Ask permission, then be specific; practise at supervision",
     "May to September", "Both new mentees say I challenge them (feedback form)"],
    ["Mentoring beyond my site", "Offer to mentor a ranger at another centre",
     "September to October", "One new mentoring agreement signed by October"],
)

BLOCKS = [
    H(0, "Unit 305 Reflective Journal"),
    P("Gwion Rowlands - Operations Manager, Coed Dyfi Trail Centre, near Machynlleth"),
    P("""Evidence matrix (the journal entries below are in date order, not in AC order):"""),
    MATRIX,

    H(1, "Entry 1 - 3 March 2025 - Listening back"),
    P("""I got both my mentees' permission to record the last two sessions for unit 304 and this
      week I listened back to them on the drive home from Aberystwyth. It was uncomfortable.
      With Mentee A I asked 38 questions in fifty minutes and at least ten of them were
      "why" questions. Played back, they sound like blame: "why did you close Tarw Du without
      telling the cafe?" I did not mean it that way but I can hear how it lands. I ask 'why'
      too often and it sounds like I am looking for someone at fault, so a development area
      is to use "what" and "how" instead. Listening: I can hear myself starting to answer
      while Mentee B is still talking, especially when it is a problem I have solved before.
      Egan's SOLER reminds me about posture and eye contact, which I think I do fine, but the
      bigger gap is listening to the end. Communication generally: with A, who is quiet and
      thinks before speaking, I rushed to fill pauses; with B, who talks fast, I matched her
      speed and we both missed things. Future development: questioning (one question then
      stop), listening (notes closed for the first part) and adjusting my pace to the person.
      Kolb would say I have had the experience and now the reflection; the next step is to
      try something different, which goes into the plan."""),

    H(1, "Entry 2 - 17 March 2025 - What I bring and what I don't"),
    P("""My line manager asked me in my appraisal what I thought I was good at as a mentor, and I
      could not answer straight away, so this entry is me working it out. Knowledge: I know the
      centre, the trails and how Natural Resources Wales works, which helps mentees with
      practical problems, but I know very little mentoring theory beyond GROW and what we
      covered on the course days. Skills: I am organised, I never missed a session, and my
      records were complete. Behaviours: I am patient and people say I am approachable. On
      communication and interpersonal skills, I am better at rapport than at challenge. Both
      mentees trusted me quickly, partly because I told them about my own first season when I
      nearly lost my job over a broken uplift trailer, but when Mentee B kept putting off the
      staff rota conversation I let it slide for three sessions rather than name it. Using the
      Johari window (Luft and Ingham), her feedback form showed me something in my blind
      area: she wrote that I "go quiet and a bit formal" when a session gets difficult. I had
      no idea. So: strengths are organisation, reliability, practical knowledge and rapport;
      areas to improve are theory, challenge, and staying warm when things get awkward."""),

    H(1, "Entry 3 - 31 March 2025 - Plan for April to October"),
    P("""This is my development plan for the next six months. I drew it up after supervision
      and it links back to entries 1 and 2."""),
    PLAN,
    P("""I have tried to make every measure something someone else could check, not just me
      saying I feel better at it, because my supervisor pointed out that my first draft was
      all feelings. I will review it with her in July and again in October, when the summer
      season is over and I take on two new mentees from the seasonal rangers. The
      cross-centre mentoring idea came from a Cycling UK contact who runs a centre in Eryri."""),

    H(1, "Entry 4 - 14 April 2025 - Did it work?"),
    P("""Going back through the evidence from unit 304 to judge how effective my mentoring really
      was. Records: my session records are complete for all fourteen sessions, but reading
      them in one go, my session records show I talked for more than half of every early
      session, and the actions were usually mine written in their words. From session 6 onwards
      the actions are shorter and clearly theirs. Supervision: my two supervision sessions both
      came back to the same thing, that I rescue people. The second one, in February, is when
      I agreed to try closing my notebook, and the records after that are noticeably
      different. Feedback: Mentee A scored the sessions 3 out of 5 in the first month and 5 by
      the end, and wrote that the later sessions were "more about what I want". Mentee B's
      scores stayed at 4, and her comment about me going formal (entry 2) suggests the
      relationship was good but not as useful as it could have been. Outcomes: A is now leading
      the trail maintenance volunteers on his own, which was his goal. B's rota goal was only
      half met. Taking records, supervision and feedback together, I would say my mentoring was
      effective with A and partly effective with B, and the difference was how much I
      challenged. Schon's reflection-on-action is really what this journal is; what I want to
      get better at is reflection-in-action, noticing in the session that I have stopped
      listening."""),

    H(1, "Entry 5 - 28 April 2025 - Closing thoughts"),
    P("""Writing this journal has been more useful than I expected. I started off thinking it
      was a box to tick for the ILM and ended up with a plan I actually want to do. The big
      themes are the same everywhere: I ask too many questions, I fill silences, and I avoid
      challenge. Gibbs' cycle helped me structure entries 1 and 4. Next season I will mentor
      the new rangers, and I have asked my supervisor to observe one session in July so I get
      an outside view, not just my own."""),
    B("Supervision booked: July and October, with my supervisor (EMCC accredited), Pont Fawr meeting room."),
    B("Plan review: July and October (see Entry 3)."),

    P("""Declaration: I confirm this reflective journal is my own work. Gwion Rowlands,
      28 April 2025"""),
]

CASE = Case(
    name="w_8587_305_trail_centre_journal_pdf",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("G Rowlands 305 reflective journal.pdf", BLOCKS)],
    labels={
        "1.1": "I talked for more than half of every early session",
        "1.2": "I am better at rapport than at challenge",
        "2.1": "it sounds like I am looking for someone at fault",
        "2.2": "every measure something someone else could check",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
    },
    about="Trail centre operations manager's 305 reflective journal PDF: dated entries answering 2.1, 1.2, 2.2 then 1.1, a closing entry touching every theme, front evidence matrix by entry, development plan table April-October; clean: Mentee A/B, roles, theorists, NRW and Cycling UK, Welsh places and trail names.",
)
