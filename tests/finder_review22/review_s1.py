UNIT = "8587-300"
REFS = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2"]
import os
EXTRA = os.environ.get("EXTRA", "4.3 Conclusion")
PDF = os.environ.get("PDF") == "1"
def P(t): return ("paragraph", t)
A = [
 ("1. Understand coaching in the centre", [
 ("1.1", "Purpose", "Coaching in our call centre is a series of one-to-one conversations that help agents improve call handling and reach their own targets, which lifts customer satisfaction scores across the floor."),
 ("1.2", "The coach", "The coach agrees the contract, keeps the sessions confidential, keeps to time, challenges the agent, and refers on anything outside their competence such as debt worries or health problems."),
 ("1.3", "What a coach needs", "A coach needs listening and questioning skills, knowledge of the GROW model and our call quality framework, and behaviours such as patience, honesty and being non-judgemental."),
 ("1.4", "Obstacles", "Time is the main obstacle because agents are on the phones all day; we will schedule sessions in the quiet hour after ten. Some agents distrust coaching, so it is offered to all.")]),
 ("2. Starting the relationship", [
 ("2.1", "First meeting", "I start with an informal chat by the coffee machine to build rapport, then explain how we will work together and listen far more than I talk so that trust builds."),
 ("2.2", "Agreement", "We write down the number of sessions, where we meet, what stays confidential and what I must pass on, and both sign it, so nobody is surprised later on."),
 ("2.3", "Staying safe", "I keep to the ethical code of the EMCC, never coach someone I line manage, and take anything about harm straight to the safeguarding lead in the building.")]),
 ("3. Running the sessions", [
 ("3.1", "Model", "I use GROW: the goal for the session, the reality now, the options open, and the way forward with a date, moving back a stage when the agent gets stuck."),
 ("3.2", "Tools", "A wheel of work and a learning styles questionnaire show what the agent prefers, and scaling from one to ten helps us agree a goal they really want."),
 ("3.3", "Progress", "Each session opens with a look at the actions from the last one, and every third session we score the goal again on the same scale and talk about the change.")]),
 ("4. Notes and reflection", [
 ("4.1", "Notes", "Notes are kept in a locked folder with only goals and actions agreed, and the agent sees every note, so both of us remember what we agreed and can see the progress."),
 ("4.2", "Looking back", "After each session I write a log using Gibbs and I take the hard ones to my supervisor monthly, which keeps me inside my competence and the agent safe.")]),
]
def docs(doc):
    b = [("heading", "Coaching in the contact centre", 1)]
    for top, subs in A:
        b.append(("heading", top, 1))
        for r, t, a in subs:
            b += [("heading", f"{r} {t}", 2), P(a)]
    if EXTRA:
        b += [("heading", EXTRA, 2), P("Overall I have shown how coaching would work in our contact centre and what it needs from the managers and the coaches to work well over the next year.")]
    return [doc("report.pdf" if PDF else "report.docx", *b, pdf=PDF)]
