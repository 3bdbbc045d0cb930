"""8587-303 Reflecting on Coaching Skills: a university IT service desk lead's dated journal, plain text, clean.

Tomasz Nowak (ILM 55201986) leads the IT service desk at a university and coached two
analysts, "Coachee A" and "Coachee B", for his 302. His 303 is a journal typed in a text
editor: dated entries whose first words are days and months, then a review and a
development plan table. He signs entries "TN" and the end "Tomasz". Clean: no coachee or
third party is named. Lookalikes: buildings and rooms named after people (the Harrison
Building, the Turing Lab, the Newton lecture theatre, Rutherford Court), the Lord Nelson
pub, Leeds United, software (ServiceNow, Microsoft Teams, Otter), theorists (Kolb, Gibbs, Schön, Hawkins and Shohet, Egan, Kline, Goleman,
Dweck, Honey and Mumford, Whitmore), models (GROW, the Johari window, the Drama Triangle),
capitalised job titles (Head of IT Services, Service Desk Manager), his supervisor named in a
"Supervisor:" line of the centre's supervision template, and capitalised sentence openings
("Honest", "Grace under pressure" as a phrase, "Will" as the GROW stage).
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    P("ILM Level 5 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-303 Reflecting on Coaching Skills within an Organisational Context"),
    P("Reflective journal - Tomasz Nowak - ILM no. 55201986"),
    P("Role: Service Desk Manager, IT Services, Harrison Building"),
    P("-----------------------------------------------------------------"),
    H(1, "PART 1 JOURNAL ENTRIES"),
    P("""Monday 13 January. First proper session with Coachee A in the Turing Lab meeting pod.
      I had GROW printed out on my desk like a script and I could feel myself rushing to get
      to Options. Looking back at my notes tonight, I asked eleven questions in the first ten
      minutes and four of them were closed. Using Gibbs: what happened was I filled every
      silence. Feelings: anxious that it wouldn't look like "real" coaching. Evaluation: the
      goal we landed on (handling angry callers) was good, but it came from me summarising,
      not from her. Action: slow down. TN"""),
    P("""Thursday 23 January. Coachee B over Microsoft Teams as he was working from home. Much
      better on questions, worse on listening - I was reading a ServiceNow alert on the other
      screen while he was talking and he noticed. Egan's point about attending with your
      whole body applies on a video call too. I apologised and closed everything. Note to
      self: one screen only. TN"""),
    P("""February. Supervision with the centre supervisor (form below). The theme was my habit
      of jumping in to fix. On a service desk fixing things quickly is literally the job, so
      coaching asks me to switch off the thing I'm praised for. She introduced the Drama
      Triangle: when I rescue I make the coachee a victim. That landed hard."""),
    T(
        ["Centre supervision record", ""],
        ["Coach", "Tomasz Nowak"],
        ["Supervisor", "Margaret Oyelaran-Hughes"],
        ["Date and length", "Tuesday 11 February, 60 mins, Rutherford Court room 2"],
        ["Discussed", "Rescuing; the contract with the Head of IT Services as sponsor; note keeping"],
    ),
    P("""Wednesday 5 March. Coachee A said at the end, when I asked for feedback, that I am
      "much calmer now" and that the scaling question helped her see she is at a six, not a
      two. Honest feedback from Coachee B the same week was that I sometimes summarise for
      too long and he loses the thread. Both are fair. TN"""),
    P("""Friday 21 March. Recorded a session (with consent) using Otter and counted: 62% of talk
      time was the coachee, up from what I guess was under half in January. I still ask
      "why" questions that sound accusing. TN"""),
    P("""Tuesday 8 April. Last session with Coachee B, at the Lord Nelson after work because the
      Harrison Building was closed for the Easter shutdown. Not ideal - too loud, and I had to
      lean in to hear, which probably looked like SOLER done right by accident. Will (the GROW
      stage, not a person) was strong: he has put himself forward for the Service Desk
      Manager deputy role. TN"""),
    P("-----------------------------------------------------------------"),
    H(1, "PART 2 LOOKING BACK (1.1 AND 1.2)"),
    P("""How effective was my coaching? I have tried to judge it on evidence rather than on how
      I felt. The records: both coachees met their main goals - Coachee A now takes escalated
      calls on her own and Coachee B has applied for promotion. The Otter recording shows my
      talk time fell from over half to 38%. Feedback forms after each session averaged 4.4 out
      of 5, with the lowest scores always on "the coach helped me find my own answers" in the
      first three sessions. Supervision confirmed what the forms say: the effectiveness of
      my sessions went up once I stopped rescuing. Kolb would say I only learned this by going
      round the cycle several times, and the journal shows that."""),
    P("""Strengths and areas for improvement. Strengths: I build rapport quickly, I am good at
      structuring a session, and coachees say I make them feel at ease. Goleman's empathy
      component is probably my strongest. Improvements: my listening drops when I am
      distracted by the day job, I ask too many closed and "why" questions, I over-summarise,
      and I am uncomfortable with silence. The Johari window helps me here: the
      over-summarising was in my blind spot until Coachee B told me. Interpersonally I also
      need to be more comfortable challenging people who are senior to me, because the
      coachees I will get next year include two team leaders."""),
    H(1, "PART 3 MY FUTURE DEVELOPMENT (2.1 AND 2.2)"),
    P("""Review of my coaching ability. Looking at questioning, listening and communication
      together, the opportunities I can see are: learning to ask short, clean questions
      instead of long ones with two parts; practising Kline's Thinking Environment, where the
      rule is that you don't interrupt at all; using silence deliberately; and using
      Honey and Mumford's styles to adapt how I explain things. Dweck's growth mindset work
      could help me with coachees who say "I'm just not a people person". I would also like
      to coach someone outside IT so I can't fall back on technical knowledge. A chance has
      come up through the university's staff coaching pool, which covers all faculties."""),
    T(
        ["What", "How", "By when", "Success measure"],
        ["Cut closed and 'why' questions", "Question bank on my desk; record two sessions with consent and count", "End of June", "Under 10% closed questions in recorded session"],
        ["Use silence", "Count to seven before speaking after a coachee stops", "July", "Coachee feedback mentions space to think"],
        ["Listening without distraction", "Laptop shut, phone in drawer, Teams status set to Do Not Disturb", "From May, ongoing", "No coachee comments about distraction"],
        ["Coach outside IT", "Join the staff coaching pool; take one coachee from the Newton lecture theatre technicians or Estates", "September to November", "Six sessions done, goals met"],
        ["Supervision", "Book supervision every 6-8 weeks, group supervision with Hawkins and Shohet's model", "Through to December", "Four sessions logged"],
        ["Read and apply", "Kline, Time to Think; Whitmore, Coaching for Performance", "August", "One technique tried from each"],
    ),
    P("""Afterthought: none of this means much if I slip back to fixing when things get busy -
      like when Leeds United were losing and half the desk were watching it on a second
      screen instead of answering calls. Grace under pressure, as the saying goes. Tomasz"""),
]

CASE = Case(
    name="nl_303_service_desk_journal_txt",
    unit="8587-303",
    kind="numbered-unstyled",
    files=[SourceFile("nowak_303_journal.txt", BLOCKS)],
    labels={
        "1.1": "my sessions went up once I stopped rescuing",
        "1.2": "the over-summarising was in my blind spot",
        "2.1": "so I can't fall back on technical knowledge",
        "2.2": "Count to seven before speaking after a coachee stops",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="IT service desk lead's clean 303 text journal: Coachee A/B only, Harrison Building, Turing Lab, Rutherford Court, Lord Nelson pub, Leeds United, ServiceNow/Teams/Otter, theorists, Drama Triangle, supervisor named in the centre's supervision template, 'Will (the GROW stage, not a person)', signed TN/Tomasz.",
)
