"""Crash recovery: unsaved work is copied to a recovery folder now and then, and offered
back at the next start when the process that wrote it is gone.

* ``store``: the recovery folder and its files (a copy of the document and a sidecar
  saying who wrote it, when, and which file it was);
* ``process``: whether the process that wrote a copy is still running;
* ``guard``: ``RecoveryGuard``, which copies an editor's unsaved work on a timer;
* ``dialog``: the question at start-up (restore, discard or later) and the offer itself.

Nothing here knows the main window: the guard follows the editor and reports through its
signals, and the offer is handed the callback that shows a restored document.
"""
