"""The bundle's entry point: the `journeymap` command, frozen by PyInstaller.

The spreadsheet and log readers run in a multiprocessing child (journeymap/safety/
sandbox.py). A frozen app has no Python to start that child with, so multiprocessing
starts this executable again with its own arguments ("-c from multiprocessing.forkserver
import main ..." on POSIX, "--multiprocessing-fork" for spawn); freeze_support() sees
them, runs the forkserver or the child and exits, before the command line reads argv.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from journeymap.cli import main

    sys.exit(main())
