"""PyInstaller runtime hook: portable mode, before any application code runs.

A file named `portable` beside the bundle's executable keeps every write the program
makes (library, notes, settings, thumbnails, caches, temporary files) in `data/` beside it;
real_desktop.core.paths has the rules. This runs before Qt, fontconfig or libvlc read
XDG_CACHE_HOME and friends, so their caches land there too.
"""

from real_desktop.core import paths

paths.enter_portable_mode()
