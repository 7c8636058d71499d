"""python -m mixplanner [FILE]: show the mix of a stock file, or of the bundled example without one.

Until the desktop window lands (issue 4) this prints the command line's per-buurt summary.
"""

import sys

from mixplanner.cli.main import main

sys.exit(main(["inspect", *sys.argv[1:]]))
