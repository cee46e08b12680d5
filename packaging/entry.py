"""PyInstaller entry script for both frozen executables.

``presales-studio`` (console) and ``presales-studio-gui`` (windowed) run the same
command line as the installed ``presales-studio`` script (``app.__main__:main``):
with no command, or with a file as the first argument, it opens the GUI.
"""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
