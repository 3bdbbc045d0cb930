"""8587-301 Good Practice in Mentoring: a games studio engineering manager's assignment.

Craig Ballantyne leads a programming team at a games studio in Dundee and mentors junior
developers, whom the assignment calls Mentee 1 and Mentee 2. As an example of his records he
pastes a completed feedback form: his mentee signed it with his full name, and the form's
contact box still holds the mentee's mobile number.

Planted: "Ewan Strachan" (signature under the feedback form) and "07700 900726" (mobile).

Traps: games and engines named with people's words (Lemmings, Grand Theft Auto, Unity,
Unreal Engine), Ada Lovelace and Alan Turing, Linus Torvalds, Jira, GitHub, Slack, the Scrum
Master and Product Owner by role, Abertay University, the V&A, RRS Discovery and Captain
Scott, his own name in the footer, the studio's generic jobs address, Kram, Clutterbuck,
Megginson, Schön, Luft and Ingham.
"""

from .case import B, Case, H, P, SourceFile, T

ASSIGNMENT = [
    H(0, "Unit 301 – Understanding Good Practice in Mentoring"),
    T(
        ["Learner", "Craig Ballantyne"],
        ["Registration number", "R1184529"],
        ["Workplace", "Tayside Pixel Studios, Dundee"],
    ),
    P("I confirm that this assignment is my own work. Craig Ballantyne"),
    H(1, "1.1 The purpose of effective mentoring within an organisational context"),
    P("""Games studios lose juniors fast: crunch, imposter syndrome and the lure of better pay
      in fintech. At our studio, mentoring exists to keep graduates from Abertay University
      past their second year and to pass on what no course teaches, such as how to argue for
      a design change without starting a war in Slack. Dundee has made games since Lemmings
      and Grand Theft Auto, and the studios that last are the ones that grow their own
      people."""),
    H(1, "1.2 The role and responsibilities of an effective mentor"),
    P("""The mentor is a trusted, more experienced colleague outside the mentee's reporting
      line. Responsibilities: make time, keep confidences, share experience without
      imposing it, challenge kindly, keep records, and refer on to HR or the employee
      assistance programme when something is beyond mentoring."""),
    H(1, "1.3 Skills, knowledge and behaviours required of an effective mentor"),
    P("""Skills: listening, open questions, feedback. Knowledge: the craft (C++, Unity and
      Unreal Engine in our case), how the studio works, and career paths in the industry.
      Behaviours: patience, honesty, and resisting the urge to grab the keyboard, which is
      the programmer's version of giving the answer."""),
    H(1, "1.4 Overcoming potential barriers to mentoring"),
    P("""Crunch is the biggest barrier. We protect a fortnightly hour in Jira as a ticket like
      any other, so it is visible to the Product Owner. Remote working is another: we
      meet in person once a month, often at the V&A café by the river, where nobody from
      the studio goes. Status is a third: juniors assume the mentor reports back, so we
      agree at the start that nothing goes to their lead without their consent."""),
    H(1, "2.1 Methods to initiate a productive working relationship with an individual"),
    P("""An informal first meeting about their story rather than their code; sharing my own
      first bug that reached a live build; agreeing ground rules; and pairing on something
      small in the first fortnight so that we have a shared success. With Mentee 1 it was
      fixing a build script together on GitHub."""),
    H(1, "2.2 The rationale for and process of contracting in mentoring"),
    P("""A contract stops the mentoring becoming vague chats or hidden performance
      management. Ours covers goals, frequency, confidentiality and its limits, who else
      knows (the Scrum Master knows the meeting exists, nothing more), and how either side
      can end it without fuss. We review it after three months."""),
    H(1, "2.3 What represents safe and ethical practice in mentoring"),
    P("""Confidentiality with clear limits (harm, harassment, law); no mentoring people I
      manage or assess; respect for difference; honest records; knowing when to refer on; and
      supervision for myself. I also keep mentees' personal contact details out of anything I
      share, and store notes in a private folder, not the team wiki."""),
    H(1, "3.1 Managing a mentoring process using a recognised mentoring model"),
    P("""I follow Clutterbuck and Megginson's stages: rapport, direction setting, progression,
      winding down, moving on. Kram's two functions remind me that a junior needs
      psychosocial support (belonging, confidence) as much as career help. With Mentee 2 the
      direction stage took three sessions because he wanted to talk only about code, and
      what he actually needed was to decide whether to stay in games at all."""),
    H(1, "3.2 Mentoring tools and techniques to identify preferences and agree goals"),
    P("""A skills radar against our career ladder; the Johari window (Luft and Ingham) for
      feedback; a timeline exercise where the mentee draws their career so far; and SMART
      goals. We named one goal after Ada Lovelace Day: Mentee 1 wanted to give a talk at the
      studio's event that day, and did."""),
    H(1, "3.3 Methods for monitoring and reviewing progress towards goals"),
    P("""Scaling at each meeting, a short written review every third session, and evidence
      from the work itself: pull requests merged, code review comments, and the mentee's own
      notes. Both of us rate the relationship at the three-month contract review."""),
    H(1, "4.1 The purpose of mentoring records for mentor and mentee"),
    P("""Records show what was agreed, track progress, protect both people if there is a
      dispute, and give the mentee evidence for promotion. They should be brief, factual and
      agreed. Below is an example of the feedback form I use, as one mentee completed it."""),
    T(
        ["Mentoring feedback form", ""],
        ["Session", "6 of 8"],
        ["What was most useful?", "Talking through whether to apply for the tools team"],
        ["What could be better?", "Shorter sessions when we are near a milestone"],
        ["Contact (for follow-up)", "07700 900726"],
        ["Mentee signature", "Ewan Strachan"],
        ["Date", "12 March 2025"],
    ),
    H(1, "4.2 Why reflective practice and supervision are important in mentoring"),
    P("""Schön distinguishes reflection in action from reflection on action; I need both,
      because my instinct as an engineer is to fix. Supervision with my tutor showed me that
      I steer mentees towards the career I had. Reflection protects mentees from my habits,
      and supervision protects me from carrying their worries alone."""),
    H(1, "Closing note"),
    P("""The RRS Discovery sits outside the V&A, the ship Captain Scott sailed south in. I
      point it out to new starters: long projects, small crews, and the people who came
      back were the ones who looked after each other. Alan Turing and Linus Torvalds are
      the names on our meeting rooms, but most good code is written by people nobody
      names, and mentoring is how they learn to keep going. CVs go to jobs@taysidepixel.co.uk,
      and I tell every applicant that they will get a mentor."""),
    B("Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work. London: CIPD."),
    B("Kram, K. (1985) Mentoring at Work. Glenview: Scott Foresman."),
    B("Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("C. Ballantyne – Unit 301 – submitted 28/03/2025"),
]

CASE = Case(
    name="nv_games_studio_301",
    unit="8587-301",
    kind="structured-docx",
    files=[SourceFile("Ballantyne_301.docx", ASSIGNMENT)],
    labels={
        "1.1": "how to argue for a design change",
        "1.2": "refer on to HR or the employee assistance programme",
        "1.3": "resisting the urge to grab the keyboard",
        "1.4": "protect a fortnightly hour in Jira",
        "2.1": "my own first bug that reached a live build",
        "2.2": "becoming vague chats or hidden performance management",
        "2.3": "no mentoring people I manage or assess",
        "3.1": "decide whether to stay in games at all",
        "3.2": "a timeline exercise where the mentee draws",
        "3.3": "pull requests merged, code review comments",
        "4.1": "give the mentee evidence for promotion",
        "4.2": "I steer mentees towards the career I had",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Ewan Strachan", "07700 900726"],
    },
    about="Games studio mentoring assignment: mentees coded, but a pasted feedback form keeps the mentee's signature name and mobile; games, engines, pioneers, meeting rooms named after people, a ship and its captain, the studio's jobs address.",
)
