"""8587-301 Good Practice in Mentoring: a dairy herd manager's assignment, typed without styles.

Alistair Brough manages a 400-cow dairy herd on a Cumbrian estate farm and mentors an
apprentice he calls Apprentice M (the letter is the milking unit she started on). Typed
numbers, Normal style only. Nothing is to be flagged.

Traps: machinery named after people (John Deere, Massey Ferguson, New Holland), a milking
robot (Lely Astronaut), breeds (Holstein Friesian, Jersey, Aberdeen Angus, Hereford,
Belted Galloway), cows called by names (Duchess, Bluebell), a milk buyer with a surname
brand (Müller, Arla), shows, the NFU, AHDB, Red Tractor, APHA, a TV farmer and his
tractor driver, the learner's own initials in a footer, "the Boss" and "the Laird" by role,
a vet practice, theorists (Kram, Knowles, Parsloe and Wray, Lewin, Clutterbuck, Maslow).
"""

from .case import Case, P, SourceFile

ASSIGNMENT = [
    P("ILM Level 3 Certificate in Coaching and Mentoring – Unit 301"),
    P("Learner: Alistair Brough    Registration number: R4408663    Date: 30 April 2025"),
    P("""Declaration: I confirm this assignment is my own work. Alistair Brough"""),
    P("""My workplace. I am herd manager at Fellside Home Farm, part of an estate near
      Penrith in Cumbria. We milk 400 Holstein Friesians and a small Jersey herd through four
      Lely Astronaut robots, rear our own heifers and finish Aberdeen Angus and Hereford
      crosses for beef. The farm is run by a farm manager I call the Boss in the yard and
      owned by the estate, whose owner everyone calls the Laird. I mentor our agricultural
      apprentice, whom I call Apprentice M in this assignment: M stands for the milking unit she
      started on, not her name."""),
    P("1.1 The purpose of effective mentoring within an organisational context"),
    P("""On a farm, mentoring keeps young people in the industry. The AHDB reckons most
      new entrants leave within three years, usually because the hours are long and nobody
      explains the why behind the jobs. Mentoring passes on stockmanship that is not
      written down, such as reading a cow's eye before she goes down with milk fever, and
      gives the business a trained person rather than a vacancy every spring."""),
    P("1.2 The role and responsibilities of an effective mentor"),
    P("""A mentor is a guide and a sounding board, not the apprentice's line manager. My
      responsibilities are to be available, to keep what she tells me private unless there
      is a safety or welfare concern, to share my experience honestly, to help her set
      her own goals, and to keep notes. Kram described two sets of mentoring functions,
      career and psychosocial; on a farm, where the nearest person her own age is in
      Penrith, the psychosocial side counts for more than anyone expects."""),
    P("1.3 Skills, knowledge and behaviours required of an effective mentor"),
    P("""Skills: listening, questioning, patience, giving feedback and knowing when to
      stand back. Knowledge: the job itself (from calving to the Red Tractor audit), the
      apprenticeship standard, the college course, and where to send someone for help
      I cannot give. Behaviours: reliability, honesty, respect, and keeping my temper when
      a gate is left open and forty heifers are in the Laird's garden."""),
    P("1.4 Overcoming potential barriers to mentoring"),
    P("""The barriers on a farm are weather, workload and isolation. We overcome workload by
      fixing a half hour after morning milking on Wednesdays, when the Boss covers the
      robots. Weather we cannot fix, so in lambing and silage we meet in the cab of the
      John Deere or the Massey Ferguson while the other person rakes. For isolation I put
      Apprentice M in touch with the Young Farmers' Club in Appleby and with the Cumbria
      Farmer Network, and I meet her in the farm office rather than the parlour so there is
      no noise and nobody walks in."""),
    P("2.1 Methods to initiate a productive working relationship with an individual"),
    P("""A first meeting away from the job, with a brew, to talk about what she wants from
      farming; sharing a bit about myself (I started as a relief milker at sixteen);
      agreeing how we will work; and an early practical success together. With Apprentice M
      that was bringing in Duchess, our oldest cow, who will only walk for someone
      she trusts; once Duchess followed her, the rest of the yard started to take her
      seriously."""),
    P("2.2 The rationale for and process of contracting in mentoring"),
    P("""A contract makes expectations clear and protects both people. Our contract
      covers the purpose (her apprenticeship and her career beyond it), how often and
      where we meet, confidentiality and its limits (her safety, the animals' welfare), how
      either of us can end it, and what the Boss will be told, which is only that we are
      meeting. We signed it in September and reviewed it at Christmas, when she asked to add
      calf rearing."""),
    P("2.3 What represents safe and ethical practice in mentoring"),
    P("""Safe practice on a farm starts with physical safety: a mentoring conversation never
      happens while someone is handling a bull or driving the New Holland loader. Ethical
      practice means confidentiality, honesty about the limits of what I know, no
      favouritism over the other staff, and no exploiting the relationship, for example
      asking her to cover my shifts. Because she is nineteen and lives on the farm, the
      estate's safeguarding policy applies, and I would tell the Boss if I thought she was at
      risk. Her records are kept in the locked office drawer, and I use Apprentice M in
      anything that leaves the farm."""),
    P("3.1 Managing a mentoring process using a recognised mentoring model"),
    P("""I use Clutterbuck's five stages: building rapport, setting direction, progression,
      winding down and moving on. We built rapport over the first month. In October we set
      direction: she wanted to pass her Level 3 and to manage the heifer rearing unit. The
      progression stage ran through the winter, with the goals reviewed every month. In
      spring we are winding down, and moving on will be her move to heifer rearing in June,
      which she has earned. Lewin's unfreeze, change and refreeze helped me see why she
      struggled in January: she had to unlearn habits from her family's beef farm in the
      Eden Valley before she could learn ours."""),
    P("3.2 Mentoring tools and techniques to identify preferences and agree goals"),
    P("""I used a skills scan against the apprenticeship standard, a simple learning styles
      conversation (she learns by doing, then asking), SMART goals, and the GROW model in
      short sessions. Knowles' principles of adult learning remind me that she needs to
      know why she is learning something and to use her own experience. Maslow helped me
      see why goals stalled in November: her car had failed its MOT and she had no way to
      college, and no goal matters until you can get to Penrith. We set one practical goal
      (sort the car) before the learning goals."""),
    P("3.3 Methods for monitoring and reviewing progress towards goals"),
    P("""We review at each session with a one-to-ten score against each goal, and monthly
      against evidence the farm already keeps: her entries in the herd software, the fertility
      figures for the cows she inseminated, and the vet's notes after each herd health
      visit. Parsloe and Wray recommend reviewing the relationship as well as the goals, so
      every third session I ask how the mentoring itself is going. At Christmas she said she
      wanted fewer lectures about the old days, which was fair."""),
    P("4.1 The purpose of mentoring records for mentor and mentee"),
    P("""For me the records are a memory and a check on myself: they show what we agreed and
      whether I have done what I said. For her they show progress, and she has used them as
      evidence in her apprenticeship portfolio and at end-point assessment. For the farm
      they show that training happened, which the Red Tractor auditor and the milk buyer
      (we supply Müller through Arla's pool) both ask about. Records should be factual,
      dated, agreed, and kept safely."""),
    P("4.2 Why reflective practice and supervision are important in mentoring"),
    P("""Without reflection I would mentor the way I was taught, which was mostly shouting
      across a yard. After each session I write down what I did well and what I would
      change. Supervision with my course tutor gave me a place to talk about the time
      Apprentice M cried after a calf died and I did not know what to say. My tutor
      helped me see that I did not need to say anything clever, just stay. Reflection and
      supervision are how a mentor keeps learning, and a mentor who stops learning
      soon stops being any use to the mentee."""),
    P("""Final thoughts. Everyone at the Westmorland County Show in September was talking
      about Clarkson's Farm. Jeremy Clarkson has done more to get young people asking about
      farming than any campaign, and Kaleb Cooper has made tractor driving look like a
      career. But television does not stay for the 4am calving. Mentoring does. We also
      showed a Belted Galloway heifer at the Royal Highland Show in June, and Bluebell came
      home with a rosette; Apprentice M led her into the ring."""),
    P("""Reading: Clutterbuck, D. (2004) Everyone Needs a Mentor; Kram, K. (1985) Mentoring at
      Work; Knowles, M. (1984) The Adult Learner; Parsloe, E. and Wray, M. (2000) Coaching and
      Mentoring; NFU (2023) Farm Safety Guide; APHA (2024) TB testing guidance."""),
    P("A.B. Unit 301 v2"),
]

CASE = Case(
    name="nv_dairy_farm_301",
    unit="8587-301",
    kind="numbered-unstyled",
    files=[SourceFile("A Brough 301.docx", ASSIGNMENT)],
    labels={
        "1.1": "reading a cow's eye before she goes down",
        "1.2": "the psychosocial side counts for more than anyone expects",
        "1.3": "keeping my temper when a gate is left open",
        "1.4": "in the cab of the John Deere",
        "2.1": "who will only walk for someone she trusts",
        "2.2": "she asked to add calf rearing",
        "2.3": "asking her to cover my shifts",
        "3.1": "unlearn habits from her family's beef farm",
        "3.2": "no goal matters until you can get to Penrith",
        "3.3": "fewer lectures about the old days",
        "4.1": "the Red Tractor auditor and the milk buyer",
        "4.2": "I did not need to say anything clever",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Dairy herd manager's unstyled mentoring assignment: tractors and breeds named after people, cows with names, a milk buyer's surname brand, a TV farmer and his driver, the Boss and the Laird, own initials in a footer; nothing to flag.",
)
