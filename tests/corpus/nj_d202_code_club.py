"""D2.02 Undertaking Supervised Mentoring: a sixth-former's code club diary, written as one piece.

Zainab Chaudhry, 17, is in Year 13 and volunteers at a Saturday code club in a Coventry
library makerspace, where she mentors a Year 8 girl. Her Word diary has no headings and no
numbers: it runs from the outcomes they agreed, through two tables (sessions and supervision
reviews) and what happened, to her review of herself and her records. She introduces her
mentee as "a girl I'll call Ruby (not her real name)" and writes "Ruby" from then on; her
supervisor is the library's Digital Skills Officer, by role only. Nothing is to be flagged.

Clean but tricky: her own name at the top and in the declaration; the declared pseudonym
Ruby; programming languages and products that look like names or words (Python, Scratch,
micro:bit, Raspberry Pi, Minecraft Education, Google Classroom), public figures and
historical people (Ada Lovelace, Tim Peake, Lady Godiva's statue), organisations (Code Club,
the Raspberry Pi Foundation), Coventry places (Fargo Village, the Belgrade Theatre, Coventry
Cathedral, Broadgate), Ada Lovelace Day, job titles (Digital Skills Officer, Library
Manager), weekdays and months at line starts, Year groups, capitalised words opening
sentences ("Python", "Debugging").
"""

from .case import Case, P, SourceFile, T

DIARY = [
    P("My mentoring diary – ILM Mentoring for Young Learners"),
    P("Zainab Chaudhry, Year 13, peer mentor at the Saturday Code Club, Coventry Central Library makerspace"),
    P("Supervisor: the library's Digital Skills Officer"),
    P("""Every Saturday morning the library runs a code club for 11 to 14 year olds, using
      Scratch, Python and micro:bits. In January I was asked to mentor a Year 8 girl who
      had stopped coming because she felt behind the others. I'll call her Ruby (not her
      real name). She told me at our first meeting that she liked making things in Minecraft
      Education at school but "can't do proper coding"."""),
    P("""Before the first session, Ruby and I sat in the makerspace and agreed three outcomes
      for the six weeks, and then I showed them to my supervisor, who said they were
      realistic. First, to finish one Python project of her own choosing, from idea to
      working code, by the last session. Second, to come every Saturday for six weeks, or
      message the club account if she could not. Third, to show her project to the rest of
      the club at the end, even if only to two people. Ruby wrote the three outcomes on
      a sticky note on the front of her club folder, and chose the order herself."""),
    T(
        ["Session", "Date", "Length", "What we did", "What she took away"],
        ["1", "Sat 18 Jan", "30 minutes", "Getting to know each other, looked at her Scratch games", "Pick a project idea she actually cares about"],
        ["2", "Sat 25 Jan", "30 minutes", "She chose a micro:bit pet that reacts when you shake it", "Write out the steps in plain English first"],
        ["3", "Sat 1 Feb", "30 minutes", "Debugging: it froze every time. I did not touch the keyboard", "Print the values to see what is happening"],
        ["4", "Sat 8 Feb", "30 minutes", "It worked! Added sounds. She wanted to quit when the sound code broke", "Keep a list of bugs she has fixed"],
        ["5", "Sat 15 Feb", "30 minutes", "Practised showing it to me as if I was the club", "Show it to one friend first"],
        ["6", "Sat 22 Feb", "30 minutes", "Showed it to six people. Looked back at the three outcomes", "Start a Raspberry Pi project after half term"],
    ),
    P("""After each session I met my supervisor in the staff room for half an hour:"""),
    T(
        ["Review", "Date", "Length", "What we talked about"],
        ["1", "Sat 18 Jan", "30 minutes", "I talked about my own projects too much"],
        ["2", "Sat 25 Jan", "30 minutes", "Letting her choose the project even though I had a better idea"],
        ["3", "Sat 1 Feb", "30 minutes", "Sitting on my hands during debugging"],
        ["4", "Sat 8 Feb", "30 minutes", "What to do when she says she wants to give up"],
        ["5", "Sat 15 Feb", "30 minutes", "Praise that is specific, not just well done"],
        ["6", "Sat 22 Feb", "30 minutes", "Ending the mentoring and what happens next"],
    ),
    P("""Session three was the turning point. Her micro:bit pet froze every time she shook it
      and she said "see, I'm rubbish at this". Everything in me wanted to grab the mouse and
      fix it, because I could see the bug straight away. Instead I asked her what she
      expected to happen when she shook it and what actually happened, and suggested she
      print the values to the screen. It took her fifteen minutes, and she found it herself.
      In review three my supervisor said that was the best bit of mentoring she had seen me
      do, because Ruby now knows she can fix things. In session four she nearly gave up again
      over the sound code, and we talked about how Ada Lovelace wrote the first program
      without even having a computer to test it on, which made her laugh."""),
    P("""Looking back, what worked well was letting Ruby lead. When I suggested ideas she went
      quiet, but when she chose the pet project she came in early every week. Small specific
      praise worked too: "You found that bug by printing the values, that is what real
      programmers do" meant much more to her than "good job". Meeting by the window instead
      of in the middle of the noisy makerspace also helped her talk."""),
    P("""What I learnt about myself is that I find it really hard to watch someone struggle with
      something I could do in a minute. I like being the one who knows the answer. I also
      learnt that I am patient when I slow down, and that I am good at making younger kids
      feel relaxed. Ruby said I was "not like a teacher, more like a cousin"."""),
    P("""If I did it again I would agree the outcomes more slowly, because the third one (showing
      the club) scared her for weeks and we should have made it smaller at the start. I would
      also plan for half term earlier, and I would ask the Library Manager for a quieter
      corner from the first week, not the fourth."""),
    P("""The skills I still need to develop are asking open questions without the answer hidden
      in them, staying quiet for longer after I ask something, and giving feedback on things
      that went wrong without making it sound like a telling off. I want to mentor again
      next term, and maybe help at the Ada Lovelace Day event at Fargo Village in October.
      Tim Peake's Astro Pi challenge is something Ruby wants to try next, with the Raspberry
      Pi Foundation's resources."""),
    P("""All my notes are in a private Google Classroom document that only my supervisor and I
      can see. Ruby is never named in them, only "R", and I did not take any photos of her,
      only of the micro:bit. Broadgate and the Lady Godiva statue were on the poster for the
      club's spring showcase, and the Belgrade Theatre and Coventry Cathedral have both asked
      the club to run a stall, so we will need these records to show how mentoring works."""),
    P("By handing this in I confirm that it is my own work. Zainab Chaudhry, 1 March 2025"),
]

CASE = Case(
    name="nj_d202_code_club",
    unit="D2.02",
    kind="unstructured",
    files=[SourceFile("Zainab Chaudhry mentoring diary.docx", DIARY)],
    labels={
        "section-1": "wrote the three outcomes on a sticky note",
        "section-2": "Everything in me wanted to grab the mouse",
        "section-3": "Ruby is never named in them, only",
        "q2a": "She chose a micro:bit pet that reacts when you shake it",
        "q2b": "Letting her choose the project even though I had a better idea",
        "q3a": "what worked well was letting Ruby lead",
        "q3b": "I like being the one who knows the answer",
        "q3c": "we should have made it smaller at the start",
        "q3d": "staying quiet for longer after I ask something",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Sixth-former's D2.02 code club diary with no headings or numbers: clean; declared pseudonym Ruby, Python, Scratch, micro:bit and Raspberry Pi, Ada Lovelace, Tim Peake and Lady Godiva, Coventry places, supervisor by role, weekdays at row starts.",
)
