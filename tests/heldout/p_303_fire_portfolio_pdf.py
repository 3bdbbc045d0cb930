"""8587-303 Reflecting on Coaching Skills (PDF portfolio): a fire and rescue station manager.

Lewis Abara, station manager at a two-pump wholetime fire station in a county fire and
rescue service, coached two crew managers for unit 302 and now
reflects on it. One PDF saved from Word as a portfolio: a cover sheet, an evidence matrix
(criterion | evidence | where: page numbers and appendices), a reflective review in
sections with his own headings, then Appendix A (a SWOT table), Appendix B (extracts from
his supervisor's and coachees' feedback) and Appendix C (a six-month development plan
table). The matrix points 1.2 to Appendix A and 2.2 to Appendix C, so those labels sit in
the appendices, not in the matrix rows. Measured, slightly formal voice. Signed
declaration on the cover.

Clean: the coachees are 'Crew Manager 1' and 'Crew Manager 2' (CM1, CM2). Not identifying:
Lewis's own name, his group manager and coaching supervisor (roles), the fire and rescue
service, the NFCC leadership framework, GROW, Kline, SWOT.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8587-303 Reflecting on Coaching Skills within an Organisational Context"),
    P("Portfolio of evidence"),
    T(
        ["Learner", "Lewis Abara"],
        ["Role", "Station Manager, wholetime station"],
        ["Qualification", "ILM Level 3 Certificate in Effective Coaching and Mentoring"],
        ["Date", "14 November 2025"],
    ),
    P("""Declaration: I confirm that the evidence in this portfolio is my own work and that all
      sources are acknowledged. Signed: Lewis Abara"""),

    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Where"],
        ["1.1 Examine the effectiveness of own coaching practice based on evidence", "Reflective review, section 1; Appendix B feedback extracts", "pages 2-3, Appendix B"],
        ["1.2 Identify own strengths and areas for improvement", "SWOT analysis", "Appendix A"],
        ["2.1 Review own coaching ability to identify future development opportunities", "Reflective review, section 2", "page 4"],
        ["2.2 Produce a development plan covering a minimum of 6 months", "Development plan", "Appendix C"],
    ),

    H(1, "Section 1 - How effective was my coaching?"),
    P("""For unit 302 I coached two newly promoted crew managers over fourteen sessions between
      March and June. Both had been firefighters on my station for more than ten years and
      both were struggling with the same thing: being in charge of people who had been their
      mates on the watch. To judge how effective the coaching was I have gone back to three
      sources: my session records and reflective log, the two supervision sessions with my
      coaching supervisor, and written feedback from both coachees and from the group manager
      who line manages them (extracts in Appendix B)."""),
    P("""The records show that both crew managers met their main goals. CM1 wanted to run a
      full watch debrief after an incident without me present; he ran his first in May and
      the group manager observed a second in June. CM2 wanted to tackle a long-standing
      problem with one firefighter's kit checks; she held the conversation in April and the
      kit checks have been complete since. But the records also show something less
      comfortable. In my first five sessions I wrote more lines of notes about what I said
      than about what they said. My supervisor picked this up in the first supervision
      session and asked me to count my questions against my statements in the next session;
      it was roughly one to one. By the last sessions it was closer to four questions to
      every statement, and the coachees' feedback changed at the same time, from 'useful
      advice' to 'made me think it through myself'. I take that shift as the clearest
      evidence that my coaching became more effective as it went on."""),
    P("""Where it was less effective was pace. Fire service culture values quick decisions, and I
      pushed CM2 to a decision about the kit-check conversation a session earlier than she was
      ready. The conversation went ahead but she told me afterwards she had felt rushed, and
      the feedback form for that session is the only one where she scored me below 4 out of
      5."""),

    H(1, "Section 2 - Looking ahead"),
    P("""Reviewing my coaching ability now, my questioning has improved most but I still ask
      stacked questions when I am excited about an idea (two or three questions in one breath,
      so the coachee answers the easiest). My listening is good for content but weaker for
      feeling: I hear what happened at an incident but I am slower to notice how it affected
      the person, which matters in a service where crews deal with trauma. My feedback is
      direct, which suits the watch, but I need to check it has landed. The development
      opportunities I have identified are: regular supervision beyond the course, a short
      course on trauma-informed conversations, joining the service's internal coaching pool
      so I coach people outside my own station and line of command, and reading Kline's work
      on listening. I also want to record one session (with consent) and listen back, because
      I think that would show me my stacked questions more clearly than any feedback form."""),

    H(1, "Appendix A - SWOT analysis of my coaching"),
    T(
        ["Strengths", "Weaknesses"],
        ["Structure: sessions always followed GROW and had clear actions. Credibility with operational staff. Reliable - never cancelled a session.",
         "Talking too much early on. Stacked questions. Slow to pick up emotion. I rush to a decision when I sense the coachee is stuck."],
        ["Opportunities", "Threats"],
        ["The service's new coaching pool. NFCC leadership framework includes coaching behaviours. Supervision offer from my coaching supervisor.",
         "Operational demands (a busy summer of wildfires cut two sessions short). Rank: crews may see coaching from a station manager as an instruction."],
    ),
    P("""Interpersonal skills: I build rapport easily with operational staff, but I recognise I am
      more at ease with people who communicate like me, quickly and bluntly. CM2 is more
      reflective, and I have to slow down deliberately with people like her."""),

    H(1, "Appendix B - Feedback extracts"),
    P("""Coaching supervisor, after supervision 1: 'Lewis is clearly committed and well organised.
      He fills silence quickly; I have asked him to notice this.'"""),
    P("""CM1, final feedback form: 'Made me think it through myself. I now do the same with my
      own crew.'"""),
    P("""CM2, session 4 feedback form: 'Felt a bit rushed today.' Score 3/5."""),
    P("""Group manager, email, July: 'Both crew managers are noticeably more confident leading
      their watches.'"""),

    H(1, "Appendix C - Development plan (December 2025 to June 2026)"),
    T(
        ["What I will develop", "How", "By when", "How I will know (measure of success)"],
        ["Stop stacking questions", "Record one session with consent and count stacked questions; repeat in three months", "Jan 2026 and Apr 2026",
         "Stacked questions fall from the first recording to fewer than three in the second"],
        ["Noticing emotion", "Trauma-informed conversations course (service L&D); practise reflecting feelings", "Mar 2026",
         "Coachee feedback mentions feeling listened to, not just helped"],
        ["Supervision", "Book supervision every eight weeks with my coaching supervisor", "From Dec 2025, first by 19 Dec",
         "Four supervision sessions logged by June 2026"],
        ["Coaching outside my line of command", "Join the service coaching pool; take on two coachees from other stations", "Feb 2026",
         "Two new coaching relationships contracted and reviewed by June 2026"],
        ["Pace", "Ask 'are you ready to decide?' before moving to Will", "Ongoing, reviewed in supervision",
         "No coachee scores me below 4/5 for pace"],
    ),
]

CASE = Case(
    name="p_303_fire_portfolio_pdf",
    unit="8587-303",
    kind="portfolio",
    files=[SourceFile("303 portfolio L Abara.pdf", BLOCKS)],
    labels={
        "1.1": "it was roughly one to one",
        "1.2": "I have to slow down deliberately with people like her",
        "2.1": "so the coachee answers the easiest",
        "2.2": "Stacked questions fall from the first recording",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # CM1 / CM2 throughout; Lewis Abara, the group manager and coaching supervisor
        # (roles), NFCC, GROW, Kline, SWOT: not identifying
        "identifying": [],
    },
    about="Fire station manager's 303 portfolio as one PDF: cover with declaration, an evidence matrix pointing at pages and Appendices A and C, reflective sections with own headings, a SWOT table and a six-month plan table in appendices; clean.",
)
