"""8587-305 Reflecting on Mentoring Skills: a county archivist's answers, PDF saved from Word.

Rhiannon Pugh is a senior archivist at a county record office and mentored two trainee
archive assistants for unit 304. She copied the four criteria into her document as a
numbered list in her own order, '1.' to '4.' (1 = strengths and areas, AC 1.2; 2 =
effectiveness, AC 1.1; 3 = the plan, AC 2.2; 4 = the review of her ability, AC 2.1), and
kept that numbering as her headings, so the numbers never match the rubric's refs. Items 1
and 2 are answered together under one heading ('1 and 2'), effectiveness woven through the
strengths. The plan is a table. A signed declaration ends it. No matrix.

Clean but dense with traps: "Mentee X"/"Mentee Y", the County Archivist and her IQA by
role, the Bevan Strongroom and the Search Room, Castle Street, CALM and Preservica by
product name, The National Archives and the ARA, Clutterbuck, Megginson, Gibbs, Egan and
Johari, months and weekdays, and a reference list with book titles.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Reflecting on my Mentoring Skills"),
    P("""Rhiannon Pugh, Senior Archivist (Collections), Westmarch County Record Office.
      ILM Level 5 Certificate in Effective Coaching and Mentoring, Unit 305. April 2026."""),
    P("What this piece covers:"),
    P("1. Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills"),
    P("2. Examine the effectiveness of their own mentoring practice based on evidence, including records, supervision and feedback"),
    P("3. Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success"),
    P("4. Review own mentoring ability to identify future development opportunities, including the use of questioning, listening and communication strategies"),
    P("""I have answered 1 and 2 together because I found I could not separate what I am
      good at from the evidence that shows it."""),

    H(1, "1 and 2. Strengths, areas for improvement and how effective my mentoring was"),
    P("""From September to March I mentored two trainee archive assistants, Mentee X and
      Mentee Y, who joined the record office on the county's graduate traineeship. Mentee X
      wanted to become confident handling public enquiries in the Search Room; Mentee Y
      wanted to build the cataloguing skills she needs to apply for a qualifying course. We
      met every other Wednesday, usually in the small meeting room next to the Bevan
      Strongroom, for an hour. My evidence is my mentoring records (agreements, twelve
      session notes for each mentee, my reflective log), notes of four supervision sessions
      with the mentoring supervisor provided by the centre, and feedback from both mentees
      at the midpoint and the end, plus an e-mail from the County Archivist."""),
    P("""Knowledge. My strength is deep subject knowledge: fifteen years of cataloguing,
      preservation and access work, and I know the standards The National Archives expects
      of an accredited service. The records show this helped: Mentee Y's goals were met
      early, and the session notes show her catalogue entries on CALM needing fewer
      corrections each month, from about one in three in October to one in ten by
      February. The weakness is that my knowledge of mentoring itself is thin. I had read
      Clutterbuck but nothing else, and supervision showed that I reached for the
      'apprentice' model of mentoring, in which the expert shows the novice, because it is
      how archivists have always been trained."""),
    P("""Skills. I plan well and I write clear notes; my supervisor commented that my
      records were some of the most complete she had seen, with goals, actions and
      follow-up in every entry. My weak skill is questioning. Reading my own notes with a
      highlighter, I counted that in my first four sessions with Mentee X nearly every
      question I recorded began with 'have you' or 'did you', which is a closed question
      dressed as interest. In supervision in November we played back a role-play and I
      could hear it. After that I tried to begin with 'what' and 'how', and the later notes
      show Mentee X talking more and bringing her own agenda."""),
    P("""Behaviour. I am dependable, I never cancelled a session, and I hold confidences,
      which both mentees mentioned in their end feedback as the reason they could be honest
      about their doubts. The behaviour I need to change is impatience. When Mentee X took
      a long time over an answer I would fill the gap with a suggestion. The midpoint
      feedback from Mentee X said she sometimes felt I 'had already decided', which hurt,
      but it was fair and it matched what my supervisor had seen in the role-play."""),
    P("""Communication. I explain complex things simply, which matters in an archive full of
      jargon, and Mentee Y wrote that I 'made the cataloguing rules make sense'. My area for
      improvement is that I talk too much; I tend to explain where I should ask, so the
      mentee hears my reasoning instead of building her own. Interpersonal skills. I am
      warm and I read people's moods well, and in the Johari window exercise my supervisor
      and I did, both of us put 'approachable' in the open area. What we found in the blind
      area was that I avoid conflict: I did not raise Mentee X's missed actions for three
      sessions because I did not want to seem critical."""),
    P("""Taking the evidence together, I would judge my mentoring effective for Mentee Y, who
      wanted knowledge and got it, and only partly effective for Mentee X, whose goal
      needed confidence rather than information. The County Archivist's e-mail in March
      said Mentee X now covers the Search Room desk alone on Saturdays, so she did get
      there, but the records and her feedback suggest she got there partly despite my
      habit of supplying answers. The honest summary is that my mentoring worked best
      where it needed me to be an expert and worst where it needed me to be quiet."""),

    H(1, "3. Development plan (May to October 2026)"),
    P("""I will review this plan with my line manager in our monthly one-to-ones and with my
      supervisor every other month, and mentor a new trainee from June so that I have
      somewhere to practise."""),
    T(
        ["Development need", "Action", "Timescale", "Measure of success"],
        ["Open questioning", "Prepare four open questions before each session; record in my log which I used", "May to October",
         "Fewer than one closed question in five in two recorded sessions, checked with my supervisor in September"],
        ["Tolerating silence", "Wait at least five seconds after each question before speaking", "May to August",
         "The new mentee's midpoint feedback does not mention me supplying answers"],
        ["Raising difficult points", "Agree at contracting that I will raise missed actions, and do it in the session they are missed", "June to October",
         "My log shows every missed action was discussed in the next session"],
        ["Mentoring knowledge", "Read Megginson and Clutterbuck's Techniques for Coaching and Mentoring and one article a month", "May to July",
         "A short written summary discussed at the July supervision"],
        ["Peer learning", "Join the ARA mentoring scheme's peer group and be observed once", "By October",
         "Written feedback from the observer and one change I made because of it"],
    ),

    H(1, "4. Review of my mentoring ability and future development opportunities"),
    P("""I wrote the plan first and then came back to this question, which was the wrong way
      round, but reviewing my ability again confirmed the plan rather than changing it. My
      overall ability is that of a good instructor who is learning to mentor."""),
    P("""Questioning. The opportunity here is to move from checking questions to questions
      that open up the mentee's thinking. I would like to learn a simple structure for the
      middle of a session, and my supervisor suggested trying scaling questions, which
      would suit archivists who like numbers. An opportunity I had not thought of is the
      county council's coaching and mentoring network, which runs a questioning workshop
      each autumn."""),
    P("""Listening. I listen accurately for facts, which is what an enquiry desk trains you
      to do, but I listen less well for feelings. I will use Egan's SOLER as a checklist on
      video calls, and I will ask a colleague from the network to watch a session and note
      each time I interrupt. Recording sessions with permission, which I did only once,
      would give me evidence I cannot argue with."""),
    P("""Communication strategies. I want to summarise more and explain less, and to say
      difficult things plainly and kindly; Gibbs' cycle after each session will help me
      catch the moments I avoided. Other opportunities are shadowing a mentor in the
      museums service on Castle Street, who has mentored for ten years, and the Preservica
      user group's mentoring scheme for digital archivists, where I would be a mentee myself
      and could see good practice from the other side."""),

    H(1, "References"),
    P("Clutterbuck, D. Everyone Needs a Mentor. CIPD."),
    P("Egan, G. The Skilled Helper. Cengage."),
    P("Gibbs, G. Learning by Doing. Further Education Unit."),
    P("Megginson, D. and Clutterbuck, D. Techniques for Coaching and Mentoring. Routledge."),

    H(1, "Declaration"),
    P("""I confirm that this is my own work. Signed: Rhiannon Pugh. Date: 24 April 2026."""),
]

CASE = Case(
    name="j_305_archive_numbered",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("R Pugh Unit 305.pdf", BLOCKS)],
    labels={
        "1.1": "worked best where it needed me to be an expert",
        "1.2": "I avoid conflict: I did not raise",
        "2.1": "ask a colleague from the network to watch a session",
        "2.2": "Fewer than one closed question in five",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # "Mentee X/Y", the County Archivist, rooms, streets, software, theorists: none identifying
        "identifying": [],
    },
    about="County archivist's 305 as a Word PDF: criteria listed '1.'-'4.' in her own order and used as headings, 1 and 2 answered together, plan table before the review; clean.",
)
