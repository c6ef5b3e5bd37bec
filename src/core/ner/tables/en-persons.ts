// Person evidence in English: titles before a name and common first names.
export const EN_PERSON_TITLES: ReadonlySet<string> = new Set(`Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady President
Minister Premier Chancellor Senator Governor Mayor General Gen Colonel Col Captain Capt Lieutenant Sergeant Judge
Justice King Queen Prince Princess Pope Rev Father Sheikh Ambassador Secretary Chairman Director Officer Rep
spokesman spokeswoman minister president chairman director said`.split(/\s+/));

export const EN_FIRST_NAMES: ReadonlySet<string> = new Set(`James John Robert Michael William David Richard Joseph
Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George
Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon
Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Peter
Zachary Douglas Harold Kyle Carl Arthur Gerald Roger Keith Jeremy Lawrence Terry Sean Christian Albert Joe Ethan
Austin Jesse Willie Billy Bryan Bruce Jordan Ralph Roy Noah Dylan Eugene Wayne Alan Juan Louis Russell Gabriel Randy
Philip Harry Vincent Bobby Johnny Logan Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen
Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie
Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine
Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly
Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison
Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella
Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Hillary Barack Joe Kamala Boris Emmanuel Angela
Olaf Recep Xi Narendra Vladimir Dmitry Dmitri Sergei Sergey Alexei Alexey Mikhail Nikolai Ivan Igor Yuri Oleg
Andrei Andrey Viktor Volodymyr Yerzhan Kassym-Jomart Nursultan Alexander Elena Olga Tatiana Natalia Irina Svetlana`.split(/\s+/));
