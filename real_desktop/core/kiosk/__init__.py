"""Kiosk mode for public terminals (Qt-free parts).

    config.py   the system-wide configuration (kiosk.ini): where it lives per OS, reading,
                writing it so a visitor's account cannot change it, checking that
    pin.py      the admin PIN: salted scrypt hashes, constant-time checks, and the guard
                that slows wrong PINs down and locks out after repeated failures
    session.py  a visitor's session store: the library copied into an SQLite database that
                lives only in memory, destroyed at the end of the session
    handout.py  a visitor's notes written to a removable drive before the session ends

The Qt side (welcome screen, End session, idle countdown, admin unlock) is ui/kiosk/.
"""
