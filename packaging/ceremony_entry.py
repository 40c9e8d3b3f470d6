"""The frozen app's entry point: the same `ceremony` command as the installed package.

PyInstaller needs a script rather than a console-script entry point; this one only
hands over to the launcher, so the frozen and installed apps start the same way.
"""

from ceremony.launcher import start

if __name__ == "__main__":
    start()
