"""8584-200 Understanding Mentoring: a Word file with numbered headings saved as PDF, whose
heading numbers came out on lines of their own ("1.1" / "What a mentor does on the ward"),
and whose long answers run over page breaks with the running footer between.

Chipo Moyo, a healthcare assistant about to mentor new starters on a surgical ward, writes
two or three paragraphs per criterion under her own headings, and a paragraph of her own
about why she applied before the first criterion. 3.3 she forgot.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Unit 200 Understanding Mentoring"),
    P("Learner name: Chipo Moyo    Workplace: Ward 7 Surgical, St Aldhelm's Hospital"),
    P("""I put myself forward as a mentor because I remember how lost I felt on my first week, when
      nobody told me where the linen was kept or who to ask about a patient's fluids."""),
    H(1, "1"),
    H(1, "The mentor and the person being mentored"),
    H(2, "1.1"),
    H(2, "What a mentor does on the ward"),
    P("""On our ward a mentor is the named person a new healthcare assistant can go to for the
      first three months. The role is to help them settle, to show them how things are really
      done, and to be someone they can ask the questions they are embarrassed to ask the sister in
      charge. I would not be their supervisor and I would not sign off their competencies; that is
      the practice educator's job."""),
    P("""A good mentor also knows when to step back. The aim is that by the end of the three months
      the new starter is asking me less and deciding more, and that they would be ready to mentor
      someone themselves in a year or two. I see it as passing on what the ward gave me."""),
    H(2, "1.2"),
    H(2, "How mentoring helps"),
    P("""Mentoring helps in different situations. A new starter straight from school gains
      confidence quickly when someone shows them the routine of a shift. An experienced carer
      moving from a care home to a hospital needs help with the equipment and the pace rather
      than with caring itself. A colleague coming back after maternity leave may need a friendly
      face to catch up on what has changed, such as the new electronic observations system."""),
    P("""In each case the person settles faster and is less likely to leave in the first months,
      which matters on a ward that has lost four new starters this year."""),
    H(2, "1.3"),
    H(2, "What could get in the way"),
    P("""The main problems are time, because the ward is always busy; shift patterns, because I work
      nights one week in three; and the fact that a new starter might not want to admit they are
      struggling to someone who works alongside them every day."""),
    H(2, "1.4"),
    H(2, "Getting round those problems"),
    P("""To find time, the ward manager has agreed that mentoring meetings count as protected time
      and go on the off-duty rota. When I am on nights we will meet at handover or use a
      phone call. To make it easier to be honest I will tell each new starter at our first meeting
      that what they say stays between us unless a patient is at risk."""),
    H(1, "2"),
    H(1, "Being an effective mentor"),
    H(2, "2.1"),
    H(2, "Skills I need"),
    P("""Listening carefully; asking good questions; giving feedback kindly and honestly; being
      patient and approachable; keeping confidences; being organised enough to turn up when I
      said I would."""),
    H(2, "2.2"),
    H(2, "A model to follow"),
    P("""I will use the GROW model. First we agree the Goal, such as being confident to do a full
      set of observations on her own. Then we talk about the Reality: what she can already do and
      what worries her. Next we look at Options, for example shadowing the night staff or
      practising on the training mannequin. Finally the Will: what she will do before we next
      meet and how she will know it has worked."""),
    P("""GROW suits a busy ward because a conversation can follow it in fifteen minutes, and the
      new starter can start using it on her own problems."""),
    H(2, "2.3"),
    H(2, "Questions and listening"),
    P("""I will use open questions like "how did that shift feel?" so that the new starter does the
      talking, and follow up with probing questions to get to the detail. When I listen I will
      face her, not look at the call bells, and repeat back the main points so she knows I have
      understood. I will not fill every pause; sometimes the important thing comes after a
      silence."""),
    H(2, "2.4"),
    H(2, "Giving feedback"),
    P("""Feedback should be soon after the event, in private, and about what the person did, not who
      they are. I will ask her first how she thinks it went, then say one thing that went well and
      one thing to try next time, using the example of the actual patient or task."""),
    H(2, "2.5"),
    H(2, "Building trust"),
    P("""Trust comes from keeping my word, keeping confidences and being honest about my own early
      mistakes, such as the day I forgot to record a fluid balance chart and had to own up to the
      nurse in charge."""),
    H(1, "3"),
    H(1, "Organising mentoring"),
    H(2, "3.1"),
    H(2, "Planning meetings"),
    P("""Before each meeting I will check the rota, book the quiet room behind the nurses' station,
      and look at my notes from last time. I will ask the new starter what she wants to talk about
      so that the meeting is hers, and plan for thirty minutes so it fits into a shift."""),
    H(2, "3.2"),
    H(2, "Examples of goals"),
    P("""To complete a full set of observations on four patients unsupervised by the end of week
      three. To take part in a patient handover and give the report for two bays by the end of the
      first month."""),
]

CASE = Case(
    name="fx_split_numbers_pdf_200",
    unit="8584-200",
    kind="structured-pdf",
    files=[SourceFile("Moyo_Unit200.pdf", BLOCKS)],
    labels={
        "1.1": "I would not sign off their competencies",
        "1.2": "moving from a care home to a hospital",
        "1.3": "I work nights one week in three",
        "1.4": "go on the off-duty rota",
        "2.1": "being organised enough to turn up",
        "2.2": "practising on the training mannequin",
        "2.3": "not look at the call bells",
        "2.4": "using the example of the actual patient",
        "2.5": "forgot to record a fluid balance chart",
        "3.1": "the quiet room behind the nurses' station",
        "3.2": "give the report for two bays",
        "3.3": None,
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="PDF whose heading numbers sit on lines of their own above the heading text; answers cross page breaks.",
)
