"""Start KPI Desk from a checkout: `python main.py [FILE] [--demo] [--lang ja|en]`."""

import sys

from kpidesk.app import main

if __name__ == "__main__":
    sys.exit(main())
