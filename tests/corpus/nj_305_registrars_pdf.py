"""8587-305 Reflecting on Mentoring Skills: a deputy superintendent registrar's reflective journal (PDF).

Bernadette Quinlan is Deputy Superintendent Registrar in a county registration service and
mentored two new Registration Officers for unit 304. Her reflective journal is a PDF with
the AC numbers as headings. One mentee is "Mentee A"; the other is "a new officer I will call
Jo", after which she writes "Jo". Nothing is to be flagged.

Clean but tricky: her own name on the cover and in the declaration, the assessor named where
the cover asks; the legal and official vocabulary of registration that reads like people
(the Registrar General, the Proper Officer, the General Register Office, Tell Us Once,
Registration Online), Acts of Parliament (Marriage Act 1949, Births and Deaths Registration
Act 1953), ceremony venues named after saints and families (St Mary's Church, Hatherley
Hall, the Old Court House), a monarch (King Charles III), months that are also first names
at sentence starts ("June is ...", "May"), weekdays, job titles (Superintendent Registrar,
Registration Service Manager, Ceremonies Team Leader), theorists cited several ways
("(Clutterbuck & Megginson, 2005)", "Kram (1985)", "Gibbs' reflective cycle", "Johns'
model", "Rolfe et al. (2001)", Kolb), book titles and a reference list.
"""

from .case import B, Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Unit 305 Reflecting on Mentoring Skills within an Organisational Context"),
    T(
        ["Learner", "Bernadette Quinlan"],
        ["Job title", "Deputy Superintendent Registrar"],
        ["Organisation", "Vale and Downs Registration Service"],
        ["Centre", "Southern Counties Management Training"],
        ["Assessor", "Femi Adebayo-Ross"],
    ),
    H(1, "Introduction"),
    P("""Our registration service registers births and deaths, gives notice of marriages and
      civil partnerships, and conducts ceremonies at the register office and at approved
      venues such as Hatherley Hall and the Old Court House. Between September and February
      I mentored two new Registration Officers for my unit 304 portfolio: Mentee A, who
      joined from the council's contact centre, and a new officer I will call Jo, who had
      worked in a solicitor's office. This journal reviews how effective my mentoring was
      and plans my development."""),
    H(1, "1.1 How effective was my mentoring?"),
    P("""My records show twelve and a half hours across twelve sessions, with both mentees
      reaching their main goals. Mentee A is now signed off by the Proper Officer to
      register deaths on her own, including the difficult ones with a coroner's
      certificate, and uses Tell Us Once with every family. Jo conducted her first marriage
      ceremony in January, at St Mary's Church, with me only observing from the back."""),
    P("""The evidence is not all positive, though. My session notes show that with Mentee A I
      spent the early sessions checking her knowledge of the Births and Deaths Registration
      Act 1953 rather than asking what she found hard, and she told me in the mid-point
      feedback that the sessions "felt like a test". Once I changed to asking her to bring
      one appointment she had found difficult each time, her feedback scores went from three
      out of five to five, and the sessions became hers rather than mine. My supervisor
      pointed out, after reading my notes, that I had spoken about the Marriage Act 1949 far
      more than about how Jo felt standing up in front of a wedding party, which was her
      real worry. I think my mentoring was most effective when I stopped being the expert
      in the room, and least effective when I fell back on the legislation because that is
      where I feel safe."""),
    P("""June is our busiest month and May is not much better, so two sessions were moved, but
      the records show none were cancelled outright. The Registration Service Manager has
      asked me to mentor the next two new starters, which I take as a sign the scheme
      worked."""),
    H(1, "1.2 My strengths and areas for improvement"),
    P("""Knowledge is my strength. After twenty-two years I know the regulations, the Registrar General's
      guidance, Registration Online, and how to deal with a grieving family or a difficult wedding party. My
      mentees trusted my knowledge and felt safe asking questions. I am patient, reliable
      and well organised, and my records were complete. I am also good at building rapport:
      Jo said I made her feel "like a colleague from the first day"."""),
    P("""My areas for improvement are mainly in communication and interpersonal skills. I
      over-explain; I answer questions the mentee has not asked; and I use too many closed
      questions, especially when I am checking compliance. I am uncomfortable with
      emotion: when Mentee A talked about a death registration for a baby that had upset
      her, I moved too quickly to practical advice instead of staying with how she felt. I
      also tend to avoid challenge with people I like. In terms of behaviour, I need to
      hold back from rescuing, which Kram (1985) describes as one of the ways a mentor can
      keep a mentee dependent."""),
    H(1, "2.1 Future development opportunities"),
    P("""Reviewing my mentoring, the development I need is mostly in questioning, listening
      and communication. I want to use more open and reflective questions, and fewer
      knowledge checks, particularly in the early sessions. I want to get better at
      listening to feelings as well as facts, so that when a mentee brings something
      upsetting I can stay with it. I want to practise challenge that is kind but honest.
      Opportunities include the council's two-day coaching skills course, peer observation
      with the Ceremonies Team Leader, who also mentors, and joining the regional mentoring
      network that the General Register Office supports. Reading will help too, since a mentoring culture depends on mentors who keep
      learning (Clutterbuck & Megginson, 2005). My supervisor suggested I record a session (with consent) and listen
      back to my own questions, which I have been avoiding."""),
    P("""Using Gibbs' reflective cycle after sessions helped, but Johns' model may suit me
      better for the emotional side because it asks what I was trying to achieve and how
      the other person felt. Rolfe et al. (2001) is simpler still, and may be easier to
      keep up when we are busy."""),
    H(1, "2.2 Six-month development plan"),
    T(
        ["Development area", "Action", "Timescale", "Measure of success"],
        ["Open questions", "Record one session a month and count open against closed questions", "March to August", "Two thirds open by the August recording"],
        ["Listening to feelings", "Coaching skills course; practise reflecting feelings with my supervisor", "Course in April; monthly practice", "Next mentees' feedback mentions feeling listened to"],
        ["Kind challenge", "Agree with each new mentee that I will challenge them, and ask for feedback on it", "From first session in March", "Both mentees say in feedback that I challenged them at least once"],
        ["Reflective practice", "Try Johns' model after each session for three months", "March to May", "Twelve written reflections, reviewed in supervision in June"],
        ["Supervision", "Monthly supervision with the Registration Service Manager", "Monthly, March to August", "Six supervision records; plan reviewed in September"],
    ),
    P("""I agreed this plan with my supervisor on Saturday 1 March, after a ceremony, and we will
      review it every two months. It links back to what my records and feedback showed:
      too much telling, too little listening."""),
    P("""A final thought. The
      new officers will soon take citizenship ceremonies, where new citizens swear allegiance
      to King Charles III, and they will meet a lot of emotion there. Kolb's point that
      we learn from experience only if we reflect on it is one I want them to take from me,
      not just the legislation."""),
    H(1, "References"),
    B("Clutterbuck, D. and Megginson, D. (2005) Techniques for Coaching and Mentoring. Oxford: Elsevier."),
    B("Kram, K. (1985) Mentoring at Work. Glenview, IL: Scott, Foresman."),
    B("Rolfe, G., Freshwater, D. and Jasper, M. (2001) Critical Reflection for Nursing and the Helping Professions. Basingstoke: Palgrave."),
    B("Johns, C. (2013) Becoming a Reflective Practitioner. 4th edn. Chichester: Wiley-Blackwell."),
    P("""Declaration: I confirm that this journal is my own work. Bernadette Quinlan, 4 March 2025"""),
]

CASE = Case(
    name="nj_305_registrars_pdf",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("Quinlan B unit 305 reflective journal.pdf", JOURNAL)],
    labels={
        "1.1": "least effective when I fell back on the legislation",
        "1.2": "I moved too quickly to practical advice",
        "2.1": "listen back to my own questions",
        "2.2": "Two thirds open by the August recording",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Deputy superintendent registrar's 305 journal PDF: clean; Registrar General, Proper Officer, GRO and Tell Us Once, Acts of Parliament, St Mary's Church and Hatherley Hall, King Charles III, June and May at sentence starts, theorists cited several ways, Mentee A and a declared pseudonym Jo, assessor on the cover.",
)
