"""8587-305 Reflecting on Mentoring Skills: a Google Docs PDF with mixed labels and
sub-headings inside each criterion's section.

Siobhan Kelly, ward sister on a surgical ward, mentors newly qualified nurses. She wrote
in Google Docs and downloaded a PDF: bold headings, no outline. Her labels vary
("1.1", "AC1.2", "Criterion 2.1 –", "2.2)") and two of them carry the criterion's whole
wording, which wraps onto a second line. Each criterion's section has sub-headings of its
own (records, supervision, feedback; strengths, weaknesses) and the evidence is in the
last of them, well below the label. Her SWOT table and her plan table become short lines
in the PDF's text.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 305 Reflecting on Mentoring Skills"),
    P("Siobhan Kelly · Registration R1186520 · Northfield Healthcare Education Centre"),
    P("""Declaration: this reflective account is my own work. Names of colleagues have been
      removed."""),
    H(1, "Section 1: Reviewing my mentoring"),
    H(2, "1.1 Examine the effectiveness of my own mentoring practice based on evidence, including records, supervision and feedback"),
    P("""Over the last six months I have mentored two newly qualified nurses through their
      preceptorship year on Ward 7, a 28-bed general surgery ward. To examine how effective
      that was I have looked at three kinds of evidence."""),
    H(3, "What my records show"),
    P("""My mentoring log has fourteen entries. Reading them back, the early sessions were
      mostly me reassuring, and the goals only became specific from the fourth meeting, when I
      started writing them as the mentee's own words."""),
    H(3, "What supervision showed"),
    P("""My supervisor, the practice education facilitator, observed one session and met me
      twice. She pointed out that I was mentoring around the shift rather than protecting time,
      so sessions were often cut short by a buzzer."""),
    H(3, "What my mentees told me"),
    P("""Both mentees completed the trust's mentee questionnaire at three and six months. Their
      scores for 'my mentor helped me solve problems myself' went from 2 to 4, but one wrote
      that she still felt she was being assessed, which tells me that my two roles as ward
      sister and mentor were not separated clearly enough. Taken together the evidence says my
      mentoring became effective once it was planned, and was least effective when I mixed it
      with supervision of her clinical practice."""),

    H(2, "AC1.2 Strengths and areas for improvement"),
    P("I used a SWOT analysis to organise my thinking."),
    T(
        ["Strengths", "Weaknesses"],
        ["Clinical knowledge", "Rushing sessions"],
        ["Approachable", "Too much advice"],
        ["Calm under pressure", "Little reading on mentoring"],
    ),
    H(3, "Strengths"),
    P("""My knowledge of surgical nursing means mentees trust my judgement, and I am
      approachable: both mentees said they could ask me anything, including on night shifts."""),
    H(3, "Areas for improvement"),
    P("""My knowledge of mentoring itself is thin; I had not read anything about mentoring
      models before this course. In skills, I give advice too quickly instead of asking a
      question. In behaviour, my body language when the ward is busy says I have no time, even
      when I have said the opposite, and a mentee told me I keep glancing at the board."""),

    H(1, "Section 2: Planning my development"),
    H(2, "Criterion 2.1 – Review own mentoring ability to identify future development opportunities, including the use of questioning, listening and communication strategies"),
    P("""Looking across my review, the development I need is in how I talk and listen, not in
      what I know clinically."""),
    H(3, "Questioning"),
    P("""I will learn and use a questioning framework rather than relying on instinct."""),
    H(3, "Listening and communication"),
    P("""The best opportunity is the trust's Schwartz Rounds facilitator training, which teaches
      reflective listening in groups, and I have a place in September. I will also ask a
      colleague to sit in on one mentoring conversation a month and tell me honestly how much
      of the time I was talking."""),

    H(2, "2.2) My development plan"),
    T(
        ["Goal", "Action", "When", "Measure of success"],
        ["Use open questions", "Learn the GROW question bank", "By October 2025", "Mentee feedback 4 or more"],
        ["Protect session time", "Book mentoring in the off-duty rota", "From next rota", "No session cut short"],
        ["Listen more", "Schwartz Rounds facilitator course", "September 2025", "Observer notes I talk under half the time"],
        ["Read about mentoring", "Read Clutterbuck and two articles", "By January 2026", "Discussed with supervisor"],
    ),
    P("""The plan runs from July 2025 to January 2026, seven months, and I will review it with
      my supervisor in October and again at the end."""),
]

CASE = Case(
    name="u305_google_pdf",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("Unit 305 Siobhan Kelly.pdf", BLOCKS)],
    labels={
        "1.1": "still felt she was being assessed",
        "1.2": "keep glancing at the board",
        "2.1": "how much of the time I was talking",
        "2.2": "Book mentoring in the off-duty rota",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Ward sister's Google Docs PDF: labels written four ways, two with the criterion's full wording wrapping, evidence under the last sub-heading of each section, tables flattened to lines.",
)
