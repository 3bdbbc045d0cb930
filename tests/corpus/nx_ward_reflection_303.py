"""8587-303 Reflecting on Coaching Skills: a ward sister's reflective account, nothing to flag.

Siobhan Gallagher-Reid, a ward sister at a district general hospital, reflects on coaching
three staff nurses she codes "Coachee A", "B" and "C". Everything capitalised in it is
someone she may name or something that is no one.

Traps: wards, rooms and buildings named after people (Nightingale Ward, Florence Ward, the
Jenner Suite, the Brunel Building, the Mary Seacole Room), job titles mid-sentence (Ward
Manager, Matron, Clinical Nurse Educator, Practice Development Nurse), software (Datix,
Allocate, Microsoft Teams, Power BI), a rugby club (Leicester Tigers), theorists without
dates (Julie Starr, Nancy Kline, Tim Gallwey, Kim Scott) and book titles, her own matron and
supervisor named by role, months and weekdays, a "Dear Sir/Madam" letter and her own sign-off.
"""

from .case import B, Case, H, P, SourceFile, T

ACCOUNT = [
    H(0, "Unit 303 – Reflecting on my coaching practice"),
    T(
        ["Learner name", "Siobhan Gallagher-Reid"],
        ["ILM registration", "R5529013"],
        ["Centre", "Soar Valley Training Partnership"],
        ["Submitted", "14 May 2025"],
    ),
    P("Declaration: this account is my own work. Siobhan Gallagher-Reid"),
    H(1, "1.1 How effective has my coaching been?"),
    P("""I am the Ward Sister on Nightingale Ward, a 28-bed acute medical ward on the second
      floor of the Brunel Building. Between January and April I coached three staff nurses,
      whom I call Coachee A, Coachee B and Coachee C, for five sessions each in the Mary
      Seacole Room, the only quiet room on our corridor. My evidence is my session records,
      two supervision sessions and the feedback forms each coachee filled in at the end."""),
    P("""The records show that Coachee A met all three of her goals, including leading a Datix
      review on her own, and that Coachee C met one. The feedback forms say the sessions were
      useful but that I sometimes ran over into handover. In supervision my coaching
      supervisor pointed out that Coachee C's goals were really mine: I had wanted her to take
      charge on nights, and she had agreed because I deputise for the Ward Manager."""),
    P("""Our Matron, Angela Forde, asked for a summary for the Clinical Nurse Educator, and I
      reported attendance and themes only, as each coaching agreement said I would."""),
    H(1, "1.2 Strengths and areas for improvement"),
    B("""Strength: I listen well off the ward. On a Tuesday late shift, with Allocate open on
      my screen and the bleep going, I listen badly."""),
    B("Strength: I contract clearly, and every coachee knew what I would share and with whom."),
    B("""To improve: I rescue. Julie Starr calls it the pull towards advice, and I feel it most
      when the answer is in a Trust policy I wrote myself."""),
    B("""To improve: my feedback is kind but vague. Kim Scott's book Radical Candor showed me
      that caring personally is not the same as saying nothing."""),
    P("""Nancy Kline's point that the quality of what we do depends on the quality of the
      thinking we do first is now how I open every session: ten minutes in which I only
      listen."""),
    H(1, "2.1 Reviewing my questioning, listening and communication"),
    P("""I recorded two sessions on Microsoft Teams with consent and counted my questions in a
      Power BI sheet the Practice Development Nurse built for audits. In the first recording
      19 of my 31 questions were closed; by the second it was 9 of 27. Tim Gallwey says the
      coachee's own attention does the work, and that is what happened when I asked Coachee B
      what she noticed during a deteriorating patient call: she found her own answer."""),
    P("""I still fill silences. My husband, who coaches the under-12s at Leicester Tigers on
      Sunday mornings, says I could not wait for a line-out to form, never mind a reflective
      pause. The Jenner Suite runs a communication skills day in July that I have booked."""),
    H(1, "2.2 Development plan (June to December 2025)"),
    T(
        ["Development need", "Action", "By when", "Measure of success"],
        ["Waiting after questions", "Count to five; review one recording a month in supervision",
         "August 2025", "Fewer than a third of my questions closed"],
        ["Specific feedback", "Read The Chimp Paradox and Radical Candor; practise one specific piece of feedback a week",
         "September 2025", "Coachees can name the feedback they were given"],
        ["Difficult conversations", "Shadow the Matron at two family meetings on Florence Ward",
         "October 2025", "Reflective notes after each"],
        ["Coaching supervision", "Monthly supervision with Dr Imran Qadir, coaching supervisor",
         "December 2025", "Notes of each session"],
    ),
    P("I will review this plan with Angela at my appraisal in October, and again in December."),
    H(1, "Appendix – consent request"),
    P("""Dear Sir/Madam, I am writing to ask permission to record two coaching sessions on
      Microsoft Teams for my ILM portfolio. The recordings will be deleted once my assessor has
      seen the transcripts. Yours faithfully, Siobhan Gallagher-Reid, Ward Sister, Nightingale
      Ward"""),
    P("Kind regards, Siobhan"),
]

CASE = Case(
    name="nx_ward_reflection_303",
    unit="8587-303",
    kind="portfolio",
    files=[SourceFile("reflective-account.docx", ACCOUNT)],
    labels={
        "1.1": "Coachee C's goals were really mine",
        "1.2": "the pull towards advice",
        "2.1": "19 of my 31 questions were closed",
        "2.2": "Fewer than a third of my questions closed",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Ward sister's reflective account: wards and rooms named after people, job titles, software, theorists without dates, her own matron and supervisor, a Dear Sir/Madam letter; nothing to flag.",
)
