"""8587-305 Reflecting on mentoring skills (two PDFs): a craft brewery's head brewer.

Alasdair Munro, head brewer at an independent brewery in Fife, mentored two trainee brewers
for his 304. His 305 comes as two PDFs: the reflective journal (headed sections 'Looking
back at the evidence', 'Strengths and gaps', 'Where next', 'Development plan', then an
appendix of supervision notes), and a separate evidence matrix that maps each AC to page
numbers of the journal ('Journal pp. 1-2') rather than to headings. Declaration signed in
the matrix file.

Planted: his line manager's name ('Fiona Drummond, our operations director') in the journal,
and a mentee's initial and surname ('R. Baxter') in the heading of a supervision note he
copied into the appendix. Not identifying: his own name, 'Trainee 1' and 'Trainee 2',
Fife, the IBD (Institute of Brewing and Distilling), SIBA, the EMCC, Clutterbuck, Gibbs,
Johari, Schön.
"""

from corpus.case import Case, H, P, SourceFile, T

PLAN = T(
    ["What I want to develop", "How", "When", "How I'll know"],
    ["Questioning - fewer leading questions", "Peer observation by another mentor; use the question bank from the course",
     "Dec - Feb", "Observer counts leading questions: under 3 per session"],
    ["Listening to feelings, not just facts", "Book on listening skills; practise reflecting back feelings",
     "Jan - Mar", "Mentees rate 'felt listened to' 4/5+"],
    ["Supervision", "Monthly supervision with the external mentor-supervisor", "From December",
     "Six sessions logged by May"],
    ["Mentoring beyond the brewery", "Volunteer as a mentor on the IBD's new entrant scheme",
     "Apply January, start April", "Matched with a mentee by May"],
)

JOURNAL = [
    H(0, "Reflective Journal - Unit 8587-305"),
    P("Alasdair Munro, Head Brewer"),
    P("""This journal looks back on my 304 mentoring of Trainee 1 and Trainee 2, two
      trainee brewers in their first year, from June to October. Page numbers are the ones
      in my evidence matrix."""),

    H(1, "Looking back at the evidence"),
    P("""I went back through the session records, both trainees' feedback forms, my
      supervisor's notes and the observation my tutor did in August. On the records the
      mentoring was effective in one clear way and less effective in another. Effective:
      both trainees met their technical goals - Trainee 1 ran a brew on her own from mash-in
      to transfer in September, and Trainee 2 passed the IBD General Certificate in Brewing.
      Less effective: the personal goals. Trainee 2 wanted to stop being 'the quiet one' in
      the production meeting, and my records show we talked about it in three sessions
      and agreed nothing concrete. Looking at the feedback next to the records I can see
      why: I am comfortable with the tank and the recipe, and I kept steering back there.
      My line manager, Fiona Drummond, our operations director, said when she read my
      summary that the trainees had learned a lot of brewing and not much about themselves,
      which stung but is fair. Against the EMCC competences, I am strong on 'managing the
      contract' and weak on 'facilitating insight'."""),

    H(1, "Strengths and gaps"),
    P("""I used a Johari window with the trainees' and my supervisor's feedback to sort
      this out. Strengths: I know the subject, I keep to time and to the contract, my
      records are good, I explain clearly, and both trainees said I was approachable.
      Gaps in knowledge: I only really know one model, GROW, and I use it like a
      checklist. Gaps in skills: I ask leading questions - 'don't you think you should
      check the gravity first?' is advice wearing a question mark. Behaviour: I get
      impatient when a trainee is slow to answer and I fill the gap. Interpersonal: my
      supervisor's word was 'brisk', and the blind-spot pane of the Johari window was
      almost entirely about tone."""),

    H(1, "Where next"),
    P("""Opportunities I looked at: the IBD's mentoring scheme for new entrants, which would
      let me mentor someone outside my own brewery where I am not also the boss; SIBA's
      regional events; peer observation with the other mentor on site; regular supervision,
      which I only had twice during the 304; and a short course on listening skills. For
      questioning, I want to swap my leading questions for genuinely open ones, and the
      test will be whether someone watching can tell. For listening, I want to notice
      feelings - when Trainee 2 said 'it's fine' about the production meeting it was
      not fine. Communication strategy: agree at the start of every session whether the
      trainee wants my brewing knowledge today or wants me to keep it in the cask."""),

    H(1, "Development plan (December to May)"),
    P("""Six months from December, reviewed with my supervisor in March and at the end
      of May. The first goal is first because it came up in every piece of evidence."""),
    PLAN,

    H(1, "Appendix - supervision notes (copied from my notebook)"),
    P("""Supervision 1, 14 July - R. Baxter (Trainee 2) discussion. Talked about the
      production meeting goal. Supervisor asked what I was avoiding. Agreed to ask Trainee 2
      what 'not the quiet one' would look like."""),
    P("""Supervision 2, 22 September. Endings, and my leading questions. Supervisor
      suggested peer observation, which is now in the plan."""),
]

MATRIX_FILE = [
    H(0, "Evidence matrix - Unit 8587-305 - A Munro"),
    P("Page numbers refer to the reflective journal PDF."),
    T(
        ["AC", "Criterion (short)", "Evidence", "Page"],
        ["1.1", "Examine effectiveness", "Journal - Looking back at the evidence", "pp. 1-2"],
        ["1.2", "Strengths and areas for improvement", "Journal - Strengths and gaps", "p. 2"],
        ["2.1", "Future development opportunities", "Journal - Where next; appendix", "pp. 2-3"],
        ["2.2", "Development plan, 6 months", "Journal - Development plan table", "p. 3"],
    ),
    P("""Supporting evidence held at the centre: 304 portfolio (session records, feedback
      forms, observation report)."""),
    P("""Learner declaration: I confirm that the work in this journal and the evidence
      listed above is my own. Signed A. Munro, 2 December."""),
]

CASE = Case(
    name="q_8587_305_brewery_pdf",
    unit="8587-305",
    kind="portfolio",
    files=[SourceFile("Munro 305 reflective journal.pdf", JOURNAL), SourceFile("Munro 305 evidence matrix.pdf", MATRIX_FILE)],
    labels={
        "1.1": "learned a lot of brewing and not much about themselves",
        "1.2": "advice wearing a question mark",
        "2.1": "keep it in the cask",
        "2.2": "it came up in every piece of evidence",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Fiona Drummond", "R. Baxter"],
    },
    about="Craft brewery head brewer's 305 as two PDFs: a journal under his own headings with a plan table and copied supervision notes, and an evidence matrix pointing at journal page numbers; the line manager's name and 'R. Baxter' planted.",
)
