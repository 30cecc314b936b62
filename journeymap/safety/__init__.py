"""Defences for files from outside, shared by the survey import and the Excel files.

- archive.py: the zip and XML checks an .xlsx must pass before any parser sees it;
- extent.py: the sheet extent and size checks that keep a parser's memory bounded;
- sandbox.py and child.py: parsing in a child process with limits on memory, CPU time
  and output, so a reader that aborts or runs away cannot take the caller down.

No Qt, no openpyxl and no calamine at import time: the parsers load in the child.
"""
