"""Smart playlists below the UI: the rules (``rules``) and their evaluation (``evaluate``)."""
