"""8587-303 Reflecting on Coaching Practice: an ambulance clinical team leader's PDF reflection.

Bethan Rowlands is a clinical team leader in an ambulance trust and coaches newly qualified
paramedics, coded "NQP 1" to "NQP 3". The centre's cover sheet asks for her coaching
supervisor and her line manager by name, and she refers to both by role and first name
later. Nothing is to be flagged.

Traps: NHS bodies and trusts (NHS England, East of England Ambulance Service, the HCPC,
the College of Paramedics), places (Chelmsford, Broomfield, Colchester, the A12), software
(Microsoft Teams, ePCR, Datix, SharePoint), theorists (Hay's transactional analysis,
Hawkins and Smith, Egan, Johari's authors, Rogers, Schön, Gibbs), a framework (the NHS
Leadership Academy's Healthcare Leadership Model), month names at sentence starts (May,
June, August), a book by a public figure, a public figure named in passing, acronyms,
Title Case headings.
"""

from .case import B, Case, H, P, SourceFile, T

REFLECTION = [
    H(0, "Unit 303 Reflecting on Coaching Practice"),
    T(
        ["Candidate", "Bethan Rowlands"],
        ["ILM number", "R5518270"],
        ["Coaching supervisor (name and role)", "Dr Anita Sharma, Consultant Paramedic"],
        ["Line manager", "Craig Whitlock, Locality Manager"],
    ),
    P("""Authenticity statement: this is my own work and reflects my own coaching practice.
      Bethan Rowlands"""),
    H(1, "Background"),
    P("""I am a Clinical Team Leader with the East of England Ambulance Service NHS Trust,
      working out of Chelmsford station and covering the A12 corridor up to Colchester. Since
      September I have coached three newly qualified paramedics through their first year on
      the road, called NQP 1, NQP 2 and NQP 3 in this reflection. Sessions took place on
      Microsoft Teams or in the quiet room at Broomfield Hospital's ambulance bay between jobs,
      and all three agreed to their coaching being used for my ILM qualification."""),
    H(1, "AC 1.1 How Effective Has My Coaching Been?"),
    P("""Evidence for this reflection comes from my session records, three supervision
      sessions with Dr Sharma, written feedback forms from each coachee and the NQP
      preceptorship reviews that the trust completes at six and twelve months. The records
      show that all three coachees set goals and reached at least one of them. NQP 2 wanted
      to stop calling the clinical hub for advice on every fall in an older patient, and by
      the twelve-month review she was making those decisions herself and documenting them
      properly in the ePCR. NQP 3 met his goal of leading a cardiac arrest as the senior
      clinician, and reported it through Datix as a learning event, not an incident."""),
    P("""May was the turning point. Until then my session notes show me doing most of the
      talking; the recordings I made (with consent) of two sessions show I asked closed
      questions and then answered them. Supervision helped me see this. Using Hawkins and
      Smith's seven-eyed model, Anita asked what was happening in me when NQP 1 went quiet,
      and I realised I was filling silences because they feel, to a paramedic, like wasted
      time on scene. June's sessions were different: I counted to five, and NQP 1 filled the
      silence herself. Her feedback form says "you let me work it out", which is the best
      evidence I have that the coaching became more effective."""),
    P("""Hay's transactional analysis was useful here too. When NQP 3 was late with his
      portfolio I caught myself in Critical Parent, and he answered from Adapted Child. Once
      I named that in supervision I could go back into Adult, and the next session was far
      more honest. Rogers' core conditions (empathy, congruence and unconditional positive
      regard) describe what I was missing in those early sessions."""),
    H(1, "AC 1.2 Strengths and Areas for Improvement"),
    T(
        ["", "Strengths", "Areas for improvement"],
        ["Knowledge", "GROW and the clinical context of each coachee", "Less secure on contracting with three parties"],
        ["Skills", "Summarising; clear structure to sessions", "Tolerating silence; fewer leading questions"],
        ["Behaviour", "Reliable, on time, keeps confidences", "Rescuing: offering the answer too soon"],
        ["Communication", "Plain language, no jargon with new staff", "Talking too much when anxious"],
        ["Interpersonal", "Rapport, humour, approachable on station", "Challenging peers who outrank me"],
    ),
    P("""Looking at the table, my strengths are those of a good team leader; my weaknesses are
      the habits of a good team leader too, carried into a space where they do not help."""),
    H(1, "AC 2.1 Reviewing My Coaching Ability and Future Development"),
    P("""Questioning: I will replace why questions, which sound like an investigation after a
      Datix, with what and how questions. Egan's Skilled Helper gives me a structure of
      current picture, preferred picture and the way forward that I can use alongside GROW.
      Listening: Schön's reflection-in-action suggests I notice during the session when I
      stop listening, and I will keep a small card with the word LISTEN on it in front of me.
      Communication: the Johari window (Luft and Ingham) reminded me to ask for feedback on
      my coaching at the end of every session, not only at the final review."""),
    P("""August will bring a new intake of NQPs, and the Healthcare Leadership Model from the
      NHS Leadership Academy gives me a language to talk about my own development with
      Craig at my appraisal. I have also read "Black Box Thinking" by Matthew Syed, whose
      argument that aviation learns from failure while healthcare hides it fits coaching
      after difficult jobs. As Sir Clive Woodward said of his rugby squad, it is the hundred
      small things done one per cent better that add up."""),
    H(1, "AC 2.2 Development Plan (September 2025 to March 2026)"),
    T(
        ["Development need", "Action", "Timescale", "Measure of success"],
        ["Tolerating silence", "Count to five; record two sessions and review them with my supervisor",
         "By end of October 2025", "Supervisor notes fewer interruptions"],
        ["Three-way contracting", "Attend the College of Paramedics coaching webinar; draft a three-way contract",
         "By December 2025", "Contract used with the new intake"],
        ["Challenging peers", "Practise in supervision using Egan's challenge skills",
         "January to February 2026", "Feedback from two peers at appraisal"],
        ["Feedback on my coaching", "End-of-session two-question feedback on a form in SharePoint",
         "From September 2025", "Forms returned for at least 80% of sessions"],
        ["Accreditation", "Apply for EMCC Foundation level", "By March 2026", "Application submitted"],
    ),
    H(1, "References"),
    B("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
    B("Gibbs, G. (1988) Learning by Doing. Oxford: Oxford Polytechnic."),
    B("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. Maidenhead: OUP."),
    B("Hay, J. (2009) Transactional Analysis for Trainers. 2nd edn. Hertford: Sherwood."),
    B("Luft, J. and Ingham, H. (1955) The Johari window. Los Angeles: UCLA."),
    B("Rogers, C. (1961) On Becoming a Person. Boston: Houghton Mifflin."),
    B("Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."),
    B("Syed, M. (2015) Black Box Thinking. London: John Murray."),
]

CASE = Case(
    name="nz_303_ambulance_reflection",
    unit="8587-303",
    kind="structured-pdf",
    files=[SourceFile("B Rowlands 303 reflection.pdf", REFLECTION)],
    labels={
        "1.1": "filling silences because they feel",
        "1.2": "carried into a space where they do not help",
        "2.1": "keep a small card with the word LISTEN",
        "2.2": "Apply for EMCC Foundation level",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Ambulance team leader's PDF coaching reflection: NHS bodies, stations and roads, clinical software, theorists and their models, Title Case headings, months at sentence starts, a public figure's book and a knight in passing, supervisor and manager named on the cover then by first name; nothing to flag.",
)
