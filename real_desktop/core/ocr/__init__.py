"""OCR for scanned documents: pages rendered with pypdfium2, read by Tesseract through
pytesseract (`engine`), stored as the text of those pages, marked machine-made (`store`).
Qt-free; pytesseract/Pillow are imported only inside the functions that use them."""
