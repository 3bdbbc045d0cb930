"""8587-300 Understanding Good Practice in Coaching: an aircraft maintenance base's training lead, PDF, clean.

Priya Natarajan (ILM reg. 60318452) is Training and Standards Lead at a third-party aircraft
maintenance base at East Midlands Airport and writes her 300 assignment about coaching the
base's shift leads. PDF with her own section titles, the criteria in brackets after them;
a tools table; a reference list and a signed declaration. Nothing is to be flagged.

Clean but tricky: her own name and number on the cover and in the declaration; her tutor
where the cover asks ("Tutor: Martin Alderton"); buildings and rooms named after people
(Whittle House, the Amy Johnson training suite, the Barnes Wallis hangar); engine makers and
brands made of surnames (Rolls-Royce, Pratt & Whitney, Boeing, Snap-on); Reason's Swiss
cheese model and Dupont's Dirty Dozen; theorists with citations (Whitmore, Downey, Hawkins,
Jackson and McKergow, Luft and Ingham, Hawkins and Shohet, Passmore, Kolb, Gibbs, Belbin,
Myers-Briggs); towns (Castle Donington, Melbourne, Long Eaton); Derby County and "the Rams";
software (AMOS, SAP, Teams); capitalised job titles; a declared pseudonym ("'Marcus' (not
his real name)") and "Coachee 2"; sentences opening with "Will" and "Reality" (GROW stages).
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Coaching on the hangar floor"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring – Unit 8587-300"),
    T(
        ["Learner", "Priya Natarajan"],
        ["ILM no.", "60318452"],
        ["Centre", "Trent Valley Training Partnership"],
        ["Tutor", "Martin Alderton"],
        ["Submitted", "June 2025"],
    ),

    H(1, "Background"),
    P("""I work for Meridian Aero Services, an EASA and UK CAA Part-145 approved maintenance
      organisation based in Whittle House at East Midlands Airport near Castle Donington. We
      carry out base maintenance on Boeing 737 and 757 freighters for cargo operators. There
      are four shifts, each run by a Shift Lead who is a Licensed Aircraft Engineer
      promoted from the floor. My role as Training and Standards Lead includes developing
      the Shift Leads, and this assignment looks at how coaching can help them and how I
      would run it well."""),

    H(1, "1. Why coach at Meridian (1.1)"),
    P("""Coaching is about unlocking a person's potential to maximise their own performance,
      helping them to learn rather than teaching them (Whitmore, 2017). In our organisation
      its purpose is very practical. Shift Leads are brilliant engineers but most were
      promoted without any leadership training, and the hardest part of their job is
      people: handovers, challenging a colleague who has signed for something too quickly,
      keeping morale up on a night shift in January. Coaching gives them a space to think
      these situations through and to find their own answers, which sticks better than a
      classroom course. For the organisation the purpose links to three things: safety
      (human factors errors are most often about communication and pressure, which is
      exactly what coaching works on), retention (we lost two Shift Leads to the airlines
      last year) and our culture change from blame to a just culture. Coaching supports
      the business plan by turning engineers into leaders who can get aircraft out
      on time without cutting corners."""),

    H(1, "2. The coach's role and responsibilities (1.2)"),
    P("""The coach's role is to help the coachee set goals, raise their awareness and take
      responsibility for action. Downey (2003) describes a spectrum from directive to
      non-directive, and an effective coach spends most of the time at the non-directive end
      – listening, asking, reflecting – moving to suggestion only when the coachee is stuck
      and asks for it. Responsibilities include:"""),
    B("contracting clearly with the coachee and, where relevant, the sponsor (for us the Base Maintenance Manager);"),
    B("keeping the agreed confidentiality and being honest about its limits, especially on safety;"),
    B("managing the sessions, time and records, and keeping the focus on the coachee's agenda;"),
    B("working within their competence and referring on to Occupational Health or the Employee Assistance Programme where needed;"),
    B("using supervision and reflecting on their own practice."),
    P("""In aviation there is one extra responsibility: if a coachee discloses an airworthiness
      concern, the coach cannot keep it in the room. That needs to be said at the start,
      not discovered in the middle."""),

    H(1, "3. Skills, knowledge and behaviours (1.3)"),
    T(
        ["Skills", "Knowledge", "Behaviours"],
        ["Listening at a deep level, including to what is not said", "Coaching models (GROW, OSKAR, CLEAR)", "Patience and curiosity"],
        ["Open, probing and challenging questions", "The organisation's structure, the Exposition and its procedures", "Non-judgemental, especially after an error"],
        ["Summarising, reflecting back, using silence", "Human factors and just culture", "Keeping confidences"],
        ["Giving feedback that is specific and balanced", "Ethical codes (EMCC, ICF)", "Role modelling the safety behaviours we ask for"],
        ["Goal setting and action planning", "Own limits and when to refer", "Self-awareness – knowing my own blind spots"],
    ),
    P("""Reality is that a good engineer often makes a poor coach at first, because the job
      rewards quick diagnosis and fixing. Several of these skills go against our training."""),

    H(1, "4. Barriers and how to get past them (1.4)"),
    P("""Time and shift patterns: the Shift Leads work four on, four off, days and nights. I
      would overcome this by scheduling sessions at the start of a day shift, before the
      handover briefing, and using Teams for a night-shift coachee when needed."""),
    P("""Culture: the hangar can be macho, and asking for help may look weak. Reason's Swiss
      cheese model is already understood by everyone here, so I would position coaching as
      another layer of defence rather than a remedial measure, and ask the Base Maintenance
      Manager to be coached first and say so publicly."""),
    P("""Confidentiality fears: a Shift Lead may worry that what they say gets back to the
      Quality Manager. A clear written contract, and coaching by someone outside their
      reporting line, deals with most of this."""),
    P("""Cost and operational pressure: an aircraft on ground costs the customer thousands
      an hour, so sessions get cancelled. Protecting the time in AMOS, the planning system,
      as a training task makes it visible and harder to steal."""),

    H(1, "5. Starting the relationship (2.1)"),
    P("""A productive relationship starts before the first session. Methods I would use: an
      informal chemistry conversation so the coachee can decide whether they want to work
      with me; sharing a short note on what coaching is and is not (it is not appraisal,
      it is not a disciplinary route); meeting somewhere neutral such as the Amy Johnson
      training suite rather than my office; and asking early on about what they want
      from it and how they like to work. Building rapport by matching their language helps
      too – engineers respond to practical examples, not jargon. The Johari window (Luft
      and Ingham, 1955) is a useful early conversation: I share something about my own
      blind spots, which invites the coachee to do the same. For one Shift Lead I would call
      'Marcus' (not his real name), the first session was ten minutes of coffee and talking
      about the Rams' season before anything else, and that was time well spent."""),

    H(1, "6. Contracting (2.2)"),
    P("""The rationale for contracting is that both parties, and the organisation, know what
      to expect, so that trust is built on something explicit. It protects the coachee, it
      protects the coach and it stops the sponsor expecting a report. The process I would
      follow is: a three-way conversation with the coachee and the Base Maintenance Manager
      to agree broad aims and what feedback, if any, goes back; then a one-to-one contract
      covering number and length of sessions, venue, cancellation, confidentiality and its
      limits, record keeping, how we will review progress and how the coaching will end.
      Both of us sign it and it is revisited at the midpoint. Will the coachee stick to it?
      Usually, if they wrote part of it themselves."""),

    H(1, "7. Safe and ethical practice (2.3)"),
    P("""Safe and ethical coaching means working to a code such as the EMCC Global Code of
      Ethics: acting within competence, keeping confidentiality within agreed limits,
      avoiding conflicts of interest, respecting diversity, and keeping records securely
      under UK GDPR. In practice that means I would not coach someone I line manage or
      whose licence I sign off, I would keep notes in a locked folder in Whittle House
      rather than on the shared SAP drive, and I would refer on anything outside coaching
      – for example signs of fatigue or stress, which in our industry are safety issues.
      Ethical practice also means boundaries around the coachee's agenda: if the Base
      Maintenance Manager wants me to "fix" someone's attitude, that is not coaching."""),

    H(1, "8. Managing the process with a model (3.1)"),
    P("""I would use the GROW model (Whitmore, 2017) as the backbone. Goal: what the coachee
      wants from the session and from the programme. Reality: what is actually happening,
      with evidence. Options: what could they do, without judging. Will: what will they
      do, when, and how committed are they on a scale of one to ten? With Coachee 2 in my
      practice sessions we spent almost all of one session in Reality, because his goal
      ("get my shift to respect me") turned out to be about one handover he had handled
      badly. For coachees who are stuck in problems I would switch to OSKAR (Jackson and
      McKergow, 2007), which focuses on what is already working. Across a programme the
      model also structures the whole process: contract, goals, a series of sessions,
      midpoint review, final review and ending."""),

    H(1, "9. Tools and techniques (3.2)"),
    T(
        ["Tool", "What it does", "When I would use it"],
        ["Wheel of leadership (adapted wheel of life)", "Coachee scores eight areas of the Shift Lead role 1–10", "First session, to pick a focus"],
        ["Belbin team roles", "Shows preferred team behaviours", "When the issue is how the shift works together"],
        ["Myers-Briggs (MBTI)", "Preferences such as introversion and extraversion", "Where communication style is a theme"],
        ["Dupont's Dirty Dozen", "The twelve human factors preconditions for error", "Reviewing a real event without blame"],
        ["Scaling questions", "'Where are you now, 1 to 10? What would one point higher look like?'", "Agreeing goals and measuring progress"],
        ["Timeline", "Coachee maps their career so far", "Early, to surface values and motivation"],
    ),
    P("""These tools identify preferences and open up the conversation, but the coachee must
      choose the goal. A tool result is a starting point, not a label."""),

    H(1, "10. Monitoring and reviewing progress (3.3)"),
    P("""Progress can be monitored in several ways: re-scoring the wheel at the midpoint and
      the end, reviewing actions at the start of each session, scaling questions, and
      asking for evidence from the job – for example the number of handovers the coachee
      ran using the new checklist, or feedback from their team. A short midpoint review
      with the sponsor, with the coachee in the room, checks the goals are still right.
      I would ask the coachee to keep a simple learning log on their phone and bring it
      to each session, so progress is their record and not only mine."""),

    H(1, "11. Records (4.1)"),
    P("""For the coach, records show what was agreed, track actions and progress, support
      reflection and supervision, and give evidence if there is ever a dispute or complaint.
      For the coachee, records remind them of what they committed to and let them see how
      far they have come, which builds motivation. In a regulated industry records also
      need to be clearly separate from the training and competence records in AMOS,
      because coaching notes must never be used as evidence about someone's licence.
      Records I would keep: the contract, a session record (date, length, themes, actions
      – not a transcript), the wheel scores and the final review. They would be kept
      securely and destroyed after an agreed period."""),

    H(1, "12. Reflective practice and supervision (4.2)"),
    P("""Reflection turns experience into learning. Kolb (1984) and Gibbs (1988) both describe a
      cycle of doing, reflecting, drawing conclusions and trying again; without the middle
      part a coach just repeats the same habits. For me, reflection is where I notice that
      I have slipped back into fixing problems like the engineer I used to be. Supervision
      adds a second pair of eyes. Hawkins and Shohet (2012) describe supervision as having
      developmental, resourcing and qualitative functions, and their seven-eyed model helps
      a coach look at the coachee, the relationship and themselves. Passmore (2010) argues
      supervision protects the coachee as well as developing the coach. In a safety-critical
      workplace I think supervision is essential: if a coachee discloses something and I
      am unsure whether it is an airworthiness issue, I need somewhere to take that
      question. My own plan is monthly supervision with an external coach supervisor and a
      reflective note after every session, in the Amy Johnson suite's quiet room before I
      go back to the Barnes Wallis hangar."""),

    H(1, "Conclusion"),
    P("""Coaching fits Meridian because it works on exactly the skills the Shift Leads were never
      taught. Run with a clear contract, a simple model, good records and supervision, it can
      support safety as well as people. Engines from Rolls-Royce and Pratt & Whitney come
      with a maintenance manual; people do not, which is why coaching matters here. I live in
      Melbourne and most of our engineers commute from Long Eaton or Derby, and I would like
      the coaching programme to become as normal as the Snap-on tool van's Friday visit."""),

    H(1, "References"),
    P("Downey, M. (2003) Effective Coaching. 2nd edn. London: Texere."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    P("Jackson, P. Z. and McKergow, M. (2007) The Solutions Focus. 2nd edn. London: Nicholas Brealey."),
    P("Kolb, D. A. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    P("Luft, J. and Ingham, H. (1955) The Johari window. Los Angeles: UCLA."),
    P("Passmore, J. (ed.) (2010) Excellence in Coaching. 2nd edn. London: Kogan Page."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),

    H(1, "Declaration"),
    P("I declare that this assignment is all my own work. Signed: Priya Natarajan. Date: 9 June 2025."),
]

CASE = Case(
    name="no_300_aero_hangar_clean_pdf",
    unit="8587-300",
    kind="structured-pdf",
    files=[SourceFile("Natarajan P 8587-300.pdf", BLOCKS)],
    labels={
        "1.1": "turning engineers into leaders who can get aircraft out",
        "1.2": "cannot keep it in the room",
        "1.3": "Role modelling the safety behaviours we ask for",
        "1.4": "position coaching as another layer of defence",
        "2.1": "an informal chemistry conversation so the coachee can decide",
        "2.2": "It protects the coachee, it protects the coach",
        "2.3": "I would not coach someone I line manage",
        "3.1": "we spent almost all of one session in Reality",
        "3.2": "A tool result is a starting point, not a label",
        "3.3": "keep a simple learning log on their phone",
        "4.1": "must never be used as evidence about someone's licence",
        "4.2": "I have slipped back into fixing problems",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Aircraft maintenance training lead's clean 300 PDF: Whittle House, Amy Johnson suite, Barnes Wallis hangar, Rolls-Royce/Pratt & Whitney/Snap-on, Reason and Dupont, theorists with citations, the Rams, AMOS/SAP, declared pseudonym 'Marcus', Coachee 2, tutor on cover, 'Will'/'Reality' sentence openings.",
)
