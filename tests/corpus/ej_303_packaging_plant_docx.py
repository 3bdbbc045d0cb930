"""8587-303 Reflecting on Coaching Skills: a continuous improvement coach at a packaging plant, DOCX.

Tom Adeyemi is the continuous improvement coach at a corrugated packaging plant in
Lancashire and coaches the shift team leaders. He writes a reflective journal in Normal
style: dated entries as plain lines ("Sunday 9 February" and so on), no headings beyond
those and a line "Where next". What is tricky: how effective his coaching is gets examined
over two entries, one on his notes and the coachees' feedback forms and one on supervision,
and the second, which draws the evidence together, is labelled; strengths and areas for
improvement are a two-column table after a Johari window paragraph; the development
opportunities are two sentences at the end of an entry that is mostly the story of a
recorded session with a night shift team leader (counting his own questions); the plan is a
table running April to October with a "How I will know" column. Gibbs, Hawkins and Smith,
Luft and Ingham and Kline are cited, an introduction and a closing entry touch every topic,
references, a declaration.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("Reflective journal - coaching team leaders"),
    P("Tom Adeyemi, Continuous Improvement Coach"),
    P("""I have coached the six shift team leaders at our corrugated packaging plant for
      eighteen months, as part of the site's lean programme. This journal is my attempt to look
      honestly at how well that coaching is working, using my session notes, the coachees'
      feedback and what has come out of supervision; at what I do well and what I do less well
      as a coach, including how I communicate and get on with people; at how I question and
      listen and where I could develop next; and at a plan for the next six months with dates
      and ways to measure it. I have used Gibbs' (1988) reflective cycle to keep myself honest."""),
    P("Sunday 9 February"),
    P("""Spent the afternoon going back through eighteen months of session notes. Across the six
      team leaders we set fourteen goals and nine have been met, such as the day shift leader
      running her own start-of-shift briefing without the manager present, and the corrugator
      team leader cutting changeover time on his line. Three are still going and two were
      dropped. The coachee feedback forms I hand out after every third session average four out
      of five for 'the session was useful' but only three for 'I did most of the talking', which
      stung a bit. One team leader stopped coming after four sessions and I never really found
      out why. My notes are also thinner than I thought: a lot of them say what was agreed but
      not how the coachee got there."""),
    P("Thursday 20 February"),
    P("""Supervision with Ruth, my external coach supervisor, who uses Hawkins and Smith's
      (2013) seven-eyed model. I took the notes and the feedback forms with me. She asked what I
      noticed about myself in the sessions, and when I described a session with the warehouse
      team leader she pointed out that I had used the word 'should' four times in two minutes.
      Weighing it all up, my coaching works well when the goal is a clear operational one, like
      changeovers or briefings, because I know the processes and the team leaders respect that;
      it works less well when the goal is about people or confidence, where I slip into problem
      solving and the coachee lets me. The dropped goals and the coachee who stopped coming were
      both in that second group. The evidence from the notes, the forms and Ruth points the same
      way, which I have to take seriously."""),
    P("Tuesday 4 March"),
    P("""The night shift team leader agreed to let me record our session (the recording was
      deleted afterwards). He wanted to work on return-to-work conversations, because absence on
      nights is the highest on site and he dreads those talks. Listening back on the drive home
      I counted my questions: twenty-six, of which fifteen were closed, and four of the open
      ones were really suggestions with a question mark on the end, like 'Have you thought about
      doing it in the office instead?' I talked for more than half the session. The best moment
      was a silence of about ten seconds after I asked what he was worried about, and what he
      said next was the real issue: he had been off with stress himself two years ago and hated
      being on the other side. I nearly filled that silence, as I usually do. Kline (1999) says
      the quality of someone's thinking depends on the quality of attention they get, and that
      recording proved it. It tells me my next step is to learn to ask fewer and cleaner
      questions and to listen without planning my reply, so a listening skills course, a peer
      coaching triad and recording more of my sessions are the opportunities I should take up."""),
    P("Saturday 15 March"),
    P("""I asked three of the team leaders to tell me one thing I do that helps and one thing
      that gets in the way, and put their answers alongside my own view in the style of the
      Johari window (Luft and Ingham, 1955). Two of them said I look at my phone when the line
      radio goes, which I had no idea about. That went into my blind spot, and it is now in my
      plan."""),
    T(
        ["What I do well", "What I need to work on"],
        ["I know the processes and the plant, and team leaders trust that I understand their pressures",
         "I slip into giving solutions when the topic is about people rather than machines"],
        ["I build rapport quickly, on the shop floor and in the canteen",
         "I fill silences too quickly and ask closed or leading questions"],
        ["I keep my commitments and never cancel a session",
         "My notes record what was agreed but not how the coachee got there"],
        ["I am calm and patient when a coachee is under pressure",
         "I look at my phone when the radio goes, which comes across as not listening"],
        ["I give clear, specific feedback on operational goals",
         "I know GROW well but not much else, so I force every session into it"],
    ),
    P("""Looking at the table, most of my strengths are about knowledge and reliability, and
      most of my weaknesses are about communication and how I am with people in the room. Gibbs
      would say the action plan is the point of the whole cycle, so here it is."""),
    P("Where next"),
    T(
        ["What I want to improve", "What I will do", "By when", "How I will know"],
        ["Fewer closed and leading questions",
         "Record two sessions a month with consent and count my questions; practise clean questions",
         "End of June",
         "Fewer than a third of my questions are closed in the June recordings"],
        ["Listening and using silence",
         "Attend a one-day Thinking Environment course; phone in my locker during sessions",
         "Course in May, phone rule from April",
         "Feedback forms score four or more for 'I did most of the talking'"],
        ["Coaching on people issues, not just process",
         "Join the regional peer coaching triad and bring one people-focused session each month",
         "Monthly, April to October",
         "Two people-focused goals met by October, and Ruth sees the change in supervision"],
        ["Knowledge of models beyond GROW",
         "Read The Solutions Focus and try OSKAR with two team leaders",
         "July to August",
         "Used OSKAR in at least four sessions and reflected on each in my journal"],
        ["Better notes",
         "Use a new session template with a 'how they got there' box",
         "From April",
         "Every note from April has the box filled in when I check in September"],
        ["Recognition of my practice",
         "Apply for EMCC Foundation level accreditation",
         "Application in by the end of October",
         "Application submitted with my log and supervision record"],
    ),
    P("Sunday 23 March"),
    P("""Reading this journal back, I can see how the evidence from my notes, the feedback and
      supervision gives a fairer picture than my own impression, what I do well and badly as a
      coach, what the recording showed about my questioning and listening and the development it
      points to, and a plan to October that I can actually measure. The hardest part was
      admitting that the team leader who stopped coming probably stopped because of me. I will
      ask him, once I have practised keeping quiet."""),
    P("References"),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    P("""Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy.
      2nd edn. Maidenhead: Open University Press."""),
    P("Kline, N. (1999) Time to Think. London: Ward Lock."),
    P("""Luft, J. and Ingham, H. (1955) The Johari window. Proceedings of the Western Training
      Laboratory in Group Development. Los Angeles: UCLA."""),
    P("Jackson, P. Z. and McKergow, M. (2007) The Solutions Focus. London: Nicholas Brealey."),
    P("I declare that this journal is my own work. Tom Adeyemi, 23 March"),
]

CASE = Case(
    name="ej_303_packaging_plant_docx",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("Adeyemi reflective journal.docx", BLOCKS)],
    labels={
        "1.1": "Weighing it all up, my coaching works well",
        "1.2": "I slip into giving solutions when the topic is about people",
        "2.1": "my next step is to learn to ask fewer and cleaner questions",
        "2.2": "Record two sessions a month with consent",
    },
    expected_checks={"declaration": True, "evidence_matrix": None},
    about="Packaging plant CI coach's 8587-303 journal DOCX: dated entries as plain lines, effectiveness examined over notes-and-feedback and supervision entries, Johari paragraph then strengths table, development opportunities two sentences ending a recorded-session story, April to October plan table, references, declaration.",
)
