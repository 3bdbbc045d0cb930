"""D2.02 (legacy, marked) mentoring diary: a junior coach at a youth football club mentors an U14 player.

Jordan Whitfield, 17, a volunteer junior coach at a community youth football club in
Stockport, mentors a 13-year-old player who has lost confidence after being dropped from
the A team. One DOCX: the mark sheet's section titles as headings, the questions typed as
plain lines, and one diary table (Date | Type | Who | Time | What happened) that mixes
mentoring rows, supervision rows with the club welfare officer and two "Observation" rows
where Jordan watched other people mentor. One mentoring session was observed by his
supervisor (he delivered it: it counts), one was called off for a frozen pitch. Short,
plain sentences, a teenager's voice.

Practice, as an assessor counts it (the diary table):
    Mentoring: 13 Jan 30, 20 Jan 35, 27 Jan 30 (observed by Mrs Kaur, delivered by Jordan),
               10 Feb 30, 17 Feb 40, 24 Feb 30                         = 195, 6 sessions
    Supervision: 13 Jan 30, 20 Jan 30, 27 Jan 30, 10 Feb 25, 17 Feb 30, 24 Feb 30 = 175
    Not counted: 3 Feb cancelled (frozen pitch, training off); the two Observation rows
    (10 Jan 30 mins, 14 Feb 20 mins: Jordan watching someone else mentor).
    => minutes 195, sessions 6, individuals 1, supervision 175.

Clean: the mentee is "M" / "my mentee" throughout. Not identifying: Jordan's own name, his
supervisor Mrs Kaur (club welfare officer), his college tutor Mr Bradley, the U12s coach as
a role, Stockport, the FA, the GROW model, Clutterbuck, Kolb.

Signed learner declaration at the end (declaration True).
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "D2.02 Undertaking supervised mentoring – Mentoring diary"),
    P("Learner: Jordan Whitfield   Centre: Stockport college (enrichment)   Supervisor: Mrs Kaur, club welfare officer"),
    P("""I coach the under 12s at my football club on Tuesday nights and I play for the under 18s.
      For this award I am mentoring a player from the under 14s who I will call M. He got
      dropped from the A team to the B team before Christmas and his coach said he had stopped
      trying at training. His parents and the club welfare officer agreed to the mentoring,
      and his parents signed the club's consent form. We met at the clubhouse on Tuesdays before
      his training, in the committee room with the door open, because that is the club's
      safeguarding rule for one-to-ones with under 18s."""),

    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""At the first session I asked M what he wanted to be different by the end of February.
      At first he just said "get back in the A team", which is not something he can control
      because the coach picks the team. So I asked him what the coach would need to see. He
      said turning up on time, not sulking when he gets subbed, and talking on the pitch. We
      agreed three outcomes: he would get to every training session on time for six weeks;
      he would call for the ball and talk to his defenders in every match; and he would
      ask his coach for one thing to work on, and actually work on it. Mrs Kaur checked the
      outcomes with me and said they were things he could do himself, which was the point."""),

    H(1, "Section 2 - Undertake supervised mentoring"),
    P("2a Carry out six mentoring sessions of 30 minutes each with one mentee."),
    P("2b Meet with your supervisor after each mentoring session for 30 minutes to review and reflect on your performance and learning"),
    P("""My diary is below. Every Tuesday I did my session with M from 5.30, then after he went
      to training I sat down with Mrs Kaur in the kitchen while my under 12s were warming up
      with the other coach. I also put in two times I watched other people mentoring, because
      Mrs Kaur said it would help, but they are not my sessions."""),
    T(
        ["Date", "Type", "Who", "Time", "What happened"],
        ["Sat 10 Jan", "Observation", "Mrs Kaur and an U15 player (I watched)", "30 mins", "I sat in while Mrs Kaur mentored an older player. She asked loads of questions and hardly told him anything. Not my session."],
        ["Tue 13 Jan", "Mentoring", "M", "30 mins", "First session. Got to know each other, talked about the rules (what I keep private and what I have to tell Mrs Kaur). Agreed the three outcomes."],
        ["Tue 13 Jan", "Supervision", "Mrs Kaur", "30 mins", "She said I did well explaining confidentiality in normal words. She told me to write the outcomes down so M can see them each week."],
        ["Tue 20 Jan", "Mentoring", "M", "35 mins", "He was late to training last week because he gets the bus from his nan's. We looked at the bus times on my phone and he picked the earlier bus himself."],
        ["Tue 20 Jan", "Supervision", "Mrs Kaur", "30 mins", "Talked about me going over time. She said five minutes is fine but I need to be strict because he has training after."],
        ["Tue 27 Jan", "Mentoring (observed)", "M – Mrs Kaur sat in to observe", "30 mins", "My session, Mrs Kaur watched. Used GROW about talking on the pitch. He said he goes quiet because he is scared of shouting the wrong thing."],
        ["Tue 27 Jan", "Supervision", "Mrs Kaur", "30 mins", "Feedback on the observed session: I asked good questions but talked over him twice when he was thinking. Next time wait and count in my head."],
        ["Tue 3 Feb", "Mentoring", "M", "–", "Cancelled. Pitch frozen, all training off, club shut. Did not rearrange because he was away at the weekend."],
        ["Tue 10 Feb", "Mentoring", "M", "30 mins", "He has been on time every week. We practised what to shout to defenders, like \"man on\" and \"time\". He said it felt daft but he would try it on Saturday."],
        ["Tue 10 Feb", "Supervision", "Mrs Kaur", "25 mins", "Short one because she had a parent waiting. We talked about praising effort not just results."],
        ["Sat 14 Feb", "Observation", "U12s coach with one of his players (I watched)", "20 mins", "Watched how he gave feedback after a match. He started with a question. Not my session."],
        ["Tue 17 Feb", "Mentoring", "M", "40 mins", "He asked his coach what to work on and was told first touch. He was annoyed because he thinks his touch is fine. We talked about how to take feedback you don't like."],
        ["Tue 17 Feb", "Supervision", "Mrs Kaur", "30 mins", "I admitted I agreed with M about his touch. She said a mentor doesn't take sides against the coach, and helped me plan how to ask him questions about it instead."],
        ["Tue 24 Feb", "Mentoring", "M", "30 mins", "Last session. Went through the outcomes: on time six weeks out of six, talking in matches most of the time, working on his first touch with a wall at home. He is back on the bench for the A team."],
        ["Tue 24 Feb", "Supervision", "Mrs Kaur", "30 mins", "Final review of the whole thing and what I learned. She signed my diary."],
    ),

    H(1, "Section 3 - Review own progress"),
    P("""After the last session I read through the whole diary with Mrs Kaur and we picked out
      the three things she said most often in my supervision, which were about waiting, about
      not going over time and about not taking sides. I used Kolb's cycle from college to
      write the answers below."""),
    P("3a Think about your own performance as a mentor and what worked well"),
    P("""I think I was a good mentor for M because I am not much older than him and I know what
      it feels like to get dropped. What worked well was letting him find his own answers, like
      the earlier bus, because he actually did it when it was his idea. The practising in
      the committee room worked well too because he got to feel daft in private first."""),
    P("3b What did you learn about yourself?"),
    P("""I learned I am impatient. When he was thinking I wanted to fill the gap, and Mrs Kaur
      saw me talk over him twice in one session. I also learned that I can stay calm with
      someone who is sulking, which I didn't think I could because I sulk myself."""),
    P("3c What might you do differently as a result of your reflection"),
    P("""I would not tell a mentee what I think about the coach's decisions. In week 6 I nearly
      said his touch was fine and that would have made it harder for him to take the coach's
      feedback. Clutterbuck says a mentor helps the mentee think things through, not give
      their own opinion, so next time I would only ask questions about it."""),
    P("3d What skills do you still need to develop further?"),
    P("""Listening without interrupting, and giving feedback that is not just "well done". My
      plan is to ask Mrs Kaur if I can mentor one of the new under 12s next season and
      ask her to observe me again in the first month, so I can see if I have got better."""),

    H(1, "Declaration"),
    P("""I confirm that this diary is a true record of my own mentoring and supervision and that
      it is my own work. Signed: Jordan Whitfield   Date: 26 February 2026"""),
    P("Supervisor: Mrs Kaur, club welfare officer – diary checked 24 February 2026"),
]

CASE = Case(
    name="h_d202_diary",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Jordan W D2.02 mentoring diary.docx", BLOCKS)],
    labels={
        "section-1": "ask his coach for one thing to work on",
        "section-2": "sat down with Mrs Kaur in the kitchen",
        "q2a": "he picked the earlier bus himself",
        "q2b": "a mentor doesn't take sides against the coach",
        "section-3": "the three things she said most often",
        "q3a": "got to feel daft in private first",
        "q3b": "I can stay calm with someone who is sulking",
        "q3c": "I would not tell a mentee what I think",
        "q3d": "mentor one of the new under 12s next season",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Mentoring rows: 30 + 35 + 30 (27 Jan, observed by his supervisor: he delivered it)
        # + 30 + 40 + 30 = 195. 3 Feb cancelled (frozen pitch). The two Observation rows
        # (10 Jan, 14 Feb) are Jordan watching others mentor: not his practice.
        "minutes": 195,
        "sessions": 6,
        "individuals": 1,  # M
        "supervision_minutes": 175,  # 30 + 30 + 30 + 25 + 30 + 30
        "identifying": [],
    },
    about="Junior coach at a youth football club mentoring an U14 player; D2.02 diary as one table mixing mentoring, supervision and observation rows by a Type column, an observed session, a cancelled one; signed declaration; clean.",
)
