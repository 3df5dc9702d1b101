"""People named in an article, with their role, names normalized to the nominative.

``extract_people(text)`` returns one ``PersonMention`` per person: the full name in the
nominative, the mention reported (offsets, name as written), the role as written with its head
in the nominative, the role's span and its kind (``role_kind``, from the role lexicon).

The package: ``extract`` (``extract_people``, ``PersonMention``: mentions linked into people),
``names`` (the name grammar and surname declension), ``roles`` (the role grammar), ``be_uk``
(names and roles of Belarusian and Ukrainian text, which it reads instead of those), ``kk`` (the
same for Kazakh text), ``pl`` (Polish names in every case, Polish role heads in every case),
``words``
(what pymorphy3 says about a word), ``lexicon`` (the role lexicon ``flows/text/people/data/roles.csv`` and
the word lists of ``data/``).

Not handled: surname-first order without a patronymic when the surname is not shaped like a
Slavic one (``Гребенко Александр`` and ``Громов Игорь`` are read, ``Мацуи Кэндзи`` is not), names in all
caps, Latin-script names whose first name is not in ``data/latin_first_names.txt``
in Russian text (in English and Polish text, names with a title or a verb of speech are read,
and in Polish text names in any case with a listed first name or after a role), first names of other Cyrillic alphabets in Russian text the
Russian dictionary does not know when no role goes with them (``Уладзіслаў``), roles
written in another sentence (``Умер актёр. Им был X``), locative forms of soft-stem surnames
(``о Руппеле`` -> ``Руппел``), fleeting vowels when the text never states the nominative (``Кравца`` -> ``Кравц``), female surnames that
decline like nouns in -а (``Гайдамаки``), a role noun whose genitive complement is itself the
name of an indeclinable person (``Помощник Мэрилин Кроули`` gives Crowley the role
``помощник``), the gender of an indeclinable foreign first name that pymorphy3 guesses
(a feminine role noun is kept before ``Терри`` as before ``Кэрри``), foreign first names the
dictionary knows only as places (``Стэнли``), names in Latin script of one word or after a role
(``рэпера Zed K``), and a first name with a patronymic alone (``Ангелина Тимофеевна``), which
stays a person of its own.
"""

from flows.text.people.extract import PersonMention, extract_people
from flows.text.people.lexicon import ROLE_KINDS, ROLE_LEMMAS, role_kind

__all__ = ["ROLE_KINDS", "ROLE_LEMMAS", "PersonMention", "extract_people", "role_kind"]
