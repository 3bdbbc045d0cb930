"""8587-301 Understanding Good Practice in Mentoring: a Newmarket racing yard head lad's assignment.

Declan Moriarty is Head Lad at a flat racing yard in Newmarket with seventy horses in
training and mentors new stable staff, most of them school leavers from the racing
colleges. His Word assignment uses heading styles with the AC numbers. He calls the two
stable staff in his examples "Mentee 1" and "Mentee 2", but two details slip through.

Planted (2): Mentee 1's real first name in possessive form, once, in the monitoring answer
("Kieran's targets"); a colleague, the yard's travelling head lass, by a first name that is
also a word ("Dawn"). Lower-case "dawn" appears once as the time of day.

Clean but tricky: his own name on the cover and in the declaration, his assessor named where
the cover asks; racehorses whose names look like people or titles ("Lady Bracken", "Mister
Marmalade", Frankel), public figures (Frankie Dettori, Hollie Doyle), organisations with
people's or family names (Tattersalls, Godolphin, the Jockey Club, Racing Welfare, the
British Horseracing Authority, the British Racing School), places and gallops (Newmarket
Heath, Warren Hill, the Rowley Mile, Bury St Edmunds), meetings (Royal Ascot, the Guineas,
the Cheltenham Festival), job titles (Head Lad, Assistant Trainer, Yard Secretary), months
and weekdays, theorists cited several ways (Kram (1983), "Clutterbuck's five stages",
"(Parsloe and Wray, 2000)", Daloz, "Honey & Mumford", Kolb, Gibbs) and a reference list.
"""

from .case import B, Case, H, P, SourceFile, T

ASSIGNMENT = [
    H(0, "Unit 301: Understanding Good Practice in Mentoring within an Organisational Context"),
    T(
        ["Candidate", "Declan Moriarty"],
        ["Role", "Head Lad"],
        ["Employer", "Hamilton Road Stables, Newmarket"],
        ["Assessor", "Gillian Trethewey"],
        ["Date", "June 2025"],
    ),
    H(1, "Section 1: Effective mentoring in my organisation"),
    H(2, "1.1 The purpose of effective mentoring"),
    P("""Racing loses new staff fast. Most of ours come from the British Racing School or the
      National Horseracing College at sixteen or seventeen, live away from home for the first
      time, and start at half five in the morning in all weathers. Mentoring is a relationship
      where a more experienced person helps someone less experienced develop and cope with a
      big change (Clutterbuck, 2004). In our yard its purpose is to keep good young staff in
      racing, help them move from mucking out to riding out, and pass on the horsemanship
      that is not in any manual. Racing Welfare reports show that staff who have someone to
      talk to in their first year are far more likely to stay, and that matches what I see."""),
    H(2, "1.2 The role and responsibilities of an effective mentor"),
    P("""The mentor is not the boss. The Assistant Trainer and I give the orders on the yard; as
      a mentor I am there to listen, ask questions, share experience when it helps and open
      doors, for example arranging for a mentee to go racing with the travelling team so they
      see the other side of the job. Dawn, our travelling head lass, takes new staff to the
      races and is brilliant at it, and I often link mentees up with her. A trainer teaches a
      skill, a coach works on a specific goal, and a mentor looks at the whole person and
      their career."""),
    P("""My responsibilities run through the relationship: agreeing how we will work at the
      start, keeping to confidentiality and its limits, turning up when I say I will, keeping
      simple records, noticing when something is beyond me (money worries, homesickness that
      turns into something worse) and referring on to Racing Welfare's support line, and
      ending the relationship well so the mentee does not depend on me."""),
    H(2, "1.3 Skills, knowledge and behaviours"),
    T(
        ["Skills", "Knowledge", "Behaviours"],
        ["Listening properly, not while tacking up", "How the yard and the racing industry work, career routes", "Patient, especially with nervous riders"],
        ["Open questions and summarising", "A mentoring model and its stages", "Honest about my own falls and mistakes"],
        ["Giving feedback a teenager can hear", "Safeguarding for under-18s, the BHA's rules, UK GDPR", "Consistent, the same on a bad morning as a good one"],
    ),
    H(2, "1.4 Overcoming potential barriers to mentoring"),
    B("Time (organisation): first lot pulls out just after dawn and the afternoon is evening stables. Overcome by booking mentoring in the quiet hour after second lot and agreeing it with the Assistant Trainer so nobody is pulled away."),
    B("Age and power (mentor): I am twenty years older and I give out the rotas, so a mentee may not be honest. Overcome by mentoring staff who do not report to me directly where I can, and saying clearly that what we talk about does not affect rides or rotas."),
    B("Confidence and homesickness (mentee): a mentee who is struggling may avoid the sessions. Overcome by meeting somewhere informal, like walking a horse round the paddock, and checking in by message between sessions."),
    H(1, "Section 2: Contracting"),
    H(2, "2.1 Initiating a productive working relationship"),
    P("""I start with an informal chat in the first fortnight, with no paperwork. I tell them a
      bit about myself, including the day I was run away with on Warren Hill in front of half
      of Newmarket, so they know I was new once. I ask what they want from racing. Doing
      something together helps rapport: we might groom a horse side by side while we talk.
      I listen more than I speak and do what I say between meetings, which is how trust gets
      built with teenagers who have heard a lot of promises."""),
    H(2, "2.2 The rationale for and process of contracting"),
    P("""A contract makes clear what mentoring is and is not, stops the mentee thinking I will
      report everything to the trainer, and protects both of us. The process is: a first
      conversation about expectations; a written agreement covering how often we meet
      (fortnightly, about forty-five minutes), where, confidentiality and its limits,
      what notes I keep, and how either of us can end it; and a short three-way chat with the
      Assistant Trainer and, for under-18s, agreement that their parent or guardian knows the
      scheme exists. We both sign it and review it after three months."""),
    H(2, "2.3 Safe and ethical practice"),
    P("""Many mentees are under eighteen, so safeguarding comes first. We never meet in staff
      accommodation, only in the yard office or in view of others, and I never give lifts
      alone. Confidentiality holds unless someone is at risk, and mentees know that from the
      contract. I follow the yard's safeguarding and equality policies, the Equality Act 2010
      and the BHA's code for stable staff. I avoid conflicts of interest by not deciding on
      a mentee's rides while mentoring them."""),
    H(1, "Section 3: The mentoring process"),
    H(2, "3.1 Managing the process with a recognised model"),
    P("""I use Clutterbuck's five stages: building rapport, setting direction, progression,
      winding down and moving on. With Mentee 1, a seventeen-year-old who wanted to ride out
      on the Heath, building rapport took three meetings because he barely spoke. Setting
      direction meant agreeing he would ride out first lot on quiet horses by the Guineas.
      Progression lasted most of the spring, and we wound down in June after Royal Ascot. The
      strength of this model is that it reminds me the relationship changes over time and has
      to end. Its weakness is that it does not tell me what to do in a single session, so I
      use a simple Tell, Show, Do for practical riding skills inside it. Kram (1983) describes
      similar phases and warns that the ending is where most relationships go wrong."""),
    H(2, "3.2 Tools and techniques"),
    B("A skills checklist from the British Racing School, which the mentee scores themselves and I score separately. Comparing the two shows where they are over- or under-confident and gives us goals."),
    B("Honey & Mumford's learning styles questionnaire. Mentee 2 came out as a strong Reflector, so she now watches a lot before she rides a new horse, which suits her."),
    B("A timeline drawn on paper of where they want to be in one, three and five years, which started Mentee 1 talking about becoming an apprentice jockey like Hollie Doyle."),
    B("Videos of their riding on a phone, watched together, so they can see their own position."),
    H(2, "3.3 Monitoring and reviewing progress towards goals"),
    P("""Each session starts by reviewing the last actions. We wrote Kieran's targets on the
      whiteboard in the tack room (with his agreement) so he could tick them off, which kept
      him going. I also get feedback, with permission, from the rider who leads the string,
      because they see things I do not. At the three-month review we redo the skills checklist
      and compare it with the first one. Self-scoring is motivating but young staff often
      over- or under-rate themselves, so feedback from others and observed riding are more
      reliable measures (Parsloe and Wray, 2000)."""),
    H(1, "Section 4: Records, reflection and supervision"),
    H(2, "4.1 The purpose of mentoring records"),
    P("""For me, records show what was agreed, help me prepare, and protect me if there is ever
      a complaint, which matters when mentoring under-18s. For the mentee, they are a record
      of their goals and progress that they can take to their next yard or to a jockey's
      licence course. I keep the signed agreement, short session notes with actions, the
      checklists and any feedback. They are kept in a locked cabinet in the yard office that
      the Yard Secretary cannot open, use initials, and are shredded a year after mentoring
      ends, in line with UK GDPR."""),
    H(2, "4.2 The importance of reflective practice and supervision"),
    P("""Without reflection I would keep mentoring the way I was mentored, which was mostly being
      shouted at. After each meeting I use Gibbs' cycle to think about what happened, how I
      felt and what I would change; Kolb's cycle works for the bigger picture. Reflection is
      how I noticed that I talk to the lads differently from the girls, and changed it.
      Supervision matters just as much. Once a month I meet a mentor from Racing Welfare who
      helps me with difficult situations, such as the mentee who told me about debts to a
      bookmaker. Without supervision I would have carried that alone or made a bad decision.
      Daloz (1999) says mentors need support to keep offering challenge and support in
      balance, and in a yard that runs on long hours that is even more true."""),
    P("""I have seen Frankie Dettori give younger riders his time at Royal Ascot, and our own
      horses, including a filly called Lady Bracken and an old sprinter, Mister Marmalade, have
      taught more young staff than I have. The Jockey Club, Tattersalls and Godolphin all run
      schemes of their own, and one of our mentees went on to ride work for a Frankel colt.
      I would like us to link up with them."""),
    H(1, "References"),
    B("Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD."),
    B("Daloz, L. (1999) Mentor: Guiding the Journey of Adult Learners. San Francisco: Jossey-Bass."),
    B("Kram, K. (1983) Phases of the mentor relationship. Academy of Management Journal, 26(4)."),
    B("Parsloe, E. and Wray, M. (2000) Coaching and Mentoring. London: Kogan Page."),
    P("I confirm that this is my own work. D. Moriarty, Bury St Edmunds, 20 June 2025"),
]

CASE = Case(
    name="nj_301_racing_yard",
    unit="8587-301",
    kind="structured-docx",
    files=[SourceFile("Moriarty 301.docx", ASSIGNMENT)],
    labels={
        "1.1": "keep good young staff in racing",
        "1.2": "ending the relationship well so the mentee does not depend on me",
        "1.3": "Honest about my own falls and mistakes",
        "1.4": "booking mentoring in the quiet hour after second lot",
        "2.1": "we might groom a horse side by side",
        "2.2": "We both sign it and review it after three months",
        "2.3": "We never meet in staff accommodation",
        "3.1": "it does not tell me what to do in a single session",
        "3.2": "Comparing the two shows where they are over- or under-confident",
        "3.3": "whiteboard in the tack room",
        "4.1": "to a jockey's licence course",
        "4.2": "I talk to the lads differently from the girls",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Kieran", "Dawn"]},
    about="Newmarket racing yard head lad's 301 assignment: a mentee's first name in possessive form and a colleague by a wordlike first name slip in; racehorses named like people (Lady Bracken, Mister Marmalade), Dettori and Hollie Doyle, Tattersalls and Godolphin, gallops and meetings, theorists, assessor on the cover.",
)
