"""8587-305 Reflecting on Mentoring Skills: a prison education curriculum lead's journal, plain text.

Joanne Pritchard is a curriculum lead in a prison's education department and mentored two
newly qualified tutors (Mentee 1 and Mentee 2) for unit 304. She wrote the journal in a plain
text editor on the prison's locked-down network: no styles, typed lines for headings in mixed
forms ("Q1 -", "Q2.", "2.1)", "Criterion 2.2"), a pasted block from the supervision record
and a pasted mentee feedback form at the end. The 1.1 answer is four paragraphs with its
label in the third (feedback); the 2.1 review is one long answer split by the strategy it
covers. 2.2 is not answered: the line says the development plan is in a separate
spreadsheet, which was not submitted, and nothing else in the journal sets out a plan with
timescales, so 2.2 is None. No declaration.

Planted (1): the supervision record block pasted from the department's form gives Mentee 1 by
initial and surname ("R. Hallam"). Not identifying: HMP Ashcombe, the Head of Learning and
Skills (the supervisor the form asks for, by role), Clutterbuck, the learner's own "J. Pritchard".
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "REFLECTIVE JOURNAL - ILM 8587-305 Reflecting on Mentoring Skills within an Organisational Context"),
    P("J. Pritchard, Curriculum Lead (Functional Skills), Education Department, HMP Ashcombe"),
    P("""This journal looks back on my mentoring of two new tutors between September and February,
      what the evidence says about how effective I was, my strengths and weaknesses, and what I
      need to work on next."""),

    H(1, "Q1 - How effective was my mentoring? (records, supervision, feedback)"),
    P("""Both mentees were newly qualified tutors in their first post in a prison. Mentee 1
      teaches maths, Mentee 2 English. I mentored each for just over six hours, fortnightly,
      in the education block after the afternoon movement. My records are a session log and a
      brief note for each session, kept in the department's locked cabinet because we cannot
      keep anything identifiable about staff or learners on shared drives."""),
    P("""My records show both relationships started well and both mentees set goals in the first
      session. Mentee 2 met all three goals, including running a reading group on the wing.
      Mentee 1's goals changed halfway because of a serious incident in his classroom, and my
      records show that for two sessions we did little on his original goals and a lot on
      his confidence and safety, which I think was the right call but I did not re-contract
      properly, so on paper it looks like drift."""),
    P("""The feedback tells a similar story. Both mentees completed a feedback form after every
      session. Mentee 2's comments were consistently positive. Mentee 1 wrote after session 5
      that he "didn't need another pep talk, needed a plan", which was fair: after the incident
      I was so focused on reassuring him that I stopped challenging him, and reassurance on
      its own did not help him get back in front of a class. The next session I asked him what
      a plan would look like and he wrote it himself."""),
    P("""Supervision gave me a place to look at that honestly. In my second supervision session
      the Head of Learning and Skills asked me what I had been trying to protect him from, and
      I realised I was protecting myself from a difficult conversation. Overall I would say I
      was effective with Mentee 2 and partly effective with Mentee 1, and the reason for the
      difference was me, not him."""),

    H(1, "Q2. Strengths and areas for improvement"),
    P("""Knowledge - strength: I know the prison education contract, the regime and the
      security rules, which new tutors find baffling, and I could explain them quickly.
      Improvement: I know one model (Clutterbuck's stages) well and not much else."""),
    P("""Skills - strength: planning and organisation; every session happened on time despite
      lockdowns. Improvement: challenge. I avoid it when someone is upset."""),
    P("""Behaviour - strength: calm and consistent, which matters in a prison. Improvement: I can
      be over-protective of new staff because I remember my own first year here."""),
    P("""Communication - strength: clear explanations and good summaries. Improvement: I talk too
      much when I am nervous about the topic. Interpersonal - strength: building trust with
      people who are anxious; both mentees said they could tell me anything. Improvement:
      holding a boundary kindly, for example ending a session on time when the mentee wanted to
      keep going about a wing officer."""),

    H(1, "2.1) Review of my mentoring ability - future development"),
    P("""Questioning. I ask good open questions in the first half of a session but go back to
      advice by the end. My development opportunity is to practise questions that challenge
      without attacking, such as "What would you do if you were not worried about getting it
      wrong?", and to use them when I notice I am about to give a pep talk."""),
    P("""Listening. I listen well for content but not always for feeling. With Mentee 1 I heard
      the facts of the incident but missed how much it had knocked his sense of being good at
      the job. I want to use reflecting back of feelings ("It sounds like that shook you") and
      check what I have heard before moving on."""),
    P("""Communication. I need to say out loud what I am noticing, including when a relationship
      needs re-contracting, rather than just adapting quietly. Next time goals change I will
      stop, name it, and agree the new focus in writing."""),

    H(1, "Criterion 2.2 - Development plan"),
    P("My development plan (6 months) is in the separate Excel file 'JP dev plan.xlsx' uploaded with this journal."),

    H(1, "Pasted from supervision record (Education Dept form ED/14)"),
    P("""Date: 08/01/2025. Supervisor: Head of Learning and Skills. Mentor: J. Pritchard. Mentee
      discussed: R. Hallam. Issue: mentee's confidence after classroom incident on 4/12.
      Outcome: mentor to re-contract focus with mentee and move from reassurance to planning;
      mentor to note own tendency to protect. Next supervision: February."""),

    H(1, "Mentee 2 - final feedback form (copied)"),
    P("""What was most useful? Having someone to ask the daft questions about the regime.
      What could your mentor do differently? Nothing really, maybe push me a bit more.
      Score: 5/5."""),
]

CASE = Case(
    name="sl_305_prison_education_txt",
    unit="8587-305",
    kind="numbered-unstyled",
    files=[SourceFile("Pritchard 305 journal.txt", BLOCKS)],
    labels={
        "1.1": "reassurance on its own did not help him get back in front of a class",
        "1.2": "holding a boundary kindly",
        "2.1": "What would you do if you were not worried about getting it wrong?",
        "2.2": None,
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": ["R. Hallam"]},
    about="Prison education curriculum lead's 305 as plain text: typed headings 'Q1 -', 'Q2.', '2.1)', 'Criterion 2.2'; 1.1 label in 3rd of 4 paragraphs; 2.2 unanswered (plan said to be in a separate spreadsheet not submitted); pasted supervision record planting 'R. Hallam'; no declaration.",
)
