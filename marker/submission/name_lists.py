"""Names for the anonymisation check, written by ``tools/make_name_lists.py``: do not edit by hand.

First names from the US Census 1990 frequencies (public domain) and names common in the UK today;
which of them are also ordinary words from SCOWL's british-english-small list.
"""

FIRST_NAMES = frozenset("""
Aaliyah Aamir Aarav Aaron Abbey Abbie Abby Abdallah Abdi Abdirahman Abdul Abdullah Abdullahi Abe Abel Abena
Abigail Abimbola Abraham Abram Ada Adaeze Adalberto Adam Adan Adaobi Addie Ade Adebayo Adela Adelaida Adele
Adelia Adelina Adeline Adell Adella Adelle Adeola Adewale Adil Adina Adnan Adolfo Adolph Adria Adrian Adriana
Adriane Adrianna Adrianne Adrienne Adwoa Afia Afsana Afton Agata Agatha Agnes Agnieszka Agustin Agustina Ahmad
Ahmed Aida Aidan Aiden Aileen Ailsa Aimee Aisha Aisling Aiyana Aja Ajay Akash Akiko Akosua Akua Alaina Alan
Alana Alanna Alasdair Alba Albert Alberta Albertha Albertina Albertine Alberto Albina Alda Alden Aldo Alec
Alecia Aled Alejandra Alejandrina Alejandro Aleksander Aleksandra Alena Alene Alesha Alesia Aleta Aletha
Alethea Alethia Alex Alexa Alexander Alexandra Alexandria Alexandru Alexia Alexis Alfie Alfonso Alfonzo Alfred
Alfreda Alfredo Ali Alia Alica Alice Alicia Alida Alina Aline Alisa Alisha Alison Alissa Alistair Aliya Allan
Allen Allene Allie Allison Allyson Alma Almeda Alonso Alonzo Alpha Alphonse Alphonso Alta Altagracia Altha
Althea Alton Alva Alvaro Alvin Alvina Alyce Alycia Alysha Alysia Alyson Alyssa Amaan Amada Amado Amalia Amanda
Amandeep Amara Amber Ambrose Amelia Amelie America Ami Amie Amina Amir Amira Amit Amos Amparo Amrit Amy Ana
Anabel Anand Anastacia Anastasia Anaya Anaïs Anderson Andra Andre Andrea Andreas Andree Andreea Andrei Andres
Andrew Andria Andy Aneesa Anette Angel Angela Angelia Angelica Angelika Angelina Angeline Angelique Angelita
Angella Angelo Angharad Angie Anglea Angus Anh Anibal Anika Anil Anisa Anissa Anita Anitra Anjali Anjanette
Ann Anna Annabel Annabelle Annamarie Anne Anneliese Annemarie Annetta Annette Annie Annmarie Anthony Antione
Antionette Antoine Antoinette Anton Antone Antonette Antoni Antonia Antonina Antonio Antony Antwan Anwar Anya
Aoife April Arabella Araceli Aracely Arcelia Archie Ardella Arden Ardis Ardith Aretha Arfan Arham Aria Ariana
Arianna Ariel Arielle Arif Arjun Arleen Arlen Arlene Arlette Arlie Arline Arlo Armand Armando Armida Arnel
Arnetta Arnold Arnoldo Arnulfo Aron Arran Arron Art Arthur Artie Artur Arturo Asa Asha Ashely Ashish Ashlee
Ashleigh Ashley Ashli Ashlie Ashly Ashok Ashton Asia Asif Asma Astrid Asuncion Athena Atif Aubrey Audra Audrey
Audry August Augustine Augustus Aura Aurea Aurelia Aurelio Aurora Austin Autumn Ava Avelina Avery Avis Awilda
Ayaan Ayan Ayana Ayanna Ayesha Ayla Ayo Ayodele Ayomide Azra Babajide Babara Babatunde Babette Bailey Baljit
Balvinder Bambi Barb Barbara Barbie Barbra Barnaby Barney Barrett Barry Bart Barton Bartosz Bartłomiej Bashir
Basil Bea Beata Beatrice Beatriz Beau Beckie Becky Belen Belia Belinda Bella Belle Belva Ben Benedict Benita
Benito Benjamin Bennett Bennie Benny Benton Berenice Bernadette Bernadine Bernard Bernardo Bernice Bernie
Berniece Bernita Berry Bert Berta Bertha Bertie Bertram Beryl Bess Bessie Beth Bethan Bethany Bethel Betsy
Bette Bettie Bettina Betty Bettye Beulah Bev Beverlee Beverley Beverly Bhavna Bianca Bilal Bill Billie Billy
Billye Birdie Birgit Bisi Björn Blaine Blair Blake Blanca Blanch Blanche Blessing Bob Bobbi Bobbie Bobby
Bobbye Bogdan Bola Bolanle Bonita Bonnie Bonny Booker Boris Boyce Boyd Bozena Brad Bradley Bradly Brady Brain
Brandee Branden Brandi Brandie Brandon Brandy Brant Breanna Breanne Bree Brenda Brendan Brendon Brenna Brent
Brenton Bret Brett Brian Briana Brianna Brianne Brice Bridget Bridgett Bridgette Brigette Brigid Brigitte
Britany Britney Britni Britt Brittani Brittany Brittney Brittni Brock Broderick Brody Bronwen Brook Brooke
Brooks Bruce Brunilda Bruno Bryan Bryant Bryce Bryn Bryon Bryony Buck Bud Buddy Buffy Buford Bukola Burl Burt
Burton Busisiwe Buster Byron Cai Caitlin Caitlyn Caleb Callie Callum Calvin Camelia Cameron Cami Camilla
Camille Cammie Candace Candance Candelaria Candi Candice Candida Candie Candis Candy Caoimhe Caoimhín Caprice
Cara Caren Carey Cari Caridad Carie Carin Carina Carissa Carl Carla Carleen Carlene Carletta Carline Carlo
Carlos Carlota Carlotta Carlton Carly Carlyn Carma Carman Carmel Carmela Carmelita Carmella Carmelo Carmen
Carmine Carol Carolann Carole Carolee Carolina Caroline Carolyn Carolynn Caron Carri Carrie Carrol Carroll
Carson Carter Carwyn Cary Caryl Caryn Carys Casandra Casey Casie Cassandra Cassidy Cassie Catalin Catalina
Cathal Catharine Catherine Cathi Cathie Cathleen Cathrine Cathryn Cathy Catina Catrin Catrina Catriona Cecelia
Cecil Cecila Cecile Cecilia Cecily Cedric Cedrick Celeste Celestina Celestine Celia Celina Celine Ceri Cerys
Cesar Chadwick Chana Chance Chanda Chandra Chanel Chang Chantal Chantel Chantelle Charissa Charisse Charity
Charla Charleen Charlene Charles Charlette Charley Charlie Charline Charlotte Charmaine Charolette Chas Chase
Chasity Chastity Chauncey Chaya Chelsea Chelsey Chelsie Cheri Cherie Cherise Cherly Cherri Cherrie Cherry
Cheryl Cheryle Chet Chetan Cheyenne Chi Chiamaka Chidi Chidinma Chin Chinedu Chinonso Chioma Chipo Chiquita
Chloe Chloé Chloë Chong Chris Chrissy Christa Christal Christel Christen Christene Christi Christiana
Christiane Christie Christin Christina Christine Christoper Christopher Christy Chrystal Chuck Chukwuemeka
Chun Chung Cian Ciara Ciaran Ciera Cierra Cinda Cindi Cindy Cinthia Clair Claire Clara Clare Clarence Claribel
Clarice Clarissa Clark Claud Claude Claudette Claudia Claudine Claudio Clay Clayton Clement Clemente
Clementina Clementine Cleo Cleta Cletus Cliff Clifford Clint Clinton Clive Clodagh Clyde Cody Colby Cole
Coleen Coleman Colette Colin Colleen Collette Collin Colm Colton Columbus Concepcion Concetta Conchita Connie
Connor Conor Conrad Constance Consuela Consuelo Cora Coral Corazon Cordelia Cordell Coreen Corene Coretta
Corey Cori Corina Corine Corinna Corinne Cornelia Cornelius Cornell Corrie Corrina Corrine Cortez Cortney Cory
Costel Courtney Coy Craig Crispin Crista Cristal Cristi Cristin Cristina Cristine Cristobal Cristopher Cristy
Cruz Crystal Curt Curtis Cyndi Cynthia Cyril Cyrus Cythia Dafydd Dahlia Daisey Daisy Dale Dalia Dalila Dalton
Damaris Dami Damian Damien Damilare Damilola Damion Damon Dan Dana Dane Danelle Danette Dani Dania Danial Danica
Daniel Daniela Daniele Daniella Danielle Danilo Danita Danna Dannie Dannielle Danny Dante Danuta Danyelle
Daphne Dara Darcey Darci Darcie Darcy Darell Daren Daria Darin Dario Darius Dariusz Darla Darleen Darlene
Darline Darnell Daron Darragh Darrel Darrell Darren Darrick Darrin Darron Darryl Daryl Dave David Davida
Davina Davis Dawid Dawn Dawna Dayle Dayna Dayo Dean Deana Deandre Deangelo Deann Deanna Deanne Deb Debbi
Debbie Debbra Debby Debi Debora Deborah Debra Debrah Debroah Declan Dedra Dee Deeann Deena Deepa Deepak
Deepika Deidra Deidre Deirdre Del Delana Delbert Delfina Delia Delilah Delinda Delisa Della Delma Delmar
Delmer Delois Delora Delores Deloris Delphia Delphine Delroy Delta Demarcus Demelza Demetra Demetria Demetrius
Demi Dena Deneen Denice Denis Denise Denita Denna Dennis Dennise Denny Deon Derek Derick Derrick Dervla
Deshawn Desirae Desiree Desmond Dessie Destiny Devin Devon Devona Dewayne Dewi Dewitt Dexter Diamond Dian
Diana Diane Diann Dianna Dianne Diarmuid Dick Diego Dillon Dilys Dina Dinah Dino Dion Dionne Dipesh Dirk Divya
Dixie Dmitri Dollie Dolly Dolores Domenic Domenica Dominga Domingo Dominic Dominick Dominika Dominique
Dominque Don Dona Donal Donald Dong Donita Donn Donna Donnell Donnie Donny Donovan Donte Dora Dorcas Doreen
Dorene Doretha Dori Dorian Dorinda Dorine Doris Dorota Dorotha Dorothea Dorothy Dorris Dorsey Dortha Dorthea
Dorthy Dottie Doug Douglas Douglass Dovie Doyle Drew Drucilla Duane Dudley Dulce Duncan Dustin Dusty Dwain
Dwayne Dwight Dylan Dónal Eamon Earl Earle Earlene Earline Earnest Earnestine Eartha Easter Eboni Ebony Eda
Eddie Eddy Edelmira Eden Edgar Edgardo Edie Edison Edith Edmond Edmund Edmundo Edna Eduardo Edward Edwardo
Edwin Edwina Edythe Effie Efrain Efren Efua Egle Eileen Eilidh Eimear Eirian Elaina Elaine Elana Elayne Elba
Elbert Elda Elden Eldon Eldora Eldridge Eleanor Eleanora Eleanore Elease Elena Elenor Elenora Eleri Elfed
Elfriede Eli Elia Elias Elida Elif Elijah Elin Elinor Elisa Elisabeth Elise Eliseo Elisha Elissa Eliza
Elizabeth Elizbeth Elizebeth Ella Ellen Ellie Elliot Elliott Ellis Ellsworth Ellyn Elma Elmer Elmira Elmo Elna
Elnora Elodia Elodie Eloisa Eloise Elouise Eloy Elroy Elsa Else Elsie Elton Elva Elvera Elvia Elvin Elvira
Elvis Elwood Elyse Ema Eman Emanuel Emeka Emelia Emerson Emery Emil Emile Emilee Emilia Emilie Emilio Emily
Emma Emmanuel Emmett Emmie Emmitt Emmy Emogene Emory Emre Emyr Ena Enedina Enid Enoch Enola Enrique Enriqueta
Enya Eoghan Eoin Era Erasmo Eric Erica Erich Erick Ericka Erik Erika Erin Erlene Erlinda Erma Erna Ernest
Ernestina Ernestine Ernesto Ernie Errol Ervin Erwin Esi Esme Esmee Esmeralda Esperanza Essie Esta Esteban
Estela Estell Estella Estelle Ester Esther Estrella Ethan Ethel Ethelyn Ethyl Etta Euan Eugene Eugenia Eugenie
Eugenio Eula Eulalia Eun Eunice Eurig Eusebio Eva Evalyn Evan Evangelina Evangeline Eve Evelia Evelina Eveline
Evelyn Evelyne Everett Everette Everton Evette Evie Evon Evonne Ewa Ewan Ewelina Ezekiel Ezequiel Ezra Fabian
Fabiola Faduma Fadumo Faisal Faith Falguni Fallon Fannie Fanny Farah Farai Farhan Faris Farrah Fartun Farzana
Fatima Fatuma Faustino Fausto Fawn Fay Faye Federico Felecia Felica Felice Felicia Felicita Felicitas Felipa
Felipe Felisa Felisha Felix Felton Femi Ferdinand Fergus Fermin Fern Fernando Ferne Ffion Fidel Filiberto
Filip Filomena Finlay Finley Fiona Fionn Fionnuala Flavia Fletcher Flo Flor Flora Florance Florence Florencia
Florencio Florene Florentina Florentino Florida Florin Florinda Florine Flossie Floy Floyd Folake Fonda Forest
Forrest Foster Fran France Frances Francesca Francesco Francine Francis Francisca Francisco Frank Frankie
Franklin Franklyn Fred Freda Freddie Freddy Frederic Frederica Frederick Fredia Fredric Fredrick Freeda
Freeman Freida Freya Frieda Fritz Funmi Funmilayo Gabriel Gabriela Gabriele Gabriella Gabrielle Gail Gale
Galen Gareth Garfield Garland Garnet Garnett Garret Garrett Garry Garth Gary Gaston Gavin Gay Gaye Gayla Gayle
Gaylord Gaynell Gaynor Gaz Gemma Gena Genaro Gene Geneva Genevieve Genoveva Geoffrey George Georgene Georgetta
Georgette Georgia Georgiana Georgianna Georgie Georgina Geraint Gerald Geraldine Geraldo Geralyn Gerard
Gerardo Gerda Geri Germaine German Gerri Gerry Gertie Gertrud Gertrude Gethin Gheorghe Gia Gigi Gil Gilbert
Gilberto Gilda Giles Gillian Gina Ginger Ginny Gino Giovanna Giovanni Gisela Gisele Giselle Giuseppe Gladis
Glady Gladys Glen Glenda Glendora Glenn Glenna Glenys Glesni Gloria Glory Golda Goldie Gonzalo Gordon Grace
Gracia Gracie Graciela Grady Graeme Graham Graig Grainne Grant Granville Greg Gregg Gregoria Gregorio Gregory
Greta Gretchen Gretta Griselda Grover Gruffydd Grzegorz Guadalupe Guillermina Guillermo Gurdeep Gurinder
Gurpreet Gus Gussie Gustavo Guy Gwen Gwendolyn Gwenllian Gwilym Habiba Hae Hafsa Hai Hailey Hakeem Hal Haley
Halima Halina Hallie Hamdi Hamish Hamza Hana Hank Hanna Hannah Hannelore Hans Hardeep Harjit Harlan Harland
Harmony Harold Harpal Harper Harpreet Harri Harriet Harriett Harriette Harris Harrison Harry Harvey Harvinder Hasan
Hassan Hattie Hawa Haydee Hayden Hayley Haywood Hazel Heath Heather Hector Hedwig Heide Heidi Heledd Helen
Helena Helene Helga Hellen Henrietta Henriette Henry Herb Herbert Heriberto Herlinda Herman Hermelinda Hermine
Herminia Herschel Hershel Hester Hetal Hettie Heulwen Hiba Hibo Hilario Hilary Hilda Hildegard Hillary Hilma
Hilton Hina Hipolito Hiram Hiroko Hiroshi Hitesh Hoa Hobert Hodan Holley Holli Hollie Hollis Holly Homer Hong
Hope Horace Horacio Hortencia Hortense Hortensia Hosea Howard Hoyt Hubert Huda Huey Hugh Hugo Hui Hulda
Humberto Hung Hunter Huong Huw Hyman Hyun Hywel Hélène Iain Ian Ianto Ibrahim Ida Idalia Idell Idella Idris
Iesha Ieuan Ieva Ifan Ifeanyi Ifeoma Ifrah Ignacia Ignacio Ike Ikenna Ila Ileana Ilene Iliana Ilona Ilse Ima Iman
Imelda Imogen Imogene Imran Ina Inaya India Ines Inez Inga Inge Ingeborg Ingrid Inès Ioan Ioana Iola Iolo Iona
Ione Ionut Ira Irena Irene Irfan Irina Iris Irma Irmgard Irvin Irving Irwin Isa Isaac Isabel Isabell Isabella
Isabelle Isaiah Isaias Isela Isiah Isidro Isla Islwyn Ismael Ismail Isreal Issac Iva Ivan Ivette Ivonne Ivory
Ivy Iwan Iwona Izabela Izzy Jacalyn Jacinta Jacinto Jack Jackeline Jacki Jackie Jacklyn Jackson Jaclyn Jacob Jacque
Jacquelin Jacqueline Jacquelyn Jacques Jacquline Jacqulyn Jada Jade Jaden Jae Jago Jaime Jaimie Jake Jakub
Jamaal Jamal Jamar Jame Jamel James Jamey Jami Jamie Jamila Jamison Jammie Jan Jana Janae Jane Janeen Janel
Janell Janelle Janene Janessa Janet Janeth Janett Janetta Janette Janey Janice Janie Janina Janine Janis Janna
Jannette Jannie Jaqueline Jared Jarod Jarred Jarrett Jarrod Jarvis Jasmin Jasmine Jason Jaspal Jasper Jaspreet
Jaswant Jaswinder Jatinder Jaunita Javed Javier Jay Jayden Jayme Jayne Jayson Jazmin Jazmine Jean Jeana Jeane
Jeanetta Jeanette Jeanie Jeanine Jeanna Jeanne Jeannette Jeannie Jeannine Jed Jeff Jefferey Jefferson Jeffery
Jeffrey Jeffry Jemma Jena Jenell Jenelle Jenette Jeni Jenifer Jeniffer Jenise Jenna Jennefer Jennette Jenni
Jennie Jennifer Jenniffer Jenny Jenson Jerald Jeraldine Jeramy Jere Jeremiah Jeremy Jeri Jerilyn Jermaine
Jerold Jerome Jeromy Jerrell Jerri Jerrie Jerrod Jerrold Jerry Jesenia Jesica Jess Jesse Jessi Jessica Jessie
Jettie Jewel Jewell Jide Jigna Jignesh Jill Jillian Jim Jimmie Jimmy Jin Jina Jing Joan Joana Joanie Joann
Joanna Joanne Joaquin Jocelyn Jodee Jodi Jodie Jody Joe Joel Joelle Joellen Joesph Joetta Joey Johanna John
Johnathan Johnathon Johnetta Johnie Johnna Johnnie Johnny Johnson Joi Jolanta Joleen Jolene Jolie Jolynn Jon
Jonah Jonas Jonathan Jonathon Jonell Jonelle Joni Jonna Jonnie Jordan Jordon Jorge Jose Josef Josefa Josefina
Joselyn Joseph Josephina Josephine Josette Josh Joshua Josiah Josie Jospeh Josue Jovita Joy Joyce Joycelyn
Joye Joël Juan Juana Juanita Jude Judi Judie Judith Judson Judy Jules Juli Julia Julian Juliana Juliann
Julianna Julianne Julie Juliet Julieta Juliette Julio Julissa Julius Junaid June Jung Junior Jurgita Justin
Justina Justine Justyna Jutta Jürgen Kacey Kaci Kacie Kacper Kaden Kai Kaitlin Kaitlyn Kala Kali Kamaljit
Kamau Kami Kamil Kamila Kamran Kandace Kandi Kandice Kandy Kane Kara Karan Kareem Karen Karey Kari Karie Karim
Karin Karina Karissa Karl Karla Karlene Karol Karolina Karolyn Karon Karren Karri Karrie Karyn Kasandra Kasey
Kassandra Katarzyna Kate Katelyn Kath Kathaleen Katharina Katharine Katherin Katherine Kathern Katheryn Kathi
Kathie Kathleen Kathlene Kathlyn Kathrine Kathryn Kathryne Kathy Kathyrn Kati Katie Katina Katrina Kattie Katy
Kavita Kay Kayden Kaye Kayla Kaylee Kayleigh Kaylene Kecia Keeley Keely Keenan Keesha Kehinde Keiko Keira
Keisha Keith Kelechi Keli Kelley Kelli Kellie Kelly Kelsey Kelsie Kelvin Kemar Kemi Ken Kendall Kendra
Kendrick Keneth Kenna Kenneth Kennith Kenny Kent Kenton Kenyatta Kenyetta Kenzie Kerensa Keri Kermit Kerri
Kerrie Kerry Kesha Keshia Keven Kevin Khadija Khalid Kia Kian Kiara Kiera Kieran Kiesha Kieth Kiley Kim Kimber
Kimberely Kimberlee Kimberley Kimberli Kimberly Kindra King Kinga Kinjal Kip Kira Kiran Kirby Kirk Kirsteen
Kirsten Kirstin Kirsty Kisha Kitty Kizzy Kofi Kojo Komal Korey Kori Kory Kourtney Kraig Kris Krista Kristal
Kristan Kristen Kristi Kristian Kristie Kristin Kristina Kristine Kristofer Kristopher Kristy Kristyn Krupa
Krystal Krystle Krystyna Krzysztof Kuldip Kuljit Kulwant Kum Kunal Kunle Kurt Kurtis Kwabena Kwadwo Kwaku
Kwame Kwesi Kyla Kyle Kylee Kylie Kyong Kyra Kyran Kyung Lacey Lachlan Laci Lacie Lacy Ladonna Lai Laila
Lakeisha Lakesha Lakeshia Lakisha Lakshmi Lamar Lamont Lan Lana Lance Landon Lane Lanette Lani Lanita Lanny
Laquita Lara Larae Larhonda Larisa Larissa Larry Larue Lashanda Lashawn Lashonda Lashunda Latanya Latasha
Laticia Latisha Latonia Latonya Latoria Latosha Latoya Latrice Latricia Latrina Laura Laureen Laurel Lauren
Laurence Laurene Lauretta Laurette Lauri Laurie Lavada Lavern Laverna Laverne Lavina Lavinia Lavon Lavonda
Lavonne Lawana Lawanda Lawerence Lawrence Layla Lazaro Lea Leah Leana Leandra Leandro Leann Leanna Leanne
Leatha Leatrice Leda Lee Leeann Leesa Leif Leigh Leighton Leila Leilani Leisa Lela Leland Lelia Lemuel Len
Lena Lenard Lenna Lennie Lennon Lenny Lenora Lenore Leo Leola Leon Leona Leonard Leonarda Leonardo Leone
Leonel Leonor Leonora Leopoldo Leora Leota Lera Lerato Leroy Les Lesa Lesia Leslee Lesley Lesli Leslie Lessie
Lester Leta Letha Leticia Letitia Lettie Letty Levi Lewis Lexi Lexie Lia Liam Liana Liane Libby Lida Lidia
Lien Ligia Lila Lilia Lilian Liliana Lilla Lillian Lillie Lilly Lily Lin Lina Linda Lindsay Lindsey Lindy
Linette Linh Linnea Linnie Lino Linsey Linwood Lionel Lisa Lise Lisette Lissa Lissette Lita Liz Liza Lizabeth
Lizbeth Lizette Lizzie Llinos Lloyd Loan Logan Lois Lola Lolita Lon Lona Long Loni Lonna Lonnie Lonny Lora
Loraine Loree Loreen Lorelei Loren Lorena Lorene Lorenza Lorenzo Loretta Lori Lorie Lorinda Lorine Lorna
Lorraine Lorretta Lorri Lorrie Lottie Lou Louann Louella Louie Louis Louisa Louise Lourdes Louvenia Lovie
Lowell Lowenna Lowri Loyce Loyd Luana Luann Luanne Luca Lucas Lucia Luciana Luciano Lucie Lucien Lucienne
Lucila Lucile Lucille Lucina Lucinda Lucio Lucius Lucrecia Lucretia Lucy Lue Luella Luigi Luis Luisa Lukasz
Luke Lula Lulu Luna Lupe Lupita Lura Lurline Luther Luvenia Luz Lyda Lydia Lyla Lyle Lyman Lyn Lynda Lyndon
Lyndsay Lyndsey Lynette Lynn Lynne Lynnette Lynwood Léa Mabel Mable Mac Machelle Macie Maciej Mack Mackenzie Macsen
Macy Madaline Madalyn Maddie Maddy Madeleine Madeline Madelyn Madge Madie Madison Madonna Mae Maegan Magaly Magda Magdalena
Magdalene Maggie Magnolia Mahesh Mahmoud Mai Maida Maira Mairi Maisie Major Majorie Malcolm Malcom Malgorzata Mali
Malia Malik Malika Malinda Malisa Malissa Mallory Mamie Man Mandi Mandy Manjinder Manjit Manoj Manon Manpreet
Mantas Manual Manuel Manuela Mara Maranda Marc Marcel Marcela Marcelina Marcelino Marcella Marcelle Marcellus
Marcelo Marci Marcia Marcie Marcin Marco Marcos Marcus Marcy Mared Marek Maren Margaret Margarete Margarett
Margarette Margarita Margarite Margarito Marge Margeret Margery Margie Margit Margo Margot Margret Marguerite
Margurite Mari Maria Mariah Mariam Marian Mariana Mariann Marianna Marianne Mariano Maribel Maribeth Maricel
Maricela Marie Mariel Mariela Marietta Marilee Marilou Marilyn Marilynn Marina Mario Marion Marisa Marisela
Marisol Marissa Marita Maritza Marius Marivic Marjorie Marjory Mark Markus Marla Marleen Marlena Marlene
Marley Marlin Marlo Marlon Marlyn Marlys Marna Marni Marnie Marquerite Marquis Marquita Marry Marsha Marshall
Marta Martha Marti Martin Martina Martine Marty Marva Marvel Marvin Mary Maryam Maryann Maryanne Marybeth
Maryellen Maryjane Maryjo Marylee Marylin Marylou Marylyn Masako Mason Mateusz Mathew Mathilda Matilda Matilde
Matt Matthew Mattie Maud Maude Maudie Maura Maureen Maurice Mauricio Maurine Mauro Mavis Max Maxie Maximo
Maxine Maxwell May Maya Maybelle Mayme Maynard Mayra Mazie Małgorzata Mckenzie Mckinley Meagan Meaghan
Mechelle Mee Meena Meg Megan Meghan Mehmet Mehreen Mei Meinir Mel Melanie Melba Melina Melinda Melisa Melissa
Mellisa Mellissa Melodie Melody Melonie Melony Melva Melvin Melvina Mercy Meredith Mererid Merilyn Merle
Merlene Merlin Merri Merrill Merry Mervin Meryl Meta Mia Micaela Micah Michael Michaela Michal Michale Michał
Micheal Michel Michele Michell Michelle Michiko Mickey Micki Mickie Migdalia Miguel Mihaela Mihai Mike Mikel
Mikey Mikki Mikołaj Mila Milagros Milan Mildred Miles Milford Milissa Millard Millicent Millie Milo Mimi Min
Mina Mindaugas Mindi Mindy Minerva Ming Minh Minnie Miquel Mira Miranda Mireya Miriam Mirian Mirna Mirta Missy
Misti Misty Mitch Mitchel Mitchell Mitesh Mittie Mitzi Modesta Modesto Mohamed Mohammad Mohammed Mohamud Moira
Moises Mollie Molly Mona Monica Monika Monique Monroe Monte Monty Morag Morfydd Morgan Morris Morton Morven
Morwenna Mose Moshe Mozell Mozelle Muhammad Mui Muriel Murray Musa Mustafa Myla Myles Myong Myra Myriam Myrna
Myron Myrtice Myrtie Myrtis Myrtle Méabh Nabila Nada Nadeem Nadia Nadine Nakia Nakisha Nan Nanci Nancy Nanette
Nannette Nannie Naoma Naomi Napoleon Nasima Nasir Nasreen Natalia Natalie Natasha Nathalie Nathan Nathanael
Nathanial Nathaniel Natividad Navdeep Naveed Naveen Nazia Neal Ned Nedra Neha Neil Nelda Nelia Nelida Nell
Nella Nelle Nellie Nelly Nelson Nena Neoma Nereida Nerys Nestor Neta Nettie Neva Nevaeh Neville Nga Ngoc Ngozi
Nia Niall Niamh Nichelle Nichol Nicholas Nichole Nick Nicki Nickie Nickolas Nicky Nico Nicola Nicolas Nicolasa
Nicole Nicolette Nicolle Nidia Nigel Nikhil Niki Nikia Nikita Nikki Nikodem Nikole Nila Nilda Nilesh Nilsa
Nimco Nina Ninfa Nisha Nita Nitin Njeri Nkechi Nnamdi Noah Noble Noe Noel Noelia Noella Noelle Noemi Nola
Nolan Nomvula Nona Noor Nora Norbert Norberto Noreen Norene Norine Norma Norman Normand Norris Nour Nova
Novella Numbers Nydia Obinna Ocie Octavia Octavio Odell Odessa Odette Odis Ofelia Oisin Oksana Ola Olen Olena
Oleta Olga Olin Oliva Olive Oliver Olivia Oliwia Ollie Olu Olumide Oluwadamilola Oluwafemi Oluwaseun Oluwatobi
Olwen Olympia Oma Omar Omer Ona Oneida Opal Ophelia Ora Oralia Oren Orla Orlaith Orpha Orval Orville Oscar
Osian Oskar Ossie Osvaldo Oswaldo Otha Otilia Otis Ottilie Otto Ouida Owain Owen Pablo Padraig Page Paige
Palma Palmer Pam Pamala Pamela Pamelia Pamella Pansy Paola Pardeep Paresh Parker Parminder Particia Parveen
Pasquale Pat Patience Patrica Patrice Patricia Patrick Patrina Patryk Patsy Patti Pattie Patty Paul Paula
Paulette Paulina Pauline Pawel Paweł Pearl Pearle Pearlie Pearline Pedro Peggie Peggy Penelope Pennie Penny
Percy Perla Perry Persephone Pete Peter Petra Phil Philip Phillip Phillis Philomena Phoebe Phuong Phylis
Phyliss Phyllis Pia Pierre Piers Pilar Pinkie Piotr Piper Polly Pooja Poppy Porfirio Porter Portia Precious
Pricilla Prince Princess Priscilla Priya Priyanka Prudence Pádraig Queen Queenie Quentin Quiana Quincy Quinn
Quintin Quinton Rabia Rachael Racheal Rachel Rachele Rachell Rachelle Racquel Radek Rae Rafael Rafaela Rahul
Raina Rajesh Rajinder Rakesh Raleigh Ralph Raluca Ramesh Ramiro Ramon Ramona Ramonita Rana Randa Randal
Randall Randell Randi Randolph Randy Rania Raphael Raphaël Raquel Rashad Rashid Rashida Raul Raven Ravi
Ravinder Ray Rayford Raymon Raymond Raymundo Rayna Rayyan Reba Rebbecca Rebeca Rebecca Rebekah Reece Reed Reem
Refugio Regan Regena Reggie Reginald Rehana Reid Reina Reinaldo Rekha Rena Renae Renaldo Renata Renate Renato
Rene Renea Renee Renita Renée Reta Retha Retta Reuben Reva Rex Rey Reyes Reyna Reynaldo Rhea Rhett Rhianna
Rhiannon Rhoda Rhodri Rhona Rhonda Rhydian Rhys Ricardo Rich Richard Richelle Richie Rick Rickey Rickie Ricky
Rico Rigoberto Rikki Riley Rina Risa Rita Ritu Rizwan Rizwana Rob Robbie Robbin Robby Robert Roberta Roberto
Robin Robt Robyn Rocco Rochelle Rocio Rocky Rod Roderick Rodger Rodney Rodolfo Rodrick Rodrigo Rogelio Roger
Rohan Roisin Roland Rolanda Rolando Rolf Rolland Roma Roman Romana Romelia Romeo Rommel Romona Ron Rona Ronald
Ronda Roni Ronna Ronni Ronnie Ronny Roosevelt Rory Rosa Rosalba Rosalee Rosalia Rosalie Rosalina Rosalind
Rosalinda Rosaline Rosalva Rosalyn Rosamond Rosanna Rosanne Rosaria Rosario Rosaura Roscoe Rose Roseann
Roseanna Roseanne Rosella Roselyn Rosemarie Rosemary Rosendo Rosetta Rosie Rosina Rosita Roslyn Ross Rowan
Rowena Roxana Roxane Roxann Roxanna Roxanne Roxie Roy Royal Royce Ruairi Ruairí Ruben Rubie Rubin Rubina Ruby
Rubye Rudolf Rudolph Rudy Rueben Rufina Rufus Rukhsana Ruksana Rupert Rupinder Russ Russel Russell Rusty
Rutendo Ruth Ruthann Ruthie Ryan Róisín Sabina Sabine Sabra Sabrina Sachiko Sade Sadia Sadie Saffron Safiya
Sagal Saima Saira Sajid Sal Salena Salim Salina Sallie Sally Salma Salome Salvador Salvatore Sam Samantha
Samara Samatha Samina Samira Sammie Sammy Samual Samuel Sana Sandeep Sandi Sandra Sandy Sanford Sang Sanjay
Sanjeev Sanjuana Sanjuanita Santa Santiago Santo Santos Saoirse Sara Sarah Sarina Sarita Sasha Satnam Saul
Saundra Savannah Scarlett Scot Scott Scottie Scotty Seamus Sean Sebastian Segun Selena Selina Selma Seren
Serena Sergio Serina Seth Seun Seymour Seán Sha Shabana Shabnam Shad Shahid Shahida Shaina Shakil Shakira
Shalonda Shameka Shamika Shamima Shana Shanda Shandra Shane Shaneka Shanell Shanelle Shani Shanice Shanika
Shanita Shanna Shannan Shannon Shanon Shanta Shante Shantel Shantell Shara Sharee Sharen Shari Sharita Sharla
Sharlene Sharon Sharonda Sharron Sharyn Shasta Shaun Shauna Shavon Shawanda Shawn Shawna Shawnda Shawnee Shay
Shayla Shayna Shayne Shazia Shea Sheena Sheila Shelba Shelby Sheldon Shelia Shelley Shelli Shellie Shelly
Shelton Shena Sheree Shereen Sheri Sherie Sherilyn Sherita Sherman Sheron Sherri Sherrie Sherrill Sherron
Sherry Sherryl Sherwood Sheryl Shiela Shirin Shirlee Shirlene Shirley Shirly Shoaib Shon Shona Shonda Shonna
Shreya Shu Sian Sibyl Sid Sidney Sienna Sierra Signe Sigrid Silas Silvia Simon Simona Simone Simran Sinead
Sinéad Siobhan Sioned Sipho Siân Siôn Skye Sneha Socorro Sofia Sol Soledad Solomon Sommer Son Sondra Song
Sonia Sonja Sonny Sonya Soo Soon Sophia Sophie Spencer Spring Stacey Staci Stacia Stacie Stacy Stan Stanford
Stanislaw Stanley Stanton Star Starla Starr Stefan Stefani Stefanie Stella Steph Stephaine Stephan Stephane
Stephani Stephanie Stephany Stephen Stephenie Stephine Sterling Steve Steven Stevie Stewart Stormy Stuart
Sudie Sue Suellen Suk Sukhdev Sukhwinder Suleiman Sumaya Summer Sun Sung Sunil Sunita Sunny Sunshine Suresh
Susan Susana Susann Susanna Susannah Susanne Susie Suzan Suzann Suzanna Suzanne Suzette Suzie Suzy Svetlana
Swati Sybil Syble Sylvester Sylvia Sylwia Szymon Séamus Søren Tabatha Tabitha Tad Tadhg Tahira Tahmina Taiwo
Talia Taliesin Tallulah Tamala Tamar Tamara Tamatha Tameka Tamela Tamera Tami Tamie Tamika Tamiko Tammi Tammie
Tammy Tamra Tamsin Tana Tanesha Tangela Tania Tanika Tanisha Tanja Tanna Tanner Tanya Tara Tarah Tariq Tarquin
Tarsha Taryn Tasha Tasnim Tatenda Tatiana Tawana Tawanda Tawanna Tawny Tawnya Taylor Ted Teddy Teena Tegan
Temitope Tena Tendai Tenisha Teodora Teodoro Tera Terence Teresa Terese Teresita Teressa Teri Terra Terrance
Terrell Terrence Terresa Terri Terrie Terry Tess Tessa Tessie Thabo Thad Thaddeus Thalia Thandiwe Thanh Thea
Theda Thelma Theo Theodora Theodore Theresa Therese Theresia Theron Thersa Thomas Thomasina Thresa Thu Thurman
Thuy Tia Tiago Tiana Tianna Tiara Tierra Tiesha Tiffani Tiffanie Tiffany Tiffiny Tillie Tilly Tim Timmy
Timothy Tina Tirion Tisha Titus Tobi Tobias Tobiasz Tobiloba Toby Tod Todd Tolu Tom Tomas Tomasa Tomasz Tomeka
Tomika Tomiwa Tommie Tommy Tomos Toney Toni Tonia Tonie Tonja Tony Tonya Tope Tori Tory Tosha Toya Tracee
Tracey Traci Tracie Tracy Travis Trena Trent Tresa Tressa Tressie Treva Trevor Trey Tricia Trina Trinidad
Trinity Trish Trisha Trista Tristan Troy Trudi Trudie Trudy Truman Tuan Tunde Twana Twila Twyla Tyesha Tyler
Tyra Tyree Tyrell Tyron Tyrone Tyson Ubah Uche Ulysses Umar Una Ursula Urszula Usman Uzma Vada Val Valarie
Valda Valencia Valentin Valentina Valentine Valeria Valerie Vallie Valorie Van Vance Vanesa Vanessa Vannessa
Vasile Vaughn Veda Velda Velia Velma Velva Velvet Vena Venessa Venice Venita Venus Vera Verda Vergie Verla
Vern Verna Vernell Vernetta Vernice Vernie Vernita Vernon Verona Veronica Versie Vesta Vicenta Vicente Vickey
Vicki Vickie Vicky Victor Victoria Vida Vihaan Vijay Vikki Vikram Vilma Vina Vince Vincent Vincenza Vincenzo
Vinnie Viola Violet Violeta Violette Virgie Virgil Virgilio Virgina Virginia Vita Vito Viva Vivan Vivian
Viviana Vivien Vivienne Von Vonda Vonnie Wade Wai Waldo Wale Walker Wallace Wally Walter Walton Wambui Wanda
Wanita Wanjiru Waqas Ward Warner Warren Wasim Waylon Wayne Wei Weldon Wendell Wendi Wendy Werner Weronika Wes
Wesley Weston Whitney Wiktor Wiktoria Wilber Wilbert Wilbur Wilburn Wilda Wiley Wilford Wilfred Wilfredo
Wilhelmina Will Willa Willard Willene William Williams Willian Willie Willis Willow Willy Wilma Wilmer Wilson
Wilton Windy Winford Winfred Winifred Winnie Winnifred Winona Winston Wojciech Woodrow Wyatt Wynn Wynona
Xavier Xin Xiomara Yadira Yahya Yara Yasmeen Yasmin Yaw Yen Yesenia Yetta Yetunde Ying Yoko Yolanda Yolande
Yolonda Yong Yoshiko Young Yousef Yuki Yun Yusuf Yvette Yvonne Zach Zachariah Zachary Zachery Zack Zackary
Zahra Zaida Zain Zainab Zak Zakariya Zandra Zane Zanele Zara Zawadi Zayn Zbigniew Zeeshan Zelda Zella Zelma
Zena Zenaida Zenobia Zina Zita Zoe Zofia Zoila Zola Zona Zora Zoraida Zoé Zoë Zubair Zula Zulema Zulma Zuzanna
Órla Łukasz
""".split())
"""First names, capitalised."""

WORDLIKE_FIRST_NAMES = frozenset("""
Abbey Alpha Amber Amir Angel Aria Art August Aura Autumn Barb Basil Berry Bill Blanch Blessing Bob Brain
Brandy Brook Brooks Buck Bud Buddy Candy Caprice Carol Chance Charity Chase Chastity Cherry Chi Chin Christen
Chuck Clay Cliff Coral Coy Crystal Curt Daisy Dawn Dean Delta Derrick Destiny Diamond Dolly Don Drew Dusty
Earl Earnest Ebony Eddy Else Era Eve Faith Fawn Fern Flora Forest Foster Frank Gale Garland Garnet Garret Gay
Gene Ginger Glen Glory Grace Grant Guy Harmony Harry Hazel Heath Heather Herb Holly Hope Hung Hunter Iris
Ivory Ivy Jack Jade Jarred Jay Jewel Joy Junior Ken King Kitty Lacy Lance Lane Laurel Lee Lily Loan Long
Magnolia Major Man Manual Maria Marina Mark Marry Martin Marvel Mason Matt May Melody Mercy Merry Mike Miles
Misty Nick Noble Nova Numbers Olive Opal Page Pansy Pat Patience Patty Pearl Penny Peter Piers Poppy Porter
Precious Prince Princess Prudence Queen Raven Ray Reed Rich Rob Robin Rocky Rod Roman Rose Rosemary Royal Ruby
Rusty Saffron Sally Sandy Sang Sherry Sierra Son Song Soon Spring Star Sterling Stormy Sue Summer Sun Sung
Sunny Sunshine Tanner Tawny Tiara Trinity Valentine Van Velvet Victor Viola Violet Wade Walker Ward Warren
Will Willow Windy Yen Young
""".split())
"""First names that are also ordinary words ("Will", "Grace"): never a name alone without more to go on."""

PLACELIKE_FIRST_NAMES = frozenset("""
Austin Carolina Charlotte Chelsea Darcy Devon Florence Georgia India Jackson Jordan Kent Madison Nelson
Savannah Shannon Sierra Victoria Virginia
""".split())
"""First names that are as often places ("Victoria", "Jordan")."""

SURNAMES = frozenset("""
Aaron Abbott Abel Abell Abernathy Abner Abney Abraham Abrams Abreu Acevedo Acker Ackerman Ackley Acosta Acuna
Adair Adam Adame Adams Adamson Adcock Addison Adebayo Adeyemi Adkins Adler Agee Agnew Aguayo Aguiar Aguilar
Aguilera Aguirre Ahern Ahmad Ahmed Ahrens Aiello Aiken Ainsworth Akers Akin Akins Alaniz Alarcon Alba Albers
Albert Albertson Albrecht Albright Albritton Alcala Alcorn Alderman Aldrich Aldridge Aleman Alexander Alfaro
Alfonso Alford Alfred Alger Ali Alicea Allan Allard Allen Alley Allison Allman Allred Almanza Almeida Almond
Alonso Alonzo Alston Altman Alvarado Alvarez Alves Amador Amaral Amato Amaya Ambrose Ames Ammons Amos Amundson
Anaya Anders Andersen Anderson Andrade Andre Andres Andrew Andrews Andrus Angel Angelo Anglin Angulo Anthony
Antoine Antonio Apodaca Aponte Appel Apple Applegate Appleton Aquino Aragon Aranda Araujo Arce Archer
Archibald Archie Archuleta Arellano Arevalo Arias Armenta Armijo Armstead Armstrong Arndt Arnett Arnold
Arredondo Arreola Arriaga Arrington Arriola Arroyo Arsenault Arteaga Arthur Artis Asante Asbury Ash Ashby
Ashcraft Ashe Asher Ashford Ashley Ashmore Ashton Ashworth Askew Atchison Atherton Atkins Atkinson Atwell
Atwood August Augustine Ault Austin Autry Avalos Avery Avila Aviles Ayala Ayers Ayres Babb Babcock Baber Babin
Baca Bach Bachman Back Bacon Bader Badger Badillo Baer Baez Baggett Bagley Bagwell Bailey Bain Baines Bair
Baird Baker Balderas Baldridge Baldwin Bales Ball Ballard Ballinger Ballou Banda Bandy Banks Bankston Banner
Bannister Banuelos Baptiste Barajas Barba Barbee Barber Barbosa Barbour Barclay Bard Barden Barela Barfield
Barger Barham Barker Barkley Barksdale Barlow Barnard Barnes Barnett Barnette Barney Barnhart Barnhill Baron
Barone Barr Barraza Barrera Barreto Barrett Barrientos Barringer Barrios Barron Barrow Barrows Barry Bartels
Barth Bartholomew Bartlett Bartley Barton Basham Baskin Bass Bassett Batchelor Bateman Bates Batista Batiste
Batson Battaglia Batten Battle Battles Batts Bauer Baugh Baughman Baum Bauman Baumann Baumgardner Baumgartner
Bautista Baxley Baxter Bayer Baylor Bayne Bays Beach Beal Beale Beall Beals Beam Beaman Beamon Bean Beane Bear
Beard Bearden Beardsley Beasley Beattie Beatty Beaty Beauchamp Beaudoin Beaudry Beaulieu Beauregard Beaver
Beavers Becerra Bechtel Beck Becker Beckett Beckham Beckman Beckwith Becnel Bedard Bedford Beebe Beeler Beers
Beeson Begay Begley Begum Behrens Belanger Belcher Bell Bellamy Bello Belt Belton Beltran Benavides Benavidez
Bender Benedict Benefield Benge Benitez Benjamin Benner Bennett Benoit Benson Bentley Benton Berg Berger
Bergeron Bergman Bergstrom Berlin Berman Bermudez Bernal Bernard Bernhardt Bernier Bernstein Berrios Berry
Berryman Bertram Bertrand Berube Bess Best Betancourt Bethea Bethel Bettencourt Bettis Betts Betz Bevan
Beverly Bevins Bey Beyer Bibi Bible Bickford Biddle Bigelow Biggs Billings Billingsley Billiot Bills Billups
Bilodeau Binder Bingham Binkley Birch Bird Bishop Bisson Bittner Bivens Bivins Black Blackburn Blackman
Blackmon Blackwell Blackwood Blaine Blair Blais Blake Blakely Blalock Blanchard Blanchette Blanco Bland Blank
Blankenship Blanks Blanton Blaylock Bledsoe Blevins Bliss Block Blocker Blodgett Bloom Blount Blue Blum Blunt
Blythe Boateng Boatman Boatright Boatwright Bobbitt Bobo Bock Boehm Boettcher Bogan Boggs Bohannon Bohn
Boisvert Boland Bolden Bolduc Bolen Boles Bolin Boling Bolling Bollinger Bolt Bolton Bond Bonds Bone Bonilla
Bonner Book Booker Boone Booth Boothe Bordelon Borden Borders Boren Borges Borrego Bosley Boss Bostic Bostick
Boston Boswell Bottoms Bouchard Boucher Boudreau Boudreaux Bounds Bourgeois Bourne Bourque Bowden Bowen Bowens
Bower Bowers Bowie Bowler Bowles Bowlin Bowling Bowman Bowser Box Boyce Boyd Boyer Boyette Boykin Boyle Boyles
Boynton Bozeman Bracken Brackett Bradbury Braden Bradford Bradley Bradshaw Brady Bragg Branch Brand
Brandenburg Brandon Brandt Branham Brannon Branson Brant Brantley Braswell Bratcher Bratton Braun Bravo
Braxton Bray Brazil Breaux Breeden Breedlove Breen Breland Brennan Brenner Brent Brewer Brewster Brice Bridges
Briggs Brigham Bright Briley Brill Brim Brink Brinkley Brinkman Brinson Briones Briscoe Briseno Brito Britt
Brittain Britton Broadnax Broadway Brock Brockman Broderick Brody Brogan Bromley Bronson Brookins Brooks
Brookshire Broome Brothers Broughton Broussard Browder Brower Brown Browne Brownell Browning Brownlee Broyles
Brubaker Bruce Brumfield Bruner Brunner Bruno Bruns Brunson Bruton Bryan Bryant Bryson Buchanan Bucher Buck
Buckingham Buckley Buckner Bueno Buffington Buford Bui Buie Bull Bullard Bullock Bumgarner Bunch Bundy Bunker
Bunn Bunnell Bunting Burbank Burch Burchett Burchfield Burden Burdette Burdick Burge Burger Burgess Burgos
Burk Burke Burkett Burkhart Burkholder Burks Burleson Burley Burnett Burnette Burney Burnham Burns Burnside
Burr Burrell Burris Burroughs Burrow Burrows Burt Burton Busby Busch Bush Buss Bussey Bustamante Bustos
Butcher Butler Butterfield Button Butts Buxton Byars Byers Bynum Byrd Byrne Byrnes Caballero Caban Cable
Cabral Cabrera Cade Cady Cage Cagle Cahill Cain Calabrese Calderon Caldwell Calhoun Calkins Call Callaghan
Callahan Callaway Callender Calloway Calvert Calvin Camacho Camara Camarillo Cambell Cameron Camp Campbell
Campos Canada Canady Canales Candelaria Canfield Cannon Cano Cantrell Cantu Cantwell Canty Capps Caraballo
Caraway Carbajal Carbone Card Carden Cardenas Carder Cardona Cardoza Cardwell Carey Carl Carlin Carlisle
Carlos Carlson Carlton Carmack Carman Carmichael Carmona Carnahan Carnes Carney Caro Caron Carpenter Carper
Carr Carranza Carrasco Carrera Carrico Carrier Carrillo Carrington Carrion Carroll Carson Carswell Carter
Cartwright Caruso Carvalho Carver Cary Casanova Casas Case Casey Cash Casillas Caskey Cason Casper Cass
Cassell Cassidy Castaneda Casteel Castellano Castellanos Castillo Castle Castleberry Castro Caswell Catalano
Cate Cates Cathey Catlett Cato Catron Caudill Caudle Causey Cavanaugh Cavazos Cave Cazares Cecil Ceja Centeno
Cerda Cervantes Chacon Chadwick Chaffin Chalmers Chamberlain Chamberlin Chambers Chambliss Champagne Champion
Chan Chance Chandler Chaney Chang Chapa Chapin Chapman Chappell Charles Charlton Chase Chastain Chatman Chau
Chavarria Chaves Chavez Chavis Cheatham Cheek Chen Cheney Cheng Cherry Chesser Chester Chestnut Cheung Chew
Child Childers Childress Childs Chilton Chin Chinn Chisholm Chism Chisolm Chitwood Chiu Cho Choate Choi Chong
Chow Chowdhury Christ Christensen Christenson Christian Christiansen Christianson Christie Christman Christmas
Christopher Christy Chu Chun Chung Church Churchill Cintron Cisneros Clancy Clanton Clapp Clark Clarke
Clarkson Clary Clausen Clawson Clay Clayton Cleary Clegg Clem Clemens Clement Clemente Clements Clemmons
Clemons Cleveland Clevenger Click Clifford Clifton Cline Clinton Close Cloud Clough Clouse Cloutier Coates
Coats Cobb Cobbs Coble Coburn Cochran Cochrane Cockrell Cody Coe Coffey Coffin Coffman Coggins Cohen Cohn
Coker Colbert Colburn Colby Cole Coleman Coles Coley Collado Collazo Collett Collette Colley Collier Collins
Colon Colson Colvin Colwell Combs Comeaux Comer Compton Comstock Conaway Concepcion Condon Cone Conger Conklin
Conley Conn Connell Connelly Conner Conners Connolly Connor Connors Conover Conrad Conroy Conte Conti
Contreras Conway Conyers Cook Cooke Cooks Cooksey Cooley Coombs Coon Cooney Coons Cooper Cope Copeland Copley
Coppola Corbett Corbin Corbitt Corcoran Cordell Cordero Cordova Corey Corley Cormier Cornejo Cornelius Cornell
Cornett Cornish Cornwell Corona Coronado Corral Correa Correia Corrigan Cortes Cortez Corwin Cosby Cosgrove
Costa Costello Cota Cote Cothran Cotter Cottle Cotton Cottrell Couch Coughlin Coulter Council Counts Courtney
Cousins Couture Covert Covey Covington Cowan Coward Cowart Cowell Cowles Cowley Cox Coy Coyle Coyne Crabtree
Craddock Craft Craig Crain Cramer Crandall Crane Cranford Craven Crawford Crawley Crayton Creamer Creech Creed
Creel Creighton Crenshaw Crespo Cress Crews Crider Crisp Crist Criswell Crittenden Crocker Crockett Croft
Cromer Cromwell Cronin Crook Crooks Crosby Cross Croteau Crouch Crouse Crow Crowder Crowe Crowell Crowley Crum
Crump Crumpton Cruse Crutcher Crutchfield Cruz Cuellar Cuevas Culbertson Cullen Culp Culpepper Culver Cummings
Cummins Cunningham Cupp Curley Curran Currie Currier Curry Curtin Curtis Cushing Cushman Custer Cutler Cyr
Dabbs Dabney Dagostino Dahl Daigle Dailey Daily Dale Daley Dallas Dalton Daly Damico Damon Damron Dancy
Danforth Dang Dangelo Daniel Daniels Danielson Danner Darby Darden Darling Darnell Dasilva Daugherty Daughtry
Davenport David Davidson Davies Davila Davis Davison Dawkins Dawson Day Dayton Deal Dean Deane Deaton Deberry
Deboer Decker Dees Dehart Dejesus Delacruz Delagarza Delaney Delarosa Delatorre Deleon Delgadillo Delgado Dell
Dellinger Deloach Delong Delossantos Deluca Delvalle Demarco Demers Dempsey Denham Denman Denney Denning
Dennis Dennison Denny Denson Dent Denton Derosa Derr Derrick Desai Desantis Desimone Desjardins Devine Devito
Devlin Devore Devries Dew Dewey Dewitt Dexter Deyoung Dhillon Dial Diamond Dias Diaz Dibble Dick Dickens
Dickerson Dickey Dickinson Dickson Diehl Dietrich Dietz Diggs Dill Dillard Dillon Dingle Dinkins Dion Dionne
Dix Dixon Do Doan Dobbins Dobbs Dobson Dockery Dodd Dodds Dodge Dodson Doe Doherty Dolan Doll Dollar Domingo
Dominguez Dominquez Donahue Donald Donaldson Donato Donley Donnell Donnelly Donohue Donovan Dooley Doolittle
Doran Dorman Dorn Dorris Dorsey Dortch Doss Dotson Doty Doucette Dougherty Doughty Douglas Douglass Dove Dover
Dow Dowd Dowdell Dowdy Dowell Dowling Downes Downey Downing Downs Doyle Dozier Drake Draper Drayton Drew
Driggers Driscoll Driver Drummond Drury Duarte Dube Dubois Dubose Duckett Duckworth Dudley Duff Duffy Dugan
Dugas Duggan Dugger Duke Dukes Dulaney Dumas Dumont Dunaway Dunbar Duncan Dunham Dunlap Dunn Dunne Dunning
Duong Dupont Dupre Dupree Dupuis Duran Durand Durant Durbin Durden Durham Durkin Durr Dutton Duval Duvall
Dwyer Dye Dyer Dykes Dyson Eads Eagle Earl Earle Earley Earls Early Earnest Easley Eason East Easter
Easterling Eastman Easton Eaton Eaves Ebert Echevarria Echols Eck Eckert Eddy Eden Edgar Edge Edmond Edmonds
Edmondson Edward Edwards Egan Eggleston Elam Elder Eldridge Elias Elizondo Elkins Eller Ellington Elliot
Elliott Ellis Ellison Ellsworth Elmore Elrod Elston Ely Emanuel Embry Emerson Emery Emmons Eng Engel England
Engle English Ennis Enos Enright Enriquez Epperson Epps Epstein Erdmann Erickson Ernst Ervin Erwin Escalante
Escamilla Escobar Escobedo Eskridge Esparza Espinal Espino Espinosa Espinoza Esposito Esquivel Estep Estes
Estevez Estrada Estrella Etheridge Ethridge Eubanks Evans Everett Everhart Evers Everson Ewing Ezell Faber
Fabian Fagan Fahey Fain Fair Fairbanks Fairchild Fairley Faison Fajardo Falcon Falk Fallon Falls Fannin
Fanning Farias Farley Farmer Farnsworth Farr Farrar Farrell Farrington Farris Farrow Faulk Faulkner Faust
Fawcett Fay Feeney Felder Feldman Feliciano Felix Fellows Felton Felts Fender Fennell Fenner Fenton Fenwick
Ferguson Fernandes Fernandez Ferrara Ferrari Ferraro Ferreira Ferrell Ferrer Ferris Ferro Ferry Field Fielder
Fields Fierro Fife Figueroa Finch Fincher Findley Fine Fink Finley Finn Finnegan Finney Fiore Fischer Fish
Fisher Fishman Fisk Fitch Fite Fitts Fitzgerald Fitzpatrick Fitzsimmons Flagg Flaherty Flanagan Flanders
Flanigan Flannery Fleck Fleming Flemming Fletcher Flint Flood Flora Florence Flores Florez Flournoy Flowers
Floyd Flynn Fogarty Fogg Fogle Foley Folk Folse Folsom Foltz Fong Fonseca Fontaine Fontenot Foote Forbes Ford
Foreman Forest Foret Forman Forney Forrest Forrester Forster Forsyth Forsythe Fort Forte Fortenberry Fortier
Fortin Fortner Fortney Fortune Foss Foster Fountain Fournier Foust Fowler Fowlkes Fox Foy Fraley Frame France
Francis Francisco Franco Francois Frank Franklin Franks Frantz Franz Fraser Frasier Frazer Frazier Frederick
Fredericks Fredrick Fredrickson Free Freed Freedman Freeland Freeman Freese Freitas French Freund Frey Frias
Frick Friday Fried Friedman Friend Frierson Fries Fritz Frizzell Frost Fry Frye Fryer Fuchs Fuentes Fugate
Fulcher Fulkerson Fuller Fullerton Fulmer Fulton Fultz Funderburk Funk Fuqua Furlong Furman Furr Fusco Gabbard
Gable Gabriel Gaddis Gaddy Gaffney Gage Gagne Gagnon Gaines Gainey Gaither Galarza Galbraith Gale Galindo Gall
Gallagher Gallant Gallardo Gallegos Gallo Galloway Galvan Galvez Galvin Gamble Gamboa Gamez Gandy Gann Gannon
Gant Gantt Garay Garber Garcia Gardiner Gardner Garland Garmon Garner Garnett Garrett Garris Garrison Garvey
Garvin Gary Garza Gaskin Gaskins Gass Gaston Gates Gatewood Gatlin Gault Gauthier Gavin Gay Gayle Gaylord
Gaytan Gearhart Geary Gee Geer Geiger Gentile Gentry George Gerald Gerard Gerber German Getz Gibbons Gibbs
Gibson Gifford Gil Gilbert Gilbertson Gilbreath Gilchrist Giles Gill Gillen Gillespie Gillette Gilley Gilliam
Gilliland Gillis Gillum Gilman Gilmer Gilmore Gilson Ginn Giordano Gipson Girard Giron Giroux Gist Givens
Gladden Gladney Glaser Glasgow Glass Glaze Gleason Glenn Glover Glynn Goad Goble Goddard Godfrey Godinez
Godwin Goebel Goetz Goff Goforth Goins Gold Goldberg Golden Golding Goldman Goldsmith Goldstein Gomes Gomez
Gonsalves Gonzales Gonzalez Gooch Good Goode Gooden Goodin Gooding Goodman Goodrich Goodson Goodwin Goolsby
Gordon Gore Gorham Gorman Goss Gossett Gough Gould Goulet Gower Grace Gracia Grady Graf Graff Gragg Graham
Granados Granger Grant Grantham Graves Gray Grayson Greathouse Greco Green Greenberg Greene Greenfield
Greenlee Greenwood Greer Gregg Gregory Greiner Grenier Gresham Grewal Grey Grice Grider Grier Griffin Griffis
Griffith Griffiths Griggs Grigsby Grimes Grimm Grisham Grissom Griswold Groce Groff Grogan Grooms Gross
Grossman Grove Grover Groves Grubb Grubbs Gruber Guajardo Guay Guenther Guerin Guerra Guerrero Guess Guest
Guevara Guffey Guido Guidry Guillen Guillory Guinn Gulley Gunderson Gunn Gunter Gunther Gupta Gurley Gustafson
Guthrie Gutierrez Guy Guyton Guzman Ha Haag Haas Haase Hacker Hackett Hackney Haddad Hadden Hadley Hagan Hagen
Hager Haggard Haggerty Hahn Haight Hailey Haines Hair Hairston Halcomb Hale Hales Haley Hall Haller Hallman
Halsey Halstead Halverson Ham Hamblin Hamby Hamel Hamer Hamilton Hamlin Hamm Hammer Hammett Hammond Hammonds
Hammons Hampton Hamrick Han Hancock Hand Handley Handy Hanes Haney Hankins Hanks Hanley Hanlon Hanna Hannah
Hannan Hannon Hansen Hanson Harbin Hardaway Hardee Harden Harder Hardesty Hardin Harding Hardison Hardman
Hardwick Hardy Hare Hargett Hargis Hargrave Hargrove Harkins Harlan Harless Harley Harlow Harman Harmon Harms
Harness Haro Harp Harper Harr Harrell Harrington Harris Harrison Harry Hart Harter Hartley Hartman Hartmann
Hartnett Hartwell Harvey Harwell Harwood Haskell Haskins Hass Hassell Hastings Hatch Hatcher Hatchett Hatfield
Hathaway Hatley Hatton Haugen Hauser Havens Hawes Hawk Hawkins Hawks Hawley Hawthorne Hay Hayden Hayes Haynes
Hays Hayward Haywood Hazel Head Headley Headrick Healey Healy Heard Hearn Heath Heaton Hebert Heck Heckman
Hedgepeth Hedges Hedrick Heffner Heflin Hefner Heilman Heim Hein Heinrich Heinz Held Heller Helm Helms Helton
Hembree Hemphill Henderson Hendon Hendrick Hendricks Hendrickson Hendrix Henke Henley Hennessey Henning Henry
Hensley Henson Her Herbert Heredia Herman Hermann Hernandez Herndon Herr Herrera Herrick Herrin Herring
Herrington Herrmann Herron Hershberger Herzog Hess Hester Hetrick Hewitt Heyward Hiatt Hibbard Hickey Hickman
Hicks Hickson Hidalgo Higdon Higginbotham Higgins Higgs High Hightower Hildebrand Hildreth Hill Hillard Hiller
Hilliard Hillman Hills Hilton Himes Hindman Hinds Hines Hinkle Hinojosa Hinson Hinton Hirsch Hitchcock Hite
Hitt Hixson Ho Hoag Hoang Hobbs Hobson Hodge Hodges Hodgson Hoff Hoffman Hoffmann Hofmann Hogan Hogg Hogue
Hoke Holbrook Holcomb Holcombe Holden Holder Holguin Holiday Holland Hollenbeck Holley Holliday Holliman
Hollingsworth Hollins Hollis Holloman Holloway Holly Holm Holman Holmes Holt Holton Holtz Homan Homer
Honeycutt Hong Hood Hook Hooker Hooks Hooper Hoover Hope Hopkins Hoppe Hopper Hopson Horan Horn Horne Horner
Horning Hornsby Horowitz Horsley Horst Horton Horvath Hoskins Hostetler Houck Hough Houghton Houle House
Houser Houston Howard Howe Howell Howerton Howes Howland Hoy Hoyle Hoyt Hsu Huang Hubbard Huber Hubert
Huddleston Hudgens Hudgins Hudson Hudspeth Huerta Huey Huff Huffman Huggins Hughes Hughey Hull Hulsey Hume
Humes Hummel Humphrey Humphreys Humphries Hundley Hunt Hunter Huntington Huntley Hurd Hurley Hurst Hurt
Hurtado Huskey Hussain Hussey Huston Hutchens Hutcherson Hutcheson Hutchings Hutchins Hutchinson Hutchison
Hutson Hutto Hutton Huynh Hwang Hyatt Hyde Hyland Hylton Hyman Hynes Ibarra Ingalls Ingle Ingraham Ingram
Inman Ionescu Iqbal Irby Ireland Irish Irizarry Irons Irvin Irvine Irving Irwin Isaac Isaacs Isaacson Isbell
Islam Isom Ison Israel Iverson Ives Ivey Ivory Ivy Jack Jackman Jacks Jackson Jacob Jacobs Jacobsen Jacobson
Jacoby Jacques Jaeger Jaime James Jameson Jamieson Jamison Janes Jankowski Jansen Janssen Jaramillo Jarman
Jarrell Jarrett Jarvis Jasper Jasso Jay Jaynes Jean Jefferies Jeffers Jefferson Jeffery Jeffrey Jeffries
Jenkins Jennings Jensen Jenson Jernigan Jerome Jessup Jeter Jett Jewell Jewett Jimenez Jobe Joe Johansen John
Johns Johnson Johnston Joiner Jolley Jolly Jones Jordan Jordon Jorgensen Jorgenson Jose Joseph Joshi Joy Joyce
Joyner Juarez Judd Jude Judge Judkins Julian Jung Justice Justus Kahn Kaiser Kaminski Kane Kang Kaplan Karr
Kasper Katz Kauffman Kaufman Kaur Kay Kaye Keane Kearney Kearns Keating Keaton Keck Kee Keefe Keefer Keegan
Keel Keeler Keeling Keen Keenan Keene Keener Keeney Keeton Keister Keith Kell Kelleher Keller Kelley Kellogg
Kellum Kelly Kelsey Kelso Kemp Kemper Kendall Kendrick Kennedy Kenney Kenny Kent Kenyon Kern Kerns Kerr Kersey
Kessler Ketchum Key Keyes Keys Keyser Khan Kidd Kidwell Kiefer Kilgore Killian Kilpatrick Kim Kimball Kimble
Kimbrell Kimbrough Kimmel Kinard Kincaid Kinder King Kingsbury Kingsley Kinney Kinsey Kirby Kirchner Kirk
Kirkland Kirkpatrick Kirkwood Kiser Kish Kitchen Kitchens Klein Kline Klinger Knapp Knight Knoll Knott Knotts
Knowles Knowlton Knox Knudsen Knudson Knutson Koch Koehler Koenig Kohl Kohler Kohn Kolb Kong Koonce Koontz
Kopp Kovach Kowalski Kozak Kozlowski Kraft Kramer Kraus Krause Krauss Krebs Krieger Kroll Krueger Krug Kruger
Kruse Kuhn Kumar Kunkel Kuntz Kunz Kurtz Kuykendall Kyle Labbe Labelle Labonte Lacey Lachance Lackey Lacroix
Lacy Ladd Ladner Lafferty Laflamme Lafleur Lahr Lai Laird Lake Lam Lamar Lamb Lambert Lamm Lamontagne
Lancaster Lance Land Landers Landis Landon Landrum Landry Lane Laney Lang Langdon Lange Langer Langford
Langley Langlois Langston Lanham Lanier Lankford Lanning Lantz Laplante Lapointe Laporte Lara Large Larkin
Laroche Larose Larry Larsen Larson Larue Lash Lashley Lassiter Laster Latham Latimer Lattimore Lau Lauer
Laughlin Lavender Lavigne Lavoie Law Lawhorn Lawler Lawless Lawrence Laws Lawson Lawton Lay Layman Layne
Layton Le Lea Leach Leahy Leak Leake Leal Lear Leary Leatherman Leavitt Leblanc Leboeuf Lebron Leclair
Ledbetter Ledesma Ledet Ledford Ledoux Lee Leeper Lees Lefebvre Leger Legg Leggett Lehman Lehmann Leigh
Leighton Lemaster Lemay Lemieux Lemke Lemmon Lemon Lemons Lemus Lennon Lentz Lenz Leon Leonard Leone Lerma
Lerner Leroy Leslie Lessard Lester Leung Levesque Levi Levin Levine Levy Lew Lewandowski Lewis Leyva Li Libby
Liddell Lieberman Light Lightfoot Lightner Ligon Liles Lilley Lilly Lim Lima Limon Lin Linares Lincoln Lind
Lindberg Linder Lindgren Lindley Lindquist Lindsay Lindsey Lindstrom Link Linkous Linn Linton Linville
Lipscomb Lira Lister Little Littlefield Littlejohn Littleton Liu Lively Livingston Llewellyn Lloyd Lo Lock
Locke Lockett Lockhart Locklear Lockwood Loera Loftin Loftis Lofton Loftus Logan Logsdon Logue Lohr Lomax
Lombard Lombardi Lombardo London Long Longo Longoria Loomis Looney Loper Lopes Lopez Lord Lorenz Lorenzo Lott
Louis Love Lovejoy Lovelace Loveless Lovell Lovett Loving Low Lowe Lowell Lowery Lowman Lowry Loy Loya Loyd
Lozano Lu Lucas Luce Lucero Luciano Luckett Ludwig Lugo Luis Lujan Luke Lumpkin Luna Lund Lundberg Lundgren
Lundy Lunn Lunsford Luong Lusk Luster Luther Luttrell Lutz Ly Lyle Lyles Lyman Lynch Lynn Lyon Lyons Lytle Ma
Maas Mabe Mabry MacDonald Macdonald Mace Machado Macias Mack Mackay Mackenzie Mackey Mackie Macklin Maclean
Macleod Macmillan Macon Macpherson Madden Maddox Madera Madigan Madison Madrid Madrigal Madsen Maes Maestas
Magana Magee Maggard Magnuson Maguire Mahaffey Mahan Maher Mahmood Mahon Mahoney Maier Main Major Majors Maki
Malcolm Maldonado Malik Mallard Malley Mallory Malloy Malone Maloney Mancini Mancuso Maness Mangum Manley Mann
Manning Manns Mansfield Manson Manuel Manzo Maple Maples Marble March Marchand Marcotte Marcum Marcus Mares
Marin Marino Marion Mark Markham Markley Marks Marler Marlow Marlowe Marquardt Marquez Marquis Marr Marra
Marrero Marroquin Marsh Marshall Martel Martell Martens Martin Martindale Martinez Martino Martins Martinson
Martz Marvin Marx Mason Massey Massie Mast Masters Masterson Mata Matheny Matheson Mathews Mathias Mathis
Matias Matlock Matney Matos Matson Matteson Matthew Matthews Mattingly Mattison Mattos Mattox Mattson Mauldin
Maupin Maurer Mauro Maxey Maxfield Maxwell May Mayberry Mayer Mayers Mayes Mayfield Mayhew Maynard Mayo Mays
Mazza McCarthy McLean Mcadams Mcafee Mcalister Mcallister Mcarthur Mcbee Mcbride Mccabe Mccaffrey Mccain
Mccall Mccallister Mccallum Mccann Mccants Mccarter Mccarthy Mccartney Mccarty Mccaskill Mccauley Mcclain
Mcclanahan Mcclary Mccleary Mcclellan Mcclelland Mcclendon Mcclintock Mcclinton Mccloskey Mccloud Mcclung
Mcclure Mccollum Mccombs Mcconnell Mccool Mccord Mccorkle Mccormack Mccormick Mccoy Mccracken Mccrary Mccray
Mccreary Mccrory Mccue Mcculloch Mccullough Mccune Mccurdy Mccurry Mccutcheon Mcdade Mcdaniel Mcdaniels
Mcdermott Mcdonald Mcdonnell Mcdonough Mcdougal Mcdougall Mcdowell Mcduffie Mcelroy Mcewen Mcfadden Mcfall
Mcfarland Mcfarlane Mcgee Mcgehee Mcghee Mcgill Mcginnis Mcgough Mcgovern Mcgowan Mcgrath Mcgraw Mcgregor
Mcgrew Mcgriff Mcguire Mchenry Mchugh Mcinnis Mcintire Mcintosh Mcintyre Mckay Mckee Mckeever Mckenna Mckenney
Mckenzie Mckeon Mckeown Mckinley Mckinney Mckinnon Mcknight Mclain Mclane Mclaughlin Mclaurin Mclean Mclemore
Mclendon Mcleod Mcmahan Mcmahon Mcmanus Mcmaster Mcmichael Mcmillan Mcmillen Mcmillian Mcmullen Mcmullin
Mcmurray Mcnabb Mcnair Mcnally Mcnamara Mcnamee Mcneal Mcneely Mcneil Mcneill Mcnulty Mcnutt Mcpherson Mcqueen
Mcrae Mcreynolds Mcswain Mcvay Mcvey Mcwhorter Mcwilliams Meacham Mead Meade Meador Meadows Means Mears
Medeiros Medina Medley Medlin Medlock Medrano Meehan Meek Meeker Meeks Meier Mejia Melancon Melendez Mello
Melton Melvin Mena Menard Mendenhall Mendes Mendez Mendoza Menendez Mensah Mercado Mercer Merchant Mercier
Meredith Merrell Merrick Merrill Merriman Merritt Mesa Messenger Messer Messina Metcalf Metz Metzger Metzler
Meyer Meyers Meza Michael Michaels Michaud Michel Michels Mickens Middleton Milam Milburn Miles Miley Millard
Miller Milligan Milliken Mills Milne Milner Milton Mims Miner Minnick Minor Minter Minton Mintz Miranda
Mireles Mirza Mistry Mitchel Mitchell Mixon Mize Mobley Mock Moe Moeller Moen Moffett Moffitt Mohr Mojica
Molina Moll Monaco Monaghan Monahan Mondragon Money Moniz Monk Monroe Monson Montague Montalvo Montanez
Montano Montemayor Montenegro Montero Montes Montez Montgomery Montoya Moody Moon Mooney Moore Moorman Mora
Morales Moran Moreau Morehead Moreland Moreno Morey Morgan Moriarty Morin Morley Morrell Morrill Morris
Morrison Morrissey Morrow Morse Mortensen Morton Mosby Moseley Moser Moses Mosher Mosier Mosley Moss Mota
Moten Motley Mott Moulton Moultrie Mount Mouton Mowery Moya Moye Moyer Mueller Muhammad Muir Mulkey Mull
Mullen Muller Mulligan Mullin Mullins Mullis Muncy Mundy Munger Muniz Munn Munoz Munson Murdock Murillo Murphy
Murray Murrell Murry Muse Musgrove Musselman Musser Myers Myles Myrick Nabors Nadeau Nagel Nagle Nagy Nail
Najera Nakamura Nall Nance Napier Naquin Naranjo Narvaez Nash Nason Nathan Nation Nava Navarrete Navarro
Naylor Neal Nealy Necaise Needham Neel Neeley Neely Neff Negrete Negron Neil Neill Nelms Nelson Nemeth Nesbitt
Nesmith Ness Nestor Nettles Neuman Neumann Nevarez Neville New Newberry Newby Newcomb Newell Newkirk Newman
Newsom Newsome Newton Ng Ngo Nguyen Nicholas Nichols Nicholson Nickel Nickerson Nielsen Nielson Nieto Nieves
Niles Nix Nixon Noble Nobles Noe Noel Nolan Noland Nolen Noll Noonan Norfleet Noriega Norman Norris North
Norton Norwood Novak Novotny Nowak Nowell Nowlin Noyes Nugent Null Numbers Nunes Nunez Nunley Nunn Nutt Nutter
Nye Oakes Oakley Oaks Oates Obrien Obryan Ocampo Ocasio Ochoa Ochs Oconnell Oconner Oconnor Odell Oden Odom
Odonnell Odum Ogden Ogle Oglesby Oh Ohara Ojeda Okafor Okeefe Okoye Oldham Olds Oleary Oliphant Oliva Olivares
Olivarez Olivas Olive Oliveira Oliver Olivo Olmstead Olsen Olson Olvera Omalley Oneal Oneil Oneill Ontiveros
Oquendo Ordonez Oreilly Orellana Orlando Ornelas Orosco Orourke Orozco Orr Orta Ortega Orth Ortiz Orton Osborn
Osborne Osburn Osgood Oshea Osorio Osteen Ostrander Osullivan Oswald Oswalt Otero Otis Otoole Ott Otto
Ouellette Outlaw Overby Overstreet Overton Owen Owens Owusu Pace Pacheco Pack Packard Packer Padgett Padilla
Pagan Page Paige Paine Painter Pak Palacios Palma Palmer Palumbo Pannell Pantoja Pape Pappas Paquette Paradis
Pardo Paredes Parent Parham Paris Parish Park Parker Parkinson Parks Parnell Parr Parra Parris Parrish Parrott
Parry Parson Parsons Partin Partridge Passmore Pate Patel Paterson Patino Patrick Patten Patterson Patton Paul
Pauley Paulk Paulsen Paulson Paxton Payne Payton Paz Peace Peachey Peacock Peak Pearce Pearl Pearsall Pearson
Pease Peck Pedersen Pederson Pedigo Pedroza Peebles Peek Peel Peeler Peeples Pellegrino Pelletier Peltier
Pemberton Pena Pence Pender Pendergrass Pendleton Penn Pennell Pennington Penny Penrod Peoples Pepper Perales
Peralta Perdue Perea Pereira Perez Perkins Perreault Perrin Perron Perry Perryman Person Peter Peterman Peters
Petersen Peterson Petit Petrie Pettigrew Pettis Pettit Pettway Petty Peyton Pfeifer Pfeiffer Pham Phan Phelan
Phelps Phifer Philips Phillip Phillips Phipps Piazza Picard Pichardo Pickard Pickens Pickering Pickett Pierce
Pierre Pierson Pike Pilcher Pimentel Pina Pinckney Pineda Pinkerton Pinkney Pinkston Pino Pinson Pinto Piper
Pipkin Pippin Pitcher Pitman Pitre Pitt Pittman Pitts Place Plante Platt Pleasant Plummer Plunkett Poe Pogue
Poindexter Pointer Poirier Polanco Poland Poling Polk Pollack Pollard Pollock Pomeroy Ponce Pond Ponder Pool
Poole Poore Pope Popescu Popp Porter Porterfield Portillo Posey Post Poston Potter Potts Poulin Pounds Powell
Power Powers Prado Prater Prather Pratt Prentice Prescott Presley Pressley Preston Prewitt Price Prichard
Pride Pridgen Priest Prieto Prince Pringle Pritchard Pritchett Proctor Proffitt Prosser Provost Pruett Pruitt
Pryce Pryor Puckett Puente Pugh Pulido Pullen Pulley Pulliam Purcell Purdy Purnell Purvis Putman Putnam Pyle
Qualls Quarles Queen Quezada Quick Quigley Quillen Quinlan Quinn Quinones Quinonez Quintana Quintanilla
Quintero Quiroz Qureshi Race Rader Radford Rafferty Ragan Ragland Ragsdale Rahman Raines Rainey Rains Raley
Ralph Ralston Ramey Ramirez Ramon Ramos Ramsay Ramsey Rand Randall Randle Randolph Raney Rangel Rankin Ransom
Rapp Rash Rasmussen Ratcliff Ratliff Rau Rauch Rausch Rawlings Rawlins Rawls Ray Rayburn Rayford Raymond
Raynor Razo Rea Read Reagan Reardon Reaves Rector Redd Redden Reddick Redding Reddy Redman Redmon Redmond
Reece Reed Reeder Reedy Rees Reese Reeve Reeves Regalado Regan Register Reich Reichert Reid Reilly Reinhardt
Reinhart Reis Reiss Reiter Reitz Rendon Renfro Renner Reno Renteria Reuter Rey Reyes Reyna Reynolds Reynoso
Rhea Rhoades Rhoads Rhoden Rhodes Rhyne Ricci Rice Rich Richard Richards Richardson Richey Richie Richmond
Richter Rickard Ricker Ricketts Rickman Ricks Rico Riddell Riddick Riddle Ridenour Rider Ridgeway Ridley Rife
Rigby Riggins Riggs Rigsby Riley Rinaldi Rincon Rinehart Ring Rios Ripley Ritchey Ritchie Ritter Rivard Rivas
Rivera Rivero Rivers Rizzo Roach Roark Robb Robbins Roberge Roberson Robert Roberts Robertson Robey Robinette
Robins Robinson Robison Robledo Robles Robson Roby Rocha Roche Rock Rockwell Roddy Roden Roderick Rodgers
Rodman Rodrigue Rodrigues Rodriguez Rodriquez Roe Roger Rogers Rohde Rohr Rojas Roland Roldan Roller Rollins
Roman Romano Rome Romeo Romero Romo Roney Rooney Root Roper Roque Rosa Rosado Rosales Rosario Rosas Rose Rosen
Rosenbaum Rosenberg Rosenthal Ross Rosser Rossi Roth Rounds Roundtree Rountree Rouse Roush Rousseau Roussel
Rowan Rowe Rowell Rowland Rowley Roy Royal Roybal Royer Royster Rubin Rubio Ruby Rucker Rudd Rudolph Ruff
Ruffin Ruiz Runyan Runyon Rupert Rupp Rush Rushing Russ Russell Russo Rust Ruth Rutherford Rutledge Rutter
Ryan Ryder Saavedra Sabo Sacco Saddler Sadler Saenz Sage Sager Salas Salazar Salcedo Salcido Saldana Saldivar
Salerno Sales Salgado Salinas Salisbury Sallee Salley Salmon Salter Salyer Sam Sammons Sample Samples Sampson
Sams Samson Samuel Samuels Sanborn Sanches Sanchez Sandberg Sander Sanders Sanderson Sandhu Sandlin Sandoval
Sands Sanford Santana Santiago Santoro Santos Sapp Sargent Sasser Satterfield Saucedo Saucier Sauer Saul Sauls
Saunders Savage Savoy Sawyer Sawyers Saxon Saxton Sayers Saylor Sayre Scales Scanlon Scarborough Scarbrough
Schaefer Schaeffer Schafer Schaffer Schell Schenk Scherer Schiller Schilling Schindler Schmid Schmidt Schmitt
Schmitz Schneider Schofield Scholl Schoonover Schott Schrader Schramm Schreiber Schreiner Schroeder Schubert
Schuler Schulte Schultz Schulz Schulze Schumacher Schuster Schwab Schwartz Schwarz Schweitzer Scoggins Scott
Scribner Scroggins Scruggs Scully Seal Seale Seals Seaman Searcy Sears Seaton Seay Sebastian See Seeley Seely
Segal Segura Seibert Seidel Seifert Seiler Seitz Selby Self Sell Sellars Sellers Sells Sena Sepulveda Serna
Serrano Sessions Settle Settles Severson Seward Sewell Sexton Seymore Seymour Shackelford Shade Shafer Shaffer
Shah Shanahan Shank Shanks Shannon Shapiro Sharkey Sharma Sharp Sharpe Shaver Shaw Shay Shea Shearer Sheehan
Sheets Sheffield Shelby Sheldon Shell Shelley Shelly Shelton Shepard Shephard Shepherd Sheppard Sheridan
Sherman Sherrill Sherrod Sherry Sherwood Shields Shifflett Shin Shinn Shipley Shipman Shipp Shirley Shively
Shivers Shockley Shoemaker Shook Shore Shores Short Shorter Shrader Shuler Shull Shultz Shumaker Shuman
Shumate Sibley Sides Sidhu Siegel Sierra Sigler Sigmon Sikes Silas Siler Sills Silva Silver Silverman Silvers
Silvia Simmons Simms Simon Simone Simons Simonson Simpkins Simpson Sims Sinclair Singer Singh Singletary
Singleton Sipes Sisco Sisk Sisson Sizemore Skaggs Skeen Skelton Skidmore Skinner Skipper Slack Slade Slagle
Slater Slaton Slattery Slaughter Slayton Sledge Sloan Slocum Slone Small Smalley Smalls Smallwood Smart Smiley
Smith Smithson Smoot Smothers Smyth Snead Sneed Snell Snider Snipes Snodgrass Snook Snow Snowden Snyder Soares
Soileau Solano Solis Soliz Solomon Somers Somerville Sommer Sommers Song Sonnier Soper Sorensen Sorenson Soria
Soriano Sorrell Sosa Sotelo Soto Soule Sousa South Southard Southerland Southern Souza Sowell Sowers Spain
Spalding Spangler Spann Sparkman Sparks Sparrow Spaulding Spear Spearman Spears Speed Speer Speight Spellman
Spence Spencer Sperry Spicer Spillman Spinks Spivey Spooner Spradlin Sprague Spriggs Spring Springer Sprouse
Spruill Spurgeon Spurlock Squires Stacey Stack Stackhouse Stacy Stafford Staggs Stahl Staley Stallings
Stallworth Stamm Stamper Stamps Stanfield Stanford Stanley Stansberry Stanton Staples Stapleton Stark Starkey
Starks Starling Starnes Starr Staten Staton Stauffer Stclair Steadman Stearns Steed Steel Steele Steen Steffen
Stegall Stein Steinberg Steiner Stephen Stephens Stephenson Stepp Sterling Stern Stevens Stevenson Steward
Stewart Stidham Stiles Still Stillman Stillwell Stiltner Stine Stinnett Stinson Stitt Stjohn Stock Stockton
Stoddard Stoker Stokes Stoll Stone Stoner Stonge Storey Storm Story Stott Stout Stovall Stover Stowe Stowers
Stpierre Strader Strain Strand Strange Stratton Straub Strauss Street Streeter Strickland Stricklin Stringer
Strom Strong Strother Stroud Stroup Strunk Stuart Stubblefield Stubbs Stuckey Stull Stump Sturdivant Sturgeon
Sturgill Sturgis Sturm Styles Suarez Suggs Sullivan Summerlin Summers Sumner Sumpter Sun Surratt Sutherland
Sutter Sutton Swafford Swain Swan Swank Swann Swanson Swartz Swearingen Sweat Sweeney Sweet Swenson Swift
Swisher Switzer Swope Sykes Sylvester Szymanski Taber Tabor Tackett Tafoya Taft Taggart Talbert Talbot Talbott
Tallent Talley Tam Tamayo Tan Tanaka Tang Tanner Tapia Tapp Tarver Tate Tatum Tavares Taylor Teague Teal Teel
Teeter Tejada Tejeda Tellez Temple Templeton Tennant Tenney Terrell Terrill Terry Thacker Thames Thao Tharp
Thatcher Thayer Theriault Theriot Thibodeau Thibodeaux Thiel Thigpen Thomas Thomason Thompson Thomsen Thomson
Thorn Thornburg Thorne Thornhill Thornton Thorp Thorpe Thorton Thrash Thrasher Thurman Thurston Tibbetts Tibbs
Tice Tidwell Tierney Tijerina Tiller Tillery Tilley Tillman Tilton Timm Timmerman Timmons Tindall Tinker
Tinsley Tipton Tirado Tisdale Titus Tobias Tobin Todd Tolbert Toledo Toler Toliver Tolley Tolliver Tom Tomlin
Tomlinson Tompkins Toney Tong Toro Torrence Torres Torrez Toscano Toth Totten Tovar Towle Townes Towns
Townsend Tracey Tracy Trahan Trammell Tran Trapp Trask Travers Travis Traylor Treadway Treadwell Treat Trejo
Tremblay Trent Trevino Tribble Trice Trimble Trinidad Triplett Tripp Trombley Trotter Trout Troutman
Trowbridge Troy Trudeau True Truitt Trujillo Truong Tubbs Tuck Tucker Tuggle Turk Turley Turman Turnbull
Turner Turney Turpin Tuttle Tyler Tyner Tyree Tyson Ulmer Ulrich Underhill Underwood Unger Upchurch Upshaw
Upton Urban Urbina Uribe Usher Utley Vail Valadez Valdes Valdez Valencia Valenti Valentin Valentine Valenzuela
Valerio Valle Vallejo Valles Van Vanburen Vance Vandiver Vandyke Vang Vanhoose Vanhorn Vanmeter Vann Vanover
Vanwinkle Varela Vargas Varner Varney Vasquez Vaughan Vaughn Vaught Vazquez Veal Vega Vela Velasco Velasquez
Velazquez Velez Venable Venegas Ventura Vera Verdin Vergara Vernon Vest Vetter Vick Vickers Vickery Victor
Vidal Vieira Viera Vigil Villa Villagomez Villalobos Villanueva Villareal Villarreal Villasenor Villegas
Vincent Vines Vinson Vitale Vo Vogel Vogt Voigt Volz Voss Vu Vue Waddell Wade Wadsworth Waggoner Wagner
Wagoner Wahl Waite Wakefield Walden Waldron Waldrop Walker Wall Wallace Wallen Waller Wallin Walling Wallis
Walls Walsh Walston Walter Walters Walton Wampler Wang Ward Warden Ware Warfield Warner Warren Washburn
Washington Wasson Waterman Waters Watkins Watson Watt Watters Watts Waugh Way Wayne Weatherford Weatherly
Weathers Weaver Webb Webber Weber Webster Weddle Weed Weeks Weems Weinberg Weiner Weinstein Weir Weis Weiss
Welch Weldon Welker Weller Wellman Wells Welsh Wendt Wenger Wentworth Wentz Wenzel Werner Wertz Wesley West
Westbrook Wester Westfall Westmoreland Weston Wetzel Whalen Whaley Wharton Whatley Wheat Wheatley Wheaton
Wheeler Whelan Whipple Whitaker Whitcomb White Whited Whitehead Whitehurst Whiteman Whiteside Whitfield
Whiting Whitley Whitlock Whitlow Whitman Whitmire Whitmore Whitney Whitson Whitt Whittaker Whitten Whittington
Whittle Whitworth Whyte Wick Wicker Wickham Wicks Wiese Wiggins Wilbanks Wilber Wilbur Wilburn Wilcox Wild
Wilde Wilder Wiles Wiley Wilhelm Wilhite Wilke Wilkerson Wilkes Wilkins Wilkinson Wilks Will Willard Willett
Willey William Williams Williamson Willie Williford Willingham Willis Willoughby Wills Willson Wilmoth Wilson
Wilt Wimberly Winchester Windham Windsor Winfield Winfrey Wing Wingate Wingfield Winkler Winn Winslow Winstead
Winston Winter Winters Wirth Wise Wiseman Wisniewski Witcher Withers Witherspoon Withrow Witt Witte Wofford
Wojcik Wolcott Wolf Wolfe Wolff Wolford Womack Wong Woo Wood Woodall Woodard Woodbury Woodcock Wooden Woodley
Woodruff Woods Woodson Woodward Woodworth Woody Wooldridge Wooley Wooten Word Worden Workman Worley Worrell
Worsham Worth Wortham Worthington Worthy Wray Wren Wright Wu Wyant Wyatt Wylie Wyman Wynn Wynne Xiong Yamamoto
Yancey Yanez Yang Yarborough Yarbrough Yates Yazzie Ybarra Yeager Yee Yi Yocum Yoder Yoo Yoon York Yost Young
Youngblood Younger Yount Yu Zambrano Zamora Zapata Zaragoza Zarate Zavala Zeigler Zeller Zepeda Zhang Ziegler
Zielinski Zimmer Zimmerman Zink Zook Zuniga
""".split())
"""Common surnames: after a first name that is also a word, a name ("Grace Hill", not "Royal Charter")."""

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

