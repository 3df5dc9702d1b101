"""``python -m gazetteer``: regenerate the gazetteer seeds (``make gazetteer``)."""

import sys

from gazetteer.generator import main

sys.exit(main())
