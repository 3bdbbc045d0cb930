"""8587-305 Reflecting on Mentoring Skills: a farm machinery dealership's parts manager, DOCX essay.

Gwen Pritchard runs the parts department at an agricultural machinery dealership (tractors,
combines and grassland kit, a service workshop, a parts counter and a van on the road in
harvest) and mentored two parts apprentices, Mentee A and Mentee B, for unit 304. Her
journal is a first-person essay typed in Word with no headings, no numbers and no criterion
wording anywhere: it opens with the story of a wrong bearing sent out in harvest, then
weighs her effectiveness over three paragraphs (records, supervision, feedback; label in
the paragraph that draws them together). She writes about what she wants to get better at
(2.1) before she says what she is good and bad at (1.2), then a plan table (2.2) with a
lead-in. A closing "Additional notes" paragraph adds a point about her interpersonal skills
that she forgot, which belongs to 1.2 but is not its label. No declaration, no matrix.

Clean: Mentee A and Mentee B; the service manager, the workshop foreman and her tutor by
role. Not identifying: the learner's own name, Egan, The Skilled Helper, Teams.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("Reflecting on Mentoring Skills within an Organisational Context - reflective journal"),
    P("Gwen Pritchard, Parts Department Manager"),
    P("""On the second Saturday of harvest one of my apprentices sent a farmer thirty miles away the
      wrong bearing for his combine. The combine had been stood in the field since six in the
      morning with the crop ready, and by the time the right bearing arrived it was nearly dark
      and the weather had turned. The farmer rang me, not politely. I drove the right part out
      myself, and when I got back I found my apprentice sitting in the stores with her coat on,
      ready to hand her notice in. That evening told me more about my mentoring than anything
      else this year, and I come back to it below."""),
    P("""I manage the parts department at a farm machinery dealership. We sell and service tractors,
      combines and grassland machinery, and the parts counter serves our own workshop, walk-in
      farmers and contractors on the phone. Since March I have been mentoring our two parts
      apprentices, Mentee A, who is in his second year, and Mentee B, who started last
      autumn. Between us we had eighteen meetings up to the end of September, and I had three
      supervision sessions with my tutor."""),
    P("""My records give a mixed picture. I kept a mentoring diary and a session record for each
      meeting with the goals and actions we agreed. With Mentee A the record is steady: we met
      every fortnight and he completed most of what he set himself, such as learning to use
      the parts catalogue for the two tractor makes we sell without asking the counter staff.
      With Mentee B the record has a gap of seven weeks in the middle of harvest, when I
      cancelled twice and she cancelled once. In my diary I wrote at the time that it couldn't
      be helped. Reading it back, the gap is exactly when she was finding the job hardest."""),
    P("""Supervision is where I started to see it. At my second session my tutor asked me to talk her
      through a meeting with Mentee B, and I realised I had spent most of it teaching her the
      stock system, because that is what I am comfortable doing. My tutor asked whether Mentee B
      had come to learn the stock system, and she hadn't; she had come to talk about a
      contractor who shouted at her on the counter. I wrote in my diary that night that I had
      been mentoring like a parts manager. After that I started every meeting by asking what
      she wanted from it, and I moved our meetings to a Tuesday morning before the counter
      opens, so harvest couldn't swallow them."""),
    P("""The feedback confirms this. Both mentees filled in the end-of-placement feedback form. Mentee
      A said the meetings helped him get organised and that he now deals with the workshop's
      orders on his own. Mentee B wrote that the first months "felt like extra training" but
      that after the summer she felt listened to, and she wrote about the night of the
      bearing: that I didn't shout and that we worked out together what had gone wrong. The
      workshop foreman, who works with them every day, told me both are asking better
      questions at the counter. Putting the records, supervision and feedback side by side,
      I was an effective mentor for the practical side of the job all along, but only became
      effective for the person once I stopped teaching. The night of the bearing, when
      I listened instead of fixing, was the best mentoring I did all year."""),
    P("""So what do I want to get better at? Mostly the listening and questioning side. My questions
      are still too often instructions in disguise ("have you checked the serial number?"), and I
      want to use more questions that start with what, how and tell me. My tutor suggested I
      read Egan's The Skilled Helper and practise one open question at the start of every
      meeting. For listening, I want to practise summarising what a mentee has said before I
      respond, because when I did it with Mentee B after the bearing she said it was the first
      time she felt I had heard her. For communication more generally, the opportunity is
      right in front of me: the dealership is starting a peer mentoring group for the
      managers across our three depots, which meets every two months on Teams, and I
      have put my name down. I would also like to sit in on a meeting run by our service
      manager, who everybody says is a good listener, and ask him to watch one of mine."""),
    P("""Before I set out my plan I should say plainly what I think I am good at and where I fall
      short. My knowledge of the parts trade is my biggest strength; I have done this for
      nineteen years, and the mentees trust what I tell them about the job. My knowledge of
      mentoring is much thinner, as I had never heard of a mentoring model before this
      course. My skills are strongest in organising and in staying calm when a farmer is
      shouting, and my written records are good. My weakest skills are the ones in the
      middle of a conversation: I answer before the question is finished and I find silence
      uncomfortable, so I fill it. In behaviour, I am reliable and fair, but I think
      my instinct to fix things for people gets in the way of them learning to fix things
      themselves, and it did with Mentee B until the summer."""),
    P("""My plan runs from October, after harvest, to the end of March, when the spring rush starts
      and the next apprentice joins us. I talked it through with my tutor at our last
      supervision and she asked me to make the measures things I can check, not feelings."""),
    T(["What I want to develop", "What I will do", "By when", "How I will know it has worked"],
      ["Open questions", "Start every meeting with an open question; tally open and closed questions in my session record",
       "October to December", "Most of my questions in the December records are open"],
      ["Summarising before replying", "Summarise back at least twice in each meeting and note it in the diary",
       "From October", "Mentee feedback in March says they felt heard"],
      ["Protecting mentoring time", "Keep meetings on Tuesday mornings before opening, and move rather than cancel",
       "Ongoing to March", "No gap of more than three weeks in the diary"],
      ["Learning about mentoring", "Read The Skilled Helper; join the managers' peer mentoring group",
       "Group from November; book read by January", "I can explain one model to the new apprentice's mentor"],
      ["Letting the mentee find the answer", "Service manager observes one meeting and gives feedback",
       "February", "He counts fewer than three times I gave an answer"]),
    P("""Additional notes: I realised when reading this back that I did not say enough about how I get
      on with people. I build a relationship quickly with farmers and contractors, and with both
      apprentices, and they both said I was approachable. Where I need to take more care is in
      front of others: I once corrected Mentee A at the counter in front of a customer, which
      he mentioned in his feedback, and I will keep that kind of thing for our meetings."""),
]

CASE = Case(
    name="r20c_305_machinery_dealer_docx",
    unit="8587-305",
    kind="unstructured",
    files=[SourceFile("Gwen Pritchard reflective journal.docx", BLOCKS)],
    labels={
        "1.1": "only became effective for the person once I stopped teaching",
        "1.2": "my instinct to fix things for people gets in the way",
        "2.1": "starting a peer mentoring group for the managers",
        "2.2": "No gap of more than three weeks in the diary",
    },
    expected_checks={"declaration": False, "evidence_matrix": False, "identifying": []},
    about="Farm machinery dealership parts manager's 305 as a Word essay with no headings, numbers or AC wording: opens with a harvest story, effectiveness over records/supervision/feedback paragraphs, development before strengths, plan table, 'Additional notes' adding interpersonal skills; no declaration or matrix.",
)
