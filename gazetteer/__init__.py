"""The gazetteer generator: writes the country, bloc, form and cue seeds of dbt_project/seeds/
from the hand-curated word lists of ``gazetteer/words/*.toml`` (``make gazetteer``).

A build-time tool: the pipeline reads only the seeds it writes, and ``pip install`` of the project
does not install this package. ``lists.py`` reads the word lists; ``generator.py`` holds the
morphology and writes the CSVs.
"""

from gazetteer.generator import (
    BLOCS_FILE,
    COUNTRIES_FILE,
    CUES_FILE,
    FORM_COLUMNS,
    FORMS_FILE,
    OUTPUT_FILES,
    SEEDS_DIR,
    SHARED_FILE,
    Morph,
    generate,
    is_place_form,
    main,
)
from gazetteer.lists import BLOCS, RELATION_CUES, UN_MEMBERS, WORDS_DIR

__all__ = [
    "BLOCS",
    "BLOCS_FILE",
    "COUNTRIES_FILE",
    "CUES_FILE",
    "FORMS_FILE",
    "FORM_COLUMNS",
    "OUTPUT_FILES",
    "RELATION_CUES",
    "SEEDS_DIR",
    "SHARED_FILE",
    "UN_MEMBERS",
    "WORDS_DIR",
    "Morph",
    "generate",
    "is_place_form",
    "main",
]
