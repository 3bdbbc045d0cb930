"""8587-302 Undertaking an Extended Period of Coaching: an estate agency branch manager's portfolio (PDF).

Natalie Chambers-Wood manages the Harrogate branch of a Yorkshire estate agency and coaches
two negotiators for twelve hours. She writes "Coachee 1" and "Coachee 2" and codes the log
"C1" and "C2", but three details slip through. No evidence matrix.

Planted (3): Coachee 1's full name in the first row of the coaching log, the only place it
appears ("Tom Ashworth"); Coachee 2's first name, a word as well as a name, signing a
feedback comment she quotes ("Sandy"); a vendor by title and surname in a reflection
("Mr Bhattacharya").

Clean but tricky: her own double-barrelled name on the cover and declaration, the assessor
named where the cover asks; the agency's name made of two surnames (Hartley & Vane), a tea
room chain that reads like a name (Bettys), property portals and software (Rightmove, Zoopla,
OnTheMarket, Reapit, Excel, Teams), bodies (The Property Ombudsman, Propertymark, RICS),
psychometrics (DISC, Belbin, Myers-Briggs), places (Harrogate, Knaresborough, Ripon, Pateley
Bridge, the Stray), job titles (Senior Negotiator, Lettings Manager, Area Director, Valuer),
weekdays and months, theorists (Whitmore, Downey, Kline) and an external supervisor by role.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 302 Portfolio: Undertaking an Extended Period of Coaching"),
    T(
        ["Learner", "Natalie Chambers-Wood"],
        ["Organisation", "Hartley & Vane Estate Agents, Harrogate branch"],
        ["Centre", "Dales Management Centre"],
        ["Assessor", "Andrew Oyelowo"],
    ),
    H(1, "Section One: Planning"),
    H(2, "1.1 Coaching plan"),
    P("""I coached two negotiators for six hours each, twelve hours in total, between September
      and February. Coachee 1 is a junior sales negotiator in his first year; Coachee 2 is a
      lettings negotiator of four years who has just been made up to Senior Negotiator.
      Sessions were an hour, fortnightly, on Wednesday mornings before the branch opens at
      nine, in the back office with the blinds down. Two sessions were moved to Teams when I
      was covering Knaresborough. I avoided the last week of each month because of
      completions. Resources: a coaching agreement, the DISC profile the company already
      uses, a wheel of performance, a session record template and an Excel sheet for
      tracking the hours."""),
    H(2, "1.2 Agreed topics and goals"),
    P("""Goals were agreed in the first session using open questions about what each of them
      wanted from the year, then checked with the Area Director against the branch plan."""),
    B("Coachee 1: book and carry out his own market appraisals by January, without a Valuer alongside, at least two a week."),
    B("Coachee 1: convert more viewings to offers, measured in Reapit, from one in ten to one in six."),
    B("Coachee 2: lead the lettings team's Monday meeting and handle landlord complaints herself before passing them up."),
    B("Coachee 2: say no to unreasonable landlord requests calmly, with fewer escalations to the Lettings Manager."),
    H(2, "1.3 Coaching contract"),
    P("""Each coachee signed an anonymised contract (copies attached) covering six one-hour
      sessions, dates, cancellation with 24 hours' notice, confidentiality and its limits
      (anything illegal, a breach of Money Laundering Regulations, or a risk to someone's
      safety), and that my notes stay in a locked drawer and a password-protected folder. The
      Area Director signed a three-way section agreeing the broad goals and that he would not
      ask for details of sessions. Because I am both coachees' manager, the contract also
      says that nothing said in coaching will be used in their appraisals."""),
    H(1, "Section Two: Coaching practice"),
    H(2, "2.1 Diagnostic and assessment tools"),
    P("""DISC showed Coachee 1 as high Influence and low Conscientiousness: great on viewings,
      weak on follow-up. That linked straight to his conversion goal, and we built a follow-up
      routine in Reapit that suited someone who dislikes admin. Coachee 2 scored herself on a
      wheel of performance with eight segments (landlords, tenants, team, compliance, and so
      on). She gave herself two out of ten for handling difficult landlords and eight for
      compliance, which showed her confidence problem was about conflict, not knowledge, and
      shaped her second goal. A Belbin questionnaire (the company dropped Myers-Briggs years ago) later helped her think about how she
      runs the Monday meeting."""),
    H(2, "2.2 Coaching model"),
    P("""I used GROW (Whitmore, 2017) in every session. In session three with Coachee 2 the Goal
      was to handle one landlord complaint fully herself. Reality: she passed every complaint
      up because she was afraid of getting the law wrong. Options: she listed checking The
      Property Ombudsman's guidance first, role-playing a call with me, or asking the
      Lettings Manager for a script. Will: she chose the role play and then one real call.
      By session five she had handled four complaints on her own. The Will stage was what
      made the difference for Coachee 1 too, because he had to say out loud what he would
      do by Friday."""),
    H(2, "2.3 Knowledge, skills and behaviours"),
    P("""I used open questions, summarising and silence far more than I do as a manager. With
      Coachee 1 I had to resist telling him how I would value a house on the Stray; instead I
      asked what evidence he would use and let him work through the comparables on
      Rightmove and Zoopla himself. Ethically, when he admitted in session four that he had
      rounded up an appraisal figure to win an instruction, I reminded him of the limits in
      our contract and Propertymark's code, and he decided himself to correct it with the
      vendor. Listening properly, with my phone off and the door shut, meant he told me
      things he would never say in a branch meeting."""),
    H(2, "2.4 Coaching log"),
    T(
        ["Date", "Coachee", "Duration", "Focus", "Outcome / action"],
        ["04/09/2024", "Tom Ashworth", "1 hour", "Contracting, DISC results", "Pick two appraisal goals"],
        ["11/09/2024", "C2", "1 hour", "Contracting, wheel of performance", "Choose first goal"],
        ["18/09/2024", "C1", "1 hour", "Follow-up routine", "Set Reapit reminders"],
        ["25/09/2024", "C2", "1 hour", "Fear of landlord complaints", "Read ombudsman guidance"],
        ["09/10/2024", "C1", "1 hour", "Preparing an appraisal", "Shadow one more valuation"],
        ["16/10/2024", "C2", "1 hour", "Role play of a complaint call", "Take one real call"],
        ["06/11/2024", "C1 (Teams)", "1 hour", "Rounded-up figure, ethics", "Correct figure with vendor"],
        ["13/11/2024", "C2 (Teams)", "1 hour", "Four complaints handled", "Plan Monday meeting"],
        ["04/12/2024", "C1", "1 hour", "Conversion figures", "Call back every viewer in 24 hours"],
        ["11/12/2024", "C2", "1 hour", "Belbin, running meetings", "Lead January meeting"],
        ["15/01/2025", "C1", "1 hour", "Review and ending", "Own appraisals continue"],
        ["22/01/2025", "C2", "1 hour", "Review and ending", "Keep notes of escalations"],
    ),
    P("Total: 12 hours. Each row has a full session record on file with questions used and coachee comments."),
    H(1, "Section Three: Reviewing my practice"),
    H(2, "3.1 Reflection and key learning"),
    P("""I reflected after every session using a short form: what went well, what I would
      change, what I learnt. The biggest learning came in November. Mr Bhattacharya had rung
      the branch furious that his house had been on the market ten weeks with no offers, and
      I walked into the session with Coachee 1 still annoyed and spent twenty minutes telling
      him what to do about it. My reflection that night was that I had hijacked his session
      with my problem. Since then I take five minutes before every session to leave the day
      outside the door. Other key learning: I ask two questions at once when I am nervous,
      and I am too quick to fill silences."""),
    H(2, "3.2 Feedback on my coaching"),
    P("""Each coachee filled in a short feedback form after every session, scoring how useful
      it was and what I could do differently. Coachee 1's scores went from six to nine.
      Coachee 2 wrote after session six: "Really useful, I finally feel I can say no to
      landlords without panicking. Thanks! Sandy". Coachee 1 told me in session two that I
      "sounded like a manager, not a coach", which stung but was fair, and I changed how I
      opened sessions. My supervisor's feedback after observing a Teams session was that I
      rescued him too quickly when he was stuck."""),
    H(2, "3.3 Review of my communication skills"),
    P("""Questioning: I improved from mainly closed, leading questions ("Don't you think you
      should call them back?") to open ones ("What would a good follow-up look like?"). The
      log shows that the sessions where I asked fewer, more open questions produced the
      actions the coachees actually did. Listening: I used Kline's idea of not interrupting
      for the first ten minutes, which was hard but meant Coachee 2 got to the real worry
      (conflict) on her own. Feedback: I learnt to give it specifically and ask first how they
      thought it had gone. I am still too gentle with challenge, something Downey (2003)
      would call avoiding the coachee's edge."""),
    H(2, "3.4 Supervision"),
    P("""I had two supervision sessions of an hour with an external coach supervisor, in
      October and December, at Bettys in Harrogate and on Teams. Outcomes of the first: I
      was blurring manager and coach, and we agreed I would open each session by saying
      which hat I was wearing. Outcomes of the second: we looked at the ethical issue with
      the appraisal figure, and she helped me see that I handled it well but should have
      recorded it the same day. She also suggested I work on holding silence longer. I now
      count to ten in my head, and I will ask for a supervisor again when I coach staff from
      the Ripon and Pateley Bridge offices next year."""),
    P("""Declaration: I confirm this portfolio is my own work and the coaching took place as
      recorded. Natalie Chambers-Wood, 3 March 2025"""),
]

CASE = Case(
    name="nj_302_estate_agency_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("302 portfolio NChambers-Wood.pdf", PORTFOLIO)],
    labels={
        "1.1": "I avoided the last week of each month",
        "1.2": "then checked with the Area Director against the branch plan",
        "1.3": "nothing said in coaching will be used in their appraisals",
        "2.1": "her confidence problem was about conflict, not knowledge",
        "2.2": "she chose the role play and then one real call",
        "2.3": "he decided himself to correct it with the vendor",
        "2.4": "Call back every viewer in 24 hours",
        "3.1": "I had hijacked his session with my problem",
        "3.2": "sounded like a manager, not a coach",
        "3.3": "from mainly closed, leading questions",
        "3.4": "which hat I was wearing",
    },
    expected_checks={"declaration": True, "evidence_matrix": False, "identifying": ["Tom Ashworth", "Sandy", "Mr Bhattacharya"]},
    about="Estate agency branch manager's 302 portfolio PDF: a coachee's full name in one log row, the other coachee's wordlike first name signing a quoted feedback comment, a vendor by title and surname; Hartley & Vane, Bettys, Rightmove and Reapit, DISC and Belbin, Harrogate places, assessor on the cover; no evidence matrix.",
)
