"""8587-300 understanding coaching: an auction house's head of valuations, structured PDF, clean of third-party names.

Oliver Pennock-Hart heads the valuations team at a regional fine art and antiques auction
house. His assignment is a PDF with a cover table (his name, centre, and his assessor's name
as the centre printed it), then one numbered heading per criterion in the rubric's order.
Everyone else in it is a role ("a junior cataloguer", "our saleroom manager"). Traps that are
not identifying: the learner's own name (cover and declaration), the assessor on the cover,
theorists (Whitmore, Kolb, Schön, Hawkins and Shohet, Passmore), brands and products
(Microsoft Teams, Outlook, SurveyMonkey, Insights Discovery, the EMCC and ICF codes), a
saleroom's lot numbers and a town name.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 3 Unit 8587-300: Understanding the Skills, Principles and Practice of Effective Coaching"),
    T(["Learner", "Oliver Pennock-Hart"],
      ["Role", "Head of Valuations, Carrow & Finch Auctioneers, Market Harwell"],
      ["Centre", "Fenland School of Management"],
      ["Assessor", "Ruth Kingsley-Ward"],
      ["Submitted", "3 March"]),

    H(1, "1.1 The purpose of effective coaching in our organisation"),
    P("""An auction house lives on the judgement of its specialists. A cataloguer who describes a
      Georgian bracket clock wrongly can cost a vendor thousands or put us at risk of a claim.
      Traditionally that judgement was passed on by sitting next to someone for ten years. Coaching
      in our setting has a different purpose: to help capable people think through their own
      decisions so that they become confident specialists faster and stay with us, rather than
      waiting to be told. Effective coaching here supports the business plan's aim of growing
      online-only sales, where there is no senior colleague on the rostrum to catch mistakes. It
      also helps with retention, because junior cataloguers are poached by London houses once trained."""),

    H(1, "1.2 Role and responsibilities of an effective coach"),
    P("""The coach's role is to facilitate the coachee's thinking, not to be the expert in the room.
      That is hard for me because I am usually the expert on the lot. In a coaching conversation I
      have to park my valuation and ask what the coachee sees. Responsibilities sit alongside the
      role: agreeing a clear contract, keeping to confidentiality, managing time and boundaries,
      keeping records, noticing when an issue is for line management, HR or counselling rather than
      coaching, and referring on when needed. The coach is also responsible for their own
      development and for taking their practice to supervision."""),

    H(1, "1.3 Skills, knowledge and behaviours"),
    P("""Skills: active listening, open and probing questions, summarising, using silence, giving
      balanced feedback, and building rapport quickly. Knowledge: at least one recognised model
      (I use GROW as set out by Whitmore), the ethical codes of bodies such as the EMCC and ICF,
      the limits of coaching, and how adults learn, for example Kolb's cycle. Behaviours: being
      non-judgemental, patient, curious, honest about what I do not know, and reliable about time.
      The behaviour I have to work hardest at is holding back my own opinion of an object's value
      when a coachee is reasoning their way to theirs."""),

    H(1, "1.4 Overcoming potential barriers to coaching"),
    P("""Time is the first barrier: sale weeks swallow everything. The way round it is to book
      coaching in the fortnight after each sale and protect it in Outlook as if it were a
      valuation appointment. The second is hierarchy. If the head of department is the coach,
      junior staff may say what they think I want to hear, so I would offer a coach from another
      department, such as our saleroom manager, for anyone who prefers it. A third is scepticism,
      where some specialists see coaching as soft. Showing results, for example a cataloguer's
      error rate falling, does more than any argument. Finally, remote working for the online
      team means sessions over Microsoft Teams, which need cameras on and a quiet room."""),

    H(1, "2.1 Methods to initiate a productive working relationship"),
    P("""I would start with an informal chemistry conversation over coffee, away from the
      saleroom, where the person can ask what coaching is and decide if they want it with me.
      Sharing something about my own early mistakes, such as misdating a pair of candlesticks in my
      first year, lowers the status gap. Agreeing ground rules together, asking what they want
      to get out of it, and checking preferences (some people think better walking round the
      viewing galleries than sitting down) all help. I also use a short pre-coaching questionnaire
      built in SurveyMonkey so the first session starts from their priorities."""),

    H(1, "2.2 Contracting: the rationale and the process"),
    P("""The rationale for contracting is that both people, and the organisation, need to know
      what they have agreed to before anything personal is said. It protects the coachee,
      sets expectations and gives the coach something to return to if things drift. The process
      has two levels. First, a three-way conversation with the coachee and their line manager to
      agree broad outcomes and what will be reported back, which is attendance and progress
      against outcomes only. Second, a two-way contract covering confidentiality and its limits
      (safety, fraud, the law), number and length of sessions, where they happen, cancellation,
      how notes are kept, and how either side can end the arrangement. Both sign it, and we
      revisit it at the midpoint."""),

    H(1, "2.3 Safe and ethical practice"),
    P("""Safe and ethical practice means working within my competence, keeping confidences
      within the agreed limits, storing notes securely under GDPR, avoiding conflicts of
      interest and being honest about them when they arise. A real example in our trade: if a
      coachee told me they had valued a lot low for a friend, that falls outside confidentiality
      and I would say so at contracting, not afterwards. It also means recognising the signs of
      stress or mental health difficulty and referring to the employee assistance programme
      instead of trying to coach it, and never using coaching to manage performance by the back
      door. I follow the EMCC Global Code of Ethics as my reference point."""),

    H(1, "3.1 Managing a coaching process with a recognised model"),
    P("""I would use GROW across the whole programme as well as within each session. At the start,
      Goal: agree what the coachee wants by the end, for example to catalogue a specialist
      ceramics sale without review. Reality: what they do now, what evidence there is, what has
      been tried. Options: the coachee generates possible routes, such as handling sessions at
      a museum store or shadowing a ceramics specialist. Will: they choose actions, dates and how
      they will know. Within a single session I follow the same four stages, spending longest on
      Reality, because in my experience people jump to options far too soon. Managing the process
      also means reviewing the goal at the midpoint and agreeing a clear ending."""),

    H(1, "3.2 Coaching tools and techniques"),
    P("""Several tools help identify preferences and agree goals. A wheel of work, where the
      coachee scores eight areas of their job from one to ten, quickly shows where they want to
      focus. Scaling questions ("where are you now on a scale of one to ten, what would move you
      one point up?") make progress visible. Psychometric profiles such as Insights Discovery give
      a shared language about preferences, for instance someone who prefers detail may need
      different support from someone who prefers people. I also like a timeline exercise where
      the coachee plots the lots they were proudest of and the ones that went wrong, which often
      reveals their real goal. Finally, SMART goal-writing turns a vague wish into something both
      of us can check."""),

    H(1, "3.3 Monitoring and reviewing progress"),
    P("""Progress is monitored by revisiting the goal at the start of every session and asking
      the coachee to re-score themselves on the same scale, so both of us can see movement.
      Action logs, where the coachee notes what they did between sessions, show whether agreed
      actions happen. A formal midpoint review checks whether the goal is still right. Workplace
      evidence helps too, for example the number of catalogue entries sent back by the saleroom
      manager for correction on Lots 200 to 300 in consecutive sales. A final review compares
      where they started with where they finished and what they will do next."""),

    H(1, "4.1 Purpose of coaching records"),
    P("""For the coach, records provide continuity between sessions, evidence that the contract
      was kept, material for supervision and reflection, and protection if something is
      questioned later. For the coachee, records are a reminder of what they committed to, a way
      of seeing their own progress, and something they own. I would agree at contracting that
      the coachee gets a copy of every session note and that notes are kept in a locked folder
      on the shared drive, not in the valuations system, for no longer than a year."""),

    H(1, "4.2 Why reflective practice and supervision matter"),
    P("""I would argue that coaching without reflection and supervision is unsafe. A coach cannot
      see their own blind spots. Schön's idea of reflecting on action gives a discipline for
      looking back at each session and deciding what to change. Supervision adds a second pair
      of eyes: Hawkins and Shohet describe it as serving development, resourcing and quality,
      and all three matter. In an auction house the coach is often also the coachee's senior, so
      supervision is where power and bias get challenged before they harm the coachee. Passmore
      makes the case that supervision protects clients as well as coaches. Without it I would
      keep repeating my own habits, such as supplying the answer about a lot's value, and call
      it coaching."""),

    P("Word count: 1,490 (excluding cover and headings)."),
    P("Declaration: I confirm this assignment is my own work. Oliver Pennock-Hart"),
]

CASE = Case(
    name="s_8587_300_auction_house_pdf",
    unit="8587-300",
    kind="structured-pdf",
    files=[SourceFile("Pennock-Hart_8587-300.pdf", BLOCKS)],
    labels={
        "1.1": "stay with us, rather than waiting to be told",
        "1.2": "park my valuation and ask what the coachee sees",
        "1.3": "holding back my own opinion of an object's value",
        "1.4": "protect it in Outlook as if it were a valuation appointment",
        "2.1": "misdating a pair of candlesticks in my first year",
        "2.2": "a three-way conversation with the coachee and their line manager",
        "2.3": "valued a lot low for a friend",
        "3.1": "spending longest on Reality",
        "3.2": "plots the lots they were proudest of",
        "3.3": "re-score themselves on the same scale",
        "4.1": "not in the valuations system",
        "4.2": "coaching without reflection and supervision is unsafe",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # own name, assessor on the cover, theorists, EMCC/ICF, Outlook, Teams, SurveyMonkey,
        # Insights Discovery, roles (saleroom manager, junior cataloguer): none identifying
        "identifying": [],
    },
    about="Auction house head of valuations; structured PDF with numbered headings per criterion; clean, with traps: own name, assessor on the cover, theorists, brands and codes, roles only.",
)
