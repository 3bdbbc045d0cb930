"""D2.02 Mentoring Diary: a sixth-former's reading-buddy diary of six supervised sessions (PDF).

Aisha Mahmood, 17, is in Year 12 at a secondary school in Bradford and mentors a Year 7 pupil
in the school's Reading Buddies scheme. The handbook's diary says the record should include
the name of the mentee, so she wrote his first name in the header table and uses it in every
session row and her review. She also names his English teacher when describing his goals.

Planted (2): the mentee's first name ("Jayden"), never said to be changed, and his English
teacher by title and surname ("Miss Appiah").

Clean but tricky: her own name in the header and declaration; her supervisor named where the
header asks ("Mr Kowalski, Head of Sixth Form") and as "Mr Kowalski" in the supervision rows
(a title and surname like the planted teacher, but the learner's own supervisor where the
form asks); books and fictional characters that read like names (Harry Potter, Percy Jackson,
Alex Rider, "Diary of a Wimpy Kid", Roald Dahl's "The BFG"), apps (Sparx Reader, Accelerated
Reader, Google Classroom), World Book Day, Eid, half term, Bradford places and the football
ground (City Park, Valley Parade, Manningham, Little Germany, Lister Park), Bradford City,
Year groups, days at line starts.
"""

from .case import B, Case, H, P, SourceFile, T

DIARY = [
    H(0, "Mentoring Diary: D2.02"),
    T(
        ["Centre Number", "053318"],
        ["Centre Name", "West Yorkshire Young Leaders Partnership"],
        ["Candidate Registration No", "YL2-58802"],
        ["Candidate Name", "Aisha Mahmood"],
        ["Supervisor", "Mr Kowalski, Head of Sixth Form"],
        ["Name of mentee", "Jayden (Year 7)"],
    ),
    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""Our school runs Reading Buddies, where Year 12 students mentor Year 7 pupils who find
      reading hard. I was matched with Jayden in January. We met in the library on Tuesday 14
      January to get to know each other. He told me he likes football and Bradford City but
      "hates books". His Sparx Reader scores were low and Miss Appiah, his English teacher,
      said he never finished a reading homework. We agreed three overall outcomes:"""),
    B("To find one book he actually wants to finish, and finish it by the Easter holidays."),
    B("To complete his Sparx Reader homework every week for six weeks."),
    B("To read a short passage out loud to me without stopping, by our last session."),
    P("""Before the first session I showed the outcomes to Mr Kowalski. He said the third one
      might be too much for a nervous reader, so we changed it to reading out loud to me only,
      not to his class."""),
    H(1, "Section 2 - Undertake supervised mentoring"),
    T(
        ["Session", "Date", "Length", "Main issues discussed", "Outcomes and actions"],
        ["1", "Tue 21/01/2025", "30 minutes", "What Jayden likes; ground rules; why books feel boring", "Try the first chapter of an Alex Rider book"],
        ["2", "Tue 28/01/2025", "30 minutes", "He stopped after five pages. Talked about why", "Try a graphic novel instead"],
        ["3", "Tue 04/02/2025", "30 minutes", "He liked the graphic novel. Sparx done twice", "Choose the next book himself"],
        ["4", "Tue 11/02/2025", "30 minutes", "He chose Diary of a Wimpy Kid. Read a page to me quietly", "Finish the book over half term"],
        ["5", "Tue 25/02/2025", "30 minutes", "Finished it! Planning what to dress up as for World Book Day", "Read a page out loud next week"],
        ["6", "Tue 04/03/2025", "30 minutes", "Read a full page aloud. Looked back at the outcomes", "Carry on with Percy Jackson on his own"],
    ),
    P("After each session I met Mr Kowalski for 30 minutes in the sixth form office:"),
    T(
        ["Review", "Date", "Length", "What we talked about"],
        ["1", "Tue 21/01/2025", "30 minutes", "I talked too much and filled every silence"],
        ["2", "Tue 28/01/2025", "30 minutes", "Not taking it personally when he gives up"],
        ["3", "Tue 04/02/2025", "30 minutes", "Letting him choose"],
        ["4", "Tue 11/02/2025", "30 minutes", "Giving praise that is specific"],
        ["5", "Tue 25/02/2025", "30 minutes", "Keeping things confidential in a small school"],
        ["6", "Tue 04/03/2025", "30 minutes", "Ending the mentoring well"],
    ),
    P("""Session 2 was the hardest. Jayden had given up on the Alex Rider book and said "I told you
      I hate reading." I wanted to tell him it gets better. Instead I asked what he liked about
      the football programmes he reads at Valley Parade. He said the pictures and the short
      bits. That is why I suggested a graphic novel. In review 2 Mr Kowalski said that was a
      good example of listening to what the mentee says rather than what I wanted him to say."""),
    P("""In session 5 Jayden told me a boy in his form laughed at him for reading slowly. I
      listened, asked if he wanted me to tell anyone, and he said no. I checked with my
      supervisor in review 5, who said that unless it was bullying that kept happening I
      should respect what he wanted, and keep an eye on it."""),
    H(1, "Section 3 - Review own progress"),
    P("""What worked well: letting him choose the book. When I picked (Alex Rider, because my
      brother loved it) he gave up. When he picked, he finished. Specific praise also
      worked: "You read that whole page without stopping" meant more to him than "well
      done"."""),
    P("""What I learnt about myself: I am impatient. I wanted Jayden to love Harry Potter like I
      did in Year 7, and that was about me, not him. I also learnt that I am good at making
      people feel relaxed; he said I was "not like a teacher"."""),
    P("""What I would do differently: plan the sessions around Eid and half term earlier, because
      we nearly lost a week in February. I would also ask Mr Kowalski for a quieter room than
      the library on Tuesdays, when Year 9 use it for Accelerated Reader."""),
    P("""Skills I still need to develop: using silence, and asking open questions instead of
      questions with the answer already in them. I want to mentor again next year and maybe
      volunteer with the reading scheme at the library in City Park, or the one that reads to
      children at Lister Park in the summer. My own favourite is still Roald Dahl's The BFG."""),
    P("""Records: I kept this diary on Google Classroom in a private document that only Mr
      Kowalski and I can see. I went to a Reading Buddies training day at a school in
      Manningham and walked back through Little Germany, which gave me the idea to ask Jayden
      about places he knows."""),
    P("By submitting I confirm that this assessment is my own work. Aisha Mahmood, 11 March 2025"),
]

CASE = Case(
    name="nk_d202_reading_buddy_pdf",
    unit="D2.02",
    kind="structured-pdf",
    files=[SourceFile("Aisha Mahmood D2.02 diary.pdf", DIARY)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Jayden", "Miss Appiah"]},
    about="Sixth-former's D2.02 reading-buddy diary PDF: the Year 7 mentee's first name in the header and throughout, his English teacher by title and surname; her supervisor by title and surname where the form asks, books and characters (Harry Potter, Percy Jackson, Alex Rider), reading apps, Bradford places.",
)
