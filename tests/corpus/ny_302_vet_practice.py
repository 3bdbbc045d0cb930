"""8587-302 Undertaking an Extended Period of Coaching: a veterinary clinical director's portfolio.

Anjali Deshmukh coaches two colleagues in a Yorkshire Dales veterinary group, written as
"Client A" and "Client B" in the plan, contract, log, feedback and reflections. Her
supervision record names her supervisor where the centre's form asks. Nothing is to be
flagged.

Clean but tricky: tools named after people (Myers-Briggs, Belbin, Honey and Mumford),
models and their authors (OSKAR from Jackson and McKergow, TGROW from Downey), bodies and
programmes (RCVS, VetGDP, Vetlife, the Mind Matters Initiative), brands and software
(Royal Canin, RxWorks, Qualtrics, Microsoft Teams), places (Skipton, Settle, Malham,
Ilkley), job titles starting sentences ("Head Receptionist", "Clinical Director"), a
feedback form signed with a pseudonym, the supervisor named on the supervision form, and
the centre's info@ address.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 302 Portfolio – Undertaking an Extended Period of Coaching"),
    T(
        ["Learner", "Anjali Deshmukh"],
        ["ILM registration number", "R8172605"],
        ["Centre", "Airedale Management Centre – info@airedalemc.co.uk"],
        ["Role", "Clinical Director, Dalesview Veterinary Group, Skipton"],
    ),
    H(1, "Section 1: Planning and contracting (1.1–1.3)"),
    P("""Dalesview has three sites, in Skipton, Settle and Ilkley. I planned twelve hours of
      coaching with two colleagues. Client A is a vet in her first year on the RCVS VetGDP
      programme. Client B is our Head Receptionist at Settle, who wants to become a practice
      manager. Sessions were planned fortnightly, sixty to ninety minutes, in the Malham
      meeting room at Skipton or on Microsoft Teams when the rota made travel impossible."""),
    T(
        ["Client", "Agreed goals", "How agreed"],
        ["Client A", "Handle difficult euthanasia conversations with confidence; leave on time three days a week", "Chemistry session, then a Wheel of Work-Life exercise"],
        ["Client B", "Run the Settle rota without escalating to me; prepare for a practice manager interview", "SWOT and 360 feedback, then GROW goal setting"],
    ),
    P("""Both signed a three-way contract with their line manager covering confidentiality and
      its limits (animal welfare and safeguarding always come first), session length,
      cancellation with 48 hours' notice, record keeping under UK GDPR, and the right of
      either party to end the coaching."""),
    H(1, "Section 2: Coaching process (2.1–2.4)"),
    H(2, "Diagnostic tools (2.1)"),
    B("""Client A completed the Myers-Briggs Type Indicator through our partner in Leeds; her
      strong preference for Feeling helped explain why consults about euthanasia drained her."""),
    B("""Client B's 360 feedback was collected on Qualtrics from six colleagues; it showed she
      was trusted but seen as reluctant to decide."""),
    B("Belbin team roles and Honey and Mumford's learning styles were used with both."),
    H(2, "Model (2.2)"),
    P("""With Client A I used OSKAR, the solution-focused model from Jackson and McKergow:
      Outcome, Scaling, Know-how, Affirm and action, Review. Scaling suited a scientist.
      With Client B I used TGROW from Downey, because her Topic kept shifting and naming it
      first helped."""),
    H(2, "Coaching log (2.4)"),
    T(
        ["Date", "Client", "Where", "Minutes", "Focus"],
        ["Tue 14 Jan 2025", "Client A", "Skipton", "60", "Chemistry and contracting"],
        ["Thu 16 Jan 2025", "Client B", "Settle", "60", "Chemistry and contracting"],
        ["Tue 28 Jan 2025", "Client A", "Teams", "90", "Outcome and scaling"],
        ["Thu 6 Feb 2025", "Client B", "Skipton", "90", "360 results"],
        ["Tue 25 Feb 2025", "Client A", "Skipton", "90", "Euthanasia consult role play"],
        ["Thu 6 Mar 2025", "Client B", "Teams", "90", "Rota decisions"],
        ["Tue 25 Mar 2025", "Client A", "Skipton", "90", "Boundaries and leaving on time"],
        ["Thu 3 Apr 2025", "Client B", "Settle", "90", "Interview preparation"],
        ["Tue 22 Apr 2025", "Client A", "Teams", "60", "Review and close"],
        ["Thu 1 May 2025", "Client B", "Skipton", "60", "Review and close"],
    ),
    H(1, "Section 3: Reflection, feedback and supervision (3.1–3.4)"),
    P("""Reflection after session three: Client A described a consult with an elderly farmer
      from Malhamdale. I noticed I wanted to tell her how I would have handled it. Instead I
      asked what she would keep and what she would change. Clinical Director is a title that
      makes people wait for my answer, so I have to work harder than most at staying quiet.
      Vetlife and the Mind Matters Initiative were offered as further support."""),
    T(
        ["Client feedback form – session 8", ""],
        ["What was most useful?", "Practising the interview questions out loud"],
        ["What could the coach do differently?", "Give me the 360 summary in writing earlier"],
        ["Signed", "Client B"],
        ["Date", "3 April 2025"],
    ),
    T(
        ["Supervision record", ""],
        ["Supervisor name", "Dr Rhiannon Caddick, ILM tutor"],
        ["Dates", "Monday 10 February and Monday 7 April 2025"],
        ["Outcomes", "I over-prepare questions and then ignore the client's cue; use fewer tools and follow energy. Record the contracting conversation with each manager."],
    ),
    P("""Overall, my questioning improved most. Early sessions were full of closed questions; by
      April I was asking "What else?" and waiting. Client B got the practice manager role at
      our new Royal Canin-sponsored puppy clinic in Ilkley, and Client A now leaves on time.
      RxWorks diary data confirm it."""),
    H(1, "References"),
    B("Belbin, R.M. (2010) Team Roles at Work. 2nd edn. Oxford: Butterworth-Heinemann."),
    B("Downey, M. (2003) Effective Coaching. 3rd edn. London: Texere."),
    B("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. Maidenhead: Peter Honey."),
    B("Jackson, P.Z. and McKergow, M. (2007) The Solutions Focus. 2nd edn. London: Nicholas Brealey."),
    H(1, "Learner declaration"),
    P("I confirm the evidence in this portfolio is my own. Signed: Anjali Deshmukh, 12 May 2025"),
]

CASE = Case(
    name="ny_302_vet_practice",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("Deshmukh A 302 portfolio.docx", PORTFOLIO)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": False, "identifying": []},
    about="Veterinary clinical director's 302 portfolio: Client A/B in log and a signed feedback form, supervisor named on the supervision form, tools named after people, RCVS/VetGDP/Vetlife, brands, Dales places; nothing to flag.",
)
