"""8587-303 Reflecting on Coaching Skills: a university careers consultant, essay in unstyled Word.

Nadia Osei is a senior careers consultant at a university careers service. For unit 302 she
coached two colleagues, a newly appointed careers consultant and a placements officer who
had moved across from student recruitment, over seven months. Her 303 is one continuous
essay typed in Word with no heading styles and no headings at all after the title lines: no
AC numbers, no AC wording, no evidence matrix, no declaration. She answers the criteria in
her own words and in her own order.

Where the criteria are (all in Normal paragraphs):
- Opening paragraph sets the scene (no criterion).
- 1.2 comes first, unasked: "I'll start with what I think I'm good at" - strengths in
  knowledge, skills, behaviour, then the areas to improve. Two paragraphs; label in the
  second (areas to improve, interpersonal).
- 1.1 follows as "whether any of this is true" - her session notes, her supervisor's
  comments and the two colleagues' feedback forms. Three paragraphs; label in the second
  (supervision).
- 2.1 is "what I want to get better at and how" - questioning, listening and how she
  communicates, with opportunities (a peer coaching trio, the AGCAS coaching module, the
  EMCC, supervision); label in the paragraph on listening.
- 2.2 is a six-month plan written as prose, month by month from September to February,
  each step with "I'll know it's worked if ..."; label in the second plan paragraph.
- Closing paragraph sums up without adding a criterion.
Evidence matrix expected by the unit but absent: False. No declaration: False.

Clean: "the new consultant", "the placements officer", "my supervisor" (her ILM tutor),
"the head of service". Not identifying: the learner's own name, Egan, Kline, GROW, AGCAS,
the EMCC, the CDI, the university (not named).
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Reflective Journal - Unit 303"),
    P("Nadia Osei, Senior Careers Consultant"),
    P("""I have worked in our university careers service for nine years, first as an information
      adviser and now as a senior careers consultant, which means I see students one to one,
      run workshops, and lead on the consultants' professional development. Guidance
      interviews with students use many of the same skills as coaching, which is partly why I
      thought this course would be easy. It wasn't. Between February and August I coached two
      colleagues for unit 302: the new consultant, who joined us from a sixth-form college,
      and the placements officer, who had moved across from student recruitment and was
      finding it hard to say no to academics. I had sixteen sessions with the two of them,
      and four supervision sessions with my supervisor. This is my look back at how I did and
      where I go from here."""),

    P("""I'll start with what I think I'm good at, because it surprised me how much of it came
      from my day job. My knowledge of careers theory, the graduate labour market and the
      university itself meant I understood my coachees' worlds immediately and could tell
      when something they said didn't add up. My skills in building rapport and making people
      feel at ease are strong; nine years of nervous first-year students will do that. I am
      well organised, my session notes are thorough, and I keep confidences, which mattered a
      lot in a small team where everyone knows everyone."""),
    P("""The weaker areas are mostly about habits that serve me well with students but get in the
      way of coaching colleagues. In guidance interviews I am used to giving information at
      the right moment, and I did the same in coaching: twice I found myself explaining the
      placement regulations to the person who runs placements. My knowledge of coaching
      models was thin beyond GROW. And in interpersonal terms, I am warm but I avoid
      conflict, which meant I let the placements officer talk round the real problem for
      three sessions rather than name it."""),

    P("""The question is whether any of this is true or just how I feel about it, so I went back to
      the evidence. My session notes show both coachees set clear goals early. The new
      consultant's goal was to run her first group workshop for final-year engineers without
      a script, and the notes show steady progress: a practice run in session three, a
      co-delivered workshop in session five and one on her own in session seven. The
      placements officer's notes tell a different story, with the same action, "speak to the
      Business School placement lead", carried over three times."""),
    P("""My supervision notes explain why. In my second supervision session my supervisor asked me
      to describe, word for word, how I had opened the last session with the placements
      officer. I had started by asking how the meeting with the Business School had gone,
      which sounds caring but meant every session began with him admitting he hadn't done it.
      She asked what would happen if I let him choose the topic. When I tried that, he chose
      to talk about why he found senior academics intimidating, which was the real goal all
      along. Looking back, my own opening question was keeping him stuck, and I would
      never have seen that from my notes alone."""),
    P("""The feedback forms both coachees returned at the end add a third view. The new consultant
      scored every session highly and said the most useful thing was being asked to rehearse
      out loud. The placements officer was more mixed: he said the early sessions felt "a bit
      like a progress meeting" but the later ones were the most useful conversations he'd had
      at work that year. The head of service, who sits in on his meetings with academics, told
      me he now negotiates placement numbers rather than just accepting them. Taken together,
      I think my coaching was effective for someone with a clear practical goal straight
      away, and became effective for the other person only after supervision helped me see
      what I was doing."""),

    P("""So what do I want to get better at, and how? The three areas that stand out are the ones
      the course keeps coming back to: questioning, listening, and the way I communicate
      generally. With questioning, I ask good open questions to start with but then drift into
      information-giving questions ("have you looked at the placement handbook?"). I want to
      build a small set of follow-up questions that keep the thinking with the coachee, and
      I will read Egan's The Skilled Helper on probing. I've also joined a peer coaching
      trio with two colleagues from the library and the students' union who are on the same
      course, meeting once a month to coach each other and give honest feedback."""),
    P("""Listening is the one I thought I was best at, and supervision showed me I listen for the
      problem rather than to the person. I am going to do the AGCAS coaching skills module
      in the autumn, which includes recorded practice, and read Kline's Time to Think, and I will
      practise leaving a silence after the coachee finishes rather than coming straight in.
      As for communication more widely, I want to be more direct when something needs naming,
      which is the conflict-avoidance habit from earlier. Continuing supervision, joining the
      EMCC as an individual member for the webinars and the code of ethics, and keeping my CDI
      CPD log up to date will give me the structure to keep this going."""),

    P("""My plan for the next six months, which I talked through with my supervisor at our last
      session, runs from September to February. In September I'll start the peer coaching
      trio and take on one new coachee, a recruitment officer, so I have live practice. I'll
      know it's worked if I've had at least five sessions with the trio and coachee by the
      end of October."""),
    P("""In October and November I'll do the AGCAS module and record two coaching sessions with
      consent, and I'll count in each recording how many of my questions were open and how
      many were information-giving. I'll know it's worked if the recordings show at most
      one information-giving question in a session by the end of November. In December I'll
      read Time to Think over the break and try its ideas on silence in January; I'll know
      it's worked if my trio tell me I've stopped finishing their sentences. In January and
      February I'll focus on directness: in every session I'll say out loud at least once
      what I notice the coachee avoiding, and I'll know it's worked if I've done it in every
      session in those two months and my coachee's feedback in February says I challenged
      them. I'll review the whole plan with my supervisor at the end of each month and
      properly at the end of February."""),

    P("""Looking back over the seven months, the biggest change is that I now see coaching as
      something different from guidance rather than a softer version of it. I am a better
      coach than I was in February, and the evidence mostly says so, but the placements
      officer's first three sessions are the ones I'll remember."""),
]

CASE = Case(
    name="r22c_303_careers_service_docx",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("Osei N reflective journal 303.docx", BLOCKS)],
    labels={
        "1.1": "my own opening question was keeping him stuck",
        "1.2": "let the placements officer talk round the real problem",
        "2.1": "I listen for the problem rather than to the person",
        "2.2": "at most one information-giving question in a session",
    },
    expected_checks={"declaration": False, "evidence_matrix": False, "identifying": []},
    about="University careers consultant's 303 as a headingless essay in unstyled Word: criteria in her own words and order (strengths before evidence), 6-month plan as month-by-month prose; no evidence matrix, no declaration.",
)
