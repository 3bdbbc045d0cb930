"""8587-300 Understanding Good Practice in Coaching: a library manager's essay as a PDF.

Farah Quraishi manages customer services in a university library and writes her coaching
assignment as continuous prose under her own themed lines ("What the library gets out of
it", "Ground rules", "Looking back and looking after myself"), exported to PDF. She
answers in her own order: purpose, then how she starts a relationship and her model,
contracting before ethics, the coach's role over two separated paragraphs (the first the
fuller) with the skills between them, tools, then monitoring and records in one paragraph
(3.3 and 4.1), barriers late, reflection and supervision last. An introduction and a
conclusion name every topic; references at the end.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Coaching in an academic library – Farah Quraishi"),
    P("""This assignment is about coaching in the customer services team of a university library. I
      explain why we coach, what a coach does and needs to be good at, the barriers and how to get
      past them, starting the relationship, contracting, ethics and safety, the model I use, my
      tools, how progress is monitored, why records matter and why reflection and supervision
      matter to a coach."""),
    P("What the library gets out of it"),
    P("""For me, coaching is a conversation in which one person helps another to think something
      through and decide for themselves what to do, without being told. That makes it different
      from the induction training our assistants get, where there is a right way to issue a laptop,
      and different from mentoring, where an older hand passes on experience. What the library
      gained when we started coaching last year was a front desk that solved more problems without
      calling a manager, two senior assistants who applied for and won team leader posts, and a
      drop in sickness absence among evening staff. It also fits the university's people strategy,
      which asks every manager to grow their own staff rather than recruit from outside."""),
    P("First conversations"),
    P("""With a new coachee I start with an informal coffee away from the desk, tell them a little
      about how I came to coaching and what I am not (I am not their line manager in that room), and
      ask what they would like to be different in six months. I ask open questions and mostly
      listen, and I share my short coaching profile so they can see I have done this before. By the
      end of the first half hour the aim is that they feel heard rather than assessed."""),
    P("""The model I lean on is GROW. We begin with the goal for the programme and for the session,
      look honestly at the reality, generate options together and finish with the will: what they
      will do, by when, and how committed they are on a scale of one to ten. With Coachee 2, who
      wanted to run the group study room bookings, her reality was that she avoided phoning
      academics, so her options were about rehearsal and scripts. The strength of GROW is that it
      is easy to remember and keeps the session moving towards action; its weakness is that it can
      rush past feelings, so when someone is anxious I spend longer in reality than the model
      suggests."""),
    P("Ground rules"),
    P("""Agreeing terms at the start protects both of us. Our written agreement says how often we meet,
      for how long and where, what stays confidential and the one exception where there is a risk of
      harm, what notes I keep and for how long under GDPR, and what the line manager will and will
      not hear. I draft it in the first meeting, the coachee takes it away, and we sign it at the
      second; then the three of us, with the line manager, meet briefly so everyone's expectations
      are the same. Without this, a manager can start treating coaching as performance management by
      the back door."""),
    P("""Keeping things safe and fair means more than the agreement. I follow the EMCC code of ethics,
      I do not coach anyone I manage directly, and I refer a coachee to the employee assistance
      programme if what they bring is really a counselling matter. Sessions are in a bookable room
      with a glass panel, never in my office after the building closes, and online sessions use the
      university's Teams account, not my own phone. If a coachee's values and mine clash, for
      example over whether to report a colleague, I name the conflict and if needed pass them to
      another coach."""),
    P("What I do as a coach"),
    P("""My part is to create the space and the structure while the coachee does the thinking. I
      manage the contract and the diary, choose the tools, keep the sessions focused on their goals,
      challenge when they are going round in circles, keep what they say confidential within the
      limits we agreed, and know when to end the relationship. I also take my own practice to
      supervision so that my blind spots do not become theirs."""),
    P("""To do that I need to be able to listen properly and ask sharp questions, and know the coaching
      models and our ethics code well enough to use them without looking them up. Just as important
      is the way I behave: staying non-judgemental when someone tells me they hate the job, being
      honest when I think they are avoiding something, and noticing when my own opinions are
      colouring what I say."""),
    P("""Beyond the sessions, I remember that coaching sits in the library's structures: I report
      numbers, never content, to the head of service, and I make sure the coachee's manager knows
      when we finish."""),
    P("What I use in sessions"),
    P("""Three tools earn their place. A wheel of work life, which the coachee scores from nought to ten
      on eight areas, shows in five minutes where they want to put their energy. The Honey and
      Mumford questionnaire tells me whether someone wants to try things out or read about them
      first, so I can suggest actions that suit them. And scaling questions turn a vague wish into a
      target: if confidence on the phone is a four now, what would a seven look like? From these we
      write one or two goals in the coachee's words and check they are specific and within their
      control."""),
    P("""Every fourth session we look back at the goals together, the coachee re-scores the wheel, and
      I ask their manager for a line of feedback with the coachee's agreement. Re-scoring is quick but
      only tells us how the coachee feels; the manager's view is slower but more objective. My
      session notes, the agreement and the wheel scores are the records; they let the coachee see how
      far they have come and let me prepare, and they are kept in a restricted folder on the
      university network and deleted a year after we finish."""),
    P("Things that get in the way"),
    P("""Time is the biggest barrier: the desk is short-staffed in term time and coaching is the first
      thing to be cancelled. I book sessions in the quieter vacation weeks and agree with managers
      that a session counts as cover time. Some coachees have had a bad experience of a manager
      'coaching' them into leaving, so I explain the confidentiality rules in the first meeting and
      let them choose the first topic. And there is nowhere private on the ground floor, so we use
      the bookable rooms upstairs."""),
    P("Looking back and looking after myself"),
    P("""After each session I spend ten minutes on Gibbs' cycle: what happened, how I felt, what went
      well and badly, and what I would do differently. Doing this showed me that I rescue people when
      they go quiet, and I now count to five before speaking. Reflection is how a coach keeps
      learning; without it I would simply repeat my habits. Once a month I meet a supervisor from
      the university's coaching pool, who helps me see what I am too close to notice, checks my
      practice against the EMCC code and supports me when a session leaves me unsettled. The
      professional bodies expect coaches to have supervision for exactly that reason."""),
    P("""In conclusion, coaching has a clear purpose in the library. I have described the role, the
      skills, barriers, first meetings, contracting, ethics, GROW, tools, monitoring, records,
      reflection and supervision, and how each applies in my team."""),
    P("References"),
    P("EMCC (2021) Global Code of Ethics. Brussels: EMCC Global."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="fy_300_library_pdf",
    unit="8587-300",
    kind="unstructured",
    files=[SourceFile("Quraishi Unit 300.pdf", BLOCKS)],
    labels={
        "1.1": "What the library gained when we started coaching",
        "1.2": "create the space and the structure",
        "1.3": "staying non-judgemental when someone tells me",
        "1.4": "first thing to be cancelled",
        "2.1": "informal coffee away from the desk",
        "2.2": "by the back door",
        "2.3": "employee assistance programme",
        "3.1": "rush past feelings",
        "3.2": "Honey and Mumford questionnaire",
        "3.3": "Every fourth session we look back",
        "4.1": "restricted folder on the university network",
        "4.2": "count to five before speaking",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Library coaching essay PDF: own themed lines, role over two separated paragraphs, monitoring and records in one paragraph, intro and conclusion naming every topic, references.",
)
