"""`python -m real_desktop`: the same program as the `real-desktop` command."""

import sys

from real_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
