"""8584-200 Understanding Mentoring: a lifeboat station's crew training coordinator, DOCX, clean.

Morwenna Treloar (ILM reg. 24178803) is a volunteer Crew Training Coordinator at a Cornish
lifeboat station and writes her 200 assignment about mentoring new volunteer crew. Word
headings "Task 1" to "Task 3" with the criteria as "AC 1.1" sub-headings; the skills answer
is a table; a short reference list and a signed declaration close it. Nothing is to be
flagged.

Clean but tricky: her own name and number in the cover table and declaration; the tutor the
cover table asks for ("Tutor: Geraint Bowen"); lifeboats named like people (the
Shannon-class "Elsie May Trevithick", the D-class "Spirit of Penwith"), a Shannon class and
the river it is named after; the Admiral Benbow pub; places that read like names (St Just,
Marazion, Helston, Chelsea for the flower show); the RNLI, HM Coastguard, Royal Cornwall
Hospitals NHS Trust, Cornwall Council, Mind and the Samaritans; Plymouth Argyle and the
Cornish Pirates; theorists with citations and possessives (Clutterbuck, Megginson et al.,
Kolb's cycle, Egan's SOLER, Luft and Ingham, Rogers, Covey) and a quoted book title;
capitalised job titles (Coxswain, Lifeboat Operations Manager, Deputy Launching Authority,
Station Mechanic, Helm); software (WhatsApp, Microsoft Forms, SharePoint); declared
pseudonyms ("Trainee A", "'Kit' (not her real name)"); sentences opening with "Frank" and
"Grace"; days and months.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring new crew at a lifeboat station"),
    T(
        ["Learner name", "Morwenna Treloar"],
        ["ILM registration no.", "24178803"],
        ["Qualification", "ILM Level 2 Award in Effective Mentoring Skills"],
        ["Unit", "8584-200 Understanding Mentoring"],
        ["Centre", "Kernow Skills Partnership"],
        ["Tutor", "Geraint Bowen"],
    ),
    P("""I have been a volunteer at our lifeboat station near Penzance for eleven years, first as
      shore crew and for the last four as Crew Training Coordinator. The station has an
      all-weather Shannon-class lifeboat, the Elsie May Trevithick (ON 1361), and a D-class
      inshore boat, Spirit of Penwith. Every year we take on between four and eight new
      volunteers, some straight from school and some in their fifties, and from this autumn the
      Lifeboat Operations Manager wants each of them to have a mentor from the existing crew
      for their first year. This assignment is about that mentoring role, which I will be doing
      myself with two new crew."""),

    H(1, "Task 1 – The role of the mentor and the benefits"),
    H(2, "AC 1.1 The role of an effective mentor"),
    P("""A mentor is a more experienced person who helps someone less experienced to learn and
      settle in, mostly by listening, sharing experience and helping them work things out for
      themselves (Clutterbuck, 2014). At the station the mentor is not the trainer. The Helm
      and the Coxswain sign off the competences in the training record; the mentor is the
      person a new volunteer can ask the "stupid questions" to. The main activities of my role
      will be: meeting my mentee within the first fortnight and agreeing how we will work;
      meeting roughly once a month, usually after Monday evening training; helping them set
      goals and look at how they are getting on with the competences; being someone to talk
      to after a difficult shout; keeping what they tell me confidential within the limits we
      agree; and keeping brief records. I also have to know where my role stops, and pass
      anything about fitness to go to sea, or a welfare worry, to the Lifeboat Operations
      Manager."""),
    H(2, "AC 1.2 How mentoring benefits people in different situations"),
    P("""Situation one is the brand-new volunteer who has never been on a boat. Trainee A, for
      example, is a care worker from Helston who joined after watching a launch at the harbour
      day. She will have a lot of practical training but nobody whose job it is to ask how she
      is finding it all. A mentor helps her make sense of the jargon, the pager and the
      unwritten rules, and makes it more likely she stays past the first winter, which is when
      we lose most people."""),
    P("""Situation two is the experienced person changing role, such as shore crew moving on to
      the boat or crew training to become a Helm. They already know the station, but being
      responsible for other people's safety is a big step. A mentor who has done it can share
      what it actually felt like and help them prepare for their assessment without it being
      the assessor asking."""),
    P("""Situation three is after a traumatic shout. Last year our crew recovered a body off
      Marazion, and one of the newer volunteers went very quiet for weeks. The RNLI has a
      formal trauma support process, but a mentor who checks in regularly is often the person
      who notices first that someone is struggling and can encourage them to use it, or to
      contact Mind or the Samaritans if it is not station-related."""),
    H(2, "AC 1.3 Potential barriers"),
    P("""Time is the first barrier. Everyone is a volunteer with a day job, and the pager can go
      in the middle of a mentoring conversation. Sessions get cancelled and the relationship
      drifts. The second barrier is the culture on the crew. Some of the older crew have a
      "we just got on with it" attitude and a new volunteer may not want to look weak by
      admitting they are scared of going out in a big swell. The third barrier is when the
      mentor is also the person who signs off competences, because the mentee then sees them
      as an assessor and will not be open with them."""),
    H(2, "AC 1.4 Overcoming the barriers"),
    P("""For time, we will agree a standing slot after Monday training, in the crew room once
      the boat is washed down, so nobody has to find extra evenings. If the pager goes we
      rebook by WhatsApp the same week rather than waiting a month, and a short call counts.
      For the culture barrier, the Coxswain has agreed to talk at a crew training night about
      why the station is introducing mentoring, so it is seen as normal and not as a sign that
      someone is struggling. I will also share my own first-winter nerves with my mentees,
      because it is easier to admit something when someone you respect has said it first. For
      the assessor problem, mentors are matched with mentees whose competences they will not
      be signing off, so a Helm never mentors someone on their own boat crew."""),

    H(1, "Task 2 – What makes a mentor effective"),
    H(2, "AC 2.1 Key skills"),
    T(
        ["Skill", "What it looks like at the station", "Why it matters"],
        ["Active listening", "Phone away, eye contact, letting them finish, summarising back",
         "New crew often take a while to say what is really bothering them"],
        ["Questioning", "Open questions first, then probing ones", "Helps the mentee find their own answer"],
        ["Giving feedback", "Specific, timely and balanced, in private",
         "Crew learn fastest from honest feedback straight after an exercise"],
        ["Building rapport", "Remembering what they told me last time, being on time",
         "Nobody opens up to someone who seems not to care"],
        ["Goal setting", "Helping them turn 'get on the boat' into steps with dates",
         "Keeps sessions focused on progress, not just chat"],
    ),
    H(2, "AC 2.2 A mentoring model"),
    P("""I will use Clutterbuck's five stages of a mentoring relationship, which we covered on
      the course: building rapport, setting direction, progression, winding down and moving
      on (Megginson et al., 2006). In the first session the aim is rapport only: getting to
      know each other, why they joined, what worries them. Setting direction means agreeing
      goals, usually linked to their competence record, for example passing the sea survival
      course. Progression is the longest stage, where we meet monthly and review how they are
      doing against the goals. Winding down happens around the end of the first year when
      they are signed off as crew and need me less, and moving on is when we agree to end the
      formal relationship and they perhaps become a mentor themselves. Within each session I
      follow a simple version of Kolb's learning cycle, talking through something that
      happened, what they made of it, what they learned and what they will try next time. The
      stages suit a volunteer station because they allow for a slow start while people are
      still finding their feet."""),
    H(2, "AC 2.3 Questioning and listening"),
    P("""I will start with open questions such as "How did the exercise on Thursday feel?" or
      "What would help you most before your first shout?" so the mentee does most of the
      talking. When they mention something important I will use probing questions, for
      example "What exactly happened when the engine alarm went?", and I will only use closed
      questions to check facts or confirm an action. For listening I use Egan's SOLER: sitting
      square on, open posture, leaning in, eye contact and staying relaxed. It sounds
      obvious, but in a crew room full of banter it makes a difference to turn your chair and
      give someone proper attention. I will summarise what I have heard so they know I
      have understood, and I will try not to fill silences, because often the real issue
      comes after a pause. Frank questions have their place too, but only once trust is
      there."""),
    H(2, "AC 2.4 Giving feedback"),
    P("""Most feedback at the station happens on the slipway after an exercise, in front of
      everyone, and it can be blunt. As a mentor I will give feedback privately, soon after
      the event, and about what the person did rather than who they are. I will ask them
      first how they think it went, because they are usually harder on themselves than I
      would be. Then I say one or two specific things that went well and one thing to work
      on, with an example: "You called the sea state clearly on the radio; next time check the
      tow line is clear before you shout ready." I will end by agreeing what they will try next
      time. I will also ask them for feedback on me using a short Microsoft Forms survey every
      three months."""),
    H(2, "AC 2.5 Developing trust"),
    P("""Trust comes from doing what you say. If I say I will find out when the next sea survival
      course is, I will tell them by the weekend. I will explain at the start exactly what stays
      between us and what I would have to pass on, which is safety at sea and any safeguarding
      concern, so there are no surprises. Luft and Ingham's Johari window is useful here:
      sharing a bit about my own mistakes makes my "open" area bigger and makes it easier for
      them to do the same. Grace under pressure is something people expect of lifeboat crew,
      but I want my mentees to know it is fine to be rubbish at something in front of me.
      Rogers' idea of unconditional positive regard sums up what I am aiming for. One of last
      year's volunteers, who I will call 'Kit' (not her real name), told me the thing that
      helped most was that I never repeated anything she said in the crew room."""),

    H(1, "Task 3 – Organising the mentoring"),
    H(2, "AC 3.1 Planning mentoring sessions"),
    P("""Before the first meeting I will send my mentee a one-page "getting to know you" form
      asking about their experience, what they are nervous about and what they hope to get
      from having a mentor, so I can plan the first session around their answers. At the first
      meeting we will complete the station's mentoring agreement, which covers how often we
      meet, where, how we contact each other, confidentiality and how either of us can end it.
      Sessions will be in the crew room after Monday training or in the Admiral Benbow if the
      crew room is busy and the mentee is happy with that, but never anywhere either of us
      would feel uncomfortable. Before each session I will look at my notes from the last one
      and at their competence record, and plan two or three open questions. Timing matters:
      nobody wants a mentoring session straight after a night launch, and in August the
      station is full of visitors, so I will plan around the season."""),
    H(2, "AC 3.2 Examples of goals"),
    P("""One goal for Trainee A would be: to complete the RNLI sea survival course and her
      first five exercise launches on the inshore boat by the end of March. A second, more
      personal one: to feel confident using the radio, measured by her leading the radio
      check on three training nights before Christmas. For someone moving from shore crew to
      boat crew, a goal could be to pass the boat handling competences within six months.
      To be effective the goals must be the mentee's own, written down in the agreement,
      specific and time-bound, and reviewed at every session so they do not get forgotten
      when the winter storms start."""),
    H(2, "AC 3.3 Records"),
    P("""I will keep the signed mentoring agreement, the getting-to-know-you form, a short note
      of each session with the date, what we discussed, goals and agreed actions, and a record
      of the feedback surveys. The reasons are that records keep the mentoring focused and
      show progress over the year, remind both of us what was agreed, and let the Lifeboat
      Operations Manager see that mentoring is actually happening without seeing the content.
      They also protect me if there is ever a disagreement about what was said. The main
      considerations are confidentiality and data protection: notes should be factual,
      agreed with the mentee, kept in the station's secure SharePoint folder rather than on my
      phone, only seen by the people the agreement says can see them, and deleted a year
      after the mentoring ends. Personal details such as health or family problems should not
      go in the notes at all unless the mentee agrees."""),

    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("Covey, S. (1989) The 7 Habits of Highly Effective People. New York: Free Press."),
    P("Megginson, D., Clutterbuck, D., Garvey, B., Stokes, P. and Garrett-Harris, R. (2006) Mentoring in Action. 2nd edn. London: Kogan Page."),
    P("""Other things I read: Egan's The Skilled Helper (chapter on attending), and the RNLI
      volunteer handbook. Covey's habit "seek first to understand, then to be understood"
      is on a sticker in our crew room."""),
    P("""A note on the background: when I am not at the station I work for Royal Cornwall
      Hospitals NHS Trust as a ward clerk, and I have borrowed some of the ideas on records
      from their training. Outside work the crew argue about Plymouth Argyle and the Cornish
      Pirates, and this year's fundraiser was a trip up to Chelsea for the flower show. I wrote
      most of this in May between a school visit from St Just and a Cornwall Council beach
      safety day."""),

    H(1, "Declaration"),
    P("""I declare that this assignment is my own work and that all sources have been
      acknowledged. Signed: Morwenna Treloar   Date: 2 June 2025"""),
]

CASE = Case(
    name="np_200_lifeboat_station_clean_docx",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("M Treloar 8584-200 assignment.docx", BLOCKS)],
    labels={
        "1.1": "the mentor is the person a new volunteer can ask",
        "1.2": "makes it more likely she stays past the first winter",
        "1.3": "may not want to look weak by admitting they are scared",
        "1.4": "so a Helm never mentors someone on their own boat crew",
        "2.1": "take a while to say what is really bothering them",
        "2.2": "allow for a slow start while people are still finding their feet",
        "2.3": "in a crew room full of banter it makes a difference",
        "2.4": "they are usually harder on themselves than I would be",
        "2.5": "fine to be rubbish at something in front of me",
        "3.1": "nobody wants a mentoring session straight after a night launch",
        "3.2": "leading the radio check on three training nights before Christmas",
        "3.3": "see that mentoring is actually happening without seeing the content",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Lifeboat crew training coordinator's 200 assignment DOCX, clean: lifeboats named like people (Elsie May Trevithick, Spirit of Penwith), Shannon class, Admiral Benbow pub, St Just/Marazion/Helston/Chelsea, RNLI/NHS trust/council/Mind, Plymouth Argyle, Clutterbuck/Megginson et al./Kolb's/Egan's SOLER/Luft and Ingham/Rogers/Covey, tutor on the cover, 'Trainee A' and 'Kit' (not her real name).",
)
