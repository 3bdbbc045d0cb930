"""8584-201 Mentoring Diary on the handbook's template, Word: an organ builder's senior voicer, four planted details.

Huw Pennant, senior voicer at Castle Eden Organ Works near Durham (a workshop of eleven),
mentors a second-year apprentice pipe maker for his ILM Level 2 Award in Effective
Mentoring. He filled in the handbook's Mentoring Diary in Word: the cover table with the
signature boxes, the plan and goals, a record form per session, the reflective log grid,
the mentee's rating form, his tutor meeting and a short development plan. He codes the
apprentice "Apprentice 1" throughout, except:

Planted (4): the apprentice printed his full name in the "Signature of Mentee" box, just
above the form's own note that it can be anonymised ("Zbigniew Wrona"); his mobile in the
plan's venue answer ("07700 900 412"); his first name alone in the reflective log
("Zbigniew"); and the workshop's head voicer, a colleague who sat in on one session, by a
first name that is also a word ("Rose"; the lower-case "rose" of the wind pressure and the
church's "rose window" also appear).

Clean but tricky: the learner's own name in the cover, the mentor signature box, the rating
form and the declaration; his tutor where the tutor-meeting form asks ("Dr Alison Reeve");
Harrison & Harrison, Henry Willis & Sons and "the Father Willis organ"; Bach and Widor's
Toccata; Durham Cathedral, St Cuthbert's, Consett and Ushaw; organ stops (Open Diapason,
Vox Humana, Stopped Diapason); the workshop terrier Bramble; the "Workshop Manager" only by
title; Kolb and Whitmore's GROW model; a Jubilee Clip.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 201 Developing Mentoring Skills – Mentoring Diary"),
    P("ILM Level 2 Award in Effective Mentoring. Centre: Wear Valley Skills Centre."),
    T(
        ["Name of Mentor", "Huw Pennant"],
        ["Client Ref/ID", "Apprentice 1"],
        ["Start Date of Activity", "Monday 6 January 2025"],
        ["Total number of hours completed", "4 hours 15 minutes"],
        ["Signature of Mentor", "H. Pennant      Date: 24/02/2025"],
        ["Signature of Mentee", "Zbigniew Wrona      Date: 24/02/2025"],
    ),
    P("""(for confirmation that the activity took place – client signature can be anonymised
      prior to submission)"""),

    H(1, "AC 1.1 Prepare a plan for effective mentoring of an individual"),
    T(
        ["Write a brief profile of the person you are mentoring",
         """Apprentice 1 is 19 and in the second year of a four-year apprenticeship in pipe
         making and voicing. He came to England from Poland when he was ten and did his GCSEs
         in Consett. He is very good with his hands – his soldering on the metal pipes is
         already neater than mine – but he goes quiet when something goes wrong and will
         remake a pipe three times rather than ask anyone. He wants to move across from the
         pipe shop to voicing, which is my side of the workshop."""],
        ["Has confidentiality been agreed? Yes/No",
         """Yes – agreed in session 1. What he tells me stays between us unless it is a safety
         matter. I don't pass anything to the Workshop Manager without asking him first."""],
        ["Where will you meet for the sessions?",
         """The voicing room at the workshop, and once on site at St Cuthbert's, where we are
         restoring the Father Willis organ. If a session has to move he is happy for me to
         text him on 07700 900 412."""],
        ["What makes this venue suitable?",
         """The voicing room is the only quiet room when the blowers are off. It has a door,
         and the voicing machine is there so we can try things while we talk."""],
        ["Planned duration of the sessions", "1 hour"],
        ["Number of sessions", "4 (fortnightly, Monday afternoons)"],
    ),

    H(1, "AC 1.2 State the agreed goals of the mentoring sessions"),
    P("Record here the SMART Goals of the person you are mentoring:"),
    B("""Cut up and set the mouths of the bass octave of the new 8ft Open Diapason to the
      workshop drawings, checked by me, by the end of February."""),
    B("""When a pipe won't speak, ask for help within ten minutes instead of starting again.
      He will keep a tally on the pipe shop whiteboard so we can both see it."""),
    B("""Regulate two notes of the Vox Humana on site at St Cuthbert's, with me there, by
      21 February."""),

    H(1, "Session records"),
    H(2, "Session 1"),
    T(
        ["Session no.", "1", "Date", "06/01/2025", "Duration", "1 hour"],
        ["Review of client's progress from last session (if applicable)", "n/a – first session"],
        ["Goal/focus/topic for today's meeting", "Getting to know each other, agreement, goals"],
        ["Reality/current situation",
         """He thinks voicing is a "gift" you either have or don't. He has never been asked
         what he wants from the apprenticeship, only told the next job."""],
        ["Options generated to achieve goal", "Shadow me voicing; do a rank himself; read up on mouth dimensions"],
        ["Chosen option & target date", "Do a rank himself with me checking – bass octave by end of Feb"],
        ["Willingness of mentee", "Keen but nervous (he said 6 out of 10)"],
        ["Feedback you gave to the mentee", "That his metal work is the best of the second years"],
        ["Feedback from mentee on the mentoring session", "\"Didn't know it would be this much talking\""],
        ["Date and venue of next session", "20/01, voicing room"],
    ),
    H(2, "Session 2"),
    T(
        ["Session no.", "2", "Date", "20/01/2025", "Duration", "1 hour 15 mins"],
        ["Review of client's progress from last session (if applicable)",
         "He had watched me cut up two pipes and made notes in his own book."],
        ["Goal/focus/topic for today's meeting", "Mouth cutting – the first three bass pipes"],
        ["Reality/current situation",
         """He cut up the first pipe too high and wanted to scrap it. Rose, our head voicer,
         came in for the last twenty minutes and showed him how she checks the cut-up with
         a gauge instead of by eye. He went very quiet with her there."""],
        ["Options generated to achieve goal", "Use the gauge every time; mark the cut-up in pencil first; ask"],
        ["Chosen option & target date", "Pencil and gauge on every pipe from now – next session"],
        ["Willingness of mentee", "Good, once he saw the pipe could be saved"],
        ["Feedback you gave to the mentee",
         "That stopping and asking was the right call and that the pipe was not ruined"],
        ["Feedback from mentee on the mentoring session", "Helpful, but would rather it was just us two"],
        ["Date and venue of next session", "03/02, voicing room"],
    ),
    H(2, "Session 3"),
    T(
        ["Session no.", "3", "Date", "03/02/2025", "Duration", "1 hour"],
        ["Review of client's progress from last session (if applicable)",
         "Whiteboard tally: asked for help 4 times in two weeks (0 before)."],
        ["Goal/focus/topic for today's meeting", "Why pipes go off speech on the voicing machine"],
        ["Reality/current situation",
         """The wind pressure rose by nearly 2mm on the gauge as the blower warmed up and
         his pipes started to overblow. He thought it was his cutting. We found the loose
         Jubilee Clip on the wind trunk together."""],
        ["Options generated to achieve goal", "Check the gauge before blaming the pipe; write a pre-check list"],
        ["Chosen option & target date", "Pre-check list on the voicing machine by 10/02"],
        ["Willingness of mentee", "High – he wrote the list that afternoon"],
        ["Feedback you gave to the mentee", "Good fault finding, worked from the wind to the pipe"],
        ["Feedback from mentee on the mentoring session", "\"Best one so far\""],
        ["Date and venue of next session", "21/02 on site at St Cuthbert's"],
    ),
    H(2, "Session 4"),
    T(
        ["Session no.", "4", "Date", "21/02/2025", "Duration", "1 hour"],
        ["Review of client's progress from last session (if applicable)",
         "Bass octave of the Open Diapason finished and passed on the 17th."],
        ["Goal/focus/topic for today's meeting", "Regulating the Vox Humana in the church"],
        ["Reality/current situation",
         """Cold church, low light except what came through the rose window. He regulated
         two notes and then a third without asking. We finished by him playing the start of
         Widor's Toccata on the Great to hear the whole organ, which the vicar enjoyed."""],
        ["Options generated to achieve goal", "Next step: the Stopped Diapason on his own in March"],
        ["Chosen option & target date", "Stopped Diapason, with a check from me, by end of March"],
        ["Willingness of mentee", "Very willing"],
        ["Feedback you gave to the mentee", "His ear is better than he thinks – his third note was spot on"],
        ["Feedback from mentee on the mentoring session", "See rating form"],
        ["Date and venue of next session", "Mentoring finished – monthly catch-ups from March"],
    ),

    H(1, "Reflective log"),
    P("Client ref/ID: Apprentice 1"),
    T(
        ["", "Session date 20/01/2025", "Session date 03/02/2025", "Session date 21/02/2025"],
        ["How did you develop trust with mentee?",
         "Told him about the first pipe I ruined when I trained at Harrison & Harrison.",
         """Kept the confidentiality – the Workshop Manager asked how he was getting on and I
         said to ask him.""",
         """Zbigniew told me he had nearly packed it in during his first year and had not
         told anyone. I think that was the trust paying off."""],
        ["Examples of questions you asked",
         "What does that pipe sound like to you? What would you try first?",
         "What changed between the first note and the fifth?",
         "What did you notice when you opened the toe? How sure are you, out of ten?"],
        ["Listening techniques you used",
         "Let silences run; summarised back what he said before I said anything",
         "Noticed he went quiet and asked about it afterwards, not in front of others",
         "Reflected his own words back (\"you said it sounded 'thin'\")"],
        ["What went well?", "He asked for help twice in the session",
         "He found the fault himself", "He worked without me for the third note"],
        ["What could you do better?",
         "Should have asked him before inviting a colleague in",
         "I jumped in with the answer once – bite my tongue",
         "Let him set the goal for the next stage himself"],
    ),

    H(1, "Feedback to mentor from individual being mentored"),
    T(
        ["Name of mentor", "Huw Pennant"],
        ["Client ref/ID", "Apprentice 1"],
        ["Date", "21/02/2025"],
    ),
    T(
        ["Key mentor attributes", "Rating (1 poor – 10 excellent)"],
        ["Builds rapport", "9"],
        ["Shows listening skills", "8"],
        ["Uses questioning skills to help me self-reflect", "8"],
        ["Has a structured approach to sessions", "7"],
        ["Is friendly", "10"],
    ),
    P("""Comment from mentee: "Made me realise I can ask. The church session was the best bit.
      Bramble (the workshop terrier) should get a certificate too for sitting in on all of
      them.\""""),

    H(1, "AC 3.2 Meeting with tutor"),
    T(
        ["Tutor", "Dr Alison Reeve"],
        ["Date / length", "26/02/2025, 1 hour, Teams"],
        ["What we discussed",
         """My session records and the reflective log. She asked why I brought a colleague
         into session 2 without asking, and we talked about the mentee's right to say who is
         in the room. We also looked at how much I was using GROW (Whitmore) – more than I
         realised: Reality and Options are there in every record."""],
        ["Actions agreed", "Ask before involving anyone else; let the mentee set the next goal"],
    ),

    H(1, "AC 3.1 / 3.3 Review and development"),
    P("""Looking back with Kolb's cycle in mind, the concrete experience that taught me most was
      session 2: I thought having the head voicer there would help and it made him clam up. My
      strength is that I know the trade and can make the sessions practical. My weakness is
      that I still want to give the answer. Next I want to mentor one of the first-year
      apprentices, read "Everyone Needs a Mentor" by Clutterbuck, and ask my tutor to watch
      one session if the centre allows it. I also want to set up a mentoring pairing for the
      pipe shop so it doesn't all depend on me."""),
    P("""I confirm that this Mentoring Diary is my own work and a true record of the sessions.
      Huw Pennant, 28 February 2025."""),
]

CASE = Case(
    name="r19b_201_organ_builders_docx",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Pennant_Unit201_MentoringDiary.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Apprentice 1's printed name in the mentee signature box, his mobile in the venue
        # answer, his first name alone in the trust row, the head voicer by first name.
        # Not: Huw Pennant / H. Pennant (learner), Dr Alison Reeve (tutor, form asks),
        # Father Willis / Harrison & Harrison, Widor, Bramble (dog), "rose" / "rose window".
        "identifying": ["Zbigniew Wrona", "07700 900 412", "Rose", "Zbigniew"],
    },
    about="Organ builder's senior voicer; 201 handbook Mentoring Diary DOCX, planted: apprentice's printed name in the Signature of Mentee box, his mobile in the venue answer, first name alone in the trust row, a colleague 'Rose' (lower-case rose/rose window elsewhere); Father Willis, Harrison & Harrison, Widor, tutor in its box, a terrier clean.",
)
