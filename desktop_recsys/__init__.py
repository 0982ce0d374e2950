"""desktop_recsys: an offline recommender for the music and films on your own computer."""

__version__ = "0.1.0"
