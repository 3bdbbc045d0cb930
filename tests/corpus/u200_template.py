"""8584-200 Understanding Mentoring: answers typed into the centre's Word template tables.

Tomasz Nowak, housekeeping supervisor at a hotel, fills in his centre's answer template:
one two-row table per AC, the first row printing "AC 1.1 Describe ..." and the task, the
second row holding his answer. Learning outcomes are Heading 2 lines between the tables;
nothing else labels an answer, so the evidence for each AC is a table cell.
"""

from .case import Case, H, P, SourceFile, T


def ac(ref: str, text: str, task: str, answer: str):
    return T([f"AC {ref} {text}. Task: {task}"], [f"Learner response: {answer}"])


BLOCKS = [
    H(0, "ILM 8584-200 Understanding Mentoring – Learner Answer Template"),
    T(
        ["Learner name", "Tomasz Nowak", "Registration no.", "R9046613"],
        ["Centre", "Harbourside Training", "Date", "21/02/2025"],
    ),
    P("""Learner declaration: I confirm that the answers in this template are my own work and
      that I have acknowledged any sources I have used."""),
    P("""Instructions: type your answer in the box under each task. Boxes will expand as you
      type. Use the word count as a guide only."""),

    H(2, "Learning outcome 1: Understand the role of the mentor and the benefits of mentoring"),
    ac("1.1", "Describe the role of an effective mentor",
       "Considering your new mentoring role in supporting individuals, describe the essential parts of the work and the main activities.",
       """I am housekeeping supervisor at The Grange Hotel, which has 120 rooms, and I will
       mentor new room attendants. A mentor is an experienced person who supports a newer
       person with their development and confidence over a period of time. The mentor does not
       manage or discipline, which is the head housekeeper's job, and does not train the
       cleaning standards, which is done in the two day induction. The essential parts of the
       work are: meeting the mentee every week or two, listening to how they are getting on,
       helping them set small goals, sharing tips from experience, encouraging them when the
       job feels too much, and being someone they can ask without feeling stupid. Many of our
       room attendants are from Poland, Romania and Portugal like I was when I started, so part
       of my role is helping them understand how things work in a British hotel, for example
       how to talk to a guest who complains. A mentor should also keep what is said private,
       know when to send someone to HR or their GP instead, and keep short notes of the
       agreed actions."""),
    ac("1.2", "Describe how mentoring can benefit those being mentored in a range of situations",
       "Outline the main benefits of the mentoring you are about to undertake by describing at least three situations where the mentoring will add value.",
       """Situation one is a new room attendant in their first weeks. The job is physical and
       there are sixteen rooms to do each shift to a standard, and new people often feel they
       are too slow and quit. A mentor helps them with tips to work faster, shows them it gets
       easier and gives them confidence, so they stay. Situation two is someone who wants
       promotion, for example an attendant who wants to become a floor supervisor. The mentor
       can help them plan what experience they need and practise things like checking rooms
       and talking to the team. Situation three is outside work: at my church there is a
       scheme where people who came to the UK years ago mentor new arrivals, helping with
       things like opening a bank account, finding English classes and understanding
       letters from the council. The person being mentored becomes more independent and less
       isolated. In all these situations mentoring gives confidence, support and a clearer
       direction."""),
    ac("1.3", "Identify potential barriers to effective mentoring",
       "There are likely to be potential barriers which will affect the success of your mentoring. Outline two or more and explain why they are each a potential barrier.",
       """Language is the first barrier. Some new attendants have only basic English. If they
       do not understand me, or are embarrassed to say they do not understand, the mentoring
       will not help and they might agree to things they did not follow. The second barrier is
       the workload. Rooms must be ready by three o'clock check in, so in the morning nobody
       has time, and after three the attendants are tired and want to go home. The third is
       that I am a supervisor, so the attendants may worry that what they tell me will be used
       against them when I inspect their rooms, and they will hide their problems. Last,
       some people come from cultures where you do not question a manager, so they will just
       say yes to everything, which means I never find out what they really think."""),
    ac("1.4", "Explain how to overcome the potential barriers to effective mentoring",
       "Provide an explanation of how to overcome each of the potential barriers to effective mentoring that you have identified.",
       """For language, I can mentor in Polish with Polish speakers, and with others I will use
       simple English, pictures, and the translation app on the staff tablet, and ask them to
       show me or explain back rather than asking 'do you understand?'. For workload, the head
       housekeeper has agreed to give mentees one room less on mentoring days so we can meet at
       half past two in the linen room office for about forty five minutes. For the worry
       about me being a supervisor, I will explain at the first meeting that mentoring is
       separate from room checks, write this in the agreement, and if they still prefer, the
       other supervisor can mentor them instead. For the cultural barrier, I will tell them it
       is fine to disagree with me, thank them when they do, and give them time to think
       before answering."""),

    H(2, "Learning outcome 2: Understand what makes a mentor effective in their role"),
    ac("2.1", "List the key skills required to be an effective mentor",
       "Consider the key skills you need to be effective in your role as a mentor. Present a minimum of two of these skills in a table which gives essential information about those skills.",
       """Listening – really paying attention and checking I understood. Questioning – asking
       open questions so the mentee finds the answer. Patience – people learn at different
       speeds, especially in a second language. Giving feedback – telling the mentee honestly
       and kindly what went well and what to improve. Empathy – understanding how it feels to
       be new in a country and a job. Setting goals – helping them choose small, clear goals.
       Being a role model – I have to follow the standards myself, even when I am rushing, like
       never leaving a trolley blocking a fire door. Being non-judgemental – not making the
       mentee feel stupid."""),
    ac("2.2", "Describe a mentoring model or process that can be followed when mentoring",
       "Select a model or process that you are planning to follow with an individual in your mentoring sessions and describe how it will work in your organisation or situation.",
       """I will follow the GROW model. First the Goal: what does the mentee want from today and
       from the mentoring? For example an attendant may want to finish her section by two
       o'clock. Then Reality: what is happening now, what takes the longest, what has she
       tried. Then Options: what could she do, for example changing the order she cleans the
       rooms, asking the laundry to deliver linen earlier, or watching how the fastest
       attendant sets up her trolley. I let her think first and only add ideas after. Last is
       Will: which option will she try, when will she start and how sure is she that she will
       do it. Next session we start by asking how it went, so the model goes round again. In
       our hotel this fits into a short meeting because there are only four steps and it
       always ends with an action."""),
    ac("2.3", "Explain how to use questioning and listening techniques to support individuals being mentored",
       "Explain how you are going to use your knowledge of questioning and listening techniques effectively in mentoring individuals.",
       """I will use open questions like 'What was the hardest part of this week?' and 'How do
       you feel about the new check in times?' because these make the mentee talk and show me
       their view. When they give a short answer I will use probing questions, such as 'What
       happened in room 214 that made you late?'. Closed questions help me check things, like
       'Have you got your new key card?'. I will keep questions short and simple because of
       language, and ask one at a time. For listening I will sit at the same level, look at the
       person, nod, and not look at my radio. I will repeat back the main point in simple words
       to check I understood and so they can correct me. I will notice body language, because
       someone who says everything is fine but keeps rubbing her back may have a problem with
       the lifting. Good questions and listening help the mentee find their own solutions and
       show them I value what they say."""),
    ac("2.4", "Describe how to give feedback within a mentoring role",
       "Part of your role will be to give feedback to individuals. Describe how you will do this in an effective way.",
       """I will give feedback privately, never in the corridor where guests or other staff
       can hear. I will ask the mentee first how they think they are doing. Then I will say
       one or two specific things they did well and one thing to work on, and finish positive.
       For example: 'Your bathrooms are always perfect. The beds in 301 and 305 had creases in
       the bottom sheet, so try pulling the corners tighter first. You are much faster than
       last month.' I will describe what I saw, not say 'you are careless'. I will give
       feedback soon after, not weeks later. I will also ask the mentee for feedback about the
       mentoring, what helps and what does not."""),
    ac("2.5", "Describe how the mentor can develop trust with individuals they are mentoring",
       "It will take time to develop trust with individuals in mentoring situations, describe what can be done to achieve this.",
       """To develop trust I will be honest from the start about what is confidential. I will
       tell the mentee I will not share what they say with the head housekeeper unless there
       is a safety or safeguarding reason, and I will keep this promise. I will be reliable,
       always come to the meeting on time and do what I say. Sharing my own story helps: when I
       came to England eleven years ago I cried on the bus home after my first week, and I can
       tell them that. I will show respect by listening, using their name correctly and not
       laughing at mistakes in English. Trust also grows when the mentee sees that the things
       we talked about did not get back to anyone. Keeping boundaries, like not becoming
       friends on Facebook, also helps because they know where they stand with me."""),

    H(2, "Learning outcome 3: Understand how to organise mentoring"),
    ac("3.1", "Explain how to plan for effective mentoring sessions",
       "Explain your method for planning effective mentoring sessions and how you will plan to use any forms or templates as evidence.",
       """Before the mentoring starts I will use a short needs form with pictures and simple
       words where the mentee ticks how confident they feel with each part of the job, for
       example beds, bathrooms, the chemicals, talking to guests, and their English. I will
       also ask the head housekeeper what the induction showed. From this we decide what to
       focus on. At the first meeting we fill in a mentoring agreement: how often (every week
       for the first month, then every two weeks), how long, where (the linen room office),
       what is private and what each of us will do. I will plan meetings on days when the hotel
       is less busy, like Sunday and Monday, and agree the time with the head housekeeper so
       the mentee is not rushing. Before each meeting I read the notes from last time and
       prepare some questions. The forms are my evidence: the needs form, the agreement and the
       meeting notes."""),
    ac("3.2", "State examples of goals that would be agreed in an effective mentoring session",
       "Select at least two goals that would be agreed between you and the individual you are mentoring and describe what you would consider for the goals to become effective.",
       """Goal 1: By the end of March, to complete her full section of sixteen rooms by half past
       two on at least four days a week, checked on the room status board. Goal 2: In the next
       four weeks, to learn and use five standard phrases for guest requests and complaints,
       practised with me and used with real guests. Goal 3 (for an attendant who wants to
       progress): to shadow the floor supervisor checking rooms for two shifts before the end
       of April. For the goals to be effective they must be SMART, chosen by the mentee, not too
       easy and not impossible, and we must review them every meeting. I will also ask how
       important each goal is to her, because she will only work for a goal she wants."""),
    ac("3.3", "Explain what records are required when mentoring an individual",
       "Give reasons for the selection of records that the mentor is required to keep, identifying examples, and explaining the main considerations in keeping those records.",
       """The records I will keep are the needs form, the signed mentoring agreement, a short
       meeting record each time (date, what we talked about, goals, actions, next meeting),
       and my own diary of how I am doing as a mentor. They are needed so we can see progress,
       remember what was agreed, and show the hotel the mentoring is working. If there is ever
       a complaint, the records show what really happened. The main considerations are
       confidentiality and data protection: records only contain what is necessary, are
       factual, and are kept locked in the housekeeping office cabinet, not left on the
       trolley or sent in WhatsApp. The mentee can read what I write. When the mentoring ends
       I will keep the records for six months and then shred them, following the hotel's
       data protection policy."""),
]

CASE = Case(
    name="u200_template",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("answer-template.docx", BLOCKS)],
    labels={
        "1.1": "how to talk to a guest who complains",
        "1.2": "letters from the council",
        "1.3": "do not question a manager",
        "1.4": "one room less on mentoring days",
        "2.1": "trolley blocking a fire door",
        "2.2": "fastest attendant sets up her trolley",
        "2.3": "keeps rubbing her back",
        "2.4": "creases in the bottom sheet",
        "2.5": "cried on the bus home",
        "3.1": "needs form with pictures",
        "3.2": "five standard phrases",
        "3.3": "sent in WhatsApp",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Hotel housekeeping supervisor; centre answer template, one table per AC, AC label only inside the table.",
)
