UNIT = "D2.01"
REFS = ["q3", "q17", "q18"]
import tomllib
from conftest import RUBRICS
R = tomllib.loads((RUBRICS / "D2.01.toml").read_text(encoding="utf-8"))
def P(t): return ("paragraph", t)
Q = {}
def walk(x):
    if isinstance(x, dict):
        if "text" in x and "ref" in x: Q[x["ref"]] = x["text"]
        for v in x.values(): walk(v)
    elif isinstance(x, list):
        for v in x: walk(v)
walk(R)
ANS = {
 "3": "An effective mentor is patient, a good listener, honest about their own mistakes and reliable: they turn up when they said they would and keep what is said between us.",
 "17": "The two main types are open questions, which invite the mentee to talk and explore, and closed questions, which check facts or get a yes or no answer quickly.",
}
def docs(doc):
    b = []
    for n in range(1, 21):
        b.append(P(f"{n}) {Q[str(n)]}"))
        if str(n) == "18":
            b += [P("Open questions I asked my mentee, a newly qualified teaching assistant, in our first two sessions together:"),
                  P("1) How did the first week in the classroom feel for you?"),
                  P("2) What would you like to get out of our sessions together?"),
                  P("3) What are the main characteristics of an effective mentor in your view?"),
                  P("Closed questions: Did you manage to see the SENCo this week? Have you read the behaviour policy yet? Both check facts quickly and move us on.")]
        else:
            b.append(P(ANS.get(str(n), f"My answer to question {n} is about my work with the mentee in the primary school where I have been a teaching assistant for six years now, and what I learned.")))
    return [doc("d201.docx", *b)]
