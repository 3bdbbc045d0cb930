"""8587-301 Understanding Good Practice in Mentoring: an ambulance control room essay.

Gareth Pugh, a duty manager in an ambulance trust's emergency operations centre, writes
his mentoring assignment as Word prose in Normal style under lines of his own ("Where it
can go wrong", "Keeping it above board"). He starts with barriers, answers the first
meeting and the contract in one paragraph (2.1 and 2.2), puts the mentor's role after the
model, and his reflection before his records. Barriers run over two separated paragraphs
(the first the fuller). What the organisation gains is told as "what the trust got back".
An introduction and a conclusion name every topic; references at the end.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Mentoring new call handlers in an emergency operations centre – Gareth Pugh"),
    P("""This assignment looks at mentoring in the emergency operations centre where I am a duty
      manager. It covers the purpose of mentoring for the trust, the mentor's role and
      responsibilities, the skills, knowledge and behaviours a mentor needs, barriers, starting a
      relationship and contracting, safe and ethical practice, a mentoring model, tools and
      techniques, monitoring progress, records, and reflective practice and supervision."""),
    P("Where it can go wrong"),
    P("""The hardest thing about mentoring in a control room is that nobody can leave their console
      when the calls are stacking. Mentees are rostered on twelve-hour shifts that rotate, and
      mentors are usually the most experienced handlers who are also the ones pulled onto the busiest
      desks. Some new starters have been told in training that asking for help is a sign you will not
      pass probation, so they hide their struggles. To deal with this we book mentoring into the
      protected training hour that each watch already has, rather than trying to snatch time between
      calls, and I tell every new starter in our first conversation that asking questions is what
      the best handlers do."""),
    P("How the trust benefits"),
    P("""Mentoring here means pairing a new call handler with an experienced one who helps them
      grow into the job over their first year, separate from the classroom trainers who teach the
      triage system and from the clinical supervisors who audit calls. What the trust got back from
      the scheme was fewer resignations in the first six months, quicker sign-off to work
      unsupervised, and handlers who cope better after a distressing call because someone has talked
      it through with them. It matters because replacing a handler takes four months of training."""),
    P("Starting off on the right foot"),
    P("""My first meeting with a mentee is always over a brew in the quiet room after their shift, when
      I ask about their background and what made them apply, and I tell them honestly about the call
      that nearly made me quit in my first year. In that same meeting we go through the trust's
      mentoring agreement line by line: how often we meet, that what they tell me is confidential
      unless it affects patient safety, that I will keep brief notes which they can see, how either of
      us can end it, and that their watch manager will only be told whether meetings are happening.
      Agreeing this early stops misunderstandings later, sets boundaries about what I can and cannot
      help with, and protects both of us if something goes wrong, so we both sign it before we
      start."""),
    P("Keeping it above board"),
    P("""Ethically, the big risk is the overlap between my duty manager role and my mentor role. I never
      mentor anyone on my own watch, so I am never the person investigating a complaint about a call
      they took. I follow the trust's safeguarding and information governance policies and the
      Equality Act, which means adjusting meeting times for a mentee observing Ramadan, for example.
      Sessions are never held in a car or at someone's home, and after a traumatic call I check
      whether the mentee needs the staff wellbeing service rather than me, because mentoring is not
      counselling."""),
    P("How I run it"),
    P("""I use a version of Clutterbuck's developmental approach, moving through building rapport,
      setting direction, making progress, winding down and moving on. In the early weeks the focus is
      on rapport and direction; later the mentee sets the agenda. Its strength is that it reminds me
      the relationship should end, which stops mentees leaning on me for ever; its limitation is that
      it gives little help inside a single meeting, so for that I borrow GROW's steps."""),
    P("""As a mentor I am a guide and sounding board, not an assessor. My responsibilities are to keep
      to the agreement, help the mentee work out their own solutions rather than handing them mine,
      challenge them kindly, keep confidences within the limits we agreed, signpost them to the
      right people, and close the relationship well when they no longer need it."""),
    P("""The skills I draw on are active listening, open questioning and giving balanced feedback; the
      knowledge is of the triage system, the trust's policies and a couple of mentoring models; and
      the behaviours that matter most are patience, honesty and never judging someone for the call
      that went badly, because every one of us has had one."""),
    P("""There is also a barrier on my side: I can slip into fixing the problem for the mentee because
      that is what a duty manager does all shift. My supervisor spotted this and I now ask what they
      think before I say anything."""),
    P("What I use"),
    P("""I use three techniques. A simple self-rating sheet against the twelve call-handling
      competencies lets the mentee show me where they feel weakest. A short learning styles chat helps
      me understand whether they learn best by listening back to recorded calls or by role play. And
      we agree goals together using a one-page plan with a target date and what success will look
      like, for example handling a cardiac arrest call without prompting by the end of the quarter."""),
    P("Checking we're getting somewhere"),
    P("""Every six weeks we compare the self-rating sheet against where it started, and with the
      mentee's permission I ask a clinical supervisor for an anonymised audit score on a sample of
      their calls. The self-rating shows confidence; the audit shows competence, and the two together
      are more honest than either one alone."""),
    P("Thinking about my own practice"),
    P("""Reflection matters because mentoring is a skill that only improves if I look honestly at what
      I did. I use Gibbs' reflective cycle after difficult sessions and keep a short journal. Once a
      month I have supervision with the trust's lead for mentoring, which keeps me safe, gives me
      somewhere to take the calls that stay with me, and helps me plan my own development."""),
    P("Writing it down"),
    P("""The records are the signed agreement, the self-rating sheets, the action plan and my session
      notes. They help the mentee see their progress, help me prepare and reflect, and give evidence
      for supervision. All of them are stored on the trust's secure drive, never on a personal
      phone, in line with GDPR and the trust's records policy."""),
    P("""To conclude, mentoring gives the trust a lot. I have covered the purpose, the role, skills,
      barriers, first meetings and contracts, ethics, the model, tools, monitoring, records,
      reflection and supervision."""),
    P("References"),
    P("Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
]

CASE = Case(
    name="fy_301_control_room",
    unit="8587-301",
    kind="unstructured",
    files=[SourceFile("Pugh 301 assignment.docx", BLOCKS)],
    labels={
        "1.1": "What the trust got back",
        "1.2": "a guide and sounding board, not an assessor",
        "1.3": "never judging someone for the call",
        "1.4": "nobody can leave their console",
        "2.1": "over a brew in the quiet room",
        "2.2": "line by line",
        "2.3": "adjusting meeting times for a mentee observing Ramadan",
        "3.1": "Clutterbuck's developmental approach",
        "3.2": "self-rating sheet against the twelve",
        "3.3": "anonymised audit score",
        "4.1": "never on a personal phone",
        "4.2": "somewhere to take the calls that stay with me",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Control room mentoring essay: own lines, barriers first and over two separated paragraphs, first meeting and contract in one paragraph, paraphrased benefits, intro and conclusion.",
)
