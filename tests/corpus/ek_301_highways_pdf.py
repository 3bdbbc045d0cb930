"""8587-301 Understanding Good Practice in Mentoring: a county council highways engineer, PDF.

Lauren Hegarty is a principal engineer in a county council's highways service and mentors
graduate civil engineers on their professional training scheme. She writes a continuous
report with only "Introduction", "Conclusion" and "References" as headings, citing
Clutterbuck, Megginson, Gibbs and Schön. Her order follows her own year with a graduate:
the first site walk that starts the relationship, then the diagnostic tools, then
Clutterbuck's phases as her model, and only then what mentoring is for (in two paragraphs:
the fuller one on what the council gets, then where else the council uses it) and how the
mentor differs from the supervising engineer and line manager. Contracting follows, then an
ethical problem (a mentee applying to join her own team), barriers, the knowledge, skills
and behaviours (her own three-way split, with a nod to a framework), monitoring, records
for both sides, and reflection with supervision. One graduate's first name is planted.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Mentoring graduate engineers in a county highways service"),
    P("Lauren Hegarty, Principal Engineer - ILM Level 3, Unit 301 Understanding Good Practice in Mentoring"),
    P("Introduction"),
    P("""Every year our highways service takes on three or four graduate civil engineers, who spend
      around four years working towards chartered status. Each is given a mentor from outside
      their own team. Drawing on the five graduates I have mentored, this report discusses what mentoring is for, the mentor's role and what it demands, barriers, how the
      relationship is started and contracted, ethics and safety, the model and tools I use,
      reviewing progress, records, reflection and supervision."""),
    P("""My current mentee, Tariq, joined us from university in September. I did not start with
      paperwork. For our first meeting I took him out on a site walk of the bridge strengthening
      scheme I was managing, because engineers talk more easily standing next to a structure than
      across a table. On the way I told him how I had got to where I am, including failing my
      first attempt at the professional review, and asked about his degree project, what he
      enjoyed, and what he was worried about. Before the walk I had emailed him a short profile
      of myself, so he knew what I could and could not help with.  Rapport comes from that kind of
      shared experience and from showing genuine interest; trust comes more slowly, from doing
      what I say I will do, and by the end of the first month he was ringing me with questions
      without an appointment, which I took as a good sign."""),
    P("""To find out where a graduate is starting from, I use a few tools. The most useful is the
      institution's own list of development attributes, against which the graduate scores themselves from one to five; I rate what I have seen, and the difference starts the
      conversation about goals. I also use a learning styles questionnaire, which with Tariq
      showed a strong preference for learning by doing, so we agreed he would ask to go on site
      rather than read about temporary traffic management. A personal SWOT helps too, and a career timeline, where they draw the next five years
      on a sheet of A3, often shows that what they want is not what they have been telling their
      manager. From these we agree two or three goals for the next six months, written in SMART
      form and in the graduate's own words, because a goal I write for them is my goal, not
      theirs."""),
    P("""I manage the relationship using Clutterbuck's phases of a developmental mentoring
      relationship (Clutterbuck, 2004): building rapport, setting direction, making progress,
      winding down, and moving on. With Tariq, the first two months were rapport building; the
      tools above were direction setting; most of this year will be progress making, with monthly
      meetings; and we have already agreed that the relationship will wind down once he passes
      his professional review, ending with a meeting to look back and agree how we stay in touch.
      The model's strength is that it reminds me a relationship has a life cycle, so I plan the
      ending from the start. It is also flexible, so it suits a
      four-year scheme. Where it falls short is inside a single meeting, for which it offers no structure, so for
      individual sessions I use a simple structure of reviewing actions, exploring
      the issue the graduate has brought, agreeing next steps, and checking how the meeting went.
      It also assumes things move forward in order, when a setback can send a pair back to the start."""),
    P("""It is worth being clear about why the council does this at all. Mentoring here means a
      more experienced engineer helping a graduate to learn, make decisions and find their own
      way into the profession, through regular conversations over several years. Without it, graduates learn the technical job but not how the council works: who to ask,
      how to handle a difficult councillor. For the council, mentoring means
      graduates reach chartered status sooner, and it has cut the number who leave for
      consultancies in their first three years, which matters when a third of our engineers are over fifty-five. It is not training, which teaches a defined skill, nor
      coaching, which is usually shorter and focused on a specific goal, and it is not
      counselling."""),
    P("""Beyond the graduate scheme, the council uses mentoring for new team leaders, for staff
      returning from parental leave, and for apprentices in our depots, so a culture of mentoring
      is slowly becoming part of how we work."""),
    P("""The mentor's role is deliberately different from the graduate's two other key people.
      Their supervising civil engineer signs off their training record and judges their technical
      competence; their line manager allocates their work and manages their performance. As
      mentor I do neither. I am there to listen, to share experience when it helps, to ask the
      questions that help the graduate find their own answers, and to open doors, for example
      arranging a week with our bridges team. My responsibilities are to agree and stick to a
      mentoring agreement, to plan each meeting and use suitable tools, to hold confidences
      within the limits we set, to recognise what is beyond me and pass it on, to keep brief records, to seek supervision, and to close the relationship
      properly."""),
    P("""Contracting turns that understanding into something both sides have agreed. At our second
      meeting Tariq and I went through the council's mentoring agreement template together: frequency (monthly, ninety minutes) and venue, how we keep in touch in between,
      confidentiality and its limits (risk of harm, a safeguarding concern or serious
      misconduct), what records I will keep and how they are stored, what he can expect
      of me and I of him, and how either side can bring it to a close without fuss. The
      graduate scheme coordinator and his line manager were then told the meeting pattern, and
      nothing else, in a short three-way email. The point of contracting is that expectations are
      explicit: a graduate who thinks a mentor will get them promoted, or a manager who thinks the
      mentor will report back, will lose trust quickly. It also sets the boundaries that keep the
      relationship safe and ethical, addresses the power difference between a principal engineer
      and a graduate, and gives us something to review at six months."""),
    P("""An ethical problem arose in February, when a post came up in my own team and Tariq told
      me in a mentoring meeting that he was thinking of applying. I would be on the interview
      panel. That is a clear conflict of interest: I knew things about him that other candidates'
      panels would not, and he might feel he had to say the right things to me. I told him so,
      stepped down from the panel, and told the recruiting manager only that I had a conflict. The council's code of conduct and the EMCC code both say conflicts must be declared. Safety matters too: our site visits follow the council's lone working
      procedure, with a site log and a check-in call, and mentoring meetings are held in bookable
      rooms rather than in anyone's home. The Equality Act applies to mentoring as to everything
      else, so for a previous mentee with dyslexia I gave written summaries after each meeting.
      And mentoring is not always the right response: when a graduate was struggling with a family
      bereavement, I referred her to occupational health rather than trying to mentor her through
      it."""),
    P("""The barriers are real. Time is the first: during flood season or a winter of potholes,
      everyone is pulled onto emergency work and mentoring slips. We handle that by booking the
      year's meetings in advance, agreeing that a missed meeting is rescheduled within a fortnight,
      and having the head of service say publicly that mentoring time is protected. Distance is
      the second, because graduates are spread across three depots, so we use video calls for some
      meetings. Third, some graduates come with a bad previous experience of being 'mentored' by
      someone who told them what to do; the first meetings and the agreement have to show that
      this is different. Finally, a mentor from the same service can feel like management, which is
      why we never mentor anyone in our own team and why the matching is done by the scheme
      coordinator, who will re-match a pair that is not working."""),
    P("""Being an effective mentor needs more than technical seniority. The knowledge is about the
      graduate scheme and its requirements, the council's policies, the mentoring models and
      tools, and the ethics codes. The skills are mostly about communication: active listening,
      open and probing questions, summarising, giving feedback that is specific and usable, helping
      to set goals, and keeping records. The behaviours are the hardest: being non-judgemental when
      a graduate makes a choice I would not, being patient, honest about my own mistakes, and
      aware of how my own values, for example about working long hours, might colour my advice.
      Megginson and Clutterbuck describe the effective mentor as someone who helps the mentee
      think rather than thinking for them, and that is the behaviour I have had to learn."""),
    P("""Progress is reviewed in three ways. Each meeting opens with the goals, and Tariq says what he has done and scores his confidence from one to ten; this is quick and
      keeps the goals alive, but it depends on his own judgement. Every six months we look at his
      development attributes again, which gives a structured comparison with where he started.
      And with his permission I ask his supervising engineer for a short comment on his progress
      against the goals; this gives an outside view but is only occasional. Used together, his
      self-assessment tells us how he feels about his progress and the other two tell us whether
      it is visible to others."""),
    P("""Both of us keep records, for different reasons. Tariq keeps his own development log for the
      institution, and our agreed goals and actions go into it, which makes the mentoring part of
      his evidence for chartered status. I keep the signed agreement, the results of the
      diagnostics, and a brief write-up of every meeting with actions and dates. My notes remind me
      what we agreed, show progress over time, and give me material to reflect on and take to
      supervision. They are held in a restricted folder, not on his personnel file, and are
      kept only until a year after the relationship ends, as UK GDPR and the council's retention schedule require. Tariq can see anything I write about him."""),
    P("""Reflection is how I improve as a mentor. I use Gibbs' reflective cycle after meetings that
      did not go as planned, working through what happened, how I felt, what was good and bad,
      what I can learn and what I will do next time. Schön's idea of reflection-in-action also
      fits: on the site walk I noticed I was lecturing Tariq about bearings and changed to asking
      him what he could see. Supervision gives me a place to take what I cannot work out alone. I
      meet the council's mentoring lead every two months with other mentors, we discuss anonymised
      situations, and it was there that I talked through the interview panel problem before acting
      on it. Professional bodies expect this of mentors, and it feeds my CPD record."""),
    P("Conclusion"),
    P("""Mentoring graduates is one of the most useful things a senior engineer can do for the
      service. It depends on a careful start, a clear agreement, an ethical approach, a model
      that plans the whole relationship, good tools, honest reviews and records, and a mentor who
      keeps reflecting and is supervised."""),
    P("References"),
    P("""Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD. Megginson, D. and
      Clutterbuck, D. (2005) Techniques for Coaching and Mentoring. Oxford: Elsevier. Gibbs, G.
      (1988) Learning by Doing. Oxford: FEU. Schön, D. (1983) The Reflective Practitioner. New
      York: Basic Books."""),
]

CASE = Case(
    name="ek_301_highways_pdf",
    unit="8587-301",
    kind="unstructured",
    files=[SourceFile("Hegarty 301 report.pdf", BLOCKS)],
    labels={
        "1.1": "cut the number who leave for consultancies",
        "1.2": "graduate's two other key people",
        "1.3": "needs more than technical seniority",
        "1.4": "everyone is pulled onto emergency work",
        "2.1": "took him out on a site walk",
        "2.2": "Contracting turns that understanding into something",
        "2.3": "stepped down from the panel",
        "3.1": "phases of a developmental mentoring relationship",
        "3.2": "institution's own list of development attributes",
        "3.3": "Progress is reviewed in three ways",
        "4.1": "Both of us keep records, for different reasons",
        "4.2": "lecturing Tariq about bearings",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": ["Tariq"]},
    about="Highways graduate mentoring report PDF: only Introduction/Conclusion/References headings, first site walk and tools before the model, purpose late over two paragraphs, a conflict-of-interest dilemma, Clutterbuck, Gibbs and Schön, references.",
)
