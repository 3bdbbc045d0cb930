"""Capitalised words that are not the people a learner must anonymise, curated by hand.

Theorists and authors a coaching or mentoring submission cites, public figures held up as
examples, the words that make a capitalised run an organisation or a place, and the
everyday capitalised words a sentence or a form starts with. Authors cited in the
submission itself are found as it is read (``may_be_named.py``): these lists only cover what is
often named without a citation ("Kolb's cycle", "Nancy Kline's Thinking Environment").
"""

import unicodedata


THEORISTS = frozenset("""
Adair Argyris Atkins Bachkirova Bandler Bandura Belbin Berne Blanchard Bloom Bluckert Borton Boud Boydell
Briggs Brockbank Brookfield Burgoyne Carroll Cavanagh Clutterbuck Covey Cox Csikszentmihalyi DiClemente Dilts
Downey Driscoll Dryden Dweck Egan Ekman Erikson Fayol Flaherty Fleming Gallwey Garvey Gibbs Goleman Grinder
Hackman Handy Hardingham Hargrove Hawkins Hay Heron Hersey Herzberg Hewson Honey Ibarra Ingham Inskipp Iveson
Jarvis Johari Jung Kadushin Kahneman Karpman Kegan Kilmann Kimsey-House Kirkpatrick Klasen Kline Knowles Kolb
Kotter Kram Kübler-Ross Lahey Lancer Landsberg Laske Lencioni Lewin Luft Maslow McClelland McGill McGregor
McKergow McMahon Megginson Mehrabian Mezirow Mintzberg Mumford Myers Neenan Parsloe Passmore Pedler Peltier
Piaget Prochaska Rath Revans Rolfe Rollnick Rooke Rosinski Rosenberg Sandahl Schein Schon Schön Scoular
Seligman Senge Shohet Sinek Skiffington Starr Stokes Torbert Tuckman Vroom Vygotsky Wageman Weintraub Whitmore
Whitworth Whybrow Wosket Wray Zachary Zeus Goldsmith Drucker Johns Bolton Cottrell Erickson Shazer Berg Kauffman
Edmondson Zenger Folkman Wiseman Stanier Scharmer Ragins Proctor Corrie Whittleworth Alexander Buckingham Hattie
Bloom Ericsson Leedham Clance Imes Dweck Covey Senge Hackman Lencioni Gardner Kline Rock Bennis Greenleaf Kouzes
Posner Fiedler Mouton Tannenbaum Hofstede Bolman Locke Latham Rotter Nelson-Jones Goffee Mintzberg Ofman Owen
""".split())
"""Surnames of theorists and authors: a name with one of these is cited, not a mentee."""

PUBLIC_FIGURES = frozenset("""
Richard Branson|Steve Jobs|Bill Gates|Elon Musk|Nelson Mandela|Barack Obama|Michelle Obama|Winston Churchill|
Martin Luther King|Florence Nightingale|Mary Seacole|Marcus Rashford|Alex Ferguson|Gareth Southgate|
Jurgen Klopp|Clive Woodward|Jacinda Ardern|Oprah Winfrey|Warren Buffett|Jeff Bezos|Alan Sugar|John Lewis|
Ted Baker|Harvey Nichols|Laura Ashley|Simon Cowell|Mahatma Gandhi|Albert Einstein|Charles Darwin|
Isaac Newton|Henry Ford|Walt Disney|Queen Elizabeth|King Charles|Prince William|Princess Diana|Greta Thunberg|
Malala Yousafzai|David Attenborough|Stephen Hawking|Tim Berners-Lee|Rosa Parks|Emmeline Pankhurst|
Abraham Lincoln|Mother Teresa|Serena Williams|Andy Murray|Lewis Hamilton|Jessica Ennis|Mo Farah|
Kelly Holmes|Dave Brailsford|Matthew Syed|Brene Brown|Brené Brown|Adam Grant|Angela Duckworth|Ken Robinson|
Marks and Spencer|Marks & Spencer|Johnson & Johnson|Procter & Gamble|Dorothy Perkins|Morgan Stanley|Ernst & Young|
Jimmy Choo|Tommy Hilfiger|Ralph Lauren|Calvin Klein|Hugo Boss|Jack Wills|Oliver Bonas|Ann Summers|Jessica Kingsley|
Carl Rogers|Jenny Rogers|Marie Curie|Sue Ryder|Leonard Cheshire|Cicely Saunders|Edward Jenner|Jack Petchey|Roy Castle|
Steve Peters|Viktor Frankl|Daniel Pink|Malcolm Gladwell|Peter Honey|Nicholas Brealey|Kogan Page|Harvey Nichols|Ted Baker|John Lewis|Laura Ashley|Hannah Arendt|
Ted Lasso|Gordon Ramsay|Jamie Oliver|Mary Berry|Eddie Jones|Pep Guardiola|Sarina Wiegman|Emma Hayes|Phil Jackson|
John Wooden|Tim Cook|Satya Nadella|Sheryl Sandberg|Indra Nooyi|Anita Roddick|Karren Brady|Deborah Meaden|Anne Frank|
Harry Potter|Percy Jackson|Alex Rider|Artemis Fowl|Tracy Beaker|Horrid Henry|Greg Heffley|Tom Gates|Hermione Granger|
Ron Weasley|Katniss Everdeen|Sherlock Holmes|James Bond|Willy Wonka|Charlie Bucket|Alan Turing|Joe Bloggs|Fred Bloggs|Joe Public|Jane Austen|Charlotte Bronte|Charlotte Brontë|Bernard Matthews|Julie Andrews|Joe Wicks|
Tim Peake|Helen Sharman|Neil Armstrong|Buzz Aldrin|Yuri Gagarin|Ernest Shackleton|Ranulph Fiennes|Bear Grylls|
Edmund Hillary|Ellen MacArthur|Robin Knox-Johnston|Jane Goodall|Gerald Durrell|Steve Irwin|Chris Packham|Marie Curie|
Rosalind Franklin|Ada Lovelace|Grace Hopper|Katherine Johnson|Jocelyn Bell Burnell|Francis Crick|Louis Pasteur|
Alexander Fleming|Frankie Dettori|Hollie Doyle|Tony McCoy|Bob Champion|Lester Piggott|Rachael Blackmore|
Claudio Ranieri|Jose Mourinho|José Mourinho|Arsene Wenger|Arsène Wenger|Brian Clough|Bill Shankly|Bobby Charlton|
David Beckham|Wayne Rooney|Harry Kane|Steven Gerrard|Frank Lampard|Gary Lineker|Alan Shearer|Lionel Messi|
Cristiano Ronaldo|Lucy Bronze|Leah Williamson|Roy Keane|Bukayo Saka|Raheem Sterling|
Jack Grealish|Mikel Arteta|Erling Haaland|Mohamed Salah|Jonny Wilkinson|Maro Itoje|Gareth Edwards|Sam Warburton|
Ben Stokes|Joe Root|Stuart Broad|Andrew Flintoff|Freddie Flintoff|Ian Botham|Rafael Nadal|Roger Federer|
Novak Djokovic|Emma Raducanu|Venus Williams|Tiger Woods|Rory McIlroy|Seve Ballesteros|Usain Bolt|Paula Radcliffe|
Katarina Johnson-Thompson|Dina Asher-Smith|Steve Redgrave|Matthew Pinsent|Chris Hoy|Bradley Wiggins|Chris Froome|
Mark Cavendish|Victoria Pendleton|Tom Daley|Adam Peaty|Rebecca Adlington|Michael Phelps|Simone Biles|Max Whitlock|
Anthony Joshua|Tyson Fury|Muhammad Ali|Mike Tyson|Frank Bruno|Lennox Lewis|Ellie Simmonds|Tanni Grey-Thompson|
Jonnie Peacock|Kadeena Cox|Lewis Pugh|Ronnie O'Sullivan|Michael Schumacher|Ayrton Senna|Nigel Mansell|
Jenson Button|Sebastian Vettel|Max Verstappen|Sebastian Coe|Daley Thompson|Jessica Ennis-Hill|Kelly Sotherton|
Eddie Howe|Roy Hodgson|Kevin Keegan|Clive Lloyd|Shane Warne|Atticus Finch|Elizabeth Bennet|Mr Darcy|Jane Eyre|
Oliver Twist|Ebenezer Scrooge|Bridget Jones|Paddington Bear|Mary Poppins|Peter Pan|Roald Dahl|Enid Blyton|
Beatrix Potter|Julia Donaldson|Michael Morpurgo|Jacqueline Wilson|David Walliams|J.K. Rowling|JK Rowling|
Agatha Christie|George Orwell|Charles Dickens|William Shakespeare|Maya Angelou|Toni Morrison|David Attenborough|
Stephen Fry|Mary Beard|Lucy Worsley|Michael Palin|Joanna Lumley|Judi Dench|Helen Mirren|Ian McKellen|Anthony Hopkins|
Tom Hanks|Meryl Streep|Daniel Radcliffe|Benedict Cumberbatch|Idris Elba|Olivia Colman|Kate Winslet|Ant McPartlin|
Declan Donnelly|Graham Norton|Zoe Ball|Clare Balding|Gabby Logan|Dermot O'Leary|Davina McCall|Holly Willoughby|
Phillip Schofield|Piers Morgan|Jeremy Clarkson|Alan Titchmarsh|Monty Don|Jamie Oliver|Nigella Lawson|Delia Smith|
Paul Hollywood|Prue Leith|Rick Stein|Heston Blumenthal|Marco Pierre White|Tom Kerridge|Nadiya Hussain|Mary Portas|
Theo Paphitis|Steven Bartlett|Duncan Bannatyne|Elon Musk|Mark Zuckerberg|Sergey Brin|Jack Ma|Warren Bennis|
Arianna Huffington|James Dyson|Stelios Haji-Ioannou|Michael Marmot|Chris Whitty|Jonathan Van-Tam|Florence Nightingale|
Edith Cavell|Aneurin Bevan|Clement Attlee|Margaret Thatcher|Tony Blair|David Cameron|Theresa May|Boris Johnson|
Rishi Sunak|Keir Starmer|Liz Truss|Nicola Sturgeon|Jacinda Ardern|Angela Merkel|Emmanuel Macron|Joe Biden|
Donald Trump|Kamala Harris|Volodymyr Zelensky|King Charles III|Queen Elizabeth II|Prince Harry|Meghan Markle|
Princess Anne|Kate Middleton|Catherine Middleton|Taylor Swift|Ed Sheeran|Adele Adkins|Paul McCartney|John Lennon|
Freddie Mercury|David Bowie|Elton John|Amy Winehouse|Greta Gerwig|Steve Backshall|Ben Fogle|Kate Humble|Gino D'Acampo|
Gregg Wallace|John Torode|Joe Swash|Anthony Horowitz|Rick Riordan|Jeff Kinney|Jacqueline Wilson|Michael Morpurgo|
David Walliams|Julia Donaldson|Philip Pullman|Malorie Blackman|Mr Motivator|
Jack Daniel's|Eddie Stobart|Harry Ramsden|Ronald McDonald|Colonel Sanders|Vivienne Westwood|Alexander McQueen|
Stella McCartney|Mary Quant|Charles Tyrwhitt|Carl Sagan|Edwin Hubble|Caroline Herschel|William Herschel|
Maggie Aderin-Pocock|Beth Tweddle|Karl Jenkins|
Thomas Telford|Isambard Kingdom Brunel|Mrs Gaskell|Elizabeth Gaskell|Robert Louis Stevenson
""".replace("\n", "").split("|"))
"""People a learner holds up as an example: never the people they mentored. Only names famous as a whole:
a full name common in the UK ("Peter Jones", "Chris Evans") could as well be a mentee's, and is left out."""

ORGANISATION_WORDS = frozenset("""
Academy Agency Associates Association Authority Bank Board Building Business Centre Center Charity Clinic
Club College Commission Company Consultancy Consulting Co Corporation Council Court Department Directorate
Enterprises Federation Foundation Fund Group Guild Holdings Homes Hospital Hotel House Housing Inc Institute
Institution Limited Ltd LLP Ministry NHS Network Office Partnership Partners Plc PLC Practice Press Programme
Publications Publishing Publishers Books Media Editions Services Foods Industries Logistics
Energy Water Care Healthcare Motors Engineering Construction Retail Insurance Brewery Pharmacy Systems Technologies Society Solutions School Stores Studio Surgery Team Trust Union Unit
Architects Solicitors Accountants Surveyors Opticians Dentists Vets Veterinary Estates Developments Properties Contractors
Builders Haulage Recruitment Laboratories Pharmaceuticals Interiors Nurseries Dairies Farms
Show Festival Marathon Games Zoo Aquarium Towers Pier Racecourse Speedway Yard Cathedral Abbey Chapel Arcade
University Award Prize Scholarship Lecture Theatre Library Museum Gallery Church Mosque Temple
Street Road Avenue Close Drive Square Place Gardens Crescent Terrace Station Line Airport Dock Quay Wharf Estate
Village Town City County Borough Valley Bay Island Islands
Model Cycle Theory Framework Method Approach Inventory Questionnaire Indicator Scale Test Matrix Grid Window
Hierarchy Pyramid Curve Loop Wheel Principle Effect Technique Tool Profile Report Review Index
""".split())
"""A capitalised run that ends in one of these is an organisation, a place or a model ("Lyle Brook Architects":
firms of the professions and trades are named after their founders; "Chelsea Flower Show", "Alton Towers")."""

FAMILY_FIRM_WORDS = frozenset("Brothers Bros Sons".split())
"""A family firm's name ends so ("Farrow Brothers"), though a person's surname may too ("Jade Brothers"): a firm only
where the word before is no first name (so "Chance Brothers" and "Dennis Brothers" are flagged for the assessor)."""

PLACES = frozenset("""
Milton Keynes|St Helens|St Albans|St Ives|St Austell|Bury St Edmunds|Kingston upon Thames|Kingston upon Hull|
Sutton Coldfield|Hemel Hempstead|Welwyn Garden City|Newton Abbot|Newton Aycliffe|Burgess Hill|Haywards Heath|
Tunbridge Wells|Kings Lynn|Melton Mowbray|Market Harborough|Bishop Auckland|Chester-le-Street|Hebden Bridge|
Port Talbot|Merthyr Tydfil|Stoke-on-Trent|Ashby-de-la-Zouch|Barrow-in-Furness|Henley-on-Thames|Stratford-upon-Avon|
Leighton Buzzard|Bishops Stortford|Abbots Langley|Kirkby Stephen|Glen Coe|Ben Nevis|Fort William|Isle of Wight|
Isle of Man|Lake District|Peak District|Canary Wharf|Victoria Park|Albert Dock|Salford Quays|Hampton Court|
Saint Helens|Stanley Park|Holly Lodge|Bradford on Avon|Florence Park|Elizabeth Line|Victoria Line|Jubilee Line
""".replace("\n", "").split("|"))
"""Places named like people."""

PRODUCTS = frozenset("""
Viva Engage|Viva Insights|Viva Learning|Viva Connections|Viva Goals|Viva Pulse|Viva Glint|Viva Topics|Microsoft Viva|
Sage Payroll|Sage HR|Sage People|Sage Accounting|Sage Business Cloud
""".replace("\n", "").split("|"))
"""Software named like people (Microsoft's "Viva Engage"; Sage's payroll and HR): the workplace's tools, no one's name."""

BREEDS = frozenset("""
Jack Russell|King Charles|Cavalier King Charles|German Shepherd|Border Collie|Golden Retriever|Cocker Spaniel|
Springer Spaniel|Irish Setter|Gordon Setter|English Setter|Yorkshire Terrier|West Highland|Bichon Frise|Shih Tzu|
Lhasa Apso|Maine Coon|Bernese Mountain|Staffordshire Bull|Bull Terrier|Border Terrier|Patterdale Terrier|
Welsh Cob|Shetland Pony|Welsh Section|Irish Draught|Highland Pony|Dartmoor Pony|Exmoor Pony|Clydesdale|Shire Horse
""".replace("\n", "").split("|"))
"""Breeds named like people ("Bramble (Jack Russell)"): an animal's kind, no one's name."""

NOT_NAMES = frozenset("""
A An The This That These Those It Its I Me My Mine We Us Our You Your He Him His She Her Hers They Them Their
Who Whom Whose What Which When Where Why How If Then Than So But And Or Nor Yet For With Without Within From To
Into Onto Upon On In At By Of Off Up Down Over Under After Before During Since Until While As Also Although
Because Both Each Every Either Neither No Not None Some Any All Most Many Much More Less Few Several Other
Another Such Same Own Only Just Even Still Here There Now Today Yesterday Tomorrow Next Last First Second Third
Finally Firstly Secondly Thirdly However Therefore Overall Instead Meanwhile Afterwards Later Earlier Again
Yes Ok Okay Dear Hi Hello Thanks Thank Please Sorry Well Yes Goal Goals Reality Options Option Will Way
Forward Mentee Mentees Mentor Mentors Mentoring Coachee Coachees Coach Coaches Coaching Client Clients
Individual Learner Learners Tutor Assessor Supervisor Supervision Manager Managers Leader Leaders Team Session
Sessions Meeting Date Time Duration Total Notes Summary Action Actions Agreed Signed Signature Name Role
Feedback Form Record Records Log Diary Plan Review Evidence Appendix Section Part Table Figure Photo Picture
Image Task Unit Level Stage Phase Step Week Day Month Year Term Page Pages Learning Outcome Assessment
Criteria Criterion Pass Referral Hours Hour Minutes Comments Comment Topic Topics Focus Progress Details Location
Venue Length Outcomes Reference Ref Purpose Reason Content Status Key Points Issues Next Steps Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December Jan Feb Mar Apr Jun Jul
Aug Sep Sept Oct Nov Dec
Mon Tue Tues Wed Weds Thu Thur Thurs Fri Sat Sun Royal
German French Spanish Italian Polish Dutch Chinese Indian Mr Mrs Ms Miss Mx Dr Prof Professor
Sir Dame Lady Lord Rev Mum Dad Mother Father Gran Grandad Nan Auntie Uncle Aunt Sister Brother St Saint
English British Welsh Scottish Irish European Christmas Easter Ramadan Eid Diwali Covid Zoom Teams Outlook
Excel Word Google Microsoft SMART GROW OSKAR CLEAR ILM CIPD EMCC NHS GDPR UK
""".split())
"""Words that start a sentence, a heading or a form field: never part of a name."""

SHORT_FORMS = {
    "Rebecca": "Becky Becca Bex", "Elizabeth": "Liz Lizzie Beth Betty Eliza", "Katherine": "Kate Katie Kath Kathy",
    "Catherine": "Cath Cathy Kate Katie", "Kathryn": "Kate Katie Kath", "Jennifer": "Jen Jenny", "Victoria": "Vicky Tori",
    "Samantha": "Sam Sammy", "Alexandra": "Alex Lexi", "Margaret": "Maggie Meg Peggy", "Susan": "Sue Suzy",
    "Deborah": "Debbie Deb", "Rachel": "Rach", "Nicola": "Nicky Nic", "Amanda": "Mandy", "Jacqueline": "Jackie Jacqui",
    "Christine": "Chris Chrissie", "Patricia": "Pat Trish", "Philippa": "Pippa", "Charlotte": "Charlie Lottie",
    "Josephine": "Jo Josie", "Joanne": "Jo", "Joanna": "Jo", "Gillian": "Gill Gilly", "Helen": "Nell", "Abigail": "Abi Abby",
    "William": "Will Bill Billy", "Robert": "Rob Bob Robbie", "Michael": "Mike Mick Mickey", "Thomas": "Tom Tommy",
    "Richard": "Rich Rick Dick", "James": "Jim Jimmy Jamie", "Joseph": "Joe", "Daniel": "Dan Danny", "David": "Dave",
    "Christopher": "Chris", "Matthew": "Matt", "Andrew": "Andy Drew", "Anthony": "Tony", "Stephen": "Steve",
    "Steven": "Steve", "Nicholas": "Nick Nicky", "Benjamin": "Ben", "Samuel": "Sam", "Alexander": "Alex Sandy",
    "Edward": "Ed Eddie Ted", "Jonathan": "Jon Jonny", "Timothy": "Tim", "Peter": "Pete", "Gareth": "Gaz",
    "Kenneth": "Ken Kenny", "Gregory": "Greg", "Zachary": "Zach", "Nathaniel": "Nat", "Oliver": "Ollie",
}
"""A first name's everyday short forms: the learner "Rebecca Hughes" signs a letter "Becky"."""
SHORT_FORMS = {name: frozenset(forms.split()) for name, forms in SHORT_FORMS.items()}


def plain(name: str) -> str:
    """A name without its accents ("Jürgen Klopp" -> "Jurgen Klopp"), as the lists above are written."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
