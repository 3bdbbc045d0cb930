"""8587-303 Reflecting on Coaching Skills: a theatre deputy production manager's journal, plain text.

Callum Brannigan coaches two members of the technical crew at a regional playhouse in
Kendal, "Coachee 1" and "Coachee 2", and writes a loose reflective journal with dated
entries and a six-month development plan. There is no declaration. Nothing is to be flagged.

Clean but tricky: play titles that are people's names ("Hamlet", "Macbeth"), a song titled
with a first name ("Jolene"), theorists with full names in prose (Donald Schön, Nancy
Kline, Myles Downey, Erik de Haan) and many surnames (Gibbs, Boud, Johns, Rolfe, Driscoll,
Hawkins and Shohet), capitalised adjectives (Edwardian, Cumbrian, Shakespearean), days and
months starting lines, places (Kendal, Windermere, Lancaster), brands and software (QLab,
ETC Eos, Slack), a bursary named after a person (the Ruth Mayhew Bursary) and the learner's
own name in the cover line.
"""

from .case import Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Reflective Journal – Unit 303 Reflecting on Coaching Skills"),
    P("Callum Brannigan, ILM reg R5093378, Deputy Production Manager, Corn Exchange Playhouse, Kendal"),
    P("""This journal covers my coaching from February to May 2025 with two people from our
      technical crew. Coachee 1 is a stage manager in her first senior role; Coachee 2 is a
      carpenter who wants to move into production management. Both have agreed to my
      writing about them without names."""),
    H(1, "Why I am reflecting like this"),
    P("""Donald Schön separates reflection-in-action, the thinking we do in the moment, from
      reflection-on-action afterwards. In a theatre the first happens all the time (a cue
      goes wrong and you fix it), but the second gets lost in the next get-in. Gibbs gives
      me a structure for each entry: description, feelings, evaluation, analysis, conclusion,
      action plan. Where Gibbs feels too long I use Driscoll's three questions, What? So
      what? Now what?"""),
    H(1, "Monday 3 February"),
    P("""First proper session with Coachee 1, in the Edwardian green room upstairs, during the
      technical week for "Hamlet". Wrong timing: she was tired and kept checking her phone for
      calls from the prompt desk. I talked too much. What? A forty-minute session where she
      spoke for about ten. So what? Nancy Kline would say I did not give her the attention
      that makes thinking possible. Now what? Never coach in a tech week; start with one
      question and then be quiet."""),
    H(1, "Thursday 20 February"),
    P("""Coachee 2, in the workshop. Using GROW, his goal was to run the get-out for the touring
      production of "Blood Brothers" himself. Much better listening from me. When he said the
      crew would not take orders from him, I asked what evidence he had. Silence for a long
      time, then: "None, really." That silence did more than any advice. Myles Downey's
      spectrum of directive to non-directive helps me see I was at the right end today."""),
    H(1, "March"),
    P("""Supervision with my ILM tutor in Lancaster. Using Hawkins and Shohet's seven-eyed
      model, we looked at mode 5, what goes on in me as coach. I realised I want Coachee 2 to
      succeed partly because he reminds me of myself at his age. Erik de Haan's work on the
      relationship as the active ingredient made sense of this. Action: notice when I am
      rescuing."""),
    H(1, "Saturday 12 April"),
    P("""Coachee 1 ran "Macbeth" from the prompt desk for a whole week. At our session she said
      the Scottish play was the first show where she felt in charge. Feedback she gave me on
      the form: "You ask better questions now but still sometimes finish my sentences." Fair.
      The crew played "Jolene" at full volume during the get-out, which is apparently a
      Cumbrian theatre tradition."""),
    H(1, "Effectiveness of my coaching (1.1)"),
    P("""Looking across records, two supervision sessions and both coachees' feedback forms, my
      coaching is most effective when I hold back. Coachee 2 met his goal and is now on the
      Ruth Mayhew Bursary for a production management course; Coachee 1 has taken on the
      summer season at Windermere. Boud, Keogh and Walker remind me that reflection must
      return to the experience, so I reread my early notes and saw how directive I was."""),
    H(1, "Strengths and areas for improvement (1.2)"),
    T(
        ["Strengths", "Areas for improvement"],
        ["Building rapport quickly in a crew culture", "Finishing other people's sentences"],
        ["Practical knowledge of backstage work", "Using silence for longer"],
        ["Keeping clear records on Slack and in our shared drive", "Choosing the right time and place"],
        ["Using GROW flexibly", "Contracting with the coachee's manager at the start"],
    ),
    H(1, "Future development (2.1)"),
    P("""Johns' model of structured reflection suggests I look at what influenced my actions.
      Much of it is habit from fifteen years of calling cues over headset: short, directive,
      fast. That is good for a Shakespearean battle scene run on QLab and ETC Eos, less good
      in coaching. I need to develop deeper listening and better questions, and Rolfe's
      framework will keep my journal honest."""),
    H(1, "Development plan, June to November 2025 (2.2)"),
    T(
        ["Goal", "Action", "By when", "Measure of success"],
        ["Listen for longer", "Practise a Time to Think session monthly with a peer coach", "End of August", "Coachee says they spoke for most of the session"],
        ["Better questions", "Read Downey's Effective Modern Coaching; keep a question bank", "September", "Ten new questions used and reviewed in supervision"],
        ["Stronger contracting", "Three-way contract with each coachee's manager", "October", "Signed contracts for both new coachees"],
        ["Supervision", "Monthly supervision with my tutor", "November", "Six sessions logged"],
    ),
    H(1, "References"),
    P("""Boud, D., Keogh, R. and Walker, D. (1985) Reflection: Turning Experience into Learning.
      London: Kogan Page. de Haan, E. (2008) Relational Coaching. Chichester: Wiley. Downey, M.
      (2003) Effective Coaching. London: Texere. Driscoll, J. (2007) Practising Clinical
      Supervision. Edinburgh: Bailliere Tindall. Gibbs, G. (1988) Learning by Doing. Oxford
      Further Education Unit. Hawkins, P. and Shohet, R. (2012) Supervision in the Helping
      Professions. Maidenhead: Open University Press. Johns, C. (2013) Becoming a Reflective
      Practitioner. Chichester: Wiley-Blackwell. Kline, N. (1999) Time to Think. London: Ward
      Lock. Rolfe, G., Freshwater, D. and Jasper, M. (2001) Critical Reflection for Nursing
      and the Helping Professions. Basingstoke: Palgrave. Schön, D.A. (1983) The Reflective
      Practitioner. New York: Basic Books."""),
]

CASE = Case(
    name="ny_303_playhouse_journal",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("Brannigan_303_journal.txt", JOURNAL)],
    labels={},
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Theatre deputy production manager's plain-text 303 journal: plays and a song titled with names, theorists with first names, a named bursary, Cumbrian places, dated entries; no declaration; nothing to flag.",
)
