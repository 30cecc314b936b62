"""The journey canvas: graphics items that know nothing of the model, a scene that
mediates between them and the document, and the view the user works in."""
