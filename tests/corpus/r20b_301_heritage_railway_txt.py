"""8587-301 mentoring assignment as plain text: a heritage steam railway's volunteer training coordinator, six planted details.

Huw Prosser, Volunteer Training Coordinator (paid, part-time) at a heritage steam railway in
the Dee valley, writes a short 8587-301 assignment in Notepad under his own plain lines
("Purpose of mentoring here (1.1)"). His running example is a new volunteer he mentored from
cleaner towards passed cleaner. Mostly "my mentee" or "the new volunteer", but:

Planted (6): the mentee's full name in the contracting answer, both parts ordinary words
("Mark Young"); his first name alone later ("Mark"; lower-case "marks", "marked" and
"young" appear as words, and "Young volunteers" opens a sentence); the Footplate Inspector
by name ("Dai Pritchard") and his nickname ("Sparky"); the mentee's wife, Welsh, in the
ethics answer ("Mair"); and the mentee's mobile in the records answer ("07700 900 418").

Clean but tricky: the learner's own name and registration number on the first lines and
in the declaration; his tutor where the header asks ("Tutor: Ffion Bebb"); locomotives
named after houses and by number (7822 Foxcote Manor, 3802); Llangollen, Berwyn, Corwen,
Glyndyfrdwy; the Heritage Railway Association (HRA), the Rule Book;
job titles (Driver, Fireman, Cleaner, Guard, Signalman, Shed Master); Clutterbuck,
Megginson, Kram, Whitmore's GROW, Honey and Mumford, Belbin, Kolb, Gibbs, Schön, Hawkins
and Shohet; EMCC, GDPR, the Equality Act 2010.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("UNIT 8587-301 UNDERSTANDING GOOD PRACTICE IN MENTORING WITHIN AN ORGANISATIONAL CONTEXT"),
    P("Learner: Huw Prosser   Reg no: 60913327   Tutor: Ffion Bebb   Submitted: 11/04/2025"),

    P("Purpose of mentoring here (1.1)"),
    P("""Mentoring is a relationship in which a more experienced person helps someone else
      learn, think things through and grow, mainly by listening and asking rather than
      telling (Megginson and Clutterbuck, 2005). Our railway runs steam and heritage diesel
      trains ten miles up the valley from Llangollen to Corwen and has about four hundred
      volunteers and eleven paid staff. Everyone on the footplate starts as a Cleaner and
      works up to Fireman and then Driver, which can take ten years. Mentoring keeps new
      volunteers coming back: most of the ones we lose, young and old, leave in the first year, because
      they feel lost in the shed and nobody has time to explain. It also passes on
      knowledge that is not in the Rule Book – how 7822 Foxcote Manor steams on a damp
      morning, or which of the old hands to ask about what. For the railway it means
      safer crews, better retention and a pipeline of future Firemen."""),

    P("What a mentor does, and must do (1.2)"),
    P("""A mentor's role is to support the mentee's learning and development: to be a
      sounding board, share experience, help the mentee set goals and encourage them to
      find their own way. A mentor is not the mentee's assessor (that is the Footplate
      Inspector) or trainer (the Shed Master runs the practical training). The
      responsibilities change through the relationship. At the start the mentor agrees a
      contract and builds rapport; in the middle they keep appointments, keep confidences,
      keep records and challenge when needed; at the end they help the mentee review what
      they have learned and close the relationship well, as in Kram's separation phase.
      Throughout, the mentor should know their limits and refer on."""),

    P("Skills, knowledge and behaviours (1.3)"),
    P("""Skills – listening, open questions, summarising, feedback, goal setting. Knowledge –
      a mentoring model, the railway's safety rules and volunteer policies, safeguarding,
      GDPR. Behaviours – patience, reliability, respect, honesty and not showing off, which
      on a footplate full of experts is harder than it sounds."""),

    P("Barriers and how to get round them (1.4)"),
    P("""Time is the first barrier: volunteers come on different days and a Cleaner's turn
      starts at 5am lighting up. We met in the mess coach on Wednesday evenings instead.
      The second is the culture – some older crews think "we never had mentors" and the
      new volunteer should just watch and keep quiet. Getting the Shed Master to back the
      scheme at the volunteers' meeting helped. The third is age and background: Young
      volunteers under 18 need safeguarding arrangements, and older ones coming from
      senior jobs sometimes find it hard to be a beginner again. Matching carefully and
      agreeing expectations at the start helps with both."""),

    P("Getting started with a mentee (2.1)"),
    P("""I start with an informal meeting at Berwyn station café, away from the shed. I talk a
      bit about myself – I was a hopeless Cleaner in 2009 and once let a fire go out – and
      then ask about them: why the railway, what they want, how they learn best. A quick
      Honey and Mumford questionnaire helps, and listening properly, without planning my
      next question, builds trust quickly."""),

    P("Contracting (2.2)"),
    P("""A contract means both people know what they have signed up for, which protects the
      mentee, the mentor and the railway. When I contracted with Mark Young last April he
      had just retired from thirty years as a police sergeant and wanted to be a Fireman
      within three years. We agreed the purpose (settling in and working towards his
      passed cleaner assessment), six sessions of about an hour over six months, where we
      would meet, what stays confidential and what doesn't (anything about safety on the
      line has to go to the Footplate Inspector), how notes would be kept, and how either
      of us could end it. The Shed Master was told the dates but not the content. We both
      signed it and reviewed it after the third session, which is when we added a rule
      about messaging only before 8pm."""),

    P("Safe and ethical mentoring (2.3)"),
    P("""Safe and ethical mentoring means following the railway's volunteer, safeguarding and
      equality policies and the EMCC code, keeping confidences within the agreed limits,
      avoiding conflicts of interest and being fair to all volunteers under the Equality
      Act 2010. It also means knowing when something is not mentoring. In the fourth
      session Mark told me he was finding retirement hard and that his wife, Mair, had said
      he was "living at the railway". I listened, but I didn't try to counsel him – I gave
      him the number for the HRA's volunteer wellbeing line and suggested his GP. I also
      had to be careful with the Footplate Inspector, Dai Pritchard ("Sparky" to
      everyone), who asked me over a brew how "the copper" was getting on; I said he
      would have to ask him."""),

    P("Managing the process with a model (3.1)"),
    P("""I use Clutterbuck's five stages – building rapport, direction setting, progress
      making, winding down and moving on – for the whole relationship, and GROW (Whitmore)
      inside each session. Clutterbuck's stages suit us because volunteers come and go
      and the moving-on stage stops the mentee feeling dropped. GROW gives each
      conversation a shape. Its weakness is that it is goal-led, and some volunteers just
      want to belong first, so early sessions stay mostly in "Reality"."""),

    P("Tools and techniques (3.2)"),
    P("""1. The footplate competence checklist as a self-assessment: the mentee marks each
      item red, amber or green and we pick goals from the reds. 2. Honey and Mumford's
      learning styles, to decide between reading the Rule Book together or learning on
      the engine. 3. A timeline of their railway "life" so far, which surfaces what they
      enjoy. 4. Belbin team roles, useful for people who want to move into the Guard or
      Signalman grades where teamwork is different. Each helps the mentee see their own
      preferences and choose goals that are theirs."""),

    P("Monitoring and reviewing (3.3)"),
    P("""The checklist repeated every two months shows progress in colour. Brief notes at the
      start of each session review last time's actions. Feedback from the Driver he worked
      with on a turn gives an outside view. And a formal review at session three and at
      the end checks the goals: by September Mark had marked everything green except
      firing on the bank up to Glyndyfrdwy, and he passed his cleaner assessment on 3802 in
      October."""),

    P("Records (4.1)"),
    P("""For the mentee, records show progress and remind them what they agreed. For the
      mentor they provide continuity, evidence for supervision and protection if there is
      ever a dispute. Records include the contract, session notes, checklists and
      feedback. They should be kept securely, use initials or codes, and be deleted when no
      longer needed, under GDPR. My own records have not always been good enough: I wrote
      his mobile, 07700 900 418, on the front of the session folder so I could text him
      about cancelled turns, and that folder sat in the mess coach for a month."""),

    P("Reflection and supervision (4.2)"),
    P("""I would argue that a mentor who does not reflect or get supervision is a risk to
      the mentee. Reflection, using Kolb's cycle or Gibbs' model, turns each session into
      learning; Schön's reflection-in-action stops me repeating mistakes in the same
      conversation. Supervision gives an outside view. In mine, using Hawkins and Shohet's
      seven-eyed model, my supervisor spotted that I was avoiding the hard conversation
      about his pace on the shed floor because I liked him. Without that challenge I would
      have let him go into his assessment unready. Supervision is also where the ethical
      questions go – like what to do when an Inspector asks about a mentee."""),

    P("References"),
    P("Clutterbuck, D. (2004) Everyone Needs a Mentor. London: CIPD."),
    P("Megginson, D. and Clutterbuck, D. (2005) Techniques for Coaching and Mentoring. Oxford: Elsevier."),
    P("Whitmore, J. (2017) Coaching for Performance. London: Nicholas Brealey."),
    P("I confirm this is my own work. Huw Prosser"),
]

CASE = Case(
    name="r20b_301_heritage_railway_txt",
    unit="8587-301",
    kind="unstructured",
    files=[SourceFile("Prosser 301 assignment.txt", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Not: Huw Prosser (learner), Ffion Bebb (tutor in the header), Foxcote Manor, 3802,
        # "Young volunteers", lower-case mark/marked/young, Llangollen..Corwen, theorists.
        "identifying": ["Mark Young", "Mark", "Mair", "Dai Pritchard", "Sparky", "07700 900 418"],
    },
    about="Heritage steam railway training coordinator's 301 Notepad assignment, planted: volunteer 'Mark Young' then 'Mark' beside mark/marked/young and 'Young volunteers', his wife 'Mair', Footplate Inspector 'Dai Pritchard' ('Sparky'), a mobile; Foxcote Manor, Dee valley stations, tutor in the header clean.",
)
