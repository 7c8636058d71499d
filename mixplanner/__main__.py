"""python -m mixplanner [FILE]: start the desktop app on a plan or stock file, or on the bundled example."""

import sys

from mixplanner.ui.app import main

sys.exit(main())
