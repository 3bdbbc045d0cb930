"""8587-305 Reflecting on Mentoring Skills: a community radio station manager's journal, one styled DOCX.

Leon Fairbairn manages a community radio station in Stroud and, for unit 304, mentored two
volunteers: Mentee 1, a new Saturday breakfast co-presenter, and Mentee 2, a retired
teacher joining the news team. His Word journal uses Heading 2 styles "AC 1.1 ..." for each
criterion, with the handbook's evidence matrix filled in at the front. He answers AC 2.1
and AC 2.2 together under one heading ("AC 2.1 and 2.2 ...": a review that runs into his
CPD plan table). AC 1.2 has its heading and a note that the SWOT is to follow, and nothing
else: it is not answered (label None). (The brief for this set asked for "AC 2.2 and 2.3"
under one heading; unit 305 has no AC 2.3, so its last two ACs are the pair here.)

Clean, and full of traps: Mentee 1 and Mentee 2, his tutor Priya Lal on the cover, his
supervisor by role, Gibbs, Schön, Kolb, the Johari window, the EMCC competence framework,
Ofcom, the Community Media Association, the Radio Academy, BBC Radio Gloucestershire,
Stroud, Nailsworth, Cheltenham, and show names with weekday abbreviations (Sat, Weds).
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Reflective Journal – Unit 8587-305 Reflecting on Mentoring Skills within an Organisational Context"),
    T(
        ["Learner", "Leon Fairbairn"],
        ["Organisation", "Five Valleys FM (community radio), Stroud"],
        ["Centre", "Cotswold Edge Training, Cheltenham"],
        ["Tutor", "Priya Lal"],
        ["Submitted", "28 April 2025"],
    ),

    H(1, "Unit 305 Reflective Journal evidence matrix"),
    T(
        ["Assessment criterion", "Reflective Journal Evidence Title", "Reference"],
        ["AC 1.1 Examine the effectiveness of their own mentoring practice based on evidence, including records, supervision and feedback",
         "How effective was my mentoring?", "Journal, AC 1.1"],
        ["AC 1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills",
         "SWOT", "Journal, AC 1.2"],
        ["AC 2.1 Review own mentoring ability to identify future development opportunities, including the use of questioning, listening and communication strategies",
         "Review and CPD plan", "Journal, AC 2.1 and 2.2"],
        ["AC 2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success",
         "CPD plan (May–November 2025)", "Journal, AC 2.1 and 2.2"],
    ),
    P("Name of learner: Leon Fairbairn   Signature: L. Fairbairn   Date completed: 28/04/2025"),

    H(1, "Background"),
    P("""Five Valleys FM is a community radio station licensed by Ofcom, run by two part-time
      staff and about sixty volunteers. For unit 304 I mentored two volunteers between
      October and February: Mentee 1, a 24-year-old who had just joined the Sat breakfast
      show as co-presenter, and Mentee 2, a retired secondary school teacher who joined our
      news team to produce the Weds evening local news bulletin. Together that was 12 hours
      55 minutes of mentoring over eleven sessions, and I had two supervision sessions with
      the station's volunteer development lead, who is an accredited coach. This journal
      looks back at that work. I have used Gibbs' reflective cycle as the main structure
      and the EMCC competence framework as my measuring stick."""),

    H(2, "AC 1.1 Examine the effectiveness of my own mentoring practice"),
    P("""The records. My mentoring diary shows every planned session happened, though two of
      Mentee 1's were moved because of outside broadcasts. Both mentees' goals were written
      in the first session and reviewed each time. Reading back through the diary, what
      stands out is the difference between the two relationships. Mentee 1's notes get
      shorter and more practical as the weeks go on: "mic technique – sorted", "link into
      the travel – sorted". Mentee 2's notes get longer, because the sessions turned into
      long conversations about editorial judgement, which he enjoyed and I enjoyed, but his
      goal of producing a bulletin unsupervised was only met in the very last week. My
      records show I followed his interests rather than his goal. That is the clearest
      thing the evidence tells me."""),
    P("""Supervision. In my first supervision session in November I described Mentee 1 as
      "easy" and Mentee 2 as "a pleasure". My supervisor asked what I meant by easy, and I
      realised I meant that Mentee 1 did what I suggested. When we looked at the session
      notes together, almost every action in Mentee 1's sessions had been my idea. She
      wasn't being mentored, she was being trained. The second supervision, in January,
      looked at Mentee 2, and at why I had let his sessions drift; my honest answer was
      that I did not want to challenge someone who used to be a head of department."""),
    P("""Feedback. Both mentees completed a feedback form after each session and an end
      review. Mentee 1 scored the mentoring 5 out of 5 for "useful" every time, but in the
      end review wrote "I'd have liked to try things my own way before being told". Mentee
      2 wrote that the sessions were "the best conversations I've had since retiring" but
      scored 3 for "helped me reach my goal". Put together with the records and my
      supervision, this says the mentoring was effective at building confidence and
      relationships, and less effective at moving either mentee towards their own goal in
      their own way. Against the EMCC framework, I would put myself at the foundation level
      for "facilitating development" and higher for "building the relationship"."""),

    H(2, "AC 1.2 Identify own strengths and areas for improvement"),
    P("[SWOT table to go here – finishing after my supervision on 2 May]"),

    H(2, "AC 2.1 and 2.2 Review of my mentoring ability and development plan"),
    P("""Looking at my mentoring overall, my questions are the area with most room to grow.
      In the early sessions with Mentee 1 I mostly asked leading questions, such as "do you
      think you should back-anno the song before the ad break?", which is a suggestion
      dressed up as a question. In radio we are trained to fill dead air, and I do the same
      in a mentoring session: when a mentee goes quiet I talk. Schön's idea of
      reflection-in-action helped me notice this while it was happening in the last few
      sessions, and I started leaving the silence. Mentee 2 filled one of those silences
      with the real reason he was holding back from producing alone: he was afraid of
      getting a fact wrong on air."""),
    P("""My listening is better than my questioning, because listening to people is most of a
      station manager's job, but I listen for the problem I can solve rather than for how
      the person feels. My wider communication works well one to one but I tend to explain
      too much. The development opportunities I have found are: the Community Media
      Association's mentoring network, which runs peer practice groups online; a one-day
      coaching skills course at the Radio Academy; continuing monthly supervision; and
      mentoring two more volunteers from the new intake in the summer. The Johari window
      exercise my tutor suggested showed a blind spot that others see and I don't: I hurry
      people. The plan below is built from these."""),
    T(
        ["Development goal", "Actions", "Timescale", "Measure of success"],
        ["Ask genuinely open questions and fewer of them",
         "Before each session write three open questions; record one session a month (with consent) and count leading questions",
         "May–July 2025", "Leading questions down to fewer than one in five on the recordings by end of July"],
        ["Use silence instead of filling it",
         "Practise in the CMA peer group; count to ten before speaking after a pause",
         "May–September 2025", "Both new mentees say in feedback that I give them time to think"],
        ["Listen for feelings as well as problems",
         "Radio Academy coaching skills day; reflect after each session on one feeling I noticed",
         "Course in June 2025; reflections ongoing", "Course attended; a feeling noted in every reflective log entry"],
        ["Challenge experienced mentees",
         "Agree in the contract at the start that I will challenge; take one challenge example to supervision each month",
         "June–November 2025", "Each new mentee rates 'helped me reach my goal' at 4 or more by November"],
        ["Keep mentoring", "Mentor two volunteers from the summer intake, with monthly supervision",
         "July–November 2025", "At least 10 hours with each mentee logged and supervised by end of November"],
    ),
    P("""I will review this plan with my supervisor every two months, starting in July, and
      adjust it if something is not working. I also want to ask BBC Radio Gloucestershire
      whether their community reporter scheme would swap mentoring ideas with us."""),

    H(1, "Declaration"),
    P("""I confirm that this reflective journal is my own work and that the people I
      mentored are not named in it."""),
    P("Signed: Leon Fairbairn   Date: 28/04/2025   Nailsworth"),
]

CASE = Case(
    name="i_8587_305_docx",
    unit="8587-305",
    kind="structured-docx",
    files=[SourceFile("L Fairbairn 305 reflective journal.docx", BLOCKS)],
    labels={
        "1.1": "I followed his interests rather than his goal",
        "1.2": None,
        "2.1": "a suggestion dressed up as a question",
        "2.2": "count leading questions",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
    },
    about="Community radio station manager's 305 journal; styled 'AC 1.1' headings; 2.1 and 2.2 under one heading; 1.2 a heading with a placeholder only; clean with traps.",
)
