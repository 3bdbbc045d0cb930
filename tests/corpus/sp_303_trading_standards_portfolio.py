"""8587-303 Reflecting on Coaching Skills: a trading standards team leader's journal, Word-as-PDF + DOCX appendix.

Rebecca Okoro is a principal trading standards officer who leads a county council's fair
trading team and coached two officers (Coachee 1 and Coachee 2) for unit 302. Two files.
The journal was written in Word and saved as PDF: a two-column cover table whose first row
is two plain cells, a signed authentication line, then the handbook's Reflective Journal
evidence matrix with every criterion's wording and a "Reference Number" column pointing at
pages of the PDF ("Page 2; Appendix file", "Pages 2-3", "Page 3"). Answers are introduced by a bold line that is
only the criterion number ("AC 1.1", "AC 1.2"), the body-size bold a learner uses instead of
a heading style, under two section headings of her own. One bold line, "AC 2.1 and 2.2",
introduces the review of her questioning, listening and communication and then the
six-month plan as a four-column table. The 1.1 answer is four paragraphs with its label in
the fourth (supervision); the 1.2 label is in its third paragraph (behaviour); the 2.1
label is in the third of its review paragraphs (communication); the 2.2 label is in a plan
cell. The second file, a Word appendix with her supervision record and a coachee feedback
summary, supports 1.1 but answers nothing on its own. An introduction and a closing summary
touch every topic.

Clean: coachees are numbers, the supervisor is named only on the supervision record form,
which asks for the supervisor's name. Not identifying: the council, the Chartered Trading
Standards Institute, the businesses' trades (no names), Nancy Kline, Hawkins and Smith,
GROW, the learner's own name and "R. Okoro".
"""

from .case import Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Reflective Journal – Unit 303 Reflecting on Coaching Skills within an Organisational Context"),
    T(
        ["Name of learner", "Rebecca Okoro"],
        ["ILM registration number", "R-4471093"],
        ["Organisation", "Westmarch County Council, Trading Standards Service"],
        ["Centre", "Severn Vale Leadership Centre"],
        ["Date completed", "21 February 2025"],
    ),
    P("""Authentication: I confirm that this reflective journal and the evidence referred to in it
      are my own work. Signed: R. Okoro   Date: 21/02/2025"""),

    H(1, "Reflective Journal evidence matrix"),
    T(
        ["Unit 303 Reflecting on Coaching Skills within an Organisational Context", "Reflective Journal Evidence Title", "Reference Number"],
        ["Section One", "", ""],
        ["AC 1.1 Examine the effectiveness of their own coaching practice based on evidence, including records, supervision and feedback",
         "Summary examination of my coaching (diary, reflective log, supervision, feedback); Appendix A and B", "Page 2; Appendix file"],
        ["AC 1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills",
         "Strengths and areas for improvement", "Pages 2-3"],
        ["Section Two", "", ""],
        ["AC 2.1 Review own coaching ability to identify future development opportunities, including the use of questioning, listening and communication strategies",
         "Review of questioning, listening and communication", "Page 3"],
        ["AC 2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success",
         "Six-month CPD plan", "Page 3"],
    ),

    H(1, "Introduction"),
    P("""For unit 302 I coached two officers in my team for twelve hours between August and
      January: Coachee 1, a newly qualified officer preparing to lead her first interviews
      under caution, and Coachee 2, an experienced officer taking over as lead for our
      doorstep crime and scams work. This journal looks back at that coaching. Section One
      examines how effective it was using my coaching diary, my reflective log, two
      supervision sessions and the coachees' feedback, and identifies my strengths and areas
      for improvement. Section Two reviews my questioning, listening and communication and
      sets out a development plan for the next six months."""),

    H(1, "Section One – Looking back at my coaching"),
    H(3, "AC 1.1"),
    P("""My coaching diary shows that all twelve sessions happened, although four were moved,
      three because of court dates and one because Coachee 2 was on a rogue trader call-out.
      Both coachees met their main goal. Coachee 1 led two interviews under caution on her own
      by December, and her interview plans needed far fewer corrections from the legal team.
      Coachee 2 set up a referral route with the bank safeguarding teams, which was his own
      idea in session four. On the outcomes alone, the coaching worked."""),
    P("""My reflective log tells a more mixed story. In the first four sessions with Coachee 1
      I wrote things like "explained PACE codes again" and "gave her my interview plan
      template". That is training, not coaching, and it happened because I am her manager's
      manager and I know the answers. The log shows the change in session five, when I
      started writing down the questions I had asked instead of the advice I had given."""),
    P("""The feedback forms back this up. Coachee 1 scored the early sessions 6 out of 10 and
      wrote "useful but felt like a supervision meeting". By the last three she was scoring
      9 and wrote that the questions made her "work out what I actually think". Coachee 2's
      scores were high throughout, but his comments were thinner, and looking back I think
      he was telling me what I wanted to hear."""),
    P("""Supervision is where I understood why. In my second session my supervisor asked what
      I did when Coachee 2 went quiet, and I realised I filled every silence, so he never had
      to do the hard thinking out loud in front of me. She suggested I count to seven before
      speaking and notice what came next. I tried it in the last two sessions and both were
      the best of the twelve. So my evidence says the coaching was effective in results but
      less effective in method than I assumed, and that supervision changed it."""),
    H(3, "AC 1.2"),
    P("""Knowledge: my strength is that I understand the coachees' work inside out, the law,
      the procedures, the pressure of court deadlines. That is also my weakness, because it
      tempts me to give answers. My knowledge of coaching itself is thin beyond GROW; I need
      to learn other approaches, particularly for coachees like Coachee 2 who are already
      experienced."""),
    P("""Skills, including communication: I build rapport easily and my summarising is good;
      both coachees commented on it. I am weaker at open questions under pressure, when I slip
      into closed ones, and at silence. I also speak quickly when I am keen on an idea, which
      can feel like steamrollering."""),
    P("""Behaviour and interpersonal skills: I am reliable and I keep confidences, which is why
      both coachees were open with me. My area for improvement is my need to be helpful,
      which shows up as rescuing people before they are stuck. As a manager that is a
      strength, but as a coach it takes the problem away from the coachee. I also need to be
      more aware of the power difference, since I outrank both of them."""),

    H(1, "Section Two – Where I go from here"),
    H(3, "AC 2.1 and 2.2"),
    P("""Questioning: I ask too many closed and leading questions when I am tired or short of
      time ("so you'll ring the bank, then?"). I also stack them, asking two or three in one
      breath. The development opportunity here is deliberate practice: I will write three
      open questions before each session and use them, and ask a peer coach to count my
      stacked questions in an observed session."""),
    P("""Listening: I listen well for facts, less well for feelings. In supervision we looked at
      a session where Coachee 1 said "I'm fine with the interview" twice, and I moved on. I
      want to learn to listen at a deeper level, in Kline's sense of giving attention without
      interrupting, and the council's coaching network runs a Time to Think workshop in May."""),
    P("""Communication: I talk too fast and fill silences. I will slow my pace, leave pauses,
      and check understanding by asking the coachee to say back the action in their own
      words. A development opportunity is to be filmed in a practice session at the coaching
      network and watch it back, which I have been avoiding. Supervision will continue
      quarterly so I can test these changes."""),
    P("My development plan for the next six months (March to August 2025) is below. I discussed it with my supervisor on 14 February."),
    T(
        ["Development goal", "Actions", "Timescale", "Measure of success"],
        ["Ask more open questions and stop stacking them",
         "Write three open questions before each session; peer observer counts stacked questions",
         "March to May 2025", "No more than two stacked questions in an observed session"],
        ["Listen for feelings as well as facts",
         "Attend the Time to Think workshop; practise reflecting feelings back in every session",
         "Workshop May 2025; practice ongoing", "Coachee feedback mentions feeling heard; supervisor view in June"],
        ["Slow down and hold silence",
         "Be filmed in a practice session and watch it back with a peer",
         "By end of June 2025", "Silences of 7 seconds or more visible on the recording"],
        ["Broaden my coaching knowledge",
         "Read Hawkins and Smith on coaching supervision; try a solution-focused approach with a new coachee",
         "July to August 2025", "Use a second model with one coachee; reflective log entries on it"],
        ["Keep supervision going",
         "Quarterly supervision booked", "June and August 2025", "Two sessions held and notes kept"],
    ),

    H(1, "Closing summary"),
    P("""My evidence shows coaching that got results, but too much telling at the start. My
      strengths are rapport, reliability and knowledge of the work; my areas for improvement
      are questioning, silence, pace and the urge to rescue. The plan above addresses
      questioning, listening and communication over six months."""),
    H(1, "References"),
    P("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. 2nd edn. Maidenhead: Open University Press."),
    P("Kline, N. (1999) Time to Think. London: Ward Lock."),
]

APPENDIX = [
    H(1, "Appendix A – Supervision record (second session)"),
    T(
        ["Supervisee", "Rebecca Okoro"],
        ["Supervisor name", "Dr Alison Penrose"],
        ["Date and length", "29 November 2024, 60 minutes, Teams"],
        ["Themes discussed", "Silence; rescuing; power difference with coachees I outrank"],
        ["Agreed actions", "Count to seven before speaking; notice and log when I give advice"],
    ),
    H(1, "Appendix B – Coachee feedback summary"),
    T(
        ["Session", "Coachee 1 score / comment", "Coachee 2 score / comment"],
        ["1-4", "6, 6, 7, 6 – useful but felt like a supervision meeting", "8, 9, 8, 9 – good, thanks"],
        ["5-8", "7, 8, 8, 8 – more questions now, harder but better", "9, 8, 9, 9 – helpful"],
        ["9-12", "9, 9, 9, 10 – I work out what I actually think", "9, 9, 10, 10 – session 12 was the best one"],
    ),
]

CASE = Case(
    name="sp_303_trading_standards_portfolio",
    unit="8587-303",
    kind="portfolio",
    files=[
        SourceFile("R Okoro 303 Reflective Journal.pdf", JOURNAL),
        SourceFile("R Okoro 303 Appendices.docx", APPENDIX),
    ],
    labels={
        "1.1": "count to seven before speaking and notice what came next",
        "1.2": "shows up as rescuing people before they are stuck",
        "2.1": "be filmed in a practice session at the coaching network",
        "2.2": "No more than two stacked questions in an observed session",
    },
    expected_checks={"declaration": True, "evidence_matrix": True, "identifying": []},
    about="Trading standards team leader's 303 portfolio: Word-as-PDF journal with a signed authentication line and the handbook matrix pointing at PDF pages, bare bold 'AC 1.1' / 'AC 1.2' lines instead of heading styles, one 'AC 2.1 and 2.2' line over review paragraphs and a plan table, 1.1 label in the 4th of four paragraphs, 2.1 in the 3rd, 2.2 in a plan cell; DOCX appendix (supervision record naming the supervisor where asked, feedback table) answers nothing; clean.",
)
