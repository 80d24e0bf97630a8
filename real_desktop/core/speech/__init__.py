"""Offline speech-to-text: engines behind one small interface (`engines`), audio decoding
(`audio`), words into short caption cues and WebVTT (`cues`), and storing the result as a
machine-made caption track (`store`). Qt-free; the heavy libraries (pocketsphinx,
pywhispercpp) are imported only inside the functions that use them."""
