"""8587-303 Reflecting on Coaching Skills: a pensions administration team leader, plain text.

Helen Marsh-Ward leads a team of pensions administrators at a third-party administration
centre and coached three of them for unit 302 (Coachee A, B and C). Her reflective journal is
a Notepad file of paragraphs with no headings, no numbers and no mention of the criteria,
in her own order: it opens with a session that went wrong (the silence story), then what
her records and supervision show (1.1, first half), her strengths and weaker areas inside a
long paragraph about what kind of coach she is (1.2, label mid-paragraph), the coachees'
feedback (1.1 again, second half, where the label sits), what she needs to develop in
questioning, listening and the way she communicates (2.1, two paragraphs, label in the
second), and a six-month plan as a table with no numbering (2.2). The strengths paragraph
and the development paragraphs talk about the same three skills, and "feedback" is used
for her coachees' forms and her supervisor's comments alike. No evidence matrix, though
the unit asks for one. Signed declaration.

Clean: Coachee A, B and C; her supervisor and her manager by role. Not identifying: the
learner's own name, Kline, Whitmore, Gibbs, the Pensions Regulator, TPR.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("Reflective journal - coaching skills - Helen Marsh-Ward, Team Leader, Member Services"),
    P("""The session I keep coming back to is my third one with Coachee B. She had said she wanted
      to get better at handling phone calls from members who are angry about their transfer
      values, and halfway through I asked her what she thought was really going on when she
      froze on those calls. She went quiet. I counted about four seconds and then jumped in
      with "is it that you're worried you'll give them the wrong figure?" She said yes, and we
      spent the rest of the hour on checking figures. Two weeks later she told me it was
      nothing to do with figures: she gets flustered when someone shouts because of things at
      home, and she had not wanted to say so. I had filled her silence with my own answer,
      and it sent the whole session the wrong way."""),
    P("""Looking back through my coaching log and session notes for all three coachees, that
      pattern is there more than once. My notes for Coachee A show the actions at the end of
      most sessions are written in my words, not his, and when I read them again I can see
      several were my suggestions that he agreed to. The actions he came up with himself (such
      as asking the technical team to sit in on a complex divorce case) got done; the ones I
      suggested mostly did not. My supervisor picked up the same thing in our second
      supervision session, when I played her a recording: she counted how often I offered an
      option before the coachee had finished thinking and it was more than half of the
      time. She called it rescuing. I did not enjoy hearing it but the log backs her up."""),
    P("""I think of myself as a fairly good coach in some ways and a typical team leader in others.
      On knowledge, I understand the GROW model and the coaching contract well, and I know
      pensions administration well enough to ask useful questions, though sometimes that
      knowledge is a trap because I already think I know the answer. On behaviour, I am
      reliable and people trust me to keep things private: none of my three cancelled and
      all three said they were honest with me. Where I am strongest is building rapport and
      making people feel at ease quickly, which came through on all three feedback forms, and
      my weakest area is tolerating silence and letting the coachee do the work. My
      communication is clear and I summarise well at the end of a session, but my
      interpersonal style is quick and businesslike, which suits a busy team but not a coaching
      room. I also need more knowledge of the limits of coaching, because when Coachee B
      told me about home I was not sure whether to carry on or refer her to the employee
      assistance programme."""),
    P("""The coachees' own feedback was kinder than my supervisor but says similar things. I asked
      each of them to fill in the centre's feedback form after the last session. Coachee C
      wrote that the sessions helped her plan for her team leader application, and scored me
      highly on listening. Coachee A wrote that he liked having the time, but that
      sometimes it felt like I had a plan for the session already. Coachee B wrote that the
      best session was the one where I "didn't say much", which was the fifth, after my
      supervision, when I made myself wait. Put together with my notes, what my coaching
      really shows is that it works when I stay quiet long enough for them to find their
      own answer and goes flat when I do not. Coachee C made real progress, A made some,
      and with B the progress came only once I changed."""),
    P("""So the things I want to develop are mostly about the conversation itself. With questions,
      I ask open questions but I stack them, two or three at once, and then the coachee answers
      the easiest one. I need to ask one question and stop. I also want to use more questions
      that go deeper, such as Kline's "what else?" and "what are you assuming?", instead of
      moving to options too soon."""),
    P("""With listening, the priority is listening to the end of what someone is saying rather than
      listening for a gap to come in. My supervisor suggested I practise leaving a full ten
      seconds of silence before I speak, and noting in my log each time I manage it. With
      communication more generally, I want to match my pace to the coachee: slow down my speech
      and my body language in sessions, and notice when I sound like a team leader allocating
      work. A development opportunity I had not thought of until supervision is to ask a
      colleague from another team to be coached by me and to give me blunt feedback, because
      my own team may be too polite with their manager."""),
    P("""My plan for the next six months, agreed with my supervisor at our last session:"""),
    T(["What I will develop", "How", "By when", "How I will know it has worked"],
      ["Tolerating silence", "Wait ten seconds before speaking; tally it in my log after every session",
       "End of month two", "My log shows I waited in most sessions and coachees say they did more of the talking"],
      ["Asking one question at a time", "Write my key questions down before sessions; listen back to one recording a month",
       "End of month three", "Recording shows no stacked questions in a ten-minute sample"],
      ["Deeper questions", "Read Kline's Time to Think; use 'what else?' at least twice per session",
       "End of month four", "Actions in my notes are in the coachee's own words"],
      ["Knowing when to refer", "Session with HR on the employee assistance programme and referral routes",
       "End of month one", "I can explain the referral route to a coachee without checking"],
      ["Honest feedback from outside my team", "Coach a colleague from the transfers team for four sessions",
       "End of month six", "Their feedback form and a final supervision review"]),
    P("""I will review the plan with my supervisor every two months, and rewrite it if something
      is not working. I also want to keep up my reflective log using Gibbs' cycle, because
      writing the silence story out properly is what made me see it."""),
    P("I confirm that this reflective journal is my own work. Helen Marsh-Ward"),
]

CASE = Case(
    name="r19c_303_pensions_admin_txt",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("HMW reflective journal coaching.txt", BLOCKS)],
    labels={
        "1.1": "it works when I stay quiet long enough",
        "1.2": "my weakest area is tolerating silence and letting the coachee",
        "2.1": "listening to the end of what someone is saying",
        "2.2": "Write my key questions down before sessions",
    },
    expected_checks={"declaration": True, "evidence_matrix": False, "identifying": []},
    about="Pensions admin team leader's 303 Notepad journal: no headings or numbers, opens with a silence story, effectiveness split across records/supervision and coachee feedback (label in the second), strengths mid-paragraph, development over two paragraphs, unnumbered plan table; no matrix; clean.",
)
