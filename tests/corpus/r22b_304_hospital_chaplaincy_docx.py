"""8587-304 mentoring portfolio in Word: a hospital trust's lead chaplain, six planted details.

The Revd Helen Trevithick, Lead Chaplain at an NHS hospital trust, mentors the chaplaincy's
new Volunteer Coordinator (employed by Patient Experience, and himself a Muslim chaplaincy
volunteer) for her ILM Level 3 Certificate in Coaching and Mentoring. Her Word portfolio:
the 304 evidence matrix, the plan, goals, a three-way contract, tools, a mentoring log,
two session records, a pasted e-mail, feedback, two supervision records and a reflection.
The mentee is "the mentee" or "M1" almost everywhere, except:

Planted (6): the mentee's typed name in the contract's signature row ("Farhan Warsame",
Somali); the same name surname-first in the From line of a pasted Outlook e-mail ("Warsame
Farhan"); his first name alone in her reflection ("Farhan"); his line manager by title and
surname, Nigerian, in the contract and the plan ("Mrs Adeyemi"); a patient by title and
surname, Chinese, in a session record ("Mr Chen"); and the mentee's mobile in the e-mail's
signature ("07700 900871").

Clean but tricky: the learner's own name and title; her supervisor, with a Nigerian surname
and a title, in the supervision records' Supervisor field ("Canon David Okoro") and by
first name ("David"); wards named after people (Nightingale Ward, Seacole Ward, Fleming
Ward); the Florence Nightingale Foundation; Julian of Norwich, Rumi, St Francis, Psalm 23;
the Bishop of Bath and Wells; UKBHC, NHS England, the Trust's Datix system; Egan's Skilled
Helper, Whitmore's GROW, Clutterbuck, Kram, Kolb, Gibbs, Hawkins and Shohet, Honey and
Mumford, SWOT; "M1".

The 304 evidence matrix is present (True); the declaration is signed (True). No practice
figures are given.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 3 – Unit 8587-304 Undertaking an Extended Period of Mentoring"),
    P("Learner: The Revd Helen Trevithick, Lead Chaplain (Spiritual Care Team) – ILM no. 60726641"),

    H(1, "Portfolio evidence matrix – Unit 304"),
    T(
        ["AC", "Evidence title", "Ref"],
        ["1.1 Plan for 12 hours of mentoring", "Mentoring plan", "1"],
        ["1.2 Agree topics, goals, outcomes", "Goals", "2"],
        ["1.3 Contract with individual and stakeholders", "Three-way contract", "3"],
        ["2.1 Diagnostic or assessment tools", "Tools used", "4"],
        ["2.2 Recognised model of mentoring", "Log; session records", "5, 6"],
        ["2.3 Knowledge, skills, behaviours", "Session records; supervision", "6, 8"],
        ["2.4 Auditable process", "Mentoring log", "5"],
        ["3.1 Reflect on each session", "Session records; reflection", "6, 9"],
        ["3.2 Feedback for each session", "Log; pasted e-mail", "5, 7"],
        ["3.3 Communication skills", "Reflection", "9"],
        ["3.4 Supervision, minimum 2 sessions", "Supervision records", "8"],
    ),

    H(1, "1. Mentoring plan"),
    P("""The mentee started in November as the Trust's Chaplaincy Volunteer Coordinator. He is
      employed by Patient Experience, line-managed by Mrs Adeyemi, and works with my team every
      day, recruiting and supporting our forty volunteers across the three sites. He is also a
      volunteer Muslim chaplain on Fridays. I do not manage him, which makes mentoring possible.
      He asked for help with three things: leading a team of volunteers older and more
      experienced than him, holding his boundaries on the wards, and writing the annual
      volunteer report."""),
    B("Twelve hours: eight sessions of ninety minutes, fortnightly, December to March."),
    B("Where: the quiet room behind the St Francis multi-faith chapel, never the chaplaincy office (too many interruptions)."),
    B("Model: Egan's Skilled Helper for the overall shape, Whitmore's GROW within sessions."),
    B("Review: mid-point review at session 4 with Mrs Adeyemi present for the first 15 minutes."),

    H(1, "2. Goals agreed"),
    B("Run the monthly volunteer meeting himself, including one difficult conversation, by February."),
    B("Use the Trust's referral route for any patient issue outside a volunteer's role, every time, from January."),
    B("Draft the annual volunteer report for the Patient Experience committee by the end of March."),

    H(1, "3. Three-way contract"),
    T(
        ["Heading", "Agreement"],
        ["Purpose", "Developmental mentoring for the Volunteer Coordinator role"],
        ["Confidentiality", "Content stays between mentor and mentee. The line manager hears dates and goals only. Exceptions: risk of harm, safeguarding, patient safety, the law."],
        ["Practicalities", "8 × 90 minutes, fortnightly; 48 hours' notice to cancel; either can end it after a conversation"],
        ["Records", "Mentor keeps notes on the Spiritual Care restricted drive; mentee sees them; destroyed six months after the end"],
        ["Signed – mentor", "Helen Trevithick, 02/12/2024"],
        ["Signed – mentee", "Farhan Warsame, 02/12/2024"],
        ["Signed – line manager", "Head of Patient Experience (Mrs Adeyemi), 04/12/2024"],
    ),

    H(1, "4. Tools used"),
    B("SWOT in session 1, repeated in session 8."),
    B("Honey and Mumford LSQ: strong Pragmatist, low Theorist – so short, practical actions."),
    B("A small 360: three volunteers and two chaplains answered five questions about his leadership (anonymous, collected by me)."),

    H(1, "5. Mentoring log"),
    T(
        ["No.", "Date", "Length", "Focus", "Feedback (1–5)"],
        ["1", "02/12/24", "90 min", "Contract, goals, SWOT", "5"],
        ["2", "16/12/24", "90 min", "360 results; leading older volunteers", "4"],
        ["3", "06/01/25", "90 min", "Boundaries on the wards; referral route", "5"],
        ["4", "20/01/25", "90 min", "Mid-point review (line manager first 15 min)", "4"],
        ["5", "03/02/25", "90 min", "Planning the difficult conversation", "5"],
        ["6", "17/02/25", "90 min", "Debrief of volunteer meeting", "5"],
        ["7", "03/03/25", "90 min", "Report structure", "4"],
        ["8", "17/03/25", "90 min", "Final review; SWOT again; ending", "5"],
    ),

    H(1, "6. Session records (two examples)"),
    P("""Session 3, 06/01/25. M1 arrived upset. On a Friday visit to Seacole Ward a patient, Mr Chen,
      had asked him to phone his daughter because the nurses "weren't telling her anything", and
      he had done it from his own phone. The same week, on Fleming Ward, a family had asked him to read Psalm 23 with them, which he did gladly. Using Egan's first stage I let him tell the story
      without interruption, then reflected back what I heard: he acted from kindness and now
      felt he had overstepped. We explored the referral route (ward manager, PALS, and a Datix
      if needed) and the difference between a volunteer's role and a chaplain's. He decided to
      tell the ward manager himself. My learning: I felt the urge to reassure him too early.
      Silence did more. Feedback: 5 – "I didn't feel judged"."""),
    P("""Session 6, 17/02/25. He ran the volunteer meeting on Nightingale Ward's day room and had
      the difficult conversation with a long-serving volunteer about visiting outside the rota.
      GROW: his goal was to understand what he would do differently. He noticed he had
      apologised four times. I shared, briefly, my own first months as a chaplain. My learning:
      the self-disclosure helped, but I should keep it shorter. Feedback: 5."""),

    H(1, "7. Feedback from M1 (pasted e-mail)"),
    P("From: Warsame Farhan (Spiritual Care – Volunteers)"),
    P("Sent: 18 March 2025 09:12"),
    P("Subject: RE: mentoring – final feedback"),
    P("""Dear Helen, thank you for the last session. Scores as requested: listening 5, challenge 4,
      usefulness 5. The most useful thing was the referral route and practising the meeting. The
      least useful was the report session – I needed an example, not questions! Happy for you to
      use this in your ILM work. Kind regards"""),
    P("Volunteer Coordinator | Chaplaincy & Spiritual Care | Mob 07700 900871"),

    H(1, "8. Supervision records"),
    T(
        ["Supervisor", "Canon David Okoro, accredited supervisor (APSE)"],
        ["Date / length", "10 January 2025, 60 minutes, in person"],
        ["Discussed", "Session 3; my wish to protect M1; whether the phone call was a safeguarding issue"],
        ["Outcome", "Not safeguarding, but a boundary; my job is to help him learn, not to fix it. Check my own pastoral habits."],
    ),
    T(
        ["Supervisor", "Canon David Okoro"],
        ["Date / length", "28 February 2025, 60 minutes, Teams"],
        ["Discussed", "Seven-eyed model (Hawkins and Shohet): the parallel between me and M1 both over-apologising"],
        ["Outcome", "Name it gently in session 7; use more challenge; plan a clear ending using Kram's separation phase"],
    ),

    H(1, "9. Reflection"),
    P("""Looking back with Gibbs' cycle, the strongest sessions were the ones where I held back.
      When Farhan brought the phone call with Mr Chen's daughter, my pastoral instinct was to say
      it was fine, and David helped me see that would have taken the learning away. My
      questioning improved over the sessions: more open questions ("What did you notice in
      yourself?"), fewer leading ones. My listening is a strength from years at bedsides, but I
      listen for pain and sometimes miss the practical problem, as the report session showed –
      he needed an example, and I kept asking questions. Clutterbuck's point that a mentor moves
      between directive and non-directive styles fits: my next step is to judge when to offer
      advice. Kolb: I will try the shorter self-disclosure and report back to supervision.
      Julian of Norwich's "all shall be well" is on my office wall, but mentoring taught me that
      it is not my job to say it first. In our last session he gave me a line of Rumi about the
      wound being where the light enters; I have put it beside the Julian quote."""),
    P("""Communication: M1's feedback (challenge 4) and the 360 agree that I am warm but could
      challenge more. I will use the Florence Nightingale Foundation's leadership resources and
      the UKBHC capabilities framework and NHS England's chaplaincy guidelines to plan my next mentoring, which the Bishop of Bath and
      Wells' adviser has asked me to extend to two new curates."""),

    P("Declaration: I confirm this portfolio is my own work. Helen Trevithick, 31/03/2025"),
]

CASE = Case(
    name="r22b_304_hospital_chaplaincy_docx",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Trevithick H - 304 portfolio.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # Not: Helen Trevithick (learner), Canon David Okoro / David (supervisor in the
        # Supervisor field), Nightingale/Seacole/Fleming wards, Julian of Norwich, Rumi, St
        # Francis, the Bishop of Bath and Wells, theorists, "M1".
        "identifying": ["Farhan Warsame", "Warsame Farhan", "Farhan", "Mrs Adeyemi", "Mr Chen", "07700 900871"],
    },
    about="Hospital lead chaplain's 304 Word portfolio with matrix, planted: Somali mentee in the contract signature, surname-first in an Outlook From line, first name in reflection, manager 'Mrs Adeyemi', patient 'Mr Chen', mobile in e-mail signature; supervisor with title in the form, person-named wards, saints clean.",
)
