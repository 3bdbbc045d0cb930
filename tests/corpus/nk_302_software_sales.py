"""8587-302 Undertaking an Extended Period of Coaching: a software company's sales enablement manager.

Jasmine Thorne is Sales Enablement Manager at a software-as-a-service company in Reading and
coaches two account executives for twelve hours, "Client 1" and "Client 2" throughout her
plan, log, feedback and supervision record. Two slips: her appendix list gives the file name
of Client 1's signed coaching agreement, which she saved under his name, and one reflection
calls him by his first name, which is also a word.

Planted (2): the name inside the file name "Coaching_agreement_Will_Hartigan_signed.pdf"
("Will_Hartigan") and his first name alone in a reflection ("Will"). "Will" never starts a
sentence or names a GROW stage elsewhere (she writes GROW as "way forward").

Clean but tricky: her own name on the cover, in the declaration and in her own file names;
her coaching supervisor named where the supervision form asks and by first name in the same
record; software and brands (Salesforce, Gong, HubSpot, LinkedIn Sales Navigator, Zoom,
Microsoft Teams, Slack, SharePoint), sales methods and books ("SPIN Selling" by Rackham, "The
Challenger Sale" by Dixon and Adamson, MEDDIC), job titles (Head of Sales EMEA, Chief Revenue
Officer, VP Customer Success), the President's Club, Q3, places (Reading, Thames Valley Park,
Bracknell, Dublin), diagnostics (DiSC, 360 feedback, Insights Discovery), theorists (Whitmore,
Downey, Kline, Hawkins and Smith, Starr, Gallwey), days and months.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 302 Undertaking an Extended Period of Coaching – Portfolio"),
    T(
        ["Learner", "Jasmine Thorne"],
        ["ILM registration", "R5527140"],
        ["Job title", "Sales Enablement Manager, Thames Valley Park, Reading"],
        ["Coaching hours", "12 hours over 10 sessions"],
    ),
    H(1, "Appendices"),
    B("Appendix A: Coaching_plan_JThorne_v3.docx"),
    B("Appendix B: Coaching_agreement_Will_Hartigan_signed.pdf"),
    B("Appendix C: Coaching_agreement_Client2_signed.pdf"),
    B("Appendix D: Feedback_forms_all_sessions.pdf"),
    H(1, "1.1 Coaching Plan"),
    P("""Our Head of Sales EMEA asked me to coach two account executives who had missed target in
      Q3. Client 1 joined us from a competitor in Dublin six months ago and is struggling with a
      longer sales cycle. Client 2 has been with us three years and wants to move into a team
      lead role. I planned six sessions for Client 1 and four for Client 2, between 60 and 90
      minutes each, on Zoom or in a bookable room on the second floor. I blocked Tuesday and
      Thursday afternoons in my calendar and kept Fridays free because of end-of-week forecast
      calls."""),
    H(1, "1.2 Agreed Topics and Goals"),
    T(
        ["Client", "Topic", "Goal"],
        ["Client 1", "Discovery calls", "Run a full MEDDIC discovery on three new opportunities by the end of January"],
        ["Client 1", "Confidence with senior buyers", "Lead one call with a Chief Finance Officer without his manager on the line"],
        ["Client 2", "Readiness for team lead", "Present a coaching plan for a new starter to the Head of Sales EMEA by March"],
    ),
    H(1, "1.3 Contract"),
    P("""Each client signed an agreement (Appendices B and C) covering confidentiality, the
      number and length of sessions, cancellation, what I would share with their managers
      (attendance and goals only), and storage of notes on SharePoint in a folder only I can
      open. I held a short three-way call with each client's manager to agree goals, and then
      left the manager out of the sessions."""),
    H(1, "2.1 Diagnostic Tools"),
    P("""Client 1 completed a DiSC profile, which showed a strong preference for steadiness; he
      waits to be asked rather than pushing a call forward. Client 2 used a 360 feedback survey
      from eight colleagues. We also reviewed call recordings in Gong with each client's
      consent, using talk-to-listen ratio as a rough measure. Our company uses Insights
      Discovery colours, but I chose DiSC because the reports are shorter."""),
    H(1, "2.2 Coaching Model"),
    P("""I used GROW (Whitmore, 2017): goal, reality, options, way forward. With Client 2 I used
      Downey's TGROW, adding the topic at the start because she often brought three topics to
      one session. In session 4 with Client 1 I used Kline's idea of a thinking environment for
      the first fifteen minutes and said nothing while he talked. It was the most useful session
      we had. Between sessions we kept in touch only through a private Slack channel, used for
      rearranging times."""),
    H(1, "2.3 Skills and Behaviours"),
    P("""Questioning: I asked "What do you notice about the calls that go well?" rather than
      telling him what Rackham says in "SPIN Selling" or what Dixon and Adamson say in "The
      Challenger Sale". Listening: I summarised at the end of each section of GROW.
      Ethics: Client 2 told me she was thinking of leaving. I did not pass that on, but I
      reminded her of the limits in our contract. My supervisor observed session 6 on Teams."""),
    H(1, "2.4 Coaching Log"),
    T(
        ["No.", "Date", "Client", "Duration", "Focus"],
        ["1", "Tue 7 Oct 2025", "Client 1", "90 min", "Contracting, DiSC debrief"],
        ["2", "Thu 9 Oct 2025", "Client 2", "60 min", "Contracting, 360 results"],
        ["3", "Tue 21 Oct 2025", "Client 1", "75 min", "Discovery call review in Gong"],
        ["4", "Tue 4 Nov 2025", "Client 1", "60 min", "Thinking environment, senior buyers"],
        ["5", "Thu 6 Nov 2025", "Client 2", "75 min", "What a team lead does differently"],
        ["6", "Tue 18 Nov 2025", "Client 1", "60 min", "Role play with a CFO (observed)"],
        ["7", "Thu 20 Nov 2025", "Client 2", "60 min", "Drafting a coaching plan"],
        ["8", "Tue 2 Dec 2025", "Client 1", "75 min", "Pipeline review in Salesforce"],
        ["9", "Thu 4 Dec 2025", "Client 2", "60 min", "Rehearsing the presentation"],
        ["10", "Tue 16 Dec 2025", "Client 1", "65 min", "Review and ending"],
    ),
    H(1, "3.1 Reflections on Each Session"),
    P("""Sessions 1 and 2: I talked too much during contracting. Next time I will send the
      agreement in advance. Session 3: reviewing a recording in Gong was powerful but I slipped
      into critiquing rather than asking. Session 4: silence worked. Session 6: Will said
      afterwards that the role play felt awkward but that it was the first time he had said the
      numbers out loud to someone senior. I learned to debrief role play before moving on. Session 8: we
      compared his Salesforce pipeline with the accounts he had researched on LinkedIn Sales
      Navigator, and he noticed that most of his contacts were users, not buyers; his old
      employer ran on HubSpot and never tracked buying roles.
      Sessions 7, 9 and 10: I handed more of the agenda to each client, and the actions they chose
      were bigger than the ones I would have suggested."""),
    H(1, "3.2 Feedback"),
    P("""After every session each client completed a three-question form on Microsoft Forms
      (Appendix D). Client 2 rated session 5 lowest and wrote that she wanted more challenge.
      Client 1 wrote in December that he now ran his own discovery calls with MEDDIC and had
      added two opportunities to his Salesforce pipeline. He made the President's Club list
      for the first time."""),
    H(1, "3.3 Communication Skills"),
    P("""Hawkins and Smith describe levels of listening; I am good at listening for content and
      weak at listening for what is not said. Starr's advice on silence helped. I also noticed
      that I fill pauses on Zoom far more than in a room. As Gallwey put it, my own interference
      was the problem, not the client's."""),
    H(1, "3.4 Supervision"),
    T(
        ["Supervision record", ""],
        ["Supervisor name", "Dr Ruth Okonedo, external coaching supervisor"],
        ["Session 1", "Thursday 30 October 2025, 60 minutes: contracting with managers, boundaries"],
        ["Session 2", "Wednesday 10 December 2025, 60 minutes: ending well, my habit of filling silence"],
    ),
    P("""Ruth suggested I count to five before speaking and notice when I am rescuing. She also
      challenged me on whether the VP Customer Success should have been told about Client 2's
      plans; we agreed I had handled it correctly under the contract."""),
    H(1, "Declaration"),
    P("""I confirm this portfolio is my own work and the coaching took place as described.
      Jasmine Thorne, Bracknell, 19 December 2025"""),
]

CASE = Case(
    name="nk_302_software_sales",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("Thorne_J_302_portfolio.docx", PORTFOLIO)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": False, "identifying": ["Will_Hartigan", "Will"]},
    about="SaaS sales enablement manager's 302 portfolio: Client 1's name left in an appendix file name and his wordlike first name in a reflection; Salesforce, Gong, sales books and methods, job titles, DiSC, supervisor named on the form and by first name; no evidence matrix.",
)
