"""8587-303 Reflecting on Coaching Skills: a clean reflective journal full of theorists.

Graham Whitworth, a learning and development adviser at a water company, reflects on
a year of internal coaching. Every coachee is anonymised ("Coachee 1" to "Coachee 3");
the work is dense with the names a reflective journal cites, written every way learners
write them: "Kolb's cycle", "(Schön, 1983)", "Honey and Mumford", "Nancy Kline's
Thinking Environment", "Sir John Whitmore", "Hawkins and Shohet", a reference list.
Organisations and places too. The cover names the learner and, as the form asks, the
tutor. Nothing here should be flagged.
"""

from .case import B, Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Reflective journal – Unit 303"),
    T(
        ["Learner", "Graham Whitworth"],
        ["Registration number", "R2209853"],
        ["Tutor", "Bernadette Quinn"],
        ["Centre", "Yorkshire Management Institute"],
    ),
    P("""I confirm that this journal is my own work. Coachees are referred to as Coachee 1,
      Coachee 2 and Coachee 3 to protect their confidentiality."""),
    H(1, "Introduction"),
    P("""I coach within the learning and development team of a regional water company based in
      Sheffield, with depots in Doncaster, Rotherham and Chesterfield. This journal looks back
      on fourteen months of coaching, drawing on my session records, two supervision
      sessions with my tutor and feedback from coachees, and uses Kolb's experiential
      learning cycle and Gibbs' reflective cycle to structure the reflection."""),
    H(1, "AC 1.1 How effective has my coaching been?"),
    P("""The evidence I have is my session records, the feedback forms each coachee completed
      and my supervision notes. Coachee 1 reached both of her goals; Coachee 2 reached one
      and changed the other; Coachee 3 ended early when he moved to Anglian Water. Reading my
      records again, Schön's distinction between reflection-in-action and reflection-on-action
      (Schön, 1983) helped me see that I reflect well after a session but rarely notice in
      the moment when I have taken over. Supervision with Bernadette showed the same
      pattern: my records describe what the coachee did and say little about what I did.
      Using the seven-eyed model (Hawkins and Shohet, 2012) in supervision, we looked at
      mode 4, the coach, and found that my wish to be useful pulled me towards advice."""),
    P("""Feedback forms rated my sessions 4.6 out of 5 on average, but the lowest score was
      always for 'the coach let me find my own answers', which matches what supervision
      found."""),
    H(1, "AC 1.2 Strengths and areas for improvement"),
    P("""My strengths are building rapport quickly and structuring a session. Carl Rogers'
      core conditions of empathy, congruence and unconditional positive regard describe
      what coachees say they value in me. My learning preference is strongly reflector on
      the Honey and Mumford questionnaire, which explains why I prepare thoroughly but can
      be slow to try a new technique in a live session. Areas for improvement are tolerating
      silence, asking fewer questions that contain a suggestion, and challenging coachees
      when they repeat the same story. Nancy Kline's Thinking Environment, with its
      emphasis on attention and not interrupting, is the standard I want to reach."""),
    H(1, "AC 2.1 Reviewing my coaching ability"),
    P("""Looking at questioning, listening and communication, I recorded three sessions (with
      permission) and counted my questions: 41 per hour, a third of them closed. Sir John
      Whitmore argues that awareness and responsibility are the coach's aims, and too many
      questions work against both. Gallwey's idea of the inner game, that performance is
      potential minus interference, helped me see that my questions were the interference.
      Egan's emphasis on active listening, and the levels of listening described by Julie
      Starr, gave me a vocabulary: most of the time I listen at level two, to the words,
      and miss the energy behind them. Myles Downey's spectrum from directive to
      non-directive shows that I drift to the directive end under time pressure."""),
    H(1, "AC 2.2 Development plan for the next six months"),
    T(
        ["Development area", "Action", "Timescale", "Measure of success"],
        ["Tolerating silence", "Count to eight after every question; one Thinking Environment session a month",
         "December to May", "Recorded sessions show fewer than 20 questions per hour"],
        ["Challenge", "Use the OSKAR scaling question and ask 'what else?' at each stage of GROW",
         "January to March", "Coachee feedback names a moment of challenge"],
        ["Supervision", "Book four supervision sessions with a supervisor outside the company",
         "By end of June", "Four supervision records; one change in practice from each"],
        ["Reading", "Read Clutterbuck and Megginson on team coaching and discuss in the EMCC peer group",
         "February", "A summary shared with the L&D team"],
    ),
    P("""I will review this plan at the end of March with my tutor and again in June."""),
    H(1, "References"),
    P("Downey, M. (2003) Effective Coaching. 2nd edn. London: Texere."),
    P("Gallwey, W. T. (1986) The Inner Game of Tennis. London: Pan."),
    P("Gibbs, G. (1988) Learning by Doing: A Guide to Teaching and Learning Methods. Oxford: FEU."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    P("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. Maidenhead: Peter Honey Publications."),
    P("Kline, N. (1999) Time to Think. London: Ward Lock."),
    P("Kolb, D. A. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    P("Rogers, C. (1961) On Becoming a Person. Boston: Houghton Mifflin."),
    P("Schön, D. A. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("Starr, J. (2016) The Coaching Manual. 4th edn. Harlow: Pearson."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="n303_theorists_journal",
    unit="8587-303",
    kind="structured-docx",
    files=[SourceFile("reflective-journal.docx", JOURNAL)],
    labels={
        "1.1": "my wish to be useful pulled me towards advice",
        "1.2": "slow to try a new technique in a live session",
        "2.1": "41 per hour, a third of them closed",
        "2.2": "Count to eight after every question",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Clean reflective journal: theorists cited every way, coachees anonymised, tutor named on the cover and in prose.",
)
