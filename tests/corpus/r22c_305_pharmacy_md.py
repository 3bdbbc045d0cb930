"""8587-305 Reflecting on Mentoring Skills: a community pharmacy's branch manager, Markdown journal.

Fiona Mackie is the pharmacist manager of an independent community pharmacy (two
pharmacists, a pharmacy technician, five dispensing and counter staff, a busy prescription
collection and delivery service, and the NHS Pharmacy First service). For unit 304 she
mentored two of her team: Mentee A, a trainee dispensing assistant in her first job, and
Mentee B, a newly registered pharmacy technician who had taken over the monitored-dosage
(blister pack) service. She writes her notes in a Markdown editor and submitted the .md
file. It opens with her declaration and the Unit 305 evidence matrix as a Markdown table,
whose right-hand column points at her own sections: "see section 2" ... "see section 5".

Headings (Markdown #/##) number the criteria four different ways inside her own section
numbers: "Section 2 - LO1/AC1.1 ...", "Section 3 - AC 1.2 ...", "Section 4 - 2.1) ...",
"Section 5 - Question 2.2 ...". Section 1 is background, section 6 a summary. Kind
"numbered-unstyled": a text file whose numbering is typed by hand, though Markdown headings
mark the sections.

Traps:
- The evidence matrix repeats every AC's wording and a title for each section, so the AC
  wording and the section titles appear twice; no label is in the matrix.
- 1.1 runs over three paragraphs (records, supervision, feedback); label in the third, on
  feedback, which also quotes a line pasted from Mentee B's feedback form.
- 1.2 is a SWOT-style pair of bulleted lists under "What I do well" and "What I need to work
  on"; label in the second list.
- 2.1 is three short paragraphs (questioning, listening, communication), label in the
  listening one.
- 2.2 is a plan table (goal, actions, by when, success measure) over six months, with one
  lead-in line; label in a cell.
- Declaration at the top: True. Evidence matrix present: True.

Identifying (planted): "Shauna", Mentee A's real first name used alone once in the records
paragraph of section 2, and "07781 224903", a mobile number left in the header line of
Mentee B's feedback form quoted in section 2. Not identifying: the learner's own name, the
superintendent pharmacist and her ILM tutor by role, Gibbs, Clutterbuck, GROW, the GPhC,
the CPPE, the NHS, Pharmacy First, the EMCC.
"""

from .case import Case, H, P, B, SourceFile, T

BLOCKS = [
    H(0, "Unit 305 Reflective Journal - Reflecting on Mentoring Skills within an Organisational Context"),
    P("**Learner:** Fiona Mackie, Pharmacist Manager  "),
    P("**Qualification:** ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("""**Declaration:** I confirm that this reflective journal and the evidence it refers to are my
      own work, and that the mentoring described took place as recorded. Signed: F. Mackie, 21
      November"""),

    H(1, "Evidence matrix"),
    T(["Unit 305 Reflecting on Mentoring Skills within an Organisational Context", "Reflective Journal Evidence Title", "Reference"],
      ["AC 1.1 Examine the effectiveness of their own mentoring practice based on evidence, including records, supervision and feedback",
       "How well did my mentoring work?", "see section 2"],
      ["AC 1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills",
       "Strengths and things to work on", "see section 3"],
      ["AC 2.1 Review own mentoring ability to identify future development opportunities, including the use of questioning, listening and communication strategies",
       "Where next", "see section 4"],
      ["AC 2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success",
       "My CPD plan", "see section 5"]),

    H(1, "Section 1 - Background"),
    P("""Our pharmacy is an independent on a high street in a market town. We dispense around 9,000
      items a month, deliver to about 120 housebound patients, make up weekly blister packs for
      80 patients and run the NHS Pharmacy First service. For unit 304 I mentored two of my own
      team between March and October: Mentee A, a trainee dispensing assistant aged 19 in her
      first job, and Mentee B, a pharmacy technician who registered with the GPhC last year and
      took over running the blister pack service. I am their manager, so I agreed with both at
      the start that mentoring conversations would be kept separate from supervision and
      appraisal, and my superintendent pharmacist did their appraisals this year instead of me."""),

    H(1, "Section 2 - LO1/AC1.1 How well did my mentoring work?"),
    P("""**Records.** My mentoring diary shows twelve sessions with Mentee A and eight with Mentee B.
      Reading them back, Mentee A's sessions show clear movement: in my notes for Shauna's fourth
      session she set the goal of handling a prescription query at the counter on her own, and
      by the eighth she was doing it routinely. Mentee B's records are thinner. Several
      sessions have no goal written down, and when I look at what I wrote, they read like
      operational catch-ups about the blister pack workload rather than mentoring."""),
    P("""**Supervision.** I took this to my second supervision session with my tutor. She asked me who
      set the agenda in those sessions, and the honest answer was me, because the blister pack
      service was behind and I was worried about it. She pointed out that as both mentor and
      manager I was finding it hard to leave the manager outside the door. After that I started
      each session with Mentee B by asking what she wanted to use the time for, and I moved our
      meetings to the consultation room instead of the dispensary office, where the workload
      was staring at us from the shelves."""),
    P("""**Feedback.** Both mentees filled in the feedback form at the end. Mentee A's was very
      positive. Mentee B's form came back with the header line still showing "Returned by:
      Mentee B, 07781 224903, via WhatsApp" and said: "The later sessions helped me much more
      than the early ones, when it felt like being managed." That matches my records. She also
      wrote that the most useful thing was when I stopped offering solutions and asked what she
      thought the service needed, and that she now feels able to tell me when the workload is
      unsafe. My conclusion is that I mentored well when the mentee's goal was separate from my
      own worries as a manager, and less well when it wasn't, until supervision helped me see it."""),

    H(1, "Section 3 - AC 1.2 Strengths and things to work on"),
    P("I used a simple strengths and weaknesses review, based on my diary and the feedback above."),
    H(2, "What I do well"),
    B("""Knowledge: I know the pharmacy, the regulations and the roles inside out, which gives
      mentees confidence and means I can point them to the right training, such as CPPE courses."""),
    B("""Skills: I build rapport quickly and I am good at helping someone break a goal into steps.
      My explanations are clear."""),
    B("""Behaviour: I am reliable, I keep confidences and I am patient with people who are new,
      which both mentees mentioned."""),
    H(2, "What I need to work on"),
    B("""Knowledge: I knew little about mentoring models apart from GROW, and nothing about
      supervision before this course."""),
    B("""Skills: I jump to solutions. As a pharmacist I solve problems all day, and in mentoring
      I offered answers before the mentee had finished explaining the question."""),
    B("""Communication and interpersonal: I find it hard to switch off the manager voice,
      and my tone gets clipped when the dispensary is busy, which mentees notice."""),

    H(1, "Section 4 - 2.1) Where next"),
    P("""Questioning: my questions start open but turn into closed, checking questions ("have you
      done the fridge log?") once I get anxious about the work. I want to practise a small set
      of open follow-up questions, and I have joined a monthly peer mentoring group for
      pharmacy managers run by our local pharmaceutical committee, where we practise on each
      other and give feedback."""),
    P("""Listening: I listen to the first half of what people say and then plan my answer. I will
      practise summarising before I respond, and I have booked a CPPE e-learning module on
      consultation skills, which has a strong section on active listening. I will also ask
      Mentee B, who continues with me, to tell me when I interrupt."""),
    P("""Communication: I need to manage my tone and where we meet. I will keep mentoring in the
      consultation room, never the dispensary, and ask my supervisor to watch a recorded
      session (with consent). Continuing supervision every two months and joining the EMCC
      for its webinars will keep me developing after the course ends."""),

    H(1, "Section 5 - Question 2.2 My CPD plan (December to May)"),
    P("I discussed this plan with my tutor at our final supervision session."),
    T(["Goal", "Actions", "By when", "How I will measure success"],
      ["Ask more open follow-up questions", "Peer mentoring group monthly; keep a list of five follow-up questions in my diary",
       "December to May", "Peer group feedback in March says most of my questions were open"],
      ["Listen fully before responding", "CPPE consultation skills module; summarise before responding",
       "Module done by end of January", "Mentee B counts fewer than two interruptions per session by April"],
      ["Keep the manager out of the mentoring room", "Consultation room only; agenda set by the mentee",
       "From December", "Every diary entry from December has a goal written by the mentee"],
      ["Learn one more mentoring model", "Read Clutterbuck on developmental mentoring; try it with a new mentee",
       "February to April", "I can explain it to my supervisor and have used it in three sessions"],
      ["Stay supervised", "Supervision every two months; join the EMCC", "December, February, April",
       "Three supervision records by May"]),
    P("I will review progress against the plan at each supervision session and rewrite it in May."),

    H(1, "Section 6 - Summary"),
    P("""Looking back, the mentoring made a real difference to both of my mentees, and it has made me
      a different kind of manager as well as a better mentor. The hardest lesson was that being
      the boss and being a mentor pull in different directions, and that supervision is where I
      could see which one was in charge on a given day."""),
]

CASE = Case(
    name="r22c_305_pharmacy_md",
    unit="8587-305",
    kind="numbered-unstyled",
    files=[SourceFile("F Mackie Unit 305 journal.md", BLOCKS)],
    labels={
        "1.1": "now feels able to tell me when the workload is unsafe",
        "1.2": "I find it hard to switch off the manager voice",
        "2.1": "I listen to the first half of what people say",
        "2.2": "Mentee B counts fewer than two interruptions per session",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Shauna", "07781 224903"],
    },
    about="Community pharmacy manager's 305 in Markdown: declaration and evidence matrix ('see section 2') at the top, headings numbered 'LO1/AC1.1', 'AC 1.2', '2.1)', 'Question 2.2' inside her own section numbers, SWOT bullets, plan table; a first name and a phone number left in.",
)
