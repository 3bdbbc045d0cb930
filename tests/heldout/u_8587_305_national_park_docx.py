"""8587-305 mentoring reflection: a national park ranger team leader, DOCX, a clean case full of theorists, places and pseudonyms.

Gethin Morgan-Price is area ranger team leader for a national park authority and has mentored
two seasonal rangers and one apprentice over a year, called "Mentee X", "Mentee Y" and
"the apprentice" throughout. His Word document is a reflective essay with his own headings
("Looking back at the evidence", "What I am good at and not", ...) in place of the AC
numbers, a month-by-month development plan written as bullets, and quotations from Kram,
Clutterbuck and Megginson, Schön, Gibbs, Luft and Ingham (Johari window) and Hay's
developmental alliance. Places (Keswick, Borrowdale, Helvellyn, Ambleside), organisations
(the Park Authority, Mountain Rescue, Natural England, the National Trust), roles (head
ranger, volunteer coordinator) and the ILM: nothing identifying, so any finding is false.
"""

from corpus.case import B, Case, H, P, SourceFile

BLOCKS = [
    H(0, "Reflecting on my mentoring practice"),
    P("ILM 8587-305 | Gethin Morgan-Price | Area Ranger Team Leader (North)"),

    H(1, "Looking back at the evidence"),
    P("""This year I mentored three people: two seasonal rangers who joined in April (Mentee X and
      Mentee Y) and our first ranger apprentice. Between them that was 31 meetings, most of them
      walking meetings on the fells above Keswick, which turned out to matter more than I
      expected. I have tried to judge how effective the mentoring was from what I can show
      rather than from how I felt on the day."""),
    P("""The records are a meeting log and a one-page note per meeting, kept in a shared folder
      that each mentee could read. Reading them back, the clearest evidence of impact is the
      apprentice's: in April she would not speak at the Monday briefing and by October she was
      leading the volunteer footpath days in Borrowdale on her own. Mentee Y's goal was to get
      through his winter skills assessment and he passed in February. Mentee X's goal was less
      clear (to "find out if this is the job for me") and the honest answer is that the
      mentoring helped her decide it was not; she has gone to Natural England. I count that as
      an effective outcome, although it did not feel like one at the time."""),
    P("""Feedback came from a short questionnaire at three points in the year and from the head
      ranger, who line-manages all three. The questionnaire scores were consistently high on
      approachability and lower on challenge, which matches what my supervisor kept saying in
      supervision. Kram's distinction between career and psychosocial functions helped me sort
      this: my records are full of psychosocial support and thin on the career side, on
      sponsorship and stretch. Supervision with my tutor happened four times, and each time I
      brought a meeting I was uneasy about; the most useful was the one where I realised I had
      been avoiding Mentee X's doubts because they mirrored my own ten years ago."""),

    H(1, "What I am good at and not"),
    P("""My strengths are patience, local knowledge and the ability to make someone feel safe
      enough to say they are struggling. Walking side by side seems to lower the stakes; the
      apprentice told me she could never have said some of it across a desk. I am also
      consistent: I kept every meeting except one when Mountain Rescue called me out."""),
    P("""Where I need to improve is in skills and behaviour more than knowledge. I avoid conflict,
      and in mentoring that shows up as letting a goal drift rather than naming it. Using the
      Johari window from Luft and Ingham, my blind area is that I think of myself as direct,
      and my mentees experience me as kind but vague. My written communication is also weak;
      my meeting notes are a list of places we walked and a sentence of what was said, which
      is not enough for someone else to follow the thread."""),

    H(1, "How I question, listen and communicate"),
    P("""I asked the head ranger to sit in on one meeting with the apprentice, with her agreement,
      and give me notes on my questions. She counted that I asked mostly 'how did it go'
      questions, open but shallow, and almost never asked what the apprentice wanted next.
      Clutterbuck and Megginson describe the mentor's job as helping the mentee think, not
      telling them what to think, and I was halfway there. My listening is better: I am
      comfortable with silence, possibly because half our conversations happen on a steep
      climb up Helvellyn where nobody has the breath to talk much."""),
    P("""The development opportunities I can see are: getting better at questions that reach
      values and ambitions, using the reflective models I learnt on the course after each
      meeting rather than at the end of term (Schön's reflection-on-action in practice, and
      Gibbs' cycle when something goes wrong), and mentoring someone who is not like me,
      since all three of my mentees are outdoors people in their twenties. The volunteer
      coordinator has asked whether I would mentor one of the older volunteers moving into a
      paid role, which would be a real stretch."""),

    H(1, "My plan for the next nine months"),
    B("""September - October: write notes after every meeting using a three-line template (what
      was said, what I noticed, what next). Measure: template used for every meeting, checked
      by my supervisor at our October session."""),
    B("""October - December: learn and practise two question types I do not use, scaling
      questions and 'what would it look like' questions. Measure: at least two of each in
      every meeting, recorded in the notes; mentee feedback on 'challenge' up by one point."""),
    B("""November: finish reading Clutterbuck and Megginson and Hay's work on the developmental
      alliance, and write a one-page summary for the team."""),
    B("""January - March: mentor the volunteer moving into the paid seasonal role, from a
      different background and generation. Measure: a contract agreed by the end of January
      and six meetings logged by the end of March."""),
    B("""Throughout: supervision every eight weeks with the Park Authority's lead mentor,
      bringing one difficult moment each time. Measure: five supervision notes by May."""),
    B("""May: review the whole plan against these measures with my supervisor and set the next
      year's plan."""),

    P("""I confirm this reflective account is my own work. Signed Gethin Morgan-Price, August."""),
]

CASE = Case(
    name="u_8587_305_national_park_docx",
    unit="8587-305",
    kind="unstructured",
    files=[SourceFile("GMP 305 reflective account.docx", BLOCKS)],
    labels={
        "1.1": "the mentoring helped her decide it was not",
        "1.2": "my mentees experience me as kind but vague",
        "2.1": "almost never asked what the apprentice wanted next",
        "2.2": "three-line template (what was said, what I noticed, what next)",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
    },
    about="National park ranger team leader; 305 DOCX reflective essay under own headings, bulleted nine-month plan; clean: pseudonyms, roles, Lake District places, park/rescue organisations and many theorists.",
)
