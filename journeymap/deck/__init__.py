"""The leave-behind deck: a PowerPoint file of the journeys (title, map, top gaps, charts,
opportunities, methods). content.py gathers the slides as plain data from the same facts
the workbook uses; writer.py lays them out with python-pptx. Neither imports Qt: the map
picture is drawn by a function the caller passes in (journeymap/ui/slide_pictures.py)."""
