"""8587-305 Reflecting on Mentoring Skills: a hospice volunteer coordinator's journal as a PDF.

Siobhan Keane mentors two new volunteer ward visitors and writes her reflection as prose
under her own lines ("Was I any use?", "What went wrong", "Next steps"), exported to PDF.
She starts with what she will do next and only then looks back: her plan comes before the
review that led to it, and its last part (how she will check it) sits in a separate,
later paragraph. Her strengths and weaknesses are told as "what I bring" and "where I fall
short", and the evidence of effectiveness as what the mentees and her supervisor said.
Introduction and conclusion touch every topic; references at the end.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Reflective journal: mentoring hospice volunteers – Siobhan Keane"),
    P("""In this journal I reflect on mentoring two new ward visitors at the hospice over the last five
      months: how well it worked going by my diary, their feedback and my supervision, what I bring
      and where I fall short, the development I need in questioning, listening and communication,
      and my plan for the next six months."""),
    P("Next steps"),
    P("""From September to February I will work on three things. First, by the end of September I will
      have completed the hospice's bereavement awareness day, so that I stop changing the subject
      when a volunteer talks about a death on the ward; I will know it has worked when both mentees
      say in their next feedback that they can bring anything to me. Second, from October to
      December I will ask one open question before any advice in every session, and I will tally this
      in my diary with a target of nine sessions out of ten by December. Third, by February I will have
      shadowed an experienced mentor from our partner hospice twice and written up what I will borrow
      from her."""),
    P("Was I any use?"),
    P("""Looking back through my mentoring diary, I met Volunteer A nine times and Volunteer B seven
      times. Volunteer A came to me unsure whether she could cope with visiting patients near the end
      of life and is now on the rota twice a week; Volunteer B wanted to move from the shop to the
      wards and did so in April. Their feedback sheets rated the sessions highly for being relaxed and
      practical, but Volunteer B said she sometimes felt I "steered the conversation away" when she
      brought up a patient's death. My supervisor, who read my diary, said my notes were full of
      what I suggested and thin on what the volunteers decided for themselves. So the mentoring
      achieved what they came for, but partly because I led it more than I should."""),
    P("""What I bring is twenty years of hospice work, so I know the wards, the people and the unwritten
      rules, and volunteers tell me I am warm and easy to talk to. I am well organised and never miss a
      session. Where I fall short is that I give advice too quickly, my listening drops away when a
      conversation turns to grief, and I do not know enough about mentoring models to choose between
      them. I also write long emails when a short conversation would be better."""),
    P("What went wrong"),
    P("""In June Volunteer B told me a patient she had visited for weeks had died. I said "that's the job,
      I'm afraid" and asked about her next shift. I meant to be practical; she heard me brushing her
      off. We talked about it the following week and she was generous, but I knew then that my
      discomfort with loss was getting in the way of hearing her."""),
    P("""When I look at how I mentor, the chances to grow are clear. For questioning, the hospice runs a
      half-day course on coaching conversations that would give me better open questions. For
      listening, particularly around grief, the bereavement awareness day and some peer supervision
      with the chaplaincy team would help. For communication, I could ask the volunteer services
      manager to sit in on one session and tell me how I come across. I have also looked at joining
      the European Mentoring and Coaching Council for its resources and webinars."""),
    P("""I will take this plan to my supervisor every second month, and we will look at the tally in my
      diary and the volunteers' feedback sheets together, changing the dates if the course is
      cancelled."""),
    P("""To finish, my mentoring has helped two volunteers, my evidence shows where I led too much, I
      know what I bring and where I fall short, I have found ways to develop my questioning,
      listening and communication, and I have a plan with dates and measures for the next six months."""),
    P("References"),
    P("Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work. London: CIPD."),
    P("Rolfe, G., Freshwater, D. and Jasper, M. (2001) Critical Reflection for Nursing and the Helping Professions. Basingstoke: Palgrave."),
]

CASE = Case(
    name="fy_305_hospice_pdf",
    unit="8587-305",
    kind="unstructured",
    files=[SourceFile("Keane reflective journal.pdf", BLOCKS)],
    labels={
        "1.1": "thin on what the volunteers decided for themselves",
        "1.2": "Where I fall short is that I give advice too quickly",
        "2.1": "the chances to grow are clear",
        "2.2": "From September to February I will work on three things",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Hospice mentoring reflection PDF: plan first and its review in a later paragraph, strengths as 'what I bring', a story of what went wrong, intro and conclusion touching every topic.",
)
