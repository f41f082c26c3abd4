"""The Qt shell: windows, pages and the adapters between engine threads and the GUI thread."""
