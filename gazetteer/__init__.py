"""The gazetteer generator: writes the country, bloc, form and cue seeds of dbt_project/seeds/
from the hand-curated word lists of ``gazetteer/words/*.toml`` (``make gazetteer``).

A build-time tool: the pipeline reads only the seeds it writes, and ``pip install`` of the project
does not install this package. ``generator.py`` holds the morphology and the writer.
"""

from gazetteer.generator import (
    BLOCS,
    BLOCS_FILE,
    COUNTRIES_FILE,
    CUES_FILE,
    FORM_COLUMNS,
    FORMS_FILE,
    OUTPUT_FILES,
    RELATION_CUES,
    SEEDS_DIR,
    SHARED_FILE,
    UN_MEMBERS,
    WORDS_DIR,
    Morph,
    generate,
    is_place_form,
    main,
)

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
