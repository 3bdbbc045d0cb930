"""8584-200 Understanding Mentoring: a heritage trust volunteer coordinator's assignment.

Morwenna Trevithick coordinates volunteer guides for a coastal heritage trust in West
Cornwall and mentors young volunteers, always as "Mentee A" and "Mentee B". Nothing is
to be flagged.

Clean but tricky: theorists cited with and without first names (David Clutterbuck, Carl
Rogers, Kram, Zachary, Parsloe and Leedham, Egan, Luft and Ingham's Johari window), models
(CLEAR, GROW, CEDAR), a building named after a person (the Humphry Davy Room), a scheme
named after a person (the Duke of Edinburgh's Award), places (Penzance, Newlyn, St Just,
Land's End), a film whose title is a first name ("Educating Rita"), software (Better
Impact, WhatsApp, Canva), months and days starting sentences, the learner's own signature,
the centre's enquiries@ address.
"""

from .case import B, Case, H, P, SourceFile, T

ASSIGNMENT = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills – Unit 200 Understanding Mentoring"),
    T(
        ["Learner name", "Morwenna Trevithick"],
        ["ILM registration number", "R4418207"],
        ["Centre", "Kernow Skills Partnership (enquiries@kernowskills.org.uk)"],
        ["Date", "22 May 2025"],
    ),
    H(1, "Introduction"),
    P("""I am the Volunteer Coordinator for the Penwith Coastal Heritage Trust, which runs the
      Victorian lighthouse at Carn Du and a restored engine house near St Just. Most of our
      eighty volunteer guides are retired, but this year we took on six younger volunteers,
      some through the Duke of Edinburgh's Award and some through Cornwall College. I mentor
      two of them, called Mentee A and Mentee B in this assignment."""),
    H(1, "1.1 The role of an effective mentor"),
    P("""A mentor is a more experienced person who helps someone else learn and grow by
      sharing experience and helping them think. David Clutterbuck describes it as offline
      help with significant transitions in knowledge, work or thinking. The mentor is not a
      trainer, counsellor or supervisor, and the mentee's goals lead. Listening comes first;
      advice comes second, and only when it is asked for."""),
    H(1, "1.2 How mentoring benefits people in different situations"),
    T(
        ["Situation", "How mentoring helps"],
        ["A new volunteer at the Trust", "Builds confidence to lead a tour and settle into a team of much older guides"],
        ["A small business (a Newlyn fish merchant)", "Helps an owner think through growth without paying for consultants"],
        ["A student on the Duke of Edinburgh's Award", "Supports goal setting and finishing the volunteering section"],
    ),
    H(1, "1.3 and 1.4 Barriers and how to overcome them"),
    P("""Time is the first barrier. Summer is our busiest season, and from June to September
      nobody has a free hour. I overcome this by holding short sessions on a Tuesday morning
      before the doors open, and by agreeing dates for the whole season in April. Trust is
      the second barrier. Younger volunteers can feel judged by older staff, and Kram's
      research shows the relationship goes through an initiation phase where this matters
      most. A written agreement that sets out confidentiality helps. The third barrier is
      the environment: the lighthouse is noisy, so we meet in the Humphry Davy Room at the
      Penzance office."""),
    H(1, "2.1 Key skills of an effective mentor"),
    B("Active listening and summarising"),
    B("Open questioning"),
    B("Showing empathy and a non-judgemental approach, which Carl Rogers called unconditional positive regard"),
    B("Giving feedback that is specific and balanced"),
    B("Role modelling the behaviour we expect from guides"),
    H(1, "2.2 A mentoring model"),
    P("""I use the CLEAR model from Hawkins: Contract, Listen, Explore, Action, Review. In
      the Contract stage we agree what the session is for. Listen means letting Mentee A tell
      the story without interruption. Explore opens up options, Action agrees one or two next
      steps, and Review checks how the session went. I prefer CLEAR to GROW because it starts
      with agreeing the focus, which suits nervous young volunteers."""),
    H(1, "2.3 Questioning and listening"),
    P("""Open questions such as "What did you notice about the group on Saturday?" get the
      mentee talking. Closed questions are useful only for checking facts. Egan's SOLER
      reminds me to sit squarely and lean in a little. Using the Johari window from Luft and
      Ingham, I try to help the mentee see things in their blind spot through gentle
      questions, not by telling them."""),
    H(1, "2.4 Giving feedback"),
    P("""Feedback should be timely and specific. I use the CEDAR model (Context, Examples,
      Diagnosis, Actions, Review), which Zachary and others recommend for growth-focused
      conversations. After Mentee B's first tour I asked what went well before I added
      anything myself."""),
    H(1, "2.5 Developing trust"),
    P("""Trust comes from keeping promises and keeping confidences. I explain that what we
      discuss stays between us, unless there is a safeguarding concern, which I would take to
      the Trust's safeguarding lead. Sharing my own mistakes also helps: I told both mentees
      how I froze on my first tour in front of a coach party from Plymouth. Watching the
      film "Educating Rita" with the volunteer group showed how a mentor can learn as much as
      the learner."""),
    H(1, "3.1 Planning sessions"),
    P("""Before the first session each mentee completes a short questionnaire on Better Impact,
      our volunteer software, about what they want to get out of the season. We then sign a
      simple mentoring agreement. Sessions last forty-five minutes, every two weeks."""),
    H(1, "3.2 Examples of goals"),
    B("Mentee A: lead a full thirty-minute tour of the lighthouse on her own by the end of July."),
    B("Mentee B: design a Canva leaflet on the engine house for the Land's End visitor centre by August."),
    H(1, "3.3 Records"),
    P("""I record each session's date, length, topics, actions and a note on my own practice.
      Records use only Mentee A and Mentee B, are kept in a locked folder and are deleted a
      year after the mentoring ends (UK GDPR). WhatsApp is used only to arrange times."""),
    H(1, "Declaration"),
    P("I confirm that this work is my own. Signed: Morwenna Trevithick"),
    H(1, "References"),
    B("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    B("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont, CA: Brooks/Cole."),
    B("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. Maidenhead: Open University Press."),
    B("Kram, K.E. (1985) Mentoring at Work. Glenview, IL: Scott, Foresman."),
    B("Luft, J. and Ingham, H. (1955) The Johari Window. Los Angeles: UCLA."),
    B("Parsloe, E. and Leedham, M. (2016) Coaching and Mentoring. 3rd edn. London: Kogan Page."),
    B("Rogers, C. (1961) On Becoming a Person. Boston: Houghton Mifflin."),
    B("Zachary, L.J. (2012) The Mentor's Guide. 2nd edn. San Francisco: Jossey-Bass."),
]

CASE = Case(
    name="ny_200_heritage_trust",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("Trevithick M - Unit 200.docx", ASSIGNMENT)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Heritage trust volunteer coordinator's Unit 200 assignment: authors with first names, a room and an award named after people, a film titled with a first name, Cornish places, software; nothing to flag.",
)
