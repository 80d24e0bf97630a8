"""`python -m real_desktop.cli`."""

import sys

from real_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
