"""8587-301 Understanding Good Practice in Mentoring: a hospice charity's retail lead, DOCX.

Sandra Okafor is the retail training and development lead for a hospice charity's fourteen
shops and mentors newly appointed shop managers through their first year. She writes a
long, informal essay in Normal style with no headings except a last line "To finish", and
starts with a story of a mentoring relationship that nearly failed: the barriers are
answered there (in the story and the paragraph after it, which holds the remedies), and
her reflection on it, with Schön and her supervision, comes straight after. Purpose, role,
first contact and contracting come next, in her own words ("why a charity bothers", "the
first Saturday on the till"); tools come before the model (Tell, Show, Do for tasks with
GROW for conversations); monitoring and records share one paragraph, records answered at
its end; ethics (volunteers' confidences, a mentee's family member as a volunteer) and the
knowledge, skills and behaviours come last. An introduction touches every topic. Mentees
are referred to by their shop's location.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Mentoring new shop managers - Sandra Okafor"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring: Understanding Good Practice in Mentoring"),
    P("""I look after training and development for the fourteen charity shops that raise money for
      our hospice. For the last three years I have mentored every new shop manager through their
      first year. In this essay I want to explain what mentoring is for in a charity retail chain,
      what the mentor does and needs to be good at, the things that get in the way, how I start
      and agree a mentoring relationship, keeping it ethical and safe, the tools and model I use,
      how we check progress, the records we keep, and why reflecting and having supervision
      matter. I will start with the one that nearly went wrong."""),
    P("""Two years ago we appointed a new manager to our seaside shop. Three weeks in, the shop was
      broken into overnight, the till was taken, and two of her longest-serving volunteers walked
      out, saying they had not felt safe since she changed the locking-up routine. Our first two
      mentoring meetings had already been cancelled, once by me because of a stock audit and once
      by her because she could not leave the shop without a key holder. When I finally got there
      she told me she was thinking of handing her notice in and had assumed I had been sent to
      check up on her."""),
    P("""Looking back, that one relationship had most of the barriers to mentoring in it. There was
      time, on both sides, and the fact that a shop manager often cannot leave the shop. There was
      distance, because our shops are spread over sixty miles of coast and countryside. There was
      suspicion of me, because I work at head office and she did not know what I would pass on.
      And there was her frame of mind: someone in crisis needs practical help first. What I do
      now is agree a fixed monthly slot for the whole year at the first meeting and treat it like
      a delivery day that cannot move; the area manager arranges cover from a relief key holder so
      the mentee can actually leave the till. I hold some meetings by video call from the back
      office, which saves a long drive. From day one I spell out exactly what goes back to head office
      (almost nothing) and I put it in writing. And when someone is in crisis I help
      them get the practical support first, in her case the area manager and the security
      contractor, and save the mentoring conversation for when they can think beyond the next
      day. If a pairing is not working, either of us can ask the head of retail for a different
      mentor without it counting against anyone."""),
    P("""I learned more from that relationship than any other, and it was reflection that did it.
      Schön (1983) talks about reflection-on-action, looking back afterwards to work out what was
      going on and what you would do differently. When I wrote it up in my mentoring journal I
      realised I had let two meetings be cancelled without a phone call, and that I had never
      explained who I was. I also took it to supervision. Our hospice has a clinical supervision
      scheme for nurses, and two years ago it was opened to staff who mentor, so once a month I
      meet the hospice's practice educator with two other mentors. She helped me see that I had
      treated the break-in as a retail problem when for the manager it was a personal one. Without reflection I repeat what I did last time; without supervision I only see my own
      point of view. The professional bodies expect both, and they protect the mentee as well as
      me. What comes out of them goes into my development plan."""),
    P("""So why does a charity bother? Mentoring, as I see it, is an experienced person helping a
      less experienced one to learn, make their own decisions and grow into a role over a long
      period, mostly through conversations. In our shops, new managers are often promoted from
      volunteer or assistant roles, or come from big retailers where everything is done for them
      by head office systems. Without support they get overwhelmed, and we lose good managers in
      their first year, which costs us recruitment and, more importantly, income for patient care.
      Since mentoring started, every new manager has made it past their first year. Mentoring is not the same as the induction
      training, which teaches the till, the Gift Aid process and the health and safety rules, and
      it is not coaching, which in our charity is a shorter piece of work on one goal. It also spreads good practice between shops."""),
    P("""My role as mentor is separate from the manager's line management, which is done by one of
      our two area managers who set targets and deal with performance. I do neither. I am there to
      help the manager work things out for themselves, to share what I know about charity retail,
      to ask the questions that help them decide, and to put them in touch with the right people.
      My responsibilities are to agree how we will work and stick to it, to plan each meeting and
      bring suitable tools, to create a space where the manager decides what we talk about, to hold confidences within the limits we set, to know what is beyond me and pass it on, to keep records, to use supervision, and to close the relationship at the end
      of the year with a proper final meeting."""),
    P("""The first Saturday on the till is now how every relationship starts. Before the first
      meeting I send the new manager a short introduction: who I am, what I did before (twelve
      years managing shops for a national retailer) and what mentoring with me is and is not. Then
      I work a Saturday in their shop alongside them, sorting donations, pricing and on the till.
      It shows them I know the job, lets me see their shop as it really is, and by the end of the
      day we have usually laughed about a wedding dress donated in a bin liner, which does more for
      rapport than any introduction. The following week I spend most of our first proper conversation listening."""),
    P("""At that second meeting we agree the arrangement properly, using a one-page mentoring
      agreement: monthly meetings of an hour and a half for twelve months, where and how, contact
      between meetings, what stays confidential and the exceptions (safeguarding, risk to someone's
      safety, theft or fraud), what notes I keep, where they are kept and who can see them, what we
      each expect, and how to end it. The area manager sees the meeting dates and the goals the
      manager chooses to share, and nothing else, and signs to say they will release the manager
      for meetings. We need it because the area manager and the head of retail are stakeholders
      too, and without clear agreement the mentee could fear I am reporting on them, or the area
      manager could expect me to sort out their performance. Writing it down builds trust, sets boundaries and deals with data protection."""),
    P("""Once we are under way I use a handful of tools. A self-assessment against our shop manager
      competency framework, where the manager rates themselves on things like visual
      merchandising, volunteer management and Gift Aid, shows where they feel strong and weak. A
      simple learning preferences questionnaire tells me whether someone wants to read the
      procedure, watch me do it or have a go. A 'shop walk', where the manager shows me the shop
      through a customer's eyes, often produces their first goals without me saying anything. And
      for managers who are nervous about managing volunteers, we role play the conversation they
      are dreading. The goals come from the manager, and we write them down together."""),
    P("""For practical skills, such as cashing up, setting up a window or running a volunteer rota,
      I follow Tell, Show, Do: I explain what and why, show them, then watch them do it and talk it
      through. It is quick and it works for procedures, but it is directive and would not help a
      manager decide how to deal with a difficult volunteer. For that I use GROW (Whitmore, 2017),
      working from the goal through the reality and the options to what they will do. GROW is easy
      to remember and puts the manager in charge of the answer, but with someone who is new and
      unsure it can feel like being quizzed when they just want to know how it is done. The skill
      is knowing which to use, and I manage the whole year in stages: getting to know each other in
      the first two months, goal setting, working towards the goals, and a planned ending at twelve
      months."""),
    P("""Checking progress happens in several ways. Each meeting opens with last month's actions and a rating out of ten against each goal, which is quick but subjective. The shop's weekly
      sales, Gift Aid sign-ups and volunteer numbers are objective and the managers like seeing
      them move, but they are affected by things outside the manager's control, like the weather or
      road works. At six and twelve months the manager repeats the competency self-assessment, and
      I ask the area manager and a long-serving volunteer for a few lines of feedback, which shows
      whether other people have noticed a difference. The records behind all this matter to both
      of us: the manager keeps the agreement, their goals and their own notes, which show them their own progress and give them evidence at their annual appraisal, and I keep a brief
      note of each meeting, the self-assessments and the feedback, which remind me what we agreed
      and give me something to reflect on and take to supervision. My notes live in a locked-down folder on the charity's system, not on the personnel file, are kept for a
      year after the relationship ends and then deleted, and the manager can see them at any time,
      as UK GDPR requires."""),
    P("""Keeping it ethical is mostly about confidentiality and conflicts. Managers tell me things
      about their volunteers, many of whom are vulnerable, and about their own lives. That stays with me unless someone may be at risk, in which case I follow the hospice's
      safeguarding policy and tell the manager first. One manager's mother volunteered in the shop,
      and when the manager wanted to talk about managing her, I had to be careful not to become
      involved in a family argument and to keep the focus on the manager's role. I work to the
      charity's code of conduct and the EMCC code of ethics, and I remember the Equality Act, for
      example meeting a manager who uses a wheelchair in an accessible space, not the stock room
      up the stairs. Practically, I tell the office where I am when I visit a shop, and when a manager's difficulties are really about
      their health or money, mentoring is not the answer and I help them reach the employee
      assistance line."""),
    P("""What I need to bring to it is partly what I know, partly what I can do and partly how I
      behave. Knowledge: of charity retail and our
      procedures, of mentoring models and tools, of the ethics codes and of where to refer people.
      Skills: listening properly, asking open questions, summarising, giving honest and useful
      feedback, helping someone set goals, and keeping good notes. Behaviours: being patient,
      non-judgemental when a manager does something I would not, honest, encouraging and reliable,
      and aware of my own habits; I spent years in a big retailer and have to stop myself assuming
      their way is the only way."""),
    P("To finish"),
    P("""Mentoring is one of the best things we do for our shops. The seaside manager is still with
      us and now mentors other managers herself, which says more than I can."""),
]

CASE = Case(
    name="ek_301_charity_shops_docx",
    unit="8587-301",
    kind="unstructured",
    files=[SourceFile("Okafor mentoring essay.docx", BLOCKS)],
    labels={
        "1.1": "So why does a charity bother?",
        "1.2": "separate from the manager's line management",
        "1.3": "partly what I can do and partly how I behave",
        "1.4": "treat it like a delivery day that cannot move",
        "2.1": "The first Saturday on the till",
        "2.2": "signs to say they will release the manager",
        "2.3": "Keeping it ethical is mostly about confidentiality",
        "3.1": "I follow Tell, Show, Do",
        "3.2": "shop manager competency framework",
        "3.3": "affected by things outside the manager's control",
        "4.1": "The records behind all this matter to both",
        "4.2": "it was reflection that did it",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Charity shop mentoring essay DOCX: no headings, opens with a near-failure story holding barriers and remedies, reflection and supervision third, purpose in own words, tools before model, monitoring and records in one paragraph, ethics and skills last.",
)
