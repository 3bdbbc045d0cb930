"""Names for the anonymisation check, written by ``tools/make_name_lists.py``: do not edit by hand.

First names from the US Census 1990 frequencies (public domain) and names common in the UK today;
which of them are also ordinary words from SCOWL's british-english-small list.
"""

FIRST_NAMES = frozenset("""
Aaliyah Aamir Aaron Abbey Abbie Abby Abdi Abdirahman Abdul Abdullah Abdullahi Abe Abel Abena Abigail Abimbola
Abraham Abram Ada Adaeze Adalberto Adam Adan Addie Ade Adebayo Adela Adelaida Adele Adelia Adelina Adeline
Adell Adella Adelle Adeola Adil Adina Adnan Adolfo Adolph Adria Adrian Adriana Adriane Adrianna Adrianne
Adrienne Afia Afsana Afton Agatha Agnes Agnieszka Agustin Agustina Ahmad Ahmed Aida Aidan Aileen Ailsa Aimee
Aisha Aisling Aiyana Aja Ajay Akash Akiko Akosua Akua Alaina Alan Alana Alanna Alasdair Alba Albert Alberta
Albertha Albertina Albertine Alberto Albina Alda Alden Aldo Alec Alecia Aled Alejandra Alejandrina Alejandro
Aleksandra Alena Alene Alesha Alesia Aleta Aletha Alethea Alethia Alex Alexa Alexander Alexandra Alexandria
Alexia Alexis Alfie Alfonso Alfonzo Alfred Alfreda Alfredo Ali Alia Alica Alice Alicia Alida Alina Aline Alisa
Alisha Alison Alissa Allan Allen Allene Allie Allison Allyson Alma Almeda Alonso Alonzo Alpha Alphonse
Alphonso Alta Altagracia Altha Althea Alton Alva Alvaro Alvin Alvina Alyce Alycia Alysha Alysia Alyson Alyssa
Amaan Amada Amado Amalia Amanda Amara Amber Ambrose Amelia America Ami Amie Amina Amir Amira Amit Amos Amparo
Amrit Amy Ana Anabel Anastacia Anastasia Anaya Anderson Andra Andre Andrea Andreas Andree Andreea Andrei
Andres Andrew Andria Andy Aneesa Anette Angel Angela Angelia Angelica Angelika Angelina Angeline Angelique
Angelita Angella Angelo Angharad Angie Anglea Angus Anh Anibal Anika Anil Anissa Anita Anitra Anjali Anjanette
Ann Anna Annabel Annabelle Annamarie Anne Anneliese Annemarie Annetta Annette Annie Annmarie Anthony Antione
Antionette Antoine Antoinette Anton Antone Antonette Antonia Antonina Antonio Antony Antwan Anwar Anya Aoife
April Araceli Aracely Arcelia Archie Ardella Arden Ardis Ardith Aretha Arfan Ariana Arianna Ariel Arielle Arif
Arjun Arleen Arlen Arlene Arlette Arlie Arline Arlo Armand Armando Armida Arnetta Arnold Arnoldo Arnulfo Aron
Arran Arron Art Arthur Artie Arturo Asa Asha Ashely Ashlee Ashleigh Ashley Ashli Ashlie Ashly Ashok Ashton
Asia Asif Asma Astrid Asuncion Athena Atif Aubrey Audra Audrey Audry August Augustine Augustus Aura Aurea
Aurelia Aurelio Aurora Austin Autumn Ava Avelina Avery Avis Awilda Ayan Ayana Ayanna Ayesha Ayo Ayodele
Ayomide Azra Babara Babatunde Babette Bailey Baljit Bambi Barb Barbara Barbie Barbra Barney Barrett Barry Bart
Barton Bartosz Basil Bea Beata Beatrice Beatriz Beau Beckie Becky Belen Belia Belinda Bella Belle Belva Ben
Benedict Benita Benito Benjamin Bennett Bennie Benny Benton Berenice Bernadette Bernadine Bernard Bernardo
Bernice Bernie Berniece Bernita Berry Bert Berta Bertha Bertie Bertram Beryl Bess Bessie Beth Bethan Bethany
Bethel Betsy Bette Bettie Bettina Betty Bettye Beulah Beverlee Beverley Beverly Bianca Bilal Bill Billie Billy
Billye Birdie Birgit Bisi Blaine Blair Blake Blanca Blanch Blanche Blessing Bob Bobbi Bobbie Bobby Bobbye
Bogdan Bola Bonita Bonnie Bonny Booker Boris Boyce Boyd Brad Bradley Bradly Brady Brain Brandee Branden Brandi
Brandie Brandon Brandy Brant Breanna Breanne Bree Brenda Brendan Brendon Brenna Brent Brenton Bret Brett Brian
Briana Brianna Brianne Brice Bridget Bridgett Bridgette Brigette Brigid Brigitte Britany Britney Britni Britt
Brittani Brittany Brittney Brittni Brock Broderick Bronwen Brook Brooke Brooks Bruce Brunilda Bruno Bryan
Bryant Bryce Bryon Buck Bud Buddy Buffy Buford Bukola Burl Burt Burton Busisiwe Buster Byron Caitlin Caitlyn
Caleb Callie Callum Calvin Camelia Cameron Cami Camilla Camille Cammie Candace Candance Candelaria Candi
Candice Candida Candie Candis Candy Caoimhe Caprice Cara Caren Carey Cari Caridad Carie Carin Carina Carissa
Carl Carla Carleen Carlene Carletta Carline Carlo Carlos Carlota Carlotta Carlton Carly Carlyn Carma Carman
Carmel Carmela Carmelita Carmella Carmelo Carmen Carmine Carol Carolann Carole Carolee Carolina Caroline
Carolyn Carolynn Caron Carri Carrie Carrol Carroll Carson Carter Cary Caryl Caryn Carys Casandra Casey Casie
Cassandra Cassidy Cassie Catalina Catharine Catherine Cathi Cathie Cathleen Cathrine Cathryn Cathy Catina
Catrin Catrina Cecelia Cecil Cecila Cecile Cecilia Cecily Cedric Cedrick Celeste Celestina Celestine Celia
Celina Celine Ceri Cerys Cesar Chadwick Chana Chance Chanda Chandra Chanel Chang Chantal Chantel Chantelle
Charissa Charisse Charity Charla Charleen Charlene Charles Charlette Charley Charlie Charline Charlotte
Charmaine Charolette Chas Chase Chasity Chastity Chauncey Chaya Chelsea Chelsey Chelsie Cheri Cherie Cherise
Cherly Cherri Cherrie Cherry Cheryl Cheryle Chet Cheyenne Chi Chiamaka Chidi Chidinma Chin Chinedu Chioma
Chipo Chiquita Chloe Chong Chris Chrissy Christa Christal Christel Christen Christene Christi Christiana
Christiane Christie Christin Christina Christine Christoper Christopher Christy Chrystal Chuck Chun Chung Cian
Ciara Ciaran Ciera Cierra Cinda Cindi Cindy Cinthia Clair Claire Clara Clare Clarence Claribel Clarice
Clarissa Clark Claud Claude Claudette Claudia Claudine Claudio Clay Clayton Clement Clemente Clementina
Clementine Cleo Cleta Cletus Cliff Clifford Clint Clinton Clyde Cody Colby Cole Coleen Coleman Colette Colin
Colleen Collette Collin Colton Columbus Concepcion Concetta Conchita Connie Connor Conor Conrad Constance
Consuela Consuelo Cora Coral Corazon Cordelia Cordell Coreen Corene Coretta Corey Cori Corina Corine Corinna
Corinne Cornelia Cornelius Cornell Corrie Corrina Corrine Cortez Cortney Cory Courtney Coy Craig Crista
Cristal Cristi Cristin Cristina Cristine Cristobal Cristopher Cristy Cruz Crystal Curt Curtis Cyndi Cynthia
Cyril Cyrus Cythia Dafydd Dahlia Daisey Daisy Dale Dalia Dalila Dalton Damaris Damian Damien Damilola Damion
Damon Dan Dana Dane Danelle Danette Dani Dania Danial Danica Daniel Daniela Daniele Daniella Danielle Danilo
Danita Danna Dannie Dannielle Danny Dante Danyelle Daphne Dara Darci Darcie Darcy Darell Daren Daria Darin
Dario Darius Darla Darleen Darlene Darline Darnell Daron Darragh Darrel Darrell Darren Darrick Darrin Darron
Darryl Daryl Dave David Davida Davina Davis Dawn Dawna Dayle Dayna Dayo Dean Deana Deandre Deangelo Deann
Deanna Deanne Deb Debbi Debbie Debbra Debby Debi Debora Deborah Debra Debrah Debroah Declan Dedra Dee Deeann
Deena Deepa Deepak Deidra Deidre Deirdre Del Delana Delbert Delfina Delia Delilah Delinda Delisa Della Delma
Delmar Delmer Delois Delora Delores Deloris Delphia Delphine Delroy Delta Demarcus Demetra Demetria Demetrius
Dena Deneen Denice Denis Denise Denita Denna Dennis Dennise Denny Deon Derek Derick Derrick Deshawn Desirae
Desiree Desmond Dessie Destiny Devin Devon Devona Dewayne Dewitt Dexter Diamond Dian Diana Diane Diann Dianna
Dianne Dick Diego Dillon Dina Dinah Dino Dion Dionne Dirk Divya Dixie Dmitri Dollie Dolly Dolores Domenic
Domenica Dominga Domingo Dominic Dominick Dominique Dominque Don Dona Donald Dong Donita Donn Donna Donnell
Donnie Donny Donovan Donte Dora Dorcas Doreen Dorene Doretha Dori Dorian Dorinda Dorine Doris Dorota Dorotha
Dorothea Dorothy Dorris Dorsey Dortha Dorthea Dorthy Dottie Doug Douglas Douglass Dovie Doyle Drew Drucilla
Duane Dudley Dulce Duncan Dustin Dusty Dwain Dwayne Dwight Dylan Eamon Earl Earle Earlene Earline Earnest
Earnestine Eartha Easter Eboni Ebony Eda Eddie Eddy Edelmira Eden Edgar Edgardo Edie Edison Edith Edmond
Edmund Edmundo Edna Eduardo Edward Edwardo Edwin Edwina Edythe Effie Efrain Efren Efua Eileen Eilidh Eimear
Elaina Elaine Elana Elayne Elba Elbert Elda Elden Eldon Eldora Eldridge Eleanor Eleanora Eleanore Elease Elena
Elenor Elenora Eleri Elfriede Eli Elia Elias Elida Elif Elijah Elinor Elisa Elisabeth Elise Eliseo Elisha
Elissa Eliza Elizabeth Elizbeth Elizebeth Ella Ellen Ellie Elliot Elliott Ellis Ellsworth Ellyn Elma Elmer
Elmira Elmo Elna Elnora Elodia Eloisa Eloise Elouise Eloy Elroy Elsa Else Elsie Elton Elva Elvera Elvia Elvin
Elvira Elvis Elwood Elyse Ema Emanuel Emeka Emelia Emerson Emery Emil Emile Emilee Emilia Emilie Emilio Emily
Emma Emmanuel Emmett Emmie Emmitt Emmy Emogene Emory Emre Ena Enedina Enid Enoch Enola Enrique Enriqueta Enya
Eoin Era Erasmo Eric Erica Erich Erick Ericka Erik Erika Erin Erlene Erlinda Erma Erna Ernest Ernestina
Ernestine Ernesto Ernie Errol Ervin Erwin Esi Esme Esmeralda Esperanza Essie Esta Esteban Estela Estell
Estella Estelle Ester Esther Estrella Ethan Ethel Ethelyn Ethyl Etta Euan Eugene Eugenia Eugenie Eugenio Eula
Eulalia Eun Eunice Eusebio Eva Evalyn Evan Evangelina Evangeline Eve Evelia Evelina Eveline Evelyn Evelyne
Everett Everette Evette Evie Evon Evonne Ewa Ezekiel Ezequiel Ezra Fabian Fabiola Faduma Faisal Faith Fallon
Fannie Fanny Farah Farai Farhan Faris Farrah Fartun Fatima Fatuma Faustino Fausto Fawn Fay Faye Federico
Felecia Felica Felice Felicia Felicita Felicitas Felipa Felipe Felisa Felisha Felix Felton Femi Ferdinand
Fermin Fern Fernando Ferne Ffion Fidel Filiberto Filomena Finlay Finley Fiona Flavia Fletcher Flo Flor Flora
Florance Florence Florencia Florencio Florene Florentina Florentino Florida Florinda Florine Flossie Floy
Floyd Folake Fonda Forest Forrest Foster Fran France Frances Francesca Francesco Francine Francis Francisca
Francisco Frank Frankie Franklin Franklyn Fred Freda Freddie Freddy Frederic Frederica Frederick Fredia
Fredric Fredrick Freeda Freeman Freida Freya Frieda Fritz Funmi Gabriel Gabriela Gabriele Gabriella Gabrielle
Gail Gale Galen Garfield Garland Garnet Garnett Garret Garrett Garry Garth Gary Gaston Gavin Gay Gaye Gayla
Gayle Gaylord Gaynell Gemma Gena Genaro Gene Geneva Genevieve Genoveva Geoffrey George Georgene Georgetta
Georgette Georgia Georgiana Georgianna Georgie Georgina Gerald Geraldine Geraldo Geralyn Gerard Gerardo Gerda
Geri Germaine German Gerri Gerry Gertie Gertrud Gertrude Gethin Gia Gigi Gil Gilbert Gilberto Gilda Gillian
Gina Ginger Ginny Gino Giovanna Giovanni Gisela Gisele Giselle Giuseppe Gladis Glady Gladys Glen Glenda
Glendora Glenn Glenna Gloria Glory Golda Goldie Gonzalo Gordon Grace Gracia Gracie Graciela Grady Graham Graig
Grainne Grant Granville Greg Gregg Gregoria Gregorio Gregory Greta Gretchen Gretta Griselda Grover Grzegorz
Guadalupe Guillermina Guillermo Gurdeep Gurpreet Gus Gussie Gustavo Guy Gwen Gwendolyn Hae Hafsa Hai Hailey
Hal Haley Halina Hallie Hamish Hamza Hana Hank Hanna Hannah Hannelore Hans Harjit Harlan Harland Harmony
Harold Harpreet Harriet Harriett Harriette Harris Harrison Harry Harvey Harvinder Hassan Hattie Haydee Hayden
Hayley Haywood Hazel Heath Heather Hector Hedwig Heide Heidi Helen Helena Helene Helga Hellen Henrietta
Henriette Henry Herb Herbert Heriberto Herlinda Herman Hermelinda Hermine Herminia Herschel Hershel Hester
Hettie Hibo Hilario Hilary Hilda Hildegard Hillary Hilma Hilton Hina Hipolito Hiram Hiroko Hoa Hobert Hodan
Holley Holli Hollie Hollis Holly Homer Hong Hope Horace Horacio Hortencia Hortense Hortensia Hosea Howard Hoyt
Hubert Huey Hugh Hugo Hui Hulda Humberto Hung Hunter Huong Huw Hyman Hyun Ian Ibrahim Ida Idalia Idell Idella
Idris Iesha Ieuan Ieva Ifeoma Ignacia Ignacio Ike Ikenna Ila Ileana Ilene Iliana Ilona Ilse Ima Imelda Imogen
Imogene Imran Ina Inaya India Ines Inez Inga Inge Ingeborg Ingrid Ioana Iola Iona Ione Ionut Ira Irena Irene
Irfan Irina Iris Irma Irmgard Irvin Irving Irwin Isaac Isabel Isabell Isabella Isabelle Isaiah Isaias Isela
Isiah Isidro Isla Ismael Ismail Isreal Issac Iva Ivan Ivette Ivonne Ivory Ivy Iwan Jacalyn Jacinta Jacinto
Jack Jackeline Jacki Jackie Jacklyn Jackson Jaclyn Jacob Jacque Jacquelin Jacqueline Jacquelyn Jacques
Jacquline Jacqulyn Jada Jade Jae Jaime Jaimie Jake Jakub Jamaal Jamal Jamar Jame Jamel James Jamey Jami Jamie
Jamila Jamison Jammie Jan Jana Janae Jane Janeen Janel Janell Janelle Janene Janessa Janet Janeth Janett
Janetta Janette Janey Janice Janie Janina Janine Janis Janna Jannette Jannie Jaqueline Jared Jarod Jarred
Jarrett Jarrod Jarvis Jasmin Jasmine Jason Jasper Jaspreet Jaswinder Jaunita Javed Javier Jay Jayden Jayme
Jayne Jayson Jazmin Jazmine Jean Jeana Jeane Jeanetta Jeanette Jeanie Jeanine Jeanna Jeanne Jeannette Jeannie
Jeannine Jed Jeff Jefferey Jefferson Jeffery Jeffrey Jeffry Jena Jenell Jenelle Jenette Jeni Jenifer Jeniffer
Jenise Jenna Jennefer Jennette Jenni Jennie Jennifer Jenniffer Jenny Jenson Jerald Jeraldine Jeramy Jere
Jeremiah Jeremy Jeri Jerilyn Jermaine Jerold Jerome Jeromy Jerrell Jerri Jerrie Jerrod Jerrold Jerry Jesenia
Jesica Jess Jesse Jessi Jessica Jessie Jettie Jewel Jewell Jide Jill Jillian Jim Jimmie Jimmy Jin Jina Joan
Joana Joanie Joann Joanna Joanne Joaquin Jocelyn Jodee Jodi Jodie Jody Joe Joel Joelle Joellen Joesph Joetta
Joey Johanna John Johnathan Johnathon Johnetta Johnie Johnna Johnnie Johnny Johnson Joi Jolanta Joleen Jolene
Jolie Jolynn Jon Jonah Jonas Jonathan Jonathon Jonell Jonelle Joni Jonna Jonnie Jordan Jordon Jorge Jose Josef
Josefa Josefina Joselyn Joseph Josephina Josephine Josette Josh Joshua Josiah Josie Jospeh Josue Jovita Joy
Joyce Joycelyn Joye Juan Juana Juanita Jude Judi Judie Judith Judson Judy Jules Juli Julia Julian Juliana
Juliann Julianna Julianne Julie Juliet Julieta Juliette Julio Julissa Julius Junaid June Jung Junior Jurgita
Justin Justina Justine Justyna Jutta Kacey Kaci Kacie Kacper Kaitlin Kaitlyn Kala Kali Kamau Kami Kamran
Kandace Kandi Kandice Kandy Kara Karan Kareem Karen Karey Kari Karie Karim Karin Karina Karissa Karl Karla
Karlene Karol Karolyn Karon Karren Karri Karrie Karyn Kasandra Kasey Kassandra Katarzyna Kate Katelyn
Kathaleen Katharina Katharine Katherin Katherine Kathern Katheryn Kathi Kathie Kathleen Kathlene Kathlyn
Kathrine Kathryn Kathryne Kathy Kathyrn Kati Katie Katina Katrina Kattie Katy Kavita Kay Kaye Kayla Kaylee
Kayleigh Kaylene Kecia Keely Keenan Keesha Keiko Keisha Keith Kelechi Keli Kelley Kelli Kellie Kelly Kelsey
Kelsie Kelvin Kemi Ken Kendall Kendra Kendrick Keneth Kenna Kenneth Kennith Kenny Kent Kenton Kenyatta
Kenyetta Keri Kermit Kerri Kerrie Kerry Kesha Keshia Keven Kevin Khadija Khalid Kia Kiara Kiera Kiesha Kieth
Kiley Kim Kimber Kimberely Kimberlee Kimberley Kimberli Kimberly Kindra King Kip Kira Kiran Kirby Kirk Kirsten
Kirstin Kirsty Kisha Kitty Kizzy Kofi Kojo Korey Kori Kory Kourtney Kraig Kris Krista Kristal Kristan Kristen
Kristi Kristian Kristie Kristin Kristina Kristine Kristofer Kristopher Kristy Kristyn Krystal Krystle Krystyna
Krzysztof Kuldip Kum Kunal Kunle Kurt Kurtis Kwabena Kwame Kwesi Kyla Kyle Kylee Kylie Kyong Kyra Kyung Lacey
Lachlan Laci Lacie Lacy Ladonna Lai Laila Lakeisha Lakesha Lakeshia Lakisha Lakshmi Lamar Lamont Lan Lana
Lance Landon Lane Lanette Lani Lanita Lanny Laquita Lara Larae Larhonda Larisa Larissa Larry Larue Lashanda
Lashawn Lashonda Lashunda Latanya Latasha Laticia Latisha Latonia Latonya Latoria Latosha Latoya Latrice
Latricia Latrina Laura Laureen Laurel Lauren Laurence Laurene Lauretta Laurette Lauri Laurie Lavada Lavern
Laverna Laverne Lavina Lavinia Lavon Lavonda Lavonne Lawana Lawanda Lawerence Lawrence Layla Lazaro Lea Leah
Leana Leandra Leandro Leann Leanna Leanne Leatha Leatrice Leda Lee Leeann Leesa Leif Leigh Leila Leilani Leisa
Lela Leland Lelia Lemuel Len Lena Lenard Lenna Lennie Lenny Lenora Lenore Leo Leola Leon Leona Leonard
Leonarda Leonardo Leone Leonel Leonor Leonora Leopoldo Leora Leota Lera Lerato Leroy Les Lesa Lesia Leslee
Lesley Lesli Leslie Lessie Lester Leta Letha Leticia Letitia Lettie Letty Levi Lewis Lia Liam Liana Liane
Libby Lida Lidia Lien Ligia Lila Lilia Lilian Liliana Lilla Lillian Lillie Lilly Lily Lin Lina Linda Lindsay
Lindsey Lindy Linette Linh Linnea Linnie Lino Linsey Linwood Lionel Lisa Lise Lisette Lissa Lissette Lita Liz
Liza Lizabeth Lizbeth Lizette Lizzie Lloyd Loan Logan Lois Lola Lolita Lon Lona Long Loni Lonna Lonnie Lonny
Lora Loraine Loree Loreen Lorelei Loren Lorena Lorene Lorenza Lorenzo Loretta Lori Lorie Lorinda Lorine Lorna
Lorraine Lorretta Lorri Lorrie Lottie Lou Louann Louella Louie Louis Louisa Louise Lourdes Louvenia Lovie
Lowell Loyce Loyd Luana Luann Luanne Lucas Lucia Luciana Luciano Lucie Lucien Lucienne Lucila Lucile Lucille
Lucina Lucinda Lucio Lucius Lucrecia Lucretia Lucy Lue Luella Luigi Luis Luisa Lukasz Luke Lula Lulu Lupe
Lupita Lura Lurline Luther Luvenia Luz Lyda Lydia Lyla Lyle Lyman Lyn Lynda Lyndon Lyndsay Lyndsey Lynette
Lynn Lynne Lynnette Lynwood Mabel Mable Mac Machelle Mack Mackenzie Madaline Madalyn Madeleine Madeline
Madelyn Madge Madie Madison Madonna Mae Maegan Magaly Magda Magdalena Magdalene Maggie Magnolia Mahesh Mahmoud
Mai Maida Maira Mairi Major Majorie Malcolm Malcom Malgorzata Malia Malik Malika Malinda Malisa Malissa
Mallory Mamie Man Mandi Mandy Manjit Manoj Manpreet Manual Manuel Manuela Mara Maranda Marc Marcel Marcela
Marcelina Marcelino Marcella Marcelle Marcellus Marcelo Marci Marcia Marcie Marcin Marco Marcos Marcus Marcy
Maren Margaret Margarete Margarett Margarette Margarita Margarite Margarito Marge Margeret Margery Margie
Margit Margo Margot Margret Marguerite Margurite Mari Maria Mariah Mariam Marian Mariana Mariann Marianna
Marianne Mariano Maribel Maribeth Maricela Marie Mariel Mariela Marietta Marilee Marilou Marilyn Marilynn
Marina Mario Marion Marisa Marisela Marisol Marissa Marita Maritza Marjorie Marjory Mark Markus Marla Marleen
Marlena Marlene Marlin Marlo Marlon Marlyn Marlys Marna Marni Marnie Marquerite Marquis Marquita Marry Marsha
Marshall Marta Martha Marti Martin Martina Martine Marty Marva Marvel Marvin Mary Maryam Maryann Maryanne
Marybeth Maryellen Maryjane Maryjo Marylee Marylin Marylou Marylyn Masako Mason Mateusz Mathew Mathilda
Matilda Matilde Matt Matthew Mattie Maud Maude Maudie Maura Maureen Maurice Mauricio Maurine Mauro Mavis Max
Maxie Maximo Maxine Maxwell May Maya Maybelle Mayme Maynard Mayra Mazie Mckenzie Mckinley Meagan Meaghan
Mechelle Mee Meena Meg Megan Meghan Mehmet Mei Mel Melanie Melba Melina Melinda Melisa Melissa Mellisa
Mellissa Melodie Melody Melonie Melony Melva Melvin Melvina Mercy Meredith Merilyn Merle Merlene Merlin Merri
Merrill Merry Mervin Meryl Meta Mia Micaela Micah Michael Michaela Michal Michale Micheal Michel Michele
Michell Michelle Michiko Mickey Micki Mickie Migdalia Miguel Mihai Mike Mikel Mikki Mila Milagros Milan
Mildred Miles Milford Milissa Millard Millicent Millie Milo Mimi Min Mina Mindaugas Mindi Mindy Minerva Minh
Minnie Miquel Mira Miranda Mireya Miriam Mirian Mirna Mirta Missy Misti Misty Mitch Mitchel Mitchell Mittie
Mitzi Modesta Modesto Mohamed Mohammad Mohammed Mohamud Moira Moises Mollie Molly Mona Monica Monika Monique
Monroe Monte Monty Morag Morgan Morris Morton Mose Moshe Mozell Mozelle Muhammad Mui Muriel Murray Mustafa
Myles Myong Myra Myriam Myrna Myron Myrtice Myrtie Myrtis Myrtle Nada Nadeem Nadia Nadine Nakia Nakisha Nan
Nanci Nancy Nanette Nannette Nannie Naoma Naomi Napoleon Natalia Natalie Natasha Nathalie Nathan Nathanael
Nathanial Nathaniel Natividad Naveed Naveen Neal Ned Nedra Neil Nelda Nelia Nelida Nell Nella Nelle Nellie
Nelly Nelson Nena Neoma Nereida Nestor Neta Nettie Neva Neville Nga Ngoc Ngozi Nia Niall Niamh Nichelle Nichol
Nicholas Nichole Nick Nicki Nickie Nickolas Nicky Nicola Nicolas Nicolasa Nicole Nicolette Nicolle Nidia Nigel
Nikhil Niki Nikia Nikita Nikki Nikole Nila Nilda Nilsa Nina Ninfa Nisha Nita Njeri Nkechi Nnamdi Noah Noble
Noe Noel Noelia Noella Noelle Noemi Nola Nolan Nomvula Nona Noor Nora Norbert Norberto Noreen Norene Norine
Norma Norman Normand Norris Nour Nova Novella Numbers Nydia Obinna Ocie Octavia Octavio Odell Odessa Odette
Odis Ofelia Oisin Oksana Ola Olen Olena Oleta Olga Olin Oliva Olive Oliver Olivia Ollie Olumide Oluwaseun
Olympia Oma Omar Omer Ona Oneida Opal Ophelia Ora Oralia Oren Orla Orpha Orval Orville Oscar Ossie Osvaldo
Oswaldo Otha Otilia Otis Otto Ouida Owain Owen Pablo Padraig Page Paige Palma Palmer Pam Pamala Pamela Pamelia
Pamella Pansy Paola Parker Parminder Particia Parveen Pasquale Pat Patience Patrica Patrice Patricia Patrick
Patrina Patsy Patti Pattie Patty Paul Paula Paulette Paulina Pauline Pawel Pearl Pearle Pearlie Pearline Pedro
Peggie Peggy Penelope Pennie Penny Percy Perla Perry Pete Peter Petra Phil Philip Phillip Phillis Philomena
Phoebe Phuong Phylis Phyliss Phyllis Pia Pierre Pilar Pinkie Piotr Piper Polly Pooja Poppy Porfirio Porter
Portia Precious Pricilla Prince Princess Priscilla Priya Prudence Queen Queenie Quentin Quiana Quincy Quinn
Quintin Quinton Rachael Racheal Rachel Rachele Rachell Rachelle Racquel Rae Rafael Rafaela Rahul Raina Rajesh
Rajinder Raleigh Ralph Raluca Ramesh Ramiro Ramon Ramona Ramonita Rana Randa Randal Randall Randell Randi
Randolph Randy Rania Raphael Raquel Rashad Rashid Rashida Raul Raven Ray Rayford Raymon Raymond Raymundo Rayna
Reba Rebbecca Rebeca Rebecca Rebekah Reed Reem Refugio Regan Regena Reggie Reginald Reid Reina Reinaldo Rekha
Rena Renae Renaldo Renata Renate Renato Rene Renea Renee Renita Reta Retha Retta Reuben Reva Rex Rey Reyes
Reyna Reynaldo Rhea Rhett Rhiannon Rhoda Rhonda Rhys Ricardo Rich Richard Richelle Richie Rick Rickey Rickie
Ricky Rico Rigoberto Rikki Riley Rina Risa Rita Rizwan Rob Robbie Robbin Robby Robert Roberta Roberto Robin
Robt Robyn Rocco Rochelle Rocio Rocky Rod Roderick Rodger Rodney Rodolfo Rodrick Rodrigo Rogelio Roger Rohan
Roisin Roland Rolanda Rolando Rolf Rolland Roma Roman Romana Romelia Romeo Romona Ron Rona Ronald Ronda Roni
Ronna Ronni Ronnie Ronny Roosevelt Rory Rosa Rosalba Rosalee Rosalia Rosalie Rosalina Rosalind Rosalinda
Rosaline Rosalva Rosalyn Rosamond Rosanna Rosanne Rosaria Rosario Rosaura Roscoe Rose Roseann Roseanna
Roseanne Rosella Roselyn Rosemarie Rosemary Rosendo Rosetta Rosie Rosina Rosita Roslyn Ross Rowena Roxana
Roxane Roxann Roxanna Roxanne Roxie Roy Royal Royce Ruben Rubie Rubin Rubina Ruby Rubye Rudolf Rudolph Rudy
Rueben Rufina Rufus Rukhsana Rupert Russ Russel Russell Rusty Rutendo Ruth Ruthann Ruthie Ryan Sabina Sabine
Sabra Sabrina Sachiko Sade Sadia Sadie Safiya Saima Saira Sajid Sal Salena Salina Sallie Sally Salma Salome
Salvador Salvatore Sam Samantha Samara Samatha Samina Samira Sammie Sammy Samual Samuel Sana Sandi Sandra
Sandy Sanford Sang Sanjay Sanjuana Sanjuanita Santa Santiago Santo Santos Saoirse Sara Sarah Sarina Sarita
Sasha Satnam Saul Saundra Savannah Scarlett Scot Scott Scottie Scotty Seamus Sean Sebastian Segun Selena
Selina Selma Seren Serena Sergio Serina Seth Seun Seymour Sha Shabana Shad Shahid Shaina Shakira Shalonda
Shameka Shamika Shana Shanda Shandra Shane Shaneka Shanell Shani Shanice Shanika Shanita Shanna Shannan
Shannon Shanon Shanta Shante Shantel Shantell Shara Sharee Sharen Shari Sharita Sharla Sharlene Sharon
Sharonda Sharron Sharyn Shasta Shaun Shauna Shavon Shawanda Shawn Shawna Shawnda Shawnee Shay Shayla Shayna
Shayne Shazia Shea Sheena Sheila Shelba Shelby Sheldon Shelia Shelley Shelli Shellie Shelly Shelton Shena
Sheree Sheri Sherie Sherilyn Sherita Sherman Sheron Sherri Sherrie Sherrill Sherron Sherry Sherryl Sherwood
Sheryl Shiela Shirlee Shirlene Shirley Shirly Shoaib Shon Shona Shonda Shonna Shreya Shu Sian Sibyl Sid Sidney
Sierra Signe Sigrid Silas Silvia Simon Simona Simone Simran Siobhan Sipho Skye Socorro Sofia Sol Soledad
Solomon Sommer Son Sondra Song Sonia Sonja Sonny Sonya Soo Soon Sophia Sophie Spencer Spring Stacey Staci
Stacia Stacie Stacy Stan Stanford Stanley Stanton Star Starla Starr Stefan Stefani Stefanie Stella Stephaine
Stephan Stephane Stephani Stephanie Stephany Stephen Stephenie Stephine Sterling Steve Steven Stevie Stewart
Stormy Stuart Sudie Sue Suellen Suk Sukhdev Sumaya Summer Sun Sung Sunil Sunita Sunny Sunshine Suresh Susan
Susana Susann Susanna Susannah Susanne Susie Suzan Suzann Suzanna Suzanne Suzette Suzie Suzy Svetlana Sybil
Syble Sylvester Sylvia Tabatha Tabitha Tad Tahira Talia Tamala Tamar Tamara Tamatha Tameka Tamela Tamera Tami
Tamie Tamika Tamiko Tammi Tammie Tammy Tamra Tana Tanesha Tangela Tania Tanika Tanisha Tanja Tanna Tanner
Tanya Tara Tarah Tariq Tarsha Taryn Tasha Tatenda Tatiana Tawana Tawanda Tawanna Tawny Tawnya Taylor Ted Teddy
Teena Temitope Tena Tendai Tenisha Teodora Teodoro Tera Terence Teresa Terese Teresita Teressa Teri Terra
Terrance Terrell Terrence Terresa Terri Terrie Terry Tess Tessa Tessie Thabo Thad Thaddeus Thalia Thandiwe
Thanh Thea Theda Thelma Theo Theodora Theodore Theresa Therese Theresia Theron Thersa Thomas Thomasina Thresa
Thu Thurman Thuy Tia Tiago Tiana Tiara Tierra Tiesha Tiffani Tiffanie Tiffany Tiffiny Tillie Tim Timmy Timothy
Tina Tisha Titus Tobias Toby Tod Todd Tolu Tom Tomas Tomasa Tomasz Tomeka Tomika Tommie Tommy Toney Toni Tonia
Tonie Tonja Tony Tonya Tope Tori Tory Tosha Toya Tracee Tracey Traci Tracie Tracy Travis Trena Trent Tresa
Tressa Tressie Treva Trevor Trey Tricia Trina Trinidad Trinity Trish Trisha Trista Tristan Troy Trudi Trudie
Trudy Truman Tuan Tunde Twana Twila Twyla Tyesha Tyler Tyra Tyree Tyrell Tyron Tyrone Tyson Uche Ulysses Umar
Una Ursula Usman Vada Val Valarie Valda Valencia Valentin Valentina Valentine Valeria Valerie Vallie Valorie
Van Vance Vanesa Vanessa Vannessa Vaughn Veda Velda Velia Velma Velva Velvet Vena Venessa Venice Venita Venus
Vera Verda Vergie Verla Vern Verna Vernell Vernetta Vernice Vernie Vernita Vernon Verona Veronica Versie Vesta
Vicenta Vicente Vickey Vicki Vickie Vicky Victor Victoria Vida Vikki Vikram Vilma Vina Vince Vincent Vincenza
Vincenzo Vinnie Viola Violet Violeta Violette Virgie Virgil Virgilio Virgina Virginia Vita Vito Viva Vivan
Vivian Viviana Vivien Vivienne Von Vonda Vonnie Wade Wai Waldo Wale Walker Wallace Wally Walter Walton Wambui
Wanda Wanita Wanjiru Waqas Ward Warner Warren Wasim Waylon Wayne Weldon Wendell Wendi Wendy Werner Weronika
Wes Wesley Weston Whitney Wilber Wilbert Wilbur Wilburn Wilda Wiley Wilford Wilfred Wilfredo Wilhelmina Will
Willa Willard Willene William Williams Willian Willie Willis Willy Wilma Wilmer Wilson Wilton Windy Winford
Winfred Winifred Winnie Winnifred Winona Winston Wojciech Woodrow Wyatt Wynona Xavier Xiomara Yadira Yara
Yasmeen Yasmin Yaw Yen Yesenia Yetta Yetunde Ying Yoko Yolanda Yolande Yolonda Yong Yoshiko Young Yousef Yun
Yusuf Yvette Yvonne Zachariah Zachary Zachery Zack Zackary Zahra Zaida Zainab Zandra Zane Zanele Zara Zawadi
Zeeshan Zelda Zella Zelma Zena Zenaida Zenobia Zina Zita Zoe Zofia Zoila Zola Zona Zora Zoraida Zubair Zula
Zulema Zulma Zuzanna
""".split())
"""First names, capitalised."""

WORDLIKE_FIRST_NAMES = frozenset("""
Abbey Alpha Amber Amir Angel Art August Aura Austin Autumn Barb Basil Berry Bill Blanch Blessing Bob Brain
Brandy Brook Brooks Buck Bud Buddy Candy Caprice Carol Carolina Chance Charity Charlotte Chase Chastity
Chelsea Cherry Chi Chin Christen Chuck Clay Cliff Coral Coy Crystal Curt Daisy Darcy Dawn Dean Delta Derrick
Destiny Devon Diamond Dolly Don Drew Dusty Earl Earnest Ebony Eddy Else Era Eve Faith Fawn Fern Flora Florence
Forest Foster Frank Gale Garland Garnet Garret Gay Gene Georgia Ginger Glen Glory Grace Grant Guy Harmony
Harry Hazel Heath Heather Herb Holly Hope Hung Hunter India Iris Ivory Ivy Jack Jackson Jade Jarred Jay Jewel
Jordan Joy Junior Ken Kent King Kitty Lacy Lance Lane Laurel Lee Lily Loan Long Madison Magnolia Major Man
Manual Maria Marina Mark Marry Martin Marvel Mason Matt May Melody Mercy Merry Mike Miles Misty Nelson Nick
Noble Nova Numbers Olive Opal Page Pansy Pat Patience Patty Pearl Penny Peter Poppy Porter Precious Prince
Princess Prudence Queen Raven Ray Reed Rich Rob Robin Rocky Rod Roman Rose Rosemary Royal Ruby Rusty Sally
Sandy Sang Savannah Shannon Sherry Sierra Son Song Soon Spring Star Sterling Stormy Sue Summer Sun Sung Sunny
Sunshine Tanner Tawny Tiara Trinity Valentine Van Velvet Victor Victoria Viola Violet Virginia Wade Walker
Ward Warren Will Windy Yen Young
""".split())
"""First names that are also ordinary words ("Will", "Grace"): never a name alone without more to go on."""

WORDLIKE_SURNAMES = frozenset("""
Alley Angel Archer Arias Ash Askew Bacon Baker Bales Ball Banks Barber Baron Bass Battle Beach Beam Bean Beard
Beaver Beavers Bell Bender Berry Best Bird Bishop Black Bland Blank Bliss Block Bloom Blue Bond Bonds Bone
Booth Bourgeois Bowling Box Branch Brand Bravo Bray Bridges Bright Brink Brooks Brothers Brown Browning Buck
Bull Bunch Burden Burger Burns Burr Burrows Bush Butcher Butler Butts Call Camp Cannon Carpenter Carrier Case
Cash Castle Chambers Champagne Champion Chance Chase Cheek Cherry Chestnut Chin Chow Church Clay Cloud Coats
Colon Combs Cook Cooper Cope Cotton Couch Cox Coy Craft Crane Crews Crisp Crook Cross Crouch Crow Curry
Darling Day Deal Dean Dent Diamond Dill Do Dodge Doe Dove Dowdy Downing Downs Drew Driver Duff Duke Dukes Dye
Earl Early East Eddy Elder Fair Falcon Farmer Field Fields Finch Fish Fisher Flint Flood Flowers Ford Foreman
Forte Fortune Foster Fountain Fox Frank Franks Free French Friend Frost Fry Fuller Gale Gallant Gamble Garland
Garrison Gates Gay Gee Gentile Gentry Gill Givens Glass Gold Golden Goldsmith Good Gore Grace Grant Graves
Green Grey Grimes Gross Grove Groves Guy Hacker Hale Hall Ham Hammer Hand Handy Harden Harder Hardy Hare Harms
Harp Harry Hart Hatch Havens Hawk Hawks Hay Hays Head Heard Heath Helm Helms Herring Hicks High Hill Hills
Hinds Ho Holder Hood Hook Hooks Hope Hopper Horn House Huff Hull Hunt Hunter Hurt Ivy Jack Jolly Joy Justice
Keen Key Keys Kinder King Kitchen Knight Lacy Lake Lamb Lance Land Lane Law Laws Lay Leach Lee Lemon Lemons
Levy Light Link Little Lively Long Looney Lopes Lord Love Lynch Mace Madden Main Major Majors Manning Maples
March Mark Marks Marsh Martin Mason Masters May Meadows Means Medley Meek Merchant Miles Miller Mills Miner
Minor Mock Monk Moody Moon Moss Motley Muse Nettles Newton Noble Nobles North Numbers Ogle Outlaw Pace Pack
Pagan Page Painter Parent Parish Park Parks Parson Parsons Partridge Pate Peacock Pease Peck Pence Peoples
Pepper Person Peters Petty Pierce Pike Ponder Pool Pope Porter Post Potter Power Powers Price Priest Prince
Queen Quick Rains Ransom Ray Read Rector Reed Rice Rich Riddle Rider Ring Rivers Roach Robins Rock Roe Roman
Root Rose Rouse Royal Ruff Rush Rushing Salmon Salter Sample Sands Savage Scales Seal Seals Seaman Sears Self
Sellers Sharp Shaver Sheets Shell Shepherd Shields Shook Short Shorter Sierra Silver Singer Slaughter Small
Smalls Smart Smith Snider Snow South Sparks Spear Spears Squires Staples Stark Sterling Stern Steward Still
Stokes Stone Storey Story Stout Strange Street Strong Stump Summers Swan Sweet Swift Tan Tang Tanner Temple
Thorn Trout Turner Urban Valentine Vest Vigil Villa Vines Wade Walker Wall Walls Ward Warden Warren Waters
Watt Watts Way Weathers Weaver Weeks Wells West Wheat White Wicker Wilder Wills Wing Winter Winters Wise
Withers Wolf Wood Woods Woody Workman Wren Wright Young Younger
""".split())
"""Common surnames that are also ordinary words ("Smith", "Brown"): a surname after an initial."""

