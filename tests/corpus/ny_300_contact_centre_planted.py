"""8587-300 Understanding Good Practice in Coaching: an energy contact centre manager's assignment.

Rebecca Ashworth manages a customer contact team in Sunderland and illustrates her answers
with her coaching of "Coachee 1" and "Coachee 2".

Planted (3): one worked example in 3.1 names Coachee 2 in full ("Mei-Ling Zhou"); the
reflection in 4.2 calls her "Mei-Ling" alone; the contracting answer names Coachee 1's line
manager ("Bogdan Ilie") as the stakeholder.

Clean but tricky: theorists with first names in prose (John Whitmore, Tim Gallwey, Peter
Hawkins, Jenny Rogers) and many surnames (Passmore, Starr, Egan, Maslow, McClelland),
models (GROW, OSKAR, CLEAR, the Johari window), the company and regulator (Wearside Energy,
Ofgem), places and a stadium (Sunderland, Doxford Park, Washington, the Stadium of Light),
software (Genesys, Salesforce, Microsoft Teams, Slack), a programme (Rise), job titles at
sentence starts, months and days, a song title ("Fog on the Tyne"), and the learner's own
signature.
"""

from .case import B, Case, H, P, SourceFile, T

ASSIGNMENT = [
    H(0, "Unit 300 Understanding Good Practice in Coaching within an Organisational Context"),
    T(
        ["Learner name", "Rebecca Ashworth"],
        ["ILM registration number", "R5561038"],
        ["Job title", "Customer Operations Team Manager, Wearside Energy"],
        ["Date", "Thursday 4 December 2025"],
    ),
    H(1, "1.1 The purpose of coaching in an organisational context"),
    P("""Wearside Energy's contact centre at Doxford Park, Sunderland, takes about 9,000 calls a
      day. Ofgem's rules on treating vulnerable customers fairly mean advisers have to make
      judgement calls that no script covers. John Whitmore describes coaching as unlocking a
      person's potential to maximise their own performance; for us that means advisers who
      can think on a difficult call. Coaching is also part of our Rise programme for
      first-line managers and helps retention in a sector where staff leave within a year."""),
    H(1, "1.2 Role and responsibilities of a coach"),
    P("""The coach helps the coachee find their own answers rather than giving them. Julie Starr
      separates the coach's responsibility for the process from the coachee's responsibility
      for the content. Responsibilities include contracting, confidentiality, boundaries,
      referral (for example to our Employee Assistance Programme), record keeping and
      supervision. Team Manager and coach are different hats, and I say which one I am
      wearing."""),
    H(1, "1.3 and 1.4 Skills, barriers and how to overcome them"),
    T(
        ["Barrier", "How I overcome it"],
        ["Call queues: coaching is the first thing cancelled", "Sessions booked in Genesys as off-phone time, agreed with the Workforce Planning team"],
        ["Coaching seen as performance management", "Separate coaching notes from quality scores in Salesforce"],
        ["My own habit of advising", "Use GROW questions on a card; supervision"],
    ),
    P("""Listening, questioning, summarising and giving feedback are the core skills. Egan's
      SOLER helps with the non-verbal side. Behaviours matter as much: patience and belief in
      the coachee."""),
    H(1, "2.1 Initiating a productive relationship"),
    P("""Monday mornings are our busiest time, so I hold first meetings on a Wednesday afternoon
      in a quiet room on the second floor. Rapport comes from curiosity about the person. Tim
      Gallwey's idea of the inner game helps me explain that coaching works on what gets in
      the way, not on what the person lacks."""),
    H(1, "2.2 Contracting"),
    P("""A contract sets out practical arrangements, goals, confidentiality and its limits,
      record keeping under UK GDPR, and how coaching ends. It should include stakeholders.
      With Coachee 1 we held a three-way meeting with her team leader, Bogdan Ilie, to agree
      what the business needed from the coaching and what he would not be told."""),
    H(1, "2.3 Safe and ethical practice"),
    P("""I follow the EMCC Global Code of Ethics. Safe practice means keeping confidences,
      declaring conflicts of interest, not coaching beyond my competence and referring when a
      coachee's issue is personal or clinical. Maslow's hierarchy reminds me that a coachee
      worried about paying her own energy bill will not be thinking about career goals."""),
    H(1, "3.1 Managing the coaching process with a model"),
    P("""I use GROW. For example, with Mei-Ling Zhou from our Washington team the Goal was to
      handle calls from customers in debt without transferring them. Reality: she transferred
      about one in three. Options included shadowing the Specialist Support team, role play
      and a call framework. Will: two calls a day without transfer by the end of the month.
      For quick corridor conversations I use OSKAR, and Peter Hawkins' CLEAR model when I
      want to contract carefully at the start of a session."""),
    H(1, "3.2 Tools and techniques"),
    B("Scaling questions: how confident are you on a debt call, one to ten?"),
    B("The Johari window, using quality feedback from call listening."),
    B("McClelland's needs theory to explore what motivates each coachee."),
    B("SMART goals recorded in our coaching template on SharePoint."),
    H(1, "3.3 Monitoring and review"),
    P("""Progress is reviewed at the start of each session and in a formal mid-point review.
      Call data in Genesys gives objective measures: transfer rate, call length and customer
      satisfaction. Coachee 2's transfer rate fell from 33 to 9 per cent in eight weeks."""),
    H(1, "4.1 The purpose of coaching records"),
    P("""Records give continuity, hold both parties to actions, show progress, and support
      supervision and the ILM qualification. They are kept on a restricted SharePoint site,
      never in Slack or Microsoft Teams chats, and are deleted six months after coaching ends."""),
    H(1, "4.2 Reflective practice and supervision"),
    P("""Jenny Rogers says that coaches who do not reflect keep repeating the same mistakes.
      Supervision showed me that I wanted Mei-Ling to succeed so badly that I was asking
      leading questions. Passmore argues that supervision is where such patterns are caught.
      When the team won the regional award at a dinner at the Stadium of Light, someone played "Fog on the Tyne" in the break-out
      area, and I realised how much the coaching had changed the mood of the floor."""),
    H(1, "References"),
    B("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont, CA: Brooks/Cole."),
    B("Gallwey, W.T. (2000) The Inner Game of Work. New York: Random House."),
    B("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. 2nd edn. Maidenhead: Open University Press."),
    B("Passmore, J. (ed.) (2011) Supervision in Coaching. London: Kogan Page."),
    B("Rogers, J. (2016) Coaching Skills: The Definitive Guide to Being a Coach. 4th edn. Maidenhead: Open University Press."),
    B("Starr, J. (2021) The Coaching Manual. 5th edn. Harlow: Pearson."),
    B("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    H(1, "Declaration"),
    P("I confirm this assignment is my own work. Signed: Rebecca Ashworth"),
]

CASE = Case(
    name="ny_300_contact_centre_planted",
    unit="8587-300",
    kind="structured-docx",
    files=[SourceFile("Ashworth R - 8587-300.docx", ASSIGNMENT)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Mei-Ling Zhou", "Mei-Ling", "Bogdan Ilie"]},
    about="Energy contact centre manager's 300 assignment naming a coachee in full in a GROW example and by first name in a reflection, and a coachee's team leader in contracting; theorists with first names, Sunderland places, software clean.",
)
