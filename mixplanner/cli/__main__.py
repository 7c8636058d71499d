"""python -m mixplanner.cli: the same as mixplanner-cli."""

import sys

from mixplanner.cli.main import main

sys.exit(main())
