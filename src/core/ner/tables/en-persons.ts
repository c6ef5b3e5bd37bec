// Person evidence in English: titles and role nouns before a name, common given names, surname
// endings, and the reporting verbs that follow or precede a person ("X said", "said X").

/** Capitalized titles right before a name: "Minister Elena Sadykova", "Dr Helena Sousa". */
export const EN_PERSON_TITLES: ReadonlySet<string> = new Set(`Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady
President Minister Premier Chancellor Senator Governor Mayor Gen Colonel Col Captain Capt Lieutenant Lt
Sergeant Sgt Judge Justice King Queen Prince Princess Pope Rev Reverend Sheikh Imam Rabbi Bishop
Cardinal Ambassador Secretary Chairman Chairwoman Director Officer Rep Representative Congressman
Congresswoman Commissioner Inspector Detective Constable Superintendent Chief Spokesman Spokeswoman Spokesperson
Coach Commander Admiral Marshal Deputy Vice Speaker Attorney Prosecutor Akim Emir Sultan`.split(/\s+/));

/**
 * Lower-case role nouns that stand right before a name in news style ("Opposition leader Ahmed Rahimi",
 * "analyst Sofia Lindqvist") or as an apposition after it ("Saule Dzhakupova, who leads …").
 */
export const EN_ROLE_NOUNS: ReadonlySet<string> = new Set(`leader analyst executive chief official spokesman
spokeswoman spokesperson director minister president researcher scientist economist professor lawyer attorney
correspondent editor founder chairman chairwoman manager commander head secretary ambassador envoy governor mayor
coach player striker actor actress singer writer author farmer resident chancellor premier senator lawmaker
legislator deputy adviser advisor strategist investor trader banker diplomat negotiator activist campaigner
candidate captain general judge prosecutor officer inspector detective engineer expert doctor nurse teacher
student worker owner partner colleague son daughter wife husband mother father brother sister rival opponent
critic fan hero veteran ceo cfo coo chief-executive`.split(/\s+/));

/** Verbs of saying that follow ("Nurlanov told reporters") or precede ("said Marc Tremblay") a person. */
export const EN_SAY_VERBS: ReadonlySet<string> = new Set(`said says told tells added adds wrote writes asked
asks argued argues noted notes warned warns explained explains recalled recalls insisted insists stressed
stresses admitted admits replied replies acknowledged acknowledges claimed claims believes believed`.split(/\s+/));

/** Words after "Name, …" that make the name a person: "X, who …", "X, 54, …" is checked separately. */
export const EN_PERSON_APPOSITION_HEADS: ReadonlySet<string> = new Set(['who', 'whose', 'whom']);

/** Surname endings common across the regions news covers; the last word of a run ending so is likely a person. */
export const EN_SURNAME_ENDINGS: readonly RegExp[] = [
  /(?:ov|ova|ev|eva|yev|yeva|in|ina)$/, // Russian, Central Asian: Nurlanov, Sadykova, Aliyev
  /(?:enko|chenko|chuk|yuk|sky|skiy|ski|ska|skaya|wicz|czyk|ovic|ovich|evich|ovna|evna)$/, // Slavic
  /(?:uly|kyzy|bekov|bekova|zade|zadeh|yan|ian|dze|shvili|oglu|oğlu)$/, // Turkic, Caucasian, Persian
  /(?:escu|opoulos|akis|ides|elli|ini|etti|ucci|ez|es)$/, // Romanian, Greek, Italian, Iberian
  /(?:son|sen|ssen|berg|stein|mann|man|feld|ová|qvist|kvist|ström|strom|gaard)$/, // Germanic, Nordic
];

/** Common given names (a seed from public lists of frequent first names across many countries). */
export const EN_FIRST_NAMES: ReadonlySet<string> = new Set(`James John Robert Michael William David Richard Joseph
Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George
Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon
Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Peter
Zachary Douglas Harold Kyle Carl Arthur Gerald Roger Keith Jeremy Lawrence Terry Sean Christian Albert Joe Ethan
Austin Jesse Willie Billy Bryan Bruce Jordan Ralph Roy Noah Dylan Eugene Wayne Alan Juan Louis Russell Gabriel Randy
Philip Harry Vincent Bobby Johnny Logan Tom Tim Jim Bill Bob Mike Dave Steve Chris Matt Nick Tony Ben Sam Dan Rob
Martin Simon Oliver Lucas Leo Hugo Max Felix Oscar Victor Hans Klaus Jurgen Stefan Lars Erik Sven Anders Jan Piet
Pierre Jean Jacques Francois Michel Philippe Alain Marc Luc Antoine Nicolas Emmanuel Olivier Laurent Marco Luca
Matteo Giovanni Giuseppe Francesco Alessandro Andrea Paolo Roberto Carlo Mario Fabio Antonio Manuel Carlos Miguel
Javier Luis Pedro Pablo Diego Alejandro Fernando Rafael Sergio Jorge Ricardo Eduardo Joao Tiago Rui Hugo Mohammed
Muhammad Mohamed Ahmed Ahmad Ali Hassan Hussein Omar Khalid Abdul Abdullah Ibrahim Youssef Yusuf Mustafa Mahmoud
Karim Tariq Faisal Hamid Reza Mehdi Amir Farid Recep Mehmet Ahmet Emre Murat Kemal Narendra Rahul Amit Raj Sanjay
Vijay Arjun Ravi Anil Imran Nawaz Shehbaz Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Hiroshi Takeshi Kenji
Yuki Akira Shinzo Fumio Min Jae Sung Kim Nguyen Thanh Minh Barack Kamala Boris Olaf Angela Vladimir Dmitry Dmitri
Sergei Sergey Alexei Alexey Mikhail Nikolai Ivan Igor Yuri Oleg Andrei Andrey Viktor Volodymyr Pavel Anatoly Yevgeny
Evgeny Konstantin Maxim Roman Artem Denis Ilya Kirill Ruslan Timur Marat Rustam Bakhtiyar Aidar Askar Yerlan
Yerzhan Nurlan Nursultan Kassym-Jomart Daniyar Azamat Almaz Bakyt Sadyr Shavkat Sherzod Jamshid Bobur Farrukh
Emomali Rahmon Ilham Nikol Levan Mikheil Giorgi Tigran Armen Karen Aram Ahmad Mary Patricia Jennifer Linda Elizabeth
Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda
Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma
Nicole Helen Samantha Katherine Kate Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie
Julia Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline
Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Sofia Sophie Grace
Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori
Hillary Claire Clara Eva Eve Lena Ingrid Astrid Greta Heidi Monika Ursula Annalena Marine Isabelle Camille Chloe
Manon Giulia Francesca Chiara Elena Carmen Lucia Marta Ana Rosa Isabel Beatriz Ines Fatima Aisha Leila Layla Mariam
Maryam Zahra Yasmin Nadia Priya Sonia Indira Mei Ying Yuko Akiko Hana Olga Tatiana Tatyana Natalia Natalya Irina
Svetlana Ekaterina Yekaterina Maria Anastasia Yulia Yuliya Galina Lyudmila Valentina Oksana Aliya Aigul Gulnara
Saule Dinara Zarina Madina Gulnora Dilnoza Kamila Salome Nino Anoush Lilit`.split(/\s+/));
