"""Entry script for the PyInstaller bundle (build.spec): the `real-desktop` command.

With no arguments it opens the desktop window, like the installed command.
"""

import sys

from real_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
