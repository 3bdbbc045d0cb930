"""Write marker/submission/name_lists.py: the first names and word-like names the
anonymisation check uses. Run by hand when the lists change; nothing downloads at run time.

Sources (both free to use and ship):
- US Census 1990 name frequencies (a US government work, public domain), as packaged in
  the MIT-licensed ``names`` 0.3.0 sdist on PyPI: every male first name, the 2,500 most
  common female first names, and the 3,000 most common surnames.
- SCOWL's british-english-small word list (Debian ``wbritish-small``; permissive
  licence): only to mark which of those names are also ordinary lower-case words
  ("Will", "Grace", "Mark", "Hope"), never shipped itself.
Plus first names common in the UK today that a 1990 US census lacks (``EXTRA`` below).

    python tools/make_name_lists.py NAMES_DIR /usr/share/dict/british-english-small
"""

import sys
from pathlib import Path

EXTRA = """
Aaliyah Aamir Abdi Abdirahman Abdul Abdullah Abdullahi Abena Abimbola Ada Adaeze Adam Ade Adebayo Adele
Adeola Adil Adnan Adrianna Afia Afsana Agnieszka Ahmad Ahmed Aidan Aileen Ailsa Aimee Aisha Aisling Aiyana
Ajay Akash Akosua Akua Alasdair Aled Aleksandra Alfie Alia Alina Alisha Amaan Amara Amelia Amina Amir Amira
Amit Amrit Anaya Andreea Andrei Aneesa Angharad Angus Anil Anita Anjali Anwar Aoife Archie Arfan Arif Arjun Arlo
Arran Asha Ashok Asif Asma Atif Ava Ayan Ayesha Ayo Ayodele Ayomide Azra Babatunde Baljit Bartosz Beata
Bethan Bilal Bisi Blessing Bogdan Bola Bronwen Bukola Busisiwe Caitlin Callum Caoimhe Carys Catrin Ceri Cerys
Chantelle Charlie Chiamaka Chidi Chidinma Chinedu Chioma Chipo Cian Ciara Ciaran Conor Connor Dafydd Damilola
Darius Darragh Dayo Declan Deepa Deepak Delroy Divya Dmitri Dorota Dylan Eamon Efua Eilidh Eimear Eleri Elif
Eliza Elsie Emeka Emre Enya Eoin Errol Esi Esme Euan Evie Ewa Faduma Faisal Farah Farai Farhan Faris Fartun
Fatima Fatuma Femi Ffion Finlay Finley Folake Freya Funmi Gethin Grainne Grzegorz Gurdeep Gurpreet Gwen Hafsa
Hamish Hamza Hana Harjit Harpreet Harvinder Hassan Hibo Hina Hodan Huw Ibrahim Idris Ieuan Ieva Ifeoma Ikenna
Imogen Imran Inaya Ines Ioana Iona Ionut Irfan Irina Isla Ismail Iwan Jakub Jaspreet Jaswinder Javed Jayden
Jenson Jide Joanna Jolanta Junaid Jurgita Justyna Kacper Kamau Kamran Karan Karim Katarzyna Kavita Kelechi
Kemi Khadija Khalid Kiran Kirsty Kofi Kojo Krzysztof Kuldip Kunal Kunle Kwabena Kwame Kwesi Lachlan Lakshmi
Layla Leila Lerato Liam Lina Lukasz Magdalena Mahesh Mahmoud Mairi Malgorzata Manjit Manoj Manpreet Marcin
Mariam Marlon Maryam Mateusz Matilda Meena Megan Mehmet Michal Mihai Millie Mindaugas Mohamed Mohammad
Mohammed Mohamud Morag Muhammad Mustafa Nadeem Nadia Naveed Naveen Ngozi Nia Niall Niamh Nikhil Nisha Njeri
Nkechi Nnamdi Nomvula Noor Nour Obinna Oisin Oksana Olena Oluwaseun Olumide Omar Orla Owain Padraig Parminder
Parveen Pawel Piotr Pooja Poppy Priya Rahul Rajesh Rajinder Ramesh Rania Rashid Raluca Reem Rekha Rhiannon
Rhys Rizwan Rohan Roisin Rory Rubina Rukhsana Rutendo Sadia Safiya Saima Saira Sajid Salma Samina Samira Sana
Sanjay Saoirse Satnam Seamus Segun Seren Seun Shabana Shahid Shazia Shoaib Shreya Sian Simran Siobhan Sipho
Sukhdev Sumaya Sunil Sunita Suresh Svetlana Tahira Tariq Tatenda Temitope Tendai Thabo Thandiwe Tiago Tolu
Tomasz Tope Tunde Uche Umar Usman Vikram Wale Wambui Wanjiru Waqas Wasim Weronika Wojciech Yara Yasmeen Yasmin
Yaw Yetunde Yousef Yusuf Zahra Zainab Zanele Zara Zawadi Zeeshan Zofia Zubair Zuzanna
Tegan Keeley Kieran Kai Reece Demi Steph Bev Ewan Graeme Iain Alistair Fergus Morven Catriona Ravinder Jaspal
Chinonso Tobi Wiktoria Oliwia Agata Marek Radek Rowan Nico Luca Kayden Maisie Lexi Darcie Bryony Elin Mared Osian
Ianto Cai Tomos Rhodri Gwilym Dewi Sioned Lowri Nerys Heledd Kenzie Sinead Clodagh Orlaith Fionnuala Dervla Colm
Cathal Donal Fionn Tadhg Ruairi Eoghan Diarmuid Zbigniew Stanislaw Dariusz Artur Kamil Damian Patryk Dominika
Karolina Paulina Ewelina Izabela Sylwia Urszula Bozena Iwona Renata Danuta Cristina Gabriela Florentina Catalin
Costel Marius Hiroshi Yuki Wei Jing Xin Ming Anh Minh Thanh Linh Sanjeev Sandeep Pardeep Kuljit Amandeep Navdeep
Gurinder Sukhwinder Balvinder Manjinder Rupinder Shabnam Rabia Nabila Nazia Uzma Shamima Nasima Rehana Ruksana
Shirin Mehreen Anisa Aliya Eman Hiba Huda Iman Ayaan Rayyan Zayn Arham Hasan Abdallah Yahya Musa Isa Suleiman
Zakariya Olu Gaz
"""

# Missing until a mentee called Keira, Gareth, Neha or Siân went unflagged (added by hand from
# the UK's most given names since the 1990s, older British, Welsh, Irish and Cornish names, and
# names common among the UK's South Asian, African, Caribbean and Eastern European communities;
# accented spellings as learners type them).
EXTRA += """
Maddie Maddy Izzy Macie Mali Ifan Harri Dami
Aarav Aiden Amelie Antoni Arabella Aria Ayla Brody Darcey Dawid Elodie Esmee Filip Harper Jaden Jemma Kaden
Kane Keira Kian Kyran Leighton Lennon Lexie Luna Macy Marley Mikey Myla Nevaeh Nikodem Oskar Priyanka Rhianna
Sienna Szymon Tallulah Tilly Tobiasz Vihaan Willow Zach Zain Zak
Barnaby Bryn Carwyn Chloë Clive Crispin Demelza Dilys Eirian Elfed Emyr Eurig Gareth Gaynor Geraint
Giles Glenys Gruffydd Gwenllian Hywel Ioan Iolo Islwyn Jago Kath Kerensa Kirsteen Llinos Lowenna Macsen Manon
Meinir Mererid Morfydd Morwenna Olwen Ottilie Persephone Piers Rhona Rhydian Ruairí Saffron Seán Siân Taliesin
Tamsin Tarquin Tirion Wynn Zoë
Shereen Everton Kemar Shanelle Tianna Hakeem Nasir Bashir Salim Shakil Shahida Nasreen Farzana Tasnim Tahmina
Rizwana Habiba Halima Hawa Fadumo Ifrah Sagal Nimco Hamdi Ubah Kinga Aleksander Mihaela Alexandru Florin
Vasile Gheorghe Egle Mantas Anand Vijay Ravi Rakesh Nitin Ashish Harpal Jaswant Kamaljit Kulwant Hardeep
Jatinder Neha Sneha Ritu Swati Deepika Komal Bhavna Hetal Falguni Jignesh Mitesh Hitesh Nilesh Paresh Dipesh
Chetan Jigna Krupa Kinjal Maricel Marivic Arnel Rommel Adaobi Chukwuemeka Ifeanyi Oluwadamilola Funmilayo
Bolanle Tobiloba Tomiwa Kehinde Taiwo Babajide Adewale Oluwatobi Oluwafemi Damilare Kwaku Adwoa Kwadwo Sinéad
Róisín Pádraig Séamus Órla Méabh Caoimhín Dónal Siôn Heulwen Glesni Renée Chloé Zoé Inès Hélène Léa Raphaël
Joël Anaïs Björn Søren Jürgen Małgorzata Łukasz Paweł Michał Kamila Wiktor Maciej Mikołaj Bartłomiej
"""

# Surnames common in the UK that a US census ranks low.
EXTRA_SURNAMES = """Ahmed Ali Begum Bibi Chowdhury Hussain Iqbal Islam Khan Mahmood Malik Mirza Patel Qureshi Rahman Shah Sharma
Singh Kaur Gill Sandhu Sidhu Dhillon Grewal Kumar Gupta Mistry Desai Joshi Okafor Okoye Adeyemi Adebayo Mensah Owusu
Boateng Asante Nowak Kowalski Wojcik Kaminski Lewandowski Zielinski Szymanski Popescu Ionescu Murphy Kelly Byrne
Doherty McCarthy Gallagher Quinn Fraser MacDonald McLean Campbell Stewart Grant Pryce Llewellyn Jenkins Rees Powell
Hughes Owen Bevan Vaughan""".split()

# Places, brands and scripture that are also in the census lists: never taken for a first name.
NOT_FIRST_NAMES = """Lincoln Preston Chester Milton Clifton Bradford Stafford Warwick Carlisle Halifax Bedford Hereford
Kensington Camden Harrow Houston Dallas Denver Orlando Phoenix Sydney Adelaide Paris London Washington Wellington
Israel Chad Kenya Regina Augusta Trenton Cleveland Dewey Darwin Newton Christian Mercedes Porsche Bentley Jaguar
Tesla Harley Dell Ford Job Moses Jesus""".split()

# First names that are as often a place: a name alone only with more to go on ("Victoria said").
PLACE_LIKE = """Victoria Florence Charlotte Georgia Virginia Carolina Savannah India Jordan Chelsea Austin Jackson
Madison Nelson Sierra Dakota Brooklyn Devon Kent Cornwall Shannon Darcy""".split()

LISTS = {"male": "dist.male.first", "female": "dist.female.first", "last": "dist.all.last"}
TAKE = {"male": None, "female": 2500, "last": 3000}


def read(path: Path, take: int | None) -> list[str]:
    names = [line.split()[0].capitalize() for line in path.read_text().splitlines() if line.strip()]
    return names[:take] if take else names


def main(names_dir: str, words_path: str) -> None:
    folder = Path(names_dir)
    words = {w.strip() for w in Path(words_path).read_text(encoding="latin-1").splitlines() if w.strip().islower()}
    first = dict.fromkeys(read(folder / LISTS["male"], None) + read(folder / LISTS["female"], 2500) + EXTRA.split())
    for name in NOT_FIRST_NAMES:
        first.pop(name, None)
    first_names = sorted(n for n in first if len(n) > 2)
    wordlike = sorted(n for n in first_names if n.lower() in words)
    placelike = sorted(n for n in first_names if n in PLACE_LIKE)
    common_surnames = read(folder / LISTS["last"], 5000) + EXTRA_SURNAMES
    surnames = sorted(n for n in common_surnames[:3000] if n.lower() in words)
    out = Path(__file__).resolve().parents[1] / "marker" / "submission" / "name_lists.py"
    out.write_text(
        '"""Names for the anonymisation check, written by ``tools/make_name_lists.py``: do not edit by hand.\n\n'
        "First names from the US Census 1990 frequencies (public domain) and names common in the UK today;\n"
        "which of them are also ordinary words from SCOWL's british-english-small list.\n"
        '"""\n\n'
        + _frozenset("FIRST_NAMES", first_names, "First names, capitalised.")
        + _frozenset("WORDLIKE_FIRST_NAMES", wordlike, 'First names that are also ordinary words ("Will", "Grace"): never a name alone without more to go on.')
        + _frozenset("PLACELIKE_FIRST_NAMES", placelike, 'First names that are as often places ("Victoria", "Jordan").')
        + _frozenset("SURNAMES", sorted(set(common_surnames)), "Common surnames: after a first name that is also a word, a name (\"Grace Hill\", not \"Royal Charter\").")
        + _frozenset("WORDLIKE_SURNAMES", surnames, 'Common surnames that are also ordinary words ("Smith", "Brown"): a surname after an initial.'),
        encoding="utf-8",
    )
    print(f"{out}: {len(first_names)} first names, {len(wordlike)} word-like, {len(surnames)} word-like surnames")


def _frozenset(name: str, items: list[str], doc: str) -> str:
    lines, line = [], ""
    for item in items:
        if len(line) + len(item) + 1 > 110:
            lines.append(line)
            line = ""
        line += (" " if line else "") + item
    lines.append(line)
    body = "\n".join(lines)
    return f'{name} = frozenset("""\n{body}\n""".split())\n"""{doc}"""\n\n'


if __name__ == "__main__":
    main(*sys.argv[1:3])
