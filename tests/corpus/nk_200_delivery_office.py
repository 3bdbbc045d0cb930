"""8584-200 Understanding Mentoring: a postal delivery office manager's written assignment.

Yvonne Castleton is a Work Area Manager at a Royal Mail delivery office in Kettering and
mentors new postmen and postwomen in their first twelve weeks. Her worked examples call the
new starter "Mentee A". Two details slip through in passing.

Planted (2): a customer on one of the walks who complained about Mentee A, named by title
and surname ("Mr Okafor"); a long-serving colleague who helps with the mentoring, named by a
first name that is also a word ("Rich"), with no role or form asking for him.

Clean but tricky: her own name on the cover and in the declaration, her assessor named where
the centre's cover sheet asks, the centre's enquiries@ address and landline; Royal Mail,
Parcelforce Worldwide, the CWU, a children's TV character ("Postman Pat"), walks and frames,
places and streets (Kettering, Corby, Rockingham Road, Wicksteed Park), Christmas, Boxing Day,
Easter Monday and Black Friday, job titles (Delivery Office Manager, Operational Postal Grade),
the PDA and other acronyms, theorists cited several ways ("(Whitmore, 2017)", "Clutterbuck and
Megginson (2005) argue", "Egan's SOLER", Luft and Ingham's Johari Window, Hawkins' CLEAR,
Kolb's cycle, Honey and Mumford) and a short reference list. Lower-case "rich" never appears,
so the planted "Rich" is only ever the colleague.
"""

from .case import B, Case, H, P, SourceFile, T

ASSIGNMENT = [
    H(0, "ILM Level 2 Award in Effective Mentoring – Unit 200 Understanding Mentoring"),
    T(
        ["Learner name", "Yvonne Castleton"],
        ["ILM registration number", "R4418207"],
        ["Centre", "Nene Valley Training, 01536 410200, enquiries@nenevalleytraining.co.uk"],
        ["Assessor", "Pauline Weatherall"],
        ["Word count", "1,310"],
    ),
    H(1, "Introduction"),
    P("""I am a Work Area Manager at Kettering Delivery Office, which serves Kettering, Desborough
      and the villages out towards Corby. We have around ninety Operational Postal Grades (OPGs)
      on forty-two walks. Since the pandemic we have taken on more new starters than ever, and
      too many leave before their first Christmas. The Delivery Office Manager asked me to set up
      a simple mentoring scheme, and this assignment is my thinking behind it. Where I give
      examples I call the new starter Mentee A."""),
    H(1, "1.1 The role of an effective mentor"),
    P("""Clutterbuck and Megginson (2005) argue that a mentor offers off-line help to someone
      making a significant transition. For a new OPG the transition is big: 5am starts, a PDA
      that scans every item, a frame to sort, and a walk they have never done. The mentor is not
      their manager and not a trainer. Royal Mail already has trainers who teach the PDA and
      the safe-driving rules. The mentor is someone who has done the job, who listens, helps the
      new person think through problems and points them to the right support."""),
    H(1, "1.2 How mentoring benefits the mentee"),
    B("A new starter settles faster and is less likely to leave in the first twelve weeks."),
    B("Someone coming back after long-term sickness rebuilds confidence on a walk they know."),
    B("An OPG who wants to step up to a Collections or Parcelforce Worldwide role gets a view of what the job is really like."),
    P("""Mentee A was struggling on walk 14 in her second week and nearly handed her notice in.
      Rich, who has done walk 9 for twenty-two years, walked part of her route with her on a
      Saturday and showed her the order he would take the flats in. She is still here."""),
    H(1, "1.3 Barriers to effective mentoring"),
    P("""Time is the biggest barrier. Everyone is out on delivery by 9.30am and the office is
      empty until the afternoon. Peak is worse: from Black Friday to Boxing Day nobody has time
      for anything. The second barrier is trust. Some new starters think anything they say will
      go straight to a manager. The third is the culture of the frame: there is a lot of banter,
      and a nervous new starter can find that hard to tell apart from being picked on."""),
    H(1, "1.4 Overcoming the barriers"),
    P("""For time, we book mentoring at 1pm, after walks are finished, and keep it to thirty
      minutes. We stop sessions from the end of November to the first week of January and pick
      them up again straight after. For trust, the mentor is never the new starter's own
      manager, and we agree at the start what will and will not be shared. For the banter, the
      mentor can explain what is normal and what is not, and the CWU rep is another route if
      something is wrong."""),
    H(1, "2.1 Key skills of a mentor"),
    T(
        ["Skill", "What it looks like in the office"],
        ["Listening", "Stopping what you are doing at the frame and looking at the person"],
        ["Open questions", "Asking what happened on the walk, not whether it went well"],
        ["Giving feedback", "Saying one specific thing that went well and one to change"],
        ["Role modelling", "Following the safe-driving rules yourself, every day"],
    ),
    H(1, "2.2 A mentoring model"),
    P("""I use the GROW model (Whitmore, 2017): Goal, Reality, Options, Way forward. With Mentee A
      the goal was to be back by 1pm on walk 14. The reality was that she sorted her frame in
      house-number order rather than in the order she walked. The options included asking the
      walk's regular, timing herself, or re-sorting. She chose to time herself for a week. The
      CLEAR model from Hawkins (contract, listen, explore, action, review) is similar but makes
      the contract explicit, which I like for our scheme."""),
    H(1, "2.3 Questioning and listening"),
    P("""Egan's SOLER (sit squarely, open posture, lean forward, eye contact, relaxed) sounds
      formal, but in a noisy office it just means turning away from the frame. Open questions
      start with what, how and tell me. Closed questions are useful to check facts, such as
      "Did you scan the signed-for item?" Reflecting back what someone has said shows you have
      heard it. The Johari Window from Luft and Ingham reminds me that the mentee may have blind
      spots I can see, and that I have blind spots too."""),
    H(1, "2.4 Giving feedback"),
    P("""Feedback should be specific, timely and about behaviour, not personality. When a
      customer complained, I talked it through with Mentee A the same afternoon. Mr Okafor on
      Rockingham Road had rung the office to say the new postwoman left his parcel on the
      doorstep in the rain. I asked her first what she thought had happened, and she said she
      had been rushing to get back. We agreed she would use the safe-place option on the PDA
      and leave a card. I also told her what she did well: she had apologised at the door the
      next day without being asked."""),
    H(1, "2.5 Developing trust"),
    P("""Trust comes from confidentiality, doing what you say, and being honest about your own
      mistakes. I tell every new starter about my first Easter Monday overtime shift, when I
      delivered a whole street's mail to the wrong end of Wicksteed Park. People laugh, but it
      shows them that everyone gets it wrong at first. Nobody here is Postman Pat on day one."""),
    H(1, "3.1 Planning effective mentoring sessions"),
    P("""Before the first session the mentee fills in a short form about what they are finding
      hard. We agree a mentoring agreement covering times, confidentiality and how to end.
      Sessions are in the quiet room at the back of the office, not in the canteen. Kolb's cycle
      helps me plan: the walk is the experience, the session is the reflection, and the next
      walk is the chance to try something new. Honey and Mumford's learning styles remind me that
      some people want to see it done and others want to try it."""),
    H(1, "3.2 Examples of goals"),
    B("Complete walk 14 and be back by 1pm on four days out of five by the end of March."),
    B("Use the PDA to record every signed-for item correctly for two weeks running, with no scanning errors on the weekly report."),
    B("Lead the Monday safety talk at the frame once before the end of the probation period."),
    H(1, "3.3 Records required"),
    P("""The mentor keeps a mentoring agreement, a short note of each session with the date,
      length, what was discussed and the actions agreed, and any feedback from the mentee. The
      notes use the mentee's code, not their name, and are kept on the office PC in a folder
      only the mentor and the Delivery Office Manager can open. Under UK GDPR they are kept
      only for as long as the scheme needs them and then deleted."""),
    H(1, "References"),
    B("Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work. London: CIPD."),
    B("Egan, G. (2013) The Skilled Helper. 10th edn. Belmont, CA: Brooks/Cole."),
    B("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. Maidenhead: Peter Honey."),
    B("Kolb, D.A. (1984) Experiential Learning. Englewood Cliffs, NJ: Prentice Hall."),
    B("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    H(1, "Declaration"),
    P("I confirm that this assignment is my own work. Signed: Yvonne Castleton, 14 March 2025"),
]

CASE = Case(
    name="nk_200_delivery_office",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("Castleton Y - Unit 200 assignment.docx", ASSIGNMENT)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Rich", "Mr Okafor"]},
    about="Royal Mail work area manager's 200 assignment: a complaining customer by title and surname and a colleague by a wordlike first name slip in; Postman Pat, Royal Mail, Kettering streets, peak-season holidays, theorists, assessor on the cover.",
)
